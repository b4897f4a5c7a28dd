// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTypes.h"
#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace Club::Core {

class Database;

// What a card may spend while the desk cannot reach the server, summed over its pending
// outbox entries (the floor limit). 0 allows nothing offline.
struct OfflineLimits
{
    Points points = 0;
    Money storedValue = 0;
};

// The desk's store-and-forward queue for a central server (append only, migration 0011).
// An entry is added pending; the worker moves it to sent (the server has the sale, replayed
// or not) or conflict (the server refused it: a card blocked meanwhile, points spent
// elsewhere...); a manager resolves a conflict after seeing it. No other move is allowed, so
// a sale is never sent twice by this desk and never silently dropped.
//
// Permissions: add, pending, markSent, markConflict and offlineUse need LedgerPost (the
// desk's operator); counts need LedgerRead; conflicts and resolve need SyncConflictsResolve.
class Outbox : public QObject
{
    Q_OBJECT

public:
    static const QString kFloorLimit; // Error::detail when a sale passes the offline limit

    Outbox(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Keeps a sale for later. The same idempotency key twice returns the first entry.
    Result<OutboxEntry> add(const Actor &actor, const OutboxEntry &draft);
    Result<QList<OutboxEntry>> pending(const Actor &actor) const; // oldest first
    Result<OutboxEntry> entry(const Actor &actor, Id entryId) const;
    Result<std::optional<OutboxEntry>> byKey(const Actor &actor, const QString &idempotencyKey) const;
    Status markSent(const Actor &actor, Id entryId, qint64 serverSaleId, qint64 receiptNo);
    Status markConflict(const Actor &actor, Id entryId, const QString &serverCode, const QString &message);
    Status resolve(const Actor &actor, Id entryId, const QString &note);

    struct Counts
    {
        int pending = 0;
        int conflicts = 0; // not yet resolved
    };
    Result<Counts> counts(const Actor &actor) const;
    // Unresolved conflicts, or every conflict ever (resolved ones too), oldest first.
    Result<QList<OutboxEntry>> conflicts(const Actor &actor, bool includeResolved = false) const;

    // Refuses (Conflict, detail kFloorLimit) when this sale's points or stored value,
    // added to what the card's pending entries already spend, pass the limits.
    // What the card may still spend offline: the limits less its pending entries' use.
    Result<OfflineLimits> offlineLeft(const Actor &actor, const QString &cardNumber, const OfflineLimits &limits) const;
    Status checkFloorLimit(const Actor &actor, const QString &cardNumber, Points points, Money storedValue,
                           const OfflineLimits &limits) const;

Q_SIGNALS:
    void changed(); // an entry was added or changed state

private:
    Status move(const Actor &actor, Id entryId, OutboxEntry::State from, OutboxEntry::State to,
                const QString &serverCode, const QString &message, qint64 saleId, qint64 receiptNo);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Club::Core
