// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "domain/Types.h"

#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Club::Core {

// How a fraction of a point or of a minor unit becomes a whole one. Integer arithmetic
// only: every amount is a qint64 and every ratio is an explicit numerator/denominator.
enum class RoundingPolicy { Floor, Nearest, Ceil }; // Nearest: half up
QString roundingKey(RoundingPolicy policy);         // "floor", "nearest", "ceil"

enum class RuleFamily { Earn, Discount };

enum class EarnKind {
    PerAmount,   // `points` per `perAmount` minor units paid, on every line
    PerGroup,    // the same, only on lines whose group path holds `groupId`
    PerProduct,  // `points` per unit of `productId`
    Birthday,    // `points` once on the member's birthday (local date, rule calendar)
    Anniversary, // `points` once on the marriage anniversary
    Signup,      // `points` once per member, the first time a quote finds it not yet given
    Referral,    // `points` to the referrer on the referee's first purchase
    Threshold,   // every `thresholdEvery` points (or paid amount) → one `giftProductId`
};
QString earnKindKey(EarnKind kind); // "per_amount", "per_group", "per_product", "birthday"...

enum class DiscountTarget { CardType, Tier, Group, Product };
QString discountTargetKey(DiscountTarget target); // "card_type", "tier", "group", "product"

enum class DiscountMode {
    Percent, // `basisPoints` of the line (10000 = 100 %)
    Fixed,   // `fixedAmount` minor units per unit sold, never more than the line
    Hybrid,  // `basisPoints` off the line and `points` per `perAmount` paid on what is left
};
QString discountModeKey(DiscountMode mode); // "percent", "fixed", "hybrid"

enum class ThresholdBasis { Points, Amount };

// When earned points expire. The policies count from the local date (store zone) the
// points were earned on:
//  AfterDays: the same local time `days` later;
//  MonthEnd:  the end of the calendar month that holds earn date + `days` (the first
//             instant of the next month, local midnight, in UTC);
//  YearEnd:   the same for the calendar year (in Jalali, the end of Esfand);
//  Never:     the points never expire (`days` is ignored).
enum class ExpiryPolicy { AfterDays, MonthEnd, YearEnd, Never };
QString expiryPolicyKey(ExpiryPolicy policy); // "after_days", "month_end", "year_end", "never"
bool expiryPolicyFromKey(const QString &key, ExpiryPolicy &policy); // false: unknown key
// The first instant (UTC) points earned at `earnedUtc` are gone; invalid for Never.
QDateTime pointsExpiresAt(ExpiryPolicy policy,
                          int days,
                          const QDateTime &earnedUtc,
                          const QTimeZone &zone,
                          const QCalendar &calendar);

// Weekday mask bits, Saturday first as the Iranian week: bit 0 Saturday ... bit 6 Friday.
constexpr quint8 kAllWeekdays = 0x7F;
int weekdayBit(const QDate &date);

// One version of a rule. Amounts are minor units, points whole points. Multipliers are
// stored per mille (×1.5 is 1500, ×1 is 1000) so that no fraction is ever stored.
struct Rule
{
    Id id = kNoId;
    Id seriesId = kNoId; // the first version's id; every later version shares it
    QString name;
    RuleFamily family = RuleFamily::Earn;
    EarnKind earnKind = EarnKind::PerAmount;
    DiscountTarget discountTarget = DiscountTarget::Product;
    DiscountMode discountMode = DiscountMode::Percent;

    int priority = 100;     // smaller runs first; equal priorities run in id order
    bool exclusive = false; // once it applies to a line, later rules of its family skip that line

    // When: [validFrom, validTo) in UTC, invalid = open; weekday mask and an hour window in
    // the store's local time (startMinute > endMinute crosses midnight; -1/-1 = all day).
    QDateTime validFrom;
    QDateTime validTo;
    quint8 weekdays = kAllWeekdays;
    int startMinute = -1;
    int endMinute = -1;
    QString campaign; // empty: always; otherwise only while the campaign is active

    // Whom and what.
    Id productId = kNoId;
    Id groupId = kNoId;
    Id cardTypeId = kNoId;
    QString tierKey;
    // Scope: only members who currently belong to this partner organisation (kNoId: anyone).
    Id organisationId = kNoId;

    // Earn parameters (also the points half of a hybrid discount).
    Points points = 0;
    Money perAmount = 0;
    RoundingPolicy rounding = RoundingPolicy::Floor;
    QHash<QString, int> tierMultipliers; // tier key → per mille; missing tiers: 1000

    // Threshold.
    ThresholdBasis thresholdBasis = ThresholdBasis::Points;
    qint64 thresholdEvery = 0;
    Id giftProductId = kNoId;

    // Discount parameters.
    int basisPoints = 0;
    Money fixedAmount = 0;

    // Caps per rule, 0 = none: points (earn rules) or discount (discount rules) per member
    // per local day, and per member over the rule's whole life.
    qint64 capPerDay = 0;
    qint64 capPerMember = 0;

    // Where (core/network): the rule applies at merchants of these guilds and at these
    // merchants; both empty: everywhere.
    QList<Id> guildIds;
    QList<Id> merchantIds;
    bool scoped() const { return !guildIds.isEmpty() || !merchantIds.isEmpty(); }

    bool operator==(const Rule &) const = default;
};

struct BasketLine
{
    Id productId = kNoId;
    QList<Id> groupPath; // the product's group and its ancestors up to the root
    qint64 quantity = 1; // whole units
    Money unitPrice = 0;
    Money lineDiscount = 0; // already given before the rules (manual or price-list)
};

struct Tender
{
    Money paid = 0;        // cash and bank card: the only part that earns
    Money pointsValue = 0; // paid with points
    Money giftValue = 0;   // stored value / gift card
    Money credit = 0;      // internal credit, installments
};

// What a rule has given this member so far, for caps.
struct RuleUsage
{
    qint64 today = 0;    // points or discount given today (local day)
    qint64 lifetime = 0; // points or discount given over the rule's life
    int timesToday = 0;
    int timesLifetime = 0;
};

struct RuleContext
{
    Id memberId = kNoId;
    Id referrerId = kNoId; // the member who referred this one, if any (and still active)
    QString referrerTier;  // the referrer's tier: a referral bonus uses its multiplier
    bool firstPurchase = false;
    QString tier;
    Id cardTypeId = kNoId;
    CardKind cardKind = CardKind::Loyalty;
    QDate birthDate;
    QDate marriageDate;
    QDate signupDate;
    QDateTime nowUtc;
    QTimeZone zone = QTimeZone::utc();
    QCalendar calendar = QCalendar(QCalendar::System::Jalali); // for birthdays and month ends
    QStringList activeCampaigns;
    QList<Id> organisationIds; // the partner organisations the member currently belongs to
    QHash<Id, RuleUsage> usage;    // by rule id
    Points pointsEarnedBefore = 0; // lifetime, for threshold rules on points
    Money amountPaidBefore = 0;    // lifetime, for threshold rules on amount
    int returnWindowDays = 7;
    int pendingDays = -1;          // -1: the return window
    // When earned points expire; see ExpiryPolicy. Never is the only way to say "never":
    // AfterDays with 0 days would expire the points at once.
    ExpiryPolicy expiryPolicy = ExpiryPolicy::Never;
    int pointsLifetimeDays = 0;
    // Where the sale happens: the branch's merchant and its guild (kNoId: unknown, so a
    // rule limited to guilds or merchants does not apply).
    Id merchantId = kNoId;
    Id guildId = kNoId;
};

// Why a line got a discount or points: the rule, a machine reason code the desk maps to
// words, and whether a cap cut it.
struct RuleHit
{
    enum class Cap { None, Day, Member };
    Id ruleId = kNoId;
    QString reason; // "earn.per_amount", "discount.percent", "discount.hybrid"...
    Money discount = 0;
    Points points = 0;
    Cap cap = Cap::None;
};

struct QuoteLine
{
    Money gross = 0;    // quantity × unit price
    Money discount = 0; // lineDiscount + rule discounts
    Money net = 0;      // gross - discount
    Money earnBase = 0; // the part of net paid with money that earns
    Points points = 0;
    QList<RuleHit> why;
};

struct BonusHit
{
    Id ruleId = kNoId;
    QString reason; // "bonus.birthday", "bonus.anniversary", "bonus.signup", "bonus.referral", "bonus.threshold"
    Id beneficiaryId = kNoId; // the member, or the referrer for a referral
    Points points = 0;
    Id giftProductId = kNoId;
    qint64 giftCount = 0;
    RuleHit::Cap cap = RuleHit::Cap::None;
};

struct Quote
{
    QList<QuoteLine> lines;
    QList<BonusHit> bonuses;
    Money gross = 0;
    Money discount = 0;
    Money net = 0;
    Money earnBase = 0;
    Points linePoints = 0;
    Points bonusPoints = 0; // to this member (referral points go to the referrer, not here)
    Points totalPoints = 0; // linePoints + bonusPoints
    QDateTime availableAt;  // earned points stay pending until then
    QDateTime expiresAt;    // invalid: never; the first instant the points are gone
};

} // namespace Club::Core
