// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTypes.h"
#include "util/Result.h"

namespace Club::Core {

class Database;

// Internal to sync: the SQL of sync_outbox and sync_outbox_events (migration 0011) and of
// the "sync.*" keys of the settings table.
// Nothing here opens or commits a transaction.
class SyncSql
{
public:
    explicit SyncSql(const Database &db)
        : m_db(db)
    {}

    Result<Id> insert(const OutboxEntry &entry) const;
    Status insertEvent(Id entryId, OutboxEntry::State state, const QString &serverCode, const QString &message,
                       qint64 serverSaleId, qint64 receiptNo, Id operatorId, const QDateTime &at) const;
    // Entries with their newest state; `state` filters when set. Oldest first.
    Result<QList<OutboxEntry>> entries(std::optional<OutboxEntry::State> state, Id entryId = kNoId) const;
    Result<Id> byKey(const QString &idempotencyKey) const; // kNoId when absent
    // Points and stored value of the card's entries still pending.
    Result<std::pair<Points, Money>> pendingUse(const QString &cardNumber) const;

    Result<QString> setting(const QString &key) const; // empty when never saved
    Status setSetting(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
