// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation. Validation lives in RuleValidation.cpp.
#include "RuleEngine.h"

#include <algorithm>

namespace Club::Core {

namespace {
qint64 div128(__int128 num, __int128 den, RoundingPolicy policy)
{
    if (den <= 0 || num <= 0)
        return 0;
    __int128 q = num / den;
    const __int128 r = num % den;
    switch (policy) {
    case RoundingPolicy::Floor:
        break;
    case RoundingPolicy::Nearest:
        if (2 * r >= den)
            ++q;
        break;
    case RoundingPolicy::Ceil:
        if (r != 0)
            ++q;
        break;
    }
    return qint64(q);
}

int multiplier(const Rule &rule, const RuleContext &ctx)
{
    return rule.tierMultipliers.value(ctx.tier, 1000);
}

// Clamps what a rule wants to give by its caps, counting what it already gave in this
// quote, and records the amount given.
class Caps
{
public:
    explicit Caps(const RuleContext &ctx)
        : m_ctx(ctx)
    {}

    qint64 clamp(const Rule &rule, qint64 want, RuleHit::Cap &cap)
    {
        const RuleUsage used = m_ctx.usage.value(rule.id);
        const qint64 given = m_given.value(rule.id);
        qint64 out = std::max<qint64>(want, 0);
        if (rule.capPerDay > 0) {
            const qint64 room = std::max<qint64>(rule.capPerDay - used.today - given, 0);
            if (out > room) {
                out = room;
                cap = RuleHit::Cap::Day;
            }
        }
        if (rule.capPerMember > 0) {
            const qint64 room = std::max<qint64>(rule.capPerMember - used.lifetime - given, 0);
            if (out > room) {
                out = room;
                cap = RuleHit::Cap::Member;
            }
        }
        m_given[rule.id] = given + out;
        return out;
    }

private:
    const RuleContext &m_ctx;
    QHash<Id, qint64> m_given;
};

bool discountMatches(const Rule &rule, const BasketLine &line, const RuleContext &ctx)
{
    switch (rule.discountTarget) {
    case DiscountTarget::CardType:
        return ctx.cardTypeId != kNoId && ctx.cardTypeId == rule.cardTypeId;
    case DiscountTarget::Tier:
        return !ctx.tier.isEmpty() && ctx.tier == rule.tierKey;
    case DiscountTarget::Group:
        return line.groupPath.contains(rule.groupId);
    case DiscountTarget::Product:
        return line.productId == rule.productId;
    }
    return false;
}

bool earnMatches(const Rule &rule, const BasketLine &line)
{
    switch (rule.earnKind) {
    case EarnKind::PerAmount:
        return true;
    case EarnKind::PerGroup:
        return line.groupPath.contains(rule.groupId);
    case EarnKind::PerProduct:
        return line.productId == rule.productId;
    default:
        return false; // bonuses are not tied to a line
    }
}

// Points for `base` paid at `points` per `perAmount`, with the tier multiplier, rounded once.
Points pointsForAmount(const Rule &rule, const RuleContext &ctx, Money base)
{
    return div128(__int128(base) * rule.points * multiplier(rule, ctx), __int128(rule.perAmount) * 1000, rule.rounding);
}
} // namespace

qint64 RuleEngine::mulDiv(qint64 num, qint64 mul, qint64 den, RoundingPolicy policy)
{
    return div128(__int128(num) * mul, den, policy);
}

QString expiryPolicyKey(ExpiryPolicy policy)
{
    switch (policy) {
    case ExpiryPolicy::AfterDays:
        return QStringLiteral("after_days");
    case ExpiryPolicy::MonthEnd:
        return QStringLiteral("month_end");
    case ExpiryPolicy::YearEnd:
        return QStringLiteral("year_end");
    case ExpiryPolicy::Never:
        return QStringLiteral("never");
    }
    return {};
}

bool expiryPolicyFromKey(const QString &key, ExpiryPolicy &policy)
{
    for (ExpiryPolicy p :
         {ExpiryPolicy::AfterDays, ExpiryPolicy::MonthEnd, ExpiryPolicy::YearEnd, ExpiryPolicy::Never}) {
        if (expiryPolicyKey(p) == key) {
            policy = p;
            return true;
        }
    }
    return false;
}

QDateTime pointsExpiresAt(
    ExpiryPolicy policy, int days, const QDateTime &earnedUtc, const QTimeZone &zone, const QCalendar &calendar)
{
    if (policy == ExpiryPolicy::Never || !earnedUtc.isValid())
        return {};
    const QDateTime local = earnedUtc.toTimeZone(zone);
    if (policy == ExpiryPolicy::AfterDays)
        return local.addDays(days).toUTC(); // the same local time, across any DST change
    // The period is chosen by the local date, so 23:59 and 00:01 Tehran time on either side
    // of a month's end land in different months even though both are the same UTC day.
    const QCalendar::YearMonthDay last = calendar.partsFromDate(local.date().addDays(days));
    if (policy == ExpiryPolicy::MonthEnd) {
        const bool lastMonth = last.month == calendar.monthsInYear(last.year);
        return RuleEngine::dayStartUtc(lastMonth ? last.year + 1 : last.year, lastMonth ? 1 : last.month + 1, 1,
                                       calendar, zone);
    }
    return RuleEngine::dayStartUtc(last.year + 1, 1, 1, calendar, zone);
}

int weekdayBit(const QDate &date)
{
    return (date.dayOfWeek() + 1) % 7; // Qt: Monday 1 ... Sunday 7; ours: Saturday 0
}

QDateTime RuleEngine::dayStartUtc(int year, int month, int day, const QCalendar &calendar, const QTimeZone &zone)
{
    const QDate date = calendar.dateFromParts(year, month, day);
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

bool RuleEngine::isAnniversary(const QDate &date, const QDate &today, const QCalendar &calendar)
{
    if (!date.isValid() || !today.isValid() || today < date)
        return false;
    const QCalendar::YearMonthDay born = calendar.partsFromDate(date);
    const int year = calendar.partsFromDate(today).year;
    const int day = std::min(born.day, calendar.daysInMonth(born.month, year));
    return calendar.dateFromParts(year, born.month, day) == today;
}

bool RuleEngine::inForce(const Rule &rule, const RuleContext &ctx)
{
    const QDateTime now = ctx.nowUtc;
    if (rule.validFrom.isValid() && now < rule.validFrom)
        return false;
    if (rule.validTo.isValid() && now >= rule.validTo)
        return false;
    const QDateTime local = now.toTimeZone(ctx.zone);
    if (!(rule.weekdays & (1u << weekdayBit(local.date()))))
        return false;
    if (rule.startMinute >= 0 && rule.endMinute >= 0) {
        const int minute = local.time().hour() * 60 + local.time().minute();
        const bool inside = rule.startMinute < rule.endMinute
                                ? minute >= rule.startMinute && minute < rule.endMinute
                                : minute >= rule.startMinute || minute < rule.endMinute; // across midnight
        if (!inside)
            return false;
    }
    if (rule.scoped()) {
        const bool here = (ctx.merchantId != kNoId && rule.merchantIds.contains(ctx.merchantId)) ||
                          (ctx.guildId != kNoId && rule.guildIds.contains(ctx.guildId));
        if (!here)
            return false;
    }
    if (rule.organisationId != kNoId && !ctx.organisationIds.contains(rule.organisationId))
        return false;
    return rule.campaign.isEmpty() || ctx.activeCampaigns.contains(rule.campaign);
}

Quote RuleEngine::evaluate(const QList<BasketLine> &basket,
                           const Tender &tender,
                           const RuleContext &ctx,
                           const QList<Rule> &rules)
{
    QList<Rule> live;
    for (const Rule &r : rules) {
        if (validate(r).ok() && inForce(r, ctx))
            live.append(r);
    }
    std::stable_sort(live.begin(), live.end(), [](const Rule &a, const Rule &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
    });

    Caps caps(ctx);
    Quote quote;
    // Hybrid discounts give points on what is left of the line; remembered per line.
    QList<QList<const Rule *>> hybrids(basket.size());

    for (qsizetype i = 0; i < basket.size(); ++i) {
        const BasketLine &line = basket.at(i);
        QuoteLine out;
        out.gross = std::max<qint64>(line.quantity, 0) * std::max<qint64>(line.unitPrice, 0);
        out.discount = std::clamp<qint64>(line.lineDiscount, 0, out.gross);
        for (const Rule &r : live) {
            if (r.family != RuleFamily::Discount || !discountMatches(r, line, ctx))
                continue;
            const Money remaining = out.gross - out.discount;
            Money want = 0;
            QString reason;
            switch (r.discountMode) {
            case DiscountMode::Percent:
                want = mulDiv(remaining, r.basisPoints, 10000, r.rounding);
                reason = QStringLiteral("discount.percent");
                break;
            case DiscountMode::Fixed:
                want = std::min<qint64>(r.fixedAmount * std::max<qint64>(line.quantity, 0), remaining);
                reason = QStringLiteral("discount.fixed");
                break;
            case DiscountMode::Hybrid:
                want = mulDiv(remaining, r.basisPoints, 10000, r.rounding);
                reason = QStringLiteral("discount.hybrid");
                hybrids[i].append(&r);
                break;
            }
            RuleHit hit{r.id, reason, 0, 0, RuleHit::Cap::None};
            hit.discount = caps.clamp(r, std::min(want, remaining), hit.cap);
            out.discount += hit.discount;
            out.why.append(hit);
            if (r.exclusive)
                break;
        }
        out.net = out.gross - out.discount;
        quote.gross += out.gross;
        quote.discount += out.discount;
        quote.net += out.net;
        quote.lines.append(out);
    }

    // Only money earns: each line's base shrinks by the share paid with points, gift value
    // or credit.
    const Money nonCash = std::max<qint64>(tender.pointsValue, 0) + std::max<qint64>(tender.giftValue, 0) +
                          std::max<qint64>(tender.credit, 0);
    const Money paid = std::max<qint64>(tender.paid, 0);
    for (QuoteLine &out : quote.lines) {
        out.earnBase = (paid + nonCash == 0) ? out.net : mulDiv(out.net, paid, paid + nonCash, RoundingPolicy::Floor);
        quote.earnBase += out.earnBase;
    }

    for (qsizetype i = 0; i < basket.size(); ++i) {
        const BasketLine &line = basket.at(i);
        QuoteLine &out = quote.lines[i];
        for (const Rule *r : std::as_const(hybrids[i])) {
            const Points pts = pointsForAmount(*r, ctx, out.earnBase);
            for (RuleHit &hit : out.why) {
                if (hit.ruleId == r->id)
                    hit.points = pts;
            }
            out.points += pts;
        }
        for (const Rule &r : live) {
            if (r.family != RuleFamily::Earn || !earnMatches(r, line))
                continue;
            RuleHit hit{r.id, QLatin1String("earn.") + earnKindKey(r.earnKind), 0, 0, RuleHit::Cap::None};
            Points want = 0;
            if (r.earnKind == EarnKind::PerProduct) {
                // Points per unit, scaled down by the share of the line not paid with money.
                want = out.net <= 0 ? 0
                                    : div128(__int128(std::max<qint64>(line.quantity, 0)) * r.points *
                                                 multiplier(r, ctx) * out.earnBase,
                                             __int128(out.net) * 1000, r.rounding);
            } else {
                want = pointsForAmount(r, ctx, out.earnBase);
            }
            hit.points = caps.clamp(r, want, hit.cap);
            out.points += hit.points;
            out.why.append(hit);
            if (r.exclusive)
                break;
        }
        quote.linePoints += out.points;
    }

    const QDate today = ctx.nowUtc.toTimeZone(ctx.zone).date();
    // The tier multiplier is the beneficiary's: a referral bonus follows the referrer's tier.
    auto bonus = [&](const Rule &r, const QString &reason, Id beneficiary, const QString &tier) {
        BonusHit hit{r.id, reason, beneficiary, 0, kNoId, 0, RuleHit::Cap::None};
        const Points want = div128(__int128(r.points) * r.tierMultipliers.value(tier, 1000), 1000, r.rounding);
        hit.points = caps.clamp(r, want, hit.cap);
        quote.bonuses.append(hit);
        if (beneficiary == ctx.memberId)
            quote.bonusPoints += hit.points;
    };
    for (const Rule &r : live) {
        if (r.family != RuleFamily::Earn)
            continue;
        const RuleUsage used = ctx.usage.value(r.id);
        switch (r.earnKind) {
        case EarnKind::Birthday:
            if (used.timesToday == 0 && isAnniversary(ctx.birthDate, today, ctx.calendar))
                bonus(r, QStringLiteral("bonus.birthday"), ctx.memberId, ctx.tier);
            break;
        case EarnKind::Anniversary:
            if (used.timesToday == 0 && isAnniversary(ctx.marriageDate, today, ctx.calendar))
                bonus(r, QStringLiteral("bonus.anniversary"), ctx.memberId, ctx.tier);
            break;
        case EarnKind::Signup:
            if (ctx.memberId != kNoId && used.timesLifetime == 0)
                bonus(r, QStringLiteral("bonus.signup"), ctx.memberId, ctx.tier);
            break;
        case EarnKind::Referral:
            if (ctx.firstPurchase && ctx.referrerId != kNoId)
                bonus(r, QStringLiteral("bonus.referral"), ctx.referrerId, ctx.referrerTier);
            break;
        default:
            break;
        }
    }

    // Thresholds last: they count the points this sale earns.
    for (const Rule &r : live) {
        if (r.family != RuleFamily::Earn || r.earnKind != EarnKind::Threshold)
            continue;
        const bool onPoints = r.thresholdBasis == ThresholdBasis::Points;
        const qint64 before = std::max<qint64>(onPoints ? ctx.pointsEarnedBefore : ctx.amountPaidBefore, 0);
        const qint64 now = onPoints ? quote.linePoints + quote.bonusPoints : quote.earnBase;
        const qint64 crossed = (before + now) / r.thresholdEvery - before / r.thresholdEvery;
        if (crossed <= 0)
            continue;
        BonusHit hit{r.id, QStringLiteral("bonus.threshold"), ctx.memberId, 0, r.giftProductId, 0, RuleHit::Cap::None};
        hit.giftCount = caps.clamp(r, crossed, hit.cap);
        quote.bonuses.append(hit);
    }

    quote.totalPoints = quote.linePoints + quote.bonusPoints;
    quote.availableAt = ctx.nowUtc.addDays(ctx.pendingDays >= 0 ? ctx.pendingDays : ctx.returnWindowDays);
    quote.expiresAt = pointsExpiresAt(ctx.expiryPolicy, ctx.pointsLifetimeDays, ctx.nowUtc, ctx.zone, ctx.calendar);
    return quote;
}

} // namespace Club::Core
