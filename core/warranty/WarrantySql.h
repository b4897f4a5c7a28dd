// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Warranty.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace Club::Core {

class Database;

// Internal to warranties: the SQL of the warranty_defaults, warranties and warranty_events
// tables (migration 0019). Nothing here opens or commits a transaction.
class WarrantySql
{
    Q_DECLARE_TR_FUNCTIONS(WarrantySql)

public:
    explicit WarrantySql(const Database &db)
        : m_db(db)
    {}

    // What a sale line gives a warranty: its product, and the sale's member, card and time.
    struct SaleLineFacts
    {
        Id saleId = kNoId;
        Id productId = kNoId;
        Id memberId = kNoId;
        Id cardId = kNoId;
        QDateTime soldAt;
    };
    Result<SaleLineFacts> saleLine(Id saleLineId) const; // NotFound when absent

    Result<bool> productExists(Id productId) const;
    Result<int> defaultMonths(Id productId) const; // 0 when none
    Status setDefaultMonths(Id productId, int months, Id operatorId, const QDateTime &now) const;

    Result<Id> findSerial(Id productId, const QString &serialNo) const; // kNoId when free
    Result<Id> insert(const Warranty &w, Id operatorId, Id branchId) const;
    Result<Id> insertEvent(const WarrantyEvent &e, Id branchId, const QDateTime &now) const;

    // `now` judges Active against Expired.
    Result<Warranty> load(Id warrantyId, const QDateTime &now) const; // with its events
    Result<QList<WarrantyEvent>> events(Id warrantyId) const;
    Result<QList<Warranty>> ofMember(Id memberId, const QDateTime &now) const;
    Result<QList<Warranty>> ofCard(Id cardId, const QDateTime &now) const;
    // Serial numbers containing `serial`, or the warranties of the card with this number.
    Result<QList<Warranty>> search(const QString &serial, const QString &cardNumber, const QDateTime &now) const;
    // Ending in [now, until), not replaced; soonest end first.
    Result<QList<Warranty>> expiring(const QDateTime &now, const QDateTime &until) const;

private:
    Result<QList<Warranty>> list(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                 const QDateTime &now, const QString &order = {}) const;

    const Database &m_db;
};

} // namespace Club::Core
