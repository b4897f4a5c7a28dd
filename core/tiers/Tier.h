// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

// What a tier is earned with, over the programme's rolling window. Never the balance:
// spending or losing points to expiry does not lower a tier.
enum class TierBasis {
    // Points credited by sales (line points and bonuses), minus the earned points returns
    // took back. Redemptions, transfers, adjustments and bought points do not count.
    PointsEarned,
    // Money paid for sales (net of discounts and of the part paid with points), minus the
    // money returns paid back.
    AmountSpent,
};
QString tierBasisKey(TierBasis basis); // "points_earned", "amount_spent"
bool tierBasisFromKey(const QString &key, TierBasis &basis);

struct TierLevel
{
    QString key; // "white", "silver", "gold", "platinum" or the store's own; stored in members.tier
    QString nameFa;
    QString nameAr;
    QString nameEn;
    int rank = 0;         // higher is better; unique in the programme
    qint64 threshold = 0; // points or minor units in the window; rises with the rank

    QString displayName() const { return !nameFa.isEmpty() ? nameFa : !nameAr.isEmpty() ? nameAr : nameEn; }
    bool operator==(const TierLevel &) const = default;
};

// The tier programme of one card type. A member follows the programme of the card type of
// their newest active card (by issue time); a member with no active card, or whose card
// type has no programme, keeps their tier untouched.
struct TierProgram
{
    Id cardTypeId = kNoId;
    TierBasis basis = TierBasis::PointsEarned;
    int windowDays = 365;   // the rolling window the qualifying value is counted over
    int reviewDays = 90;    // a tier holds at least this long before it may go down
    QList<TierLevel> tiers; // any order on input; read back by rank, lowest first
    QDateTime updatedAt;
};

struct TierChange
{
    Id id = kNoId;
    Id memberId = kNoId;
    Id cardTypeId = kNoId;
    QString fromTier;
    QString toTier;
    QString reason; // "upgrade", "review_downgrade", "review_keep"
    TierBasis basis = TierBasis::PointsEarned;
    qint64 qualifying = 0;
    Id operatorId = kNoId;
    QDateTime at;
};

// Where a member stands: the tier, the qualifying value now, and what the next tier needs.
struct TierStatus
{
    Id memberId = kNoId;
    Id cardTypeId = kNoId; // kNoId: no programme applies (no active card, or none for its type)
    QString tier;          // members.tier
    TierBasis basis = TierBasis::PointsEarned;
    qint64 qualifying = 0;
    QString qualifiesFor;  // the tier the qualifying value reaches now
    QString nextTier;      // empty at the top
    qint64 toNextTier = 0; // how much more the next tier needs
    QDateTime reviewAt;    // invalid: never reviewed
};

// What evaluate() or a review did.
struct TierEvaluation
{
    TierStatus status; // after the evaluation
    QString previousTier;
    QString reason; // "upgrade", "review_downgrade", "review_keep"; empty: nothing written
};

} // namespace Club::Core
