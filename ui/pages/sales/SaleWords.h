// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "rules/Rule.h"
#include "sales/Sale.h"

#include <QCoreApplication>

namespace Club::Ui {

// The desk's words for what the sales core answers in codes: why a line got its discount
// or points, the spent-points policy of a return, a product's name in the UI language.
class SaleWords
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::SaleWords)

public:
    // Persian, Arabic or English name as the UI speaks, else the first one set.
    static QString productName(const Core::Product &product);
    // One sentence naming the rule: "Rule “Base earn”: 12 points for the amount paid."
    static QString hit(const Core::RuleHit &hit, const QString &ruleName);
    static QString bonus(const Core::BonusHit &bonus, const QString &ruleName);
    static QString policy(Core::SpentPointsPolicy policy);
};

} // namespace Club::Ui
