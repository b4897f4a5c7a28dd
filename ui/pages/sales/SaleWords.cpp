// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleWords.h"

#include "Format.h"
#include "shell/Language.h"

namespace Club::Ui {

QString SaleWords::productName(const Core::Product &product)
{
    const QString language = Language::current();
    const QString own = language == QLatin1String("ar")   ? product.nameAr
                        : language == QLatin1String("en") ? product.nameEn
                                                          : product.nameFa;
    return own.isEmpty() ? product.displayName() : own;
}

QString SaleWords::hit(const Core::RuleHit &hit, const QString &ruleName)
{
    const QString &r = hit.reason;
    const int points = int(hit.points);
    const QString discount = Format::money(hit.discount);
    QString sentence;
    if (r == QLatin1String("discount.percent"))
        //: %1 the rule's name, %2 an amount of money
        sentence = tr("Rule “%1” gives a percentage discount of %2.").arg(ruleName, discount);
    else if (r == QLatin1String("discount.fixed"))
        sentence = tr("Rule “%1” takes a fixed %2 off.").arg(ruleName, discount);
    else if (r == QLatin1String("discount.hybrid"))
        //: A rule that gives part of its reward as a discount and part as points
        sentence = tr("Rule “%1” gives a discount of %2 and %Ln point(s).", nullptr, points).arg(ruleName, discount);
    else if (r == QLatin1String("earn.per_amount"))
        sentence = tr("Rule “%1” earns %Ln point(s) for the amount paid.", nullptr, points).arg(ruleName);
    else if (r == QLatin1String("earn.per_group"))
        sentence = tr("Rule “%1” earns %Ln point(s) for buying from this product group.", nullptr, points)
                       .arg(ruleName);
    else if (r == QLatin1String("earn.per_product"))
        sentence = tr("Rule “%1” earns %Ln point(s) for each unit of this product.", nullptr, points).arg(ruleName);
    else if (hit.discount != 0)
        sentence = tr("Rule “%1” gives a discount of %2.").arg(ruleName, discount);
    else
        sentence = tr("Rule “%1” gives %Ln point(s).", nullptr, points).arg(ruleName);
    if (hit.cap == Core::RuleHit::Cap::Day)
        sentence += QLatin1Char(' ') + tr("(Cut to the rule's daily limit.)");
    else if (hit.cap == Core::RuleHit::Cap::Member)
        sentence += QLatin1Char(' ') + tr("(Cut to the rule's limit per member.)");
    return sentence;
}

QString SaleWords::bonus(const Core::BonusHit &bonus, const QString &ruleName)
{
    const QString &r = bonus.reason;
    const int points = int(bonus.points);
    if (r == QLatin1String("bonus.birthday"))
        return tr("Happy birthday: rule “%1” adds %Ln point(s).", nullptr, points).arg(ruleName);
    if (r == QLatin1String("bonus.anniversary"))
        return tr("Wedding anniversary: rule “%1” adds %Ln point(s).", nullptr, points).arg(ruleName);
    if (r == QLatin1String("bonus.signup"))
        return tr("Welcome bonus: rule “%1” adds %Ln point(s).", nullptr, points).arg(ruleName);
    if (r == QLatin1String("bonus.referral"))
        return tr("First purchase of a referred member: rule “%1” gives the referrer %Ln point(s).", nullptr, points)
            .arg(ruleName);
    if (r == QLatin1String("bonus.threshold"))
        return tr("Rule “%1” gives %Ln gift(s) for reaching its threshold.", nullptr, int(bonus.giftCount))
            .arg(ruleName);
    return tr("Rule “%1” adds %Ln point(s).", nullptr, points).arg(ruleName);
}

QString SaleWords::policy(Core::SpentPointsPolicy policy)
{
    switch (policy) {
    case Core::SpentPointsPolicy::TakeOtherPoints:
        return tr("Points already spent were taken from the member's other points; what they could not cover is owed.");
    case Core::SpentPointsPolicy::Debt:
        return tr("The value of points already spent is owed by the member.");
    case Core::SpentPointsPolicy::DeductFromRefund:
        return tr("The value of points already spent was kept from the refund.");
    }
    return {};
}

} // namespace Club::Ui
