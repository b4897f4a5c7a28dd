// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace Club::Core {

class Database;

struct AuditEntry
{
    Id id = kNoId;
    QDateTime at;
    Id operatorId = kNoId;
    QString operatorName;
    Id branchId = kNoId;
    QString action;  // "member.create", "card.block", "ledger.adjust"...
    QString entity;  // "member", "card", "operator"...
    Id entityId = kNoId;
    QString detail;  // never a PIN, key or full card number
};

// Append-only record of who did what, when, from which branch. record() joins the
// caller's transaction, so an action and its audit line land together or not at all.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock = Clock::system());

    Status record(const Actor &actor, const QString &action, const QString &entity, Id entityId,
                  const QString &detail = {});
    Result<QList<AuditEntry>> list(const Actor &actor, const QString &entity = {}, Id entityId = kNoId,
                                   int limit = 200) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Club::Core
