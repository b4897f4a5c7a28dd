// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleText.h"

#include <QHash>
#include <QLocale>

namespace Club::Ui {

using namespace Core;

QString RuleText::family(RuleFamily family)
{
    //: Rule family: rules that give points
    return family == RuleFamily::Earn ? tr("Earn points")
                                      //: Rule family: rules that give a discount
                                      : tr("Discount");
}

QList<EarnKind> RuleText::earnKinds()
{
    return {EarnKind::PerAmount, EarnKind::PerGroup,  EarnKind::PerProduct, EarnKind::Birthday,
            EarnKind::Anniversary, EarnKind::Signup, EarnKind::Referral,   EarnKind::Threshold};
}

QString RuleText::earnKind(EarnKind kind)
{
    switch (kind) {
    case EarnKind::PerAmount:
        return tr("Points per amount paid");
    case EarnKind::PerGroup:
        return tr("Points per amount paid in a product group");
    case EarnKind::PerProduct:
        return tr("Points per unit of a product");
    case EarnKind::Birthday:
        return tr("Birthday bonus");
    case EarnKind::Anniversary:
        return tr("Wedding anniversary bonus");
    case EarnKind::Signup:
        return tr("Welcome bonus on the first purchase");
    case EarnKind::Referral:
        return tr("Referral bonus to the referrer");
    case EarnKind::Threshold:
        return tr("A gift every time a threshold is reached");
    }
    return {};
}

QList<DiscountTarget> RuleText::discountTargets()
{
    return {DiscountTarget::Product, DiscountTarget::Group, DiscountTarget::CardType, DiscountTarget::Tier};
}

QString RuleText::discountTarget(DiscountTarget target)
{
    switch (target) {
    case DiscountTarget::CardType:
        return tr("Holders of a card type");
    case DiscountTarget::Tier:
        return tr("Members of a tier");
    case DiscountTarget::Group:
        return tr("A product group");
    case DiscountTarget::Product:
        return tr("A product");
    }
    return {};
}

QString RuleText::discountMode(DiscountMode mode)
{
    switch (mode) {
    case DiscountMode::Percent:
        return tr("A percentage off");
    case DiscountMode::Fixed:
        return tr("A fixed amount off each unit");
    case DiscountMode::Hybrid:
        return tr("A percentage off and points on the rest");
    }
    return {};
}

QString RuleText::rounding(RoundingPolicy policy)
{
    switch (policy) {
    case RoundingPolicy::Floor:
        //: Rounding of fractional points
        return tr("Round down");
    case RoundingPolicy::Nearest:
        //: Rounding of fractional points
        return tr("Round to the nearest");
    case RoundingPolicy::Ceil:
        //: Rounding of fractional points
        return tr("Round up");
    }
    return {};
}

QString RuleText::kind(const Rule &rule)
{
    if (rule.family == RuleFamily::Earn)
        return earnKind(rule.earnKind);
    //: Discount rule in the list: %1 whom or what it targets, %2 how much it takes off
    return tr("%1: %2").arg(discountTarget(rule.discountTarget), discountMode(rule.discountMode));
}

QString RuleText::reason(const QString &code)
{
    static const QHash<QString, const char *> known{
        {QStringLiteral("earn.per_amount"), QT_TR_NOOP("points for the amount paid")},
        {QStringLiteral("earn.per_group"), QT_TR_NOOP("points for the amount paid in the group")},
        {QStringLiteral("earn.per_product"), QT_TR_NOOP("points for each unit of the product")},
        {QStringLiteral("discount.percent"), QT_TR_NOOP("a percentage off")},
        {QStringLiteral("discount.fixed"), QT_TR_NOOP("a fixed amount off")},
        {QStringLiteral("discount.hybrid"), QT_TR_NOOP("a percentage off and points on the rest")},
        {QStringLiteral("bonus.birthday"), QT_TR_NOOP("birthday bonus")},
        {QStringLiteral("bonus.anniversary"), QT_TR_NOOP("wedding anniversary bonus")},
        {QStringLiteral("bonus.signup"), QT_TR_NOOP("welcome bonus")},
        {QStringLiteral("bonus.referral"), QT_TR_NOOP("referral bonus")},
        {QStringLiteral("bonus.threshold"), QT_TR_NOOP("threshold gift")},
    };
    const auto it = known.constFind(code);
    return it == known.cend() ? code : tr(*it);
}

QString RuleText::weekday(int bit)
{
    // Bit 0 is Saturday: Qt's day 6.
    static constexpr int qtDay[] = {6, 7, 1, 2, 3, 4, 5};
    return QLocale().dayName(qtDay[bit % 7], QLocale::LongFormat);
}

QString RuleText::latinDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const int d = c.digitValue();
        out.append(d >= 0 && d <= 9 ? QChar(u'0' + d) : c);
    }
    return out;
}

std::optional<qint64> RuleText::scaled(const QString &text, int decimals)
{
    QString t = latinDigits(text).trimmed();
    t.remove(QChar(u'%')).remove(QChar(0x066A)).remove(QChar(u'×')).remove(QChar(0x200F)).remove(QChar(0x200E));
    t = t.trimmed();
    const QString point = QLocale().decimalPoint();
    t.replace(QChar(0x066B), QChar(u'.'));
    if (point != QLatin1String("."))
        t.replace(point, QStringLiteral("."));
    const qsizetype dot = t.indexOf(QChar(u'.'));
    QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (fraction.size() > decimals && fraction.endsWith(QChar(u'0')))
        fraction.chop(1);
    if (fraction.size() > decimals || whole.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : QString(whole + fraction.leftJustified(decimals, QChar(u'0')))) {
        if (c < QChar(u'0') || c > QChar(u'9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString RuleText::unscaled(qint64 value, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value / unit);
    QString fraction = QString::number(value % unit).rightJustified(decimals, QChar(u'0'));
    while (fraction.endsWith(QChar(u'0')))
        fraction.chop(1);
    if (!fraction.isEmpty()) {
        QString localized;
        for (QChar c : fraction)
            localized += locale.toString(c.unicode() - u'0');
        text += locale.decimalPoint() + localized;
    }
    return text;
}

} // namespace Club::Ui
