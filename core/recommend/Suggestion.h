// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Club::Core {

// The kinds in the order Recommender lists them: what the member loses by waiting first
// (points about to expire), then what is close in time, then what is within reach.
enum class SuggestionKind {
    Expiry,     // points that expire soon: `points` on `date` (`at` the first instant they are gone)
    Occasion,   // birthday or marriage anniversary on `date`, in `days`; `points` the bonus rule's, if any
    Gift,       // `productId` costs `points` and the spendable `balance` covers it
    Threshold,  // `remaining` more points (or minor units paid) give the gift `productId`
    Repurchase, // `productId` bought `times` times, every `intervalDays` on average; due on `date`
};
QString suggestionKindKey(SuggestionKind kind); // "expiry", "occasion", "gift", "threshold", "repurchase"

// One suggestion with the numbers that explain it. `reason` is a machine code the UI maps
// to words: "expiry.soon", "occasion.birthday", "occasion.anniversary", "gift.reachable",
// "threshold.points", "threshold.amount", "repurchase.due".
struct Suggestion
{
    SuggestionKind kind = SuggestionKind::Gift;
    QString reason;
    Id productId = kNoId; // the gift, the threshold's gift or the product bought regularly
    Id ruleId = kNoId;    // the threshold rule or the occasion's bonus rule
    QDate date;           // local day (store zone): expiry day, occasion day, due day
    QDateTime at;         // UTC: the expiry instant; the last purchase for a repurchase
    int days = 0;         // days from today to `date` (negative: overdue by that many days)
    Points points = 0;    // expiring points, the gift's price or the occasion's bonus
    Points balance = 0;   // gift: the spendable points it was compared with
    qint64 every = 0;     // threshold: points or minor units per gift
    qint64 progress = 0;  // threshold: reached so far towards the next gift
    qint64 remaining = 0; // threshold: still to go (every - progress)
    int times = 0;        // repurchase: purchases seen (one per sale)
    int intervalDays = 0; // repurchase: mean days between purchases
    int years = 0;        // occasion: the age or the number of years married on `date`

    bool operator==(const Suggestion &) const = default;
};

struct SuggestionOptions
{
    int expiryWithinDays = 30;
    int occasionWithinDays = 14;
    int maxGifts = 3;                // the most expensive reachable gifts; 0: all of them
    int repurchaseMinTimes = 3;      // purchases needed before a product counts as regular
    int repurchaseToleranceDays = 1; // due this many days before the mean interval has passed
};

// Points that stop counting at `expiresAt` (UTC); grouped per local day of expiry.
struct ExpiringPoints
{
    QDateTime expiresAt;
    QDate date; // the local day (store zone) of expiresAt
    Points points = 0;

    bool operator==(const ExpiringPoints &) const = default;
};

} // namespace Club::Core
