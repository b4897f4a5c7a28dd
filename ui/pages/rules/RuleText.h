// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Club::Ui {

// The words for rule keys and reasons, and the exact decimal text of percentages and
// multipliers: "12.5" ↔ 1250 basis points, "1.5" ↔ 1500 per mille, in integers only.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::RuleText)

public:
    static QString family(Core::RuleFamily family);
    static QString earnKind(Core::EarnKind kind);
    static QList<Core::EarnKind> earnKinds();
    static QString discountTarget(Core::DiscountTarget target);
    static QList<Core::DiscountTarget> discountTargets();
    static QString discountMode(Core::DiscountMode mode);
    static QString rounding(Core::RoundingPolicy policy);
    // "Earn: points per amount paid", "Discount on a product (percent)".
    static QString kind(const Core::Rule &rule);
    // A reason code of the engine ("earn.per_amount", "bonus.birthday"...) in words.
    static QString reason(const QString &code);
    // Saturday first, as the rule's weekday mask.
    static QString weekday(int bit);

    // `text` with digits of any script and '.', '٫' or the locale's decimal point, scaled
    // by 10^decimals: scaled("12.5", 2) == 1250. Empty when it is not such a number or has
    // more decimals than allowed.
    static std::optional<qint64> scaled(const QString &text, int decimals);
    // The reverse, with the locale's digits and decimal point and no trailing zeros.
    static QString unscaled(qint64 value, int decimals);
    // Digits of any script to ASCII, other characters kept.
    static QString latinDigits(const QString &text);
};

} // namespace Club::Ui
