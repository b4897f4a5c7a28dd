// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <algorithm>
#include <tuple>

namespace Club::Test::Ledger {

using Club::Core::Id;
using Club::Core::Money;
using Club::Core::Points;

// What the ledger should hold, computed in memory from the rules alone (never from the
// store): lots with their dates, drawn soonest expiry first, and stored value.
class LedgerModel
{
public:
    struct Lot
    {
        qint64 seq = 0; // creation order, the store's lot id order
        Points remaining = 0;
        QDateTime earnedAt;
        QDateTime availableAt;
        QDateTime expiresAt; // invalid: never
    };

    static bool unexpired(const Lot &lot, const QDateTime &now)
    {
        return !lot.expiresAt.isValid() || lot.expiresAt > now;
    }
    static bool available(const Lot &lot, const QDateTime &now) { return lot.availableAt <= now; }

    void addAccount(Id account) { m_lots[account]; }
    QList<Id> accounts() const { return m_lots.keys(); }

    void earn(Id account, Points points, const QDateTime &now, const QDateTime &availableAt, const QDateTime &expiresAt)
    {
        m_lots[account].append({++m_seq, points, now, availableAt.isValid() ? availableAt : now, expiresAt});
    }

    Points balance(Id account) const
    {
        Points sum = 0;
        for (const Lot &lot : m_lots.value(account))
            sum += lot.remaining;
        return sum;
    }
    Points availablePoints(Id account, const QDateTime &now) const
    {
        Points sum = 0;
        for (const Lot &lot : m_lots.value(account))
            sum += available(lot, now) && unexpired(lot, now) ? lot.remaining : 0;
        return sum;
    }
    Points pendingPoints(Id account, const QDateTime &now) const
    {
        Points sum = 0;
        for (const Lot &lot : m_lots.value(account))
            sum += !available(lot, now) && unexpired(lot, now) ? lot.remaining : 0;
        return sum;
    }

    // False (and nothing changed) when the available lots do not cover it.
    bool spend(Id account, Points points, const QDateTime &now) { return !draw(account, points, now, false).isEmpty(); }

    // Moves available then pending lots, each keeping its dates.
    bool transfer(Id from, Id to, Points points, const QDateTime &now)
    {
        const QList<Lot> drawn = draw(from, points, now, true);
        if (drawn.isEmpty())
            return false;
        for (Lot lot : drawn) {
            lot.seq = ++m_seq;
            m_lots[to].append(lot);
        }
        return true;
    }

    // Lots past their expiry lose what is left; returns how many lots expired.
    int expire(const QDateTime &asOf)
    {
        int n = 0;
        for (QList<Lot> &lots : m_lots) {
            for (Lot &lot : lots) {
                if (lot.remaining > 0 && lot.expiresAt.isValid() && lot.expiresAt <= asOf) {
                    lot.remaining = 0;
                    ++n;
                }
            }
        }
        return n;
    }

    Money storedValue(Id account) const { return m_storedValue.value(account); }
    void charge(Id account, Money amount) { m_storedValue[account] += amount; }
    bool spendStoredValue(Id account, Money amount)
    {
        if (m_storedValue.value(account) < amount)
            return false;
        m_storedValue[account] -= amount;
        return true;
    }

private:
    // Takes `points` from the lots in draw order; returns the parts taken (with the source
    // lot's dates), or nothing when the lots do not cover it.
    QList<Lot> draw(Id account, Points points, const QDateTime &now, bool includePending)
    {
        QList<Lot> &lots = m_lots[account];
        QList<Lot *> order;
        for (Lot &lot : lots) {
            if (lot.remaining > 0 && unexpired(lot, now) && (includePending || available(lot, now)))
                order.append(&lot);
        }
        Points total = 0;
        for (const Lot *lot : std::as_const(order))
            total += lot->remaining;
        if (total < points || points <= 0)
            return {};
        auto key = [&](const Lot *l) {
            return std::make_tuple(available(*l, now) ? 0 : 1, l->expiresAt.isValid() ? 0 : 1,
                                   l->expiresAt.isValid() ? l->expiresAt.toSecsSinceEpoch() : 0,
                                   l->earnedAt.toSecsSinceEpoch(), l->seq);
        };
        std::sort(order.begin(), order.end(), [&](const Lot *a, const Lot *b) { return key(a) < key(b); });
        QList<Lot> taken;
        Points left = points;
        for (Lot *lot : std::as_const(order)) {
            if (left == 0)
                break;
            const Points take = std::min(left, lot->remaining);
            lot->remaining -= take;
            left -= take;
            Lot part = *lot;
            part.remaining = take;
            taken.append(part);
        }
        return taken;
    }

    QHash<Id, QList<Lot>> m_lots;
    QHash<Id, Money> m_storedValue;
    qint64 m_seq = 0;
};

} // namespace Club::Test::Ledger
