// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace Club::Core {

// The pure rules engine: no SQL, no clock of its own. Same input, same quote.
//
// Order: discounts first, line by line, then points on what is left of each line and
// paid with money, then bonuses not tied to a line. Inside a family, rules run by
// priority (smaller first) and then id. A rule marked exclusive that applies to a line
// stops every later rule of its family on that line; stackable rules add up. Caps clamp
// a rule's result and the hit says which cap cut it.
class RuleEngine
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)

public:
    // The first problem found, with the field at fault; nothing is written by the caller
    // when this fails.
    static Status validate(const Rule &rule);

    // Rules that fail validate() or are not in force at ctx.nowUtc are ignored.
    static Quote
    evaluate(const QList<BasketLine> &basket, const Tender &tender, const RuleContext &ctx, const QList<Rule> &rules);

    // Is the rule in force at this instant (validity, weekday, hours, campaign)?
    static bool inForce(const Rule &rule, const RuleContext &ctx);

    // num × mul / den with the policy; num, mul >= 0, den > 0. 128-bit intermediate.
    static qint64 mulDiv(qint64 num, qint64 mul, qint64 den, RoundingPolicy policy);

    // The UTC instant a local calendar day starts, e.g. the end of 1403/06/31 is
    // dayStartUtc(1403, 7, 1, jalali, tehran); invalid for a day the calendar lacks.
    static QDateTime dayStartUtc(int year, int month, int day, const QCalendar &calendar, const QTimeZone &zone);

    // Does `date` (a birth or marriage date) recur on `today` in the calendar? A day the
    // year lacks (30 Esfand in a common year, 29 February) falls on the month's last day.
    static bool isAnniversary(const QDate &date, const QDate &today, const QCalendar &calendar);
};

} // namespace Club::Core
