// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace Club::Core {
class Database;
class Clock;
} // namespace Club::Core

namespace Club::Server {

// POST /v1/cards/pin: a PIN hash set or changed at a desk, taken into the central store
// (migration 0028). Between the server's PIN and the desk's, the newer wins; the same hash
// sent again changes nothing. The PIN failure count of the server is reset with a new hash
// (those tries were against another PIN); its PIN lock stays: locks are per place.
class PinSql
{
public:
    enum class Outcome {
        Applied,    // the card now has this hash
        Unchanged,  // it had it already (a repeated push)
        Superseded, // the server's PIN is newer: kept, the desk pulls it
    };
    struct Taken
    {
        Outcome outcome = Outcome::Applied;
        QDateTime pinChangedAt; // the server's, after the call (invalid: unknown)
    };

    PinSql(Core::Database &db, const Core::Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // NotFound for a card this store does not have. Audited (masked number) when applied.
    Core::Result<Taken>
    take(const Core::Actor &actor, const QString &cardNumber, const QString &hash, const QDateTime &changedAt);

    static QString outcomeKey(Outcome outcome); // "applied", "unchanged", "superseded"

private:
    Core::Database &m_db;
    const Core::Clock &m_clock;
};

} // namespace Club::Server
