// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Club::Core {

class Database;

// Internal to sync: writes one item of a /v1/sync page (item shapes: x-item-shapes in
// server/api/openapi.json) into this store, matched by natural keys (migration 0021).
// Nothing here opens or commits a transaction: SyncPuller applies a page in one.
//
// An item that names something this store does not have yet (a card's member, a price's
// product) is refused with Error::Code::NotFound, so the page is not applied and comes
// again after the entity it needs was pulled.
class PullSql
{
public:
    PullSql(const Database &db, const QString &nowIso)
        : m_db(db)
        , m_now(nowIso)
    {}

    Status apply(const QString &entity, const QJsonObject &item) const;

    Status cardType(const QJsonObject &item) const;
    Status product(const QJsonObject &item) const;
    Status price(const QJsonObject &item) const;
    Status member(const QJsonObject &item) const;
    Status card(const QJsonObject &item) const;
    Status rule(const QJsonObject &item) const;
    // PullSqlRefs.cpp (migration 0028): product groups by the server's id (a deleted one
    // goes, its products and subgroups left without it), and card PINs by hash, the newer
    // PIN winning over one set here and not yet taken by the server.
    Status productGroup(const QJsonObject &item) const;
    Status cardPin(const QJsonObject &item) const;

    // PINs set here that the server does not have yet: {cardNumber, pinHash, pinChangedAt}.
    Result<QList<QJsonObject>> pinsToPush() const;
    // The server has (or has a newer PIN than) this hash: no longer pending, unless the
    // PIN changed here again meanwhile.
    Status pinPushed(const QString &cardNumber, const QString &hash) const;

private:
    Result<Id> idBy(const QString &sql, const QVariant &key) const; // kNoId when absent
    Result<QVariant> branchOf(const QJsonObject &item) const;       // NULL for none or unknown
    // This store's group of the server's group id (NULL for none); NotFound when not here.
    Result<QVariant> groupOf(const QJsonValue &serverGroupId) const;

    const Database &m_db;
    QString m_now;
};

} // namespace Club::Core
