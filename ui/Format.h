// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Club::Ui::Format {

// The user's calendar: Jalali for Persian, Gregorian otherwise.
QCalendar calendar();
// Dates as the user reads them: ۱۴۰۳/۰۱/۰۱ in Persian, with the locale's digits.
QString date(const QDate &date);
QString dateTime(const QDateTime &utc); // shown in local time
// Whole numbers with grouping and the locale's digits (۱٬۲۳۴ in Persian).
QString number(qint64 value);
// Money in minor units with the store's currency; rials have no minor unit.
QString money(qint64 minorUnits);
// A card number or mobile stays left-to-right inside right-to-left text, in Latin digits
// so it can be read out and typed back.
QString ltr(const QString &text);

} // namespace Club::Ui::Format
