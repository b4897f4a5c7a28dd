// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoLists.h"

#include "cards/Card.h"
#include "domain/Types.h"
#include "members/Member.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

// What the demo generator will do, drawn entirely from the seed before anything is
// written, so the same seed, member count and period always give the same club (and a
// run stopped half-way is a prefix of the full one). Internal to the demo generator.
namespace Club::Core::Demo {

// The club's fixed rules for the points it hands out.
constexpr Points kSignupPoints = 100;
constexpr int kSignupExpiryMonths = 3; // a welcome gift: use it or lose it
constexpr Points kReferralPoints = 200;
constexpr Points kBirthdayPoints = 150;
constexpr int kBirthdayExpiryMonths = 1;
constexpr Points kMinRedeemPoints = 50;
constexpr int kEarnExpiryMonths = 12;
constexpr int kReturnWindowDays = 14; // purchase points stay pending while the goods may come back
constexpr Money kPointValue = 50'000; // rials of purchase per point earned

enum class EventKind {
    Purchase,       // earn points for a sale
    Birthday,       // earn the birthday gift
    Redeem,         // spend points (amount wanted; less when less is available)
    Adjust,         // manager's adjustment with a reason (signed)
    GiftCard,       // issue a gift card and charge it (amount in rials)
    GiftSpend,      // pay with stored value (rials)
    ReplaceLoyalty, // the loyalty card was lost or damaged
    BlockGift,      // the gift card was stolen or lost
};

struct Event
{
    QDateTime at;
    EventKind kind = EventKind::Purchase;
    qint64 amount = 0;     // points, or rials for gift card events
    QDateTime availableAt; // purchase points in their return window
    QString reference;     // invoice number
    QString text;          // adjustment reason, or the note on a blocked or replaced card
    BlockReason reason = BlockReason::Other;
};

struct Person
{
    Origin origin = Origin::Persian;
    Member draft; // as typed at the counter; the referrer's id is filled in when run
    QDateTime joinedAt;
    int referrer = -1;     // index of an earlier person
    int familyHead = -1;   // index of an earlier person whose family this one joins
    QStringList groupKeys; // GroupSpec::key
    bool discountCard = false;
    QString creditPin;   // not empty: also gets a credit card protected by this PIN
    QList<Event> events; // in time order, after joinedAt and before the plan's end
};

struct Plan
{
    QDateTime start; // the club opens: card types and groups are made
    QDateTime end;   // everything happens before this
    QList<Person> people;

    // How many cards of a kind the plan issues (replacements included), for blank stock.
    int cardsOfKind(CardKind kind) const;
};

Plan makePlan(const Lists &lists, quint32 seed, int members, const QDateTime &start, const QDateTime &end);

// The Iranian national code check digit for nine leading ASCII digits.
int nationalCodeCheckDigit(const QString &nine);

} // namespace Club::Core::Demo
