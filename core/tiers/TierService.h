// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tier.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;

// Tier programmes and members' tiers.
//
// The qualifying value is counted over the programme's rolling window ending now (or at a
// review's asOf) from what the member bought: on PointsEarned, the points the ledger
// credited on the member's sales less the earned points their returns took back; on
// AmountSpent, the money paid for the member's sales less the money returns paid back.
// The balance never counts. The member's tier is the highest whose threshold the value
// reaches (the lowest tier when none does).
//
// An upgrade applies at once. A downgrade waits for the member's review date; at the
// review the tier follows the value (down, or kept and recorded as "review_keep"). Every
// change and review sets the next review date to then + the programme's review period and
// appends a tier_history row. A member whose tier is not in the programme (a new member's
// default "white", or a card of another type) takes the tier the value reaches at once.
//
// Permissions: programmes are read with MemberRead and saved with TiersManage; status and
// history need MemberRead and LedgerRead; evaluate needs LedgerPost (it runs after sales);
// runReviews needs LedgerExpire.
class TierService : public QObject
{
    Q_OBJECT

public:
    TierService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<QList<TierProgram>> programs(const Actor &actor) const;
    Result<TierProgram> program(const Actor &actor, Id cardTypeId) const; // NotFound: none
    // Creates or replaces the card type's programme (its whole list of tiers). Members'
    // tiers follow at their next evaluation or review.
    Status saveProgram(const Actor &actor, const TierProgram &program);
    Status removeProgram(const Actor &actor, Id cardTypeId);
    // The first problem found; fields "cardTypeId", "windowDays", "reviewDays", "tiers",
    // "key", "name", "rank", "threshold".
    static Status validate(const TierProgram &program);

    Result<TierStatus> status(const Actor &actor, Id memberId) const;
    Result<TierEvaluation> evaluate(const Actor &actor, Id memberId);
    // Reviews every member whose review date is at or before asOf (asOf <= now); returns
    // how many were reviewed. Run twice, the second run finds nothing due.
    Result<int> runReviews(const Actor &actor, const QDateTime &asOf);
    Result<QList<TierChange>> history(const Actor &actor, Id memberId) const; // newest first

    // Evaluates the member of a recorded sale, or of a return's sale, as the operator who
    // recorded it (ServiceHub connects SalesService's signals here). Failures are logged.
    void afterSale(qint64 saleId);
    void afterReturn(qint64 returnId);

Q_SIGNALS:
    void tierChanged(qint64 memberId, const QString &fromTier, const QString &toTier);
    void programSaved(qint64 cardTypeId);

private:
    struct Impl;
    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
