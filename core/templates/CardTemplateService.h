// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace Club::Core {

class Database;

// One saved design of a card type's printed card.
struct CardTemplate
{
    Id id = kNoId;
    Id cardTypeId = kNoId;
    QByteArray json; // the layout document of devices/printing, as saved
    QDateTime updatedAt;
    Id updatedBy = kNoId;
    QString updatedByName;
};

// The printed design of each card type. The layout document belongs to devices/printing
// (core does not link it): here it is only checked to be a JSON object with a "version",
// so a broken or foreign file is refused before it replaces a working design. Every save
// appends a row; the newest is current and the older ones stay as the history.
class CardTemplateService : public QObject
{
    Q_OBJECT

public:
    CardTemplateService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // The current design of the type; nullopt while none was saved. CardRead.
    Result<std::optional<CardTemplate>> templateFor(const Actor &actor, Id cardTypeId) const;
    // Newest first. CardRead.
    Result<QList<CardTemplate>> history(const Actor &actor, Id cardTypeId) const;
    // Appends the design as the type's current one, with an audit line. CardTypeManage.
    Result<CardTemplate> save(const Actor &actor, Id cardTypeId, const QByteArray &json);

Q_SIGNALS:
    void templateSaved(qint64 cardTypeId);

private:
    Status checkCardType(Id cardTypeId) const;
    Result<QList<CardTemplate>> load(Id cardTypeId, int limit) const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
