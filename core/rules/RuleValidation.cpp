// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and validation of rule definitions.
#include "RuleEngine.h"

namespace Club::Core {

QString roundingKey(RoundingPolicy policy)
{
    switch (policy) {
    case RoundingPolicy::Floor:
        return QStringLiteral("floor");
    case RoundingPolicy::Nearest:
        return QStringLiteral("nearest");
    case RoundingPolicy::Ceil:
        return QStringLiteral("ceil");
    }
    return {};
}

QString earnKindKey(EarnKind kind)
{
    switch (kind) {
    case EarnKind::PerAmount:
        return QStringLiteral("per_amount");
    case EarnKind::PerGroup:
        return QStringLiteral("per_group");
    case EarnKind::PerProduct:
        return QStringLiteral("per_product");
    case EarnKind::Birthday:
        return QStringLiteral("birthday");
    case EarnKind::Anniversary:
        return QStringLiteral("anniversary");
    case EarnKind::Signup:
        return QStringLiteral("signup");
    case EarnKind::Referral:
        return QStringLiteral("referral");
    case EarnKind::Threshold:
        return QStringLiteral("threshold");
    }
    return {};
}

QString discountTargetKey(DiscountTarget target)
{
    switch (target) {
    case DiscountTarget::CardType:
        return QStringLiteral("card_type");
    case DiscountTarget::Tier:
        return QStringLiteral("tier");
    case DiscountTarget::Group:
        return QStringLiteral("group");
    case DiscountTarget::Product:
        return QStringLiteral("product");
    }
    return {};
}

QString discountModeKey(DiscountMode mode)
{
    switch (mode) {
    case DiscountMode::Percent:
        return QStringLiteral("percent");
    case DiscountMode::Fixed:
        return QStringLiteral("fixed");
    case DiscountMode::Hybrid:
        return QStringLiteral("hybrid");
    }
    return {};
}

namespace {
// Bounds that keep every product of the engine inside 128 bits with room to spare.
constexpr qint64 kMaxPoints = 1'000'000'000;
constexpr int kMaxMultiplier = 100'000; // ×100

} // namespace

Status RuleEngine::validate(const Rule &r)
{
    if (r.name.trimmed().isEmpty())
        return Error::invalid(tr("Enter a name for the rule."), QStringLiteral("name"));
    if (r.priority < 0)
        return Error::invalid(tr("The priority cannot be negative."), QStringLiteral("priority"));
    if (r.validFrom.isValid() && r.validTo.isValid() && r.validTo <= r.validFrom)
        return Error::invalid(tr("The rule must end after it starts."), QStringLiteral("validTo"));
    if ((r.weekdays & kAllWeekdays) == 0 || (r.weekdays & ~kAllWeekdays) != 0)
        return Error::invalid(tr("Choose at least one weekday for the rule."), QStringLiteral("weekdays"));
    const bool hasStart = r.startMinute >= 0, hasEnd = r.endMinute >= 0;
    if (hasStart != hasEnd || r.startMinute >= 24 * 60 || r.endMinute >= 24 * 60 || r.startMinute < -1 ||
        r.endMinute < -1)
        return Error::invalid(tr("Enter both the start and the end of the hour window, between 00:00 and 23:59."),
                              QStringLiteral("hours"));
    if (hasStart && r.startMinute == r.endMinute)
        return Error::invalid(tr("The hour window is empty: its start and end are the same."), QStringLiteral("hours"));
    for (Id id : r.guildIds) {
        if (id <= 0 || r.guildIds.count(id) > 1)
            return Error::invalid(tr("Choose each guild the rule is limited to once."), QStringLiteral("guildIds"));
    }
    for (Id id : r.merchantIds) {
        if (id <= 0 || r.merchantIds.count(id) > 1)
            return Error::invalid(tr("Choose each merchant the rule is limited to once."),
                                  QStringLiteral("merchantIds"));
    }
    if (r.points < 0 || r.perAmount < 0 || r.basisPoints < 0 || r.fixedAmount < 0 || r.capPerDay < 0 ||
        r.capPerMember < 0 || r.thresholdEvery < 0)
        return Error::invalid(tr("Values in a rule cannot be negative."), QStringLiteral("values"));
    if (r.points > kMaxPoints)
        return Error::invalid(tr("The number of points is too large."), QStringLiteral("points"));
    for (auto it = r.tierMultipliers.cbegin(); it != r.tierMultipliers.cend(); ++it) {
        if (it.key().isEmpty() || it.value() < 0 || it.value() > kMaxMultiplier)
            return Error::invalid(tr("A tier multiplier must name a tier and lie between ×0 and ×100."),
                                  QStringLiteral("tierMultipliers"));
    }

    // "points per amount" with either side zero gives points for nothing or nothing at all.
    auto perAmountOk = [&]() -> Status {
        if (r.perAmount == 0)
            return Error::invalid(
                tr("An amount of zero would give points for nothing; enter the amount that earns the points."),
                QStringLiteral("perAmount"));
        if (r.points == 0)
            return Error::invalid(tr("The rule gives no points; enter the points earned."), QStringLiteral("points"));
        return {};
    };

    if (r.family == RuleFamily::Earn) {
        switch (r.earnKind) {
        case EarnKind::PerGroup:
            if (r.groupId == kNoId)
                return Error::invalid(tr("Choose the product group the rule applies to."), QStringLiteral("groupId"));
            return perAmountOk();
        case EarnKind::PerAmount:
            return perAmountOk();
        case EarnKind::PerProduct:
            if (r.productId == kNoId)
                return Error::invalid(tr("Choose the product the rule applies to."), QStringLiteral("productId"));
            [[fallthrough]];
        case EarnKind::Birthday:
        case EarnKind::Anniversary:
        case EarnKind::Signup:
        case EarnKind::Referral:
            if (r.points == 0)
                return Error::invalid(tr("The rule gives no points; enter the points earned."),
                                      QStringLiteral("points"));
            return {};
        case EarnKind::Threshold:
            if (r.thresholdEvery == 0)
                return Error::invalid(tr("A threshold of zero would give gifts for nothing; enter the threshold."),
                                      QStringLiteral("thresholdEvery"));
            if (r.giftProductId == kNoId)
                return Error::invalid(tr("Choose the gift the threshold gives."), QStringLiteral("giftProductId"));
            return {};
        }
        return {};
    }

    switch (r.discountTarget) {
    case DiscountTarget::CardType:
        if (r.cardTypeId == kNoId)
            return Error::invalid(tr("Choose the card type the discount applies to."), QStringLiteral("cardTypeId"));
        break;
    case DiscountTarget::Tier:
        if (r.tierKey.isEmpty())
            return Error::invalid(tr("Choose the tier the discount applies to."), QStringLiteral("tierKey"));
        break;
    case DiscountTarget::Group:
        if (r.groupId == kNoId)
            return Error::invalid(tr("Choose the product group the rule applies to."), QStringLiteral("groupId"));
        break;
    case DiscountTarget::Product:
        if (r.productId == kNoId)
            return Error::invalid(tr("Choose the product the rule applies to."), QStringLiteral("productId"));
        break;
    }
    switch (r.discountMode) {
    case DiscountMode::Percent:
        if (r.basisPoints == 0 || r.basisPoints > 10000)
            return Error::invalid(tr("A percentage discount must lie between 0.01% and 100%."),
                                  QStringLiteral("basisPoints"));
        return {};
    case DiscountMode::Fixed:
        if (r.fixedAmount == 0)
            return Error::invalid(tr("Enter the discount amount."), QStringLiteral("fixedAmount"));
        return {};
    case DiscountMode::Hybrid:
        if (r.basisPoints > 10000)
            return Error::invalid(tr("A percentage discount must lie between 0.01% and 100%."),
                                  QStringLiteral("basisPoints"));
        return perAmountOk();
    }
    return {};
}

} // namespace Club::Core
