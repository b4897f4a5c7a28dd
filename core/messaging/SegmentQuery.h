// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/messaging: a SegmentFilter as JSON and as an SQL condition on
// "members m", the same text on SQLite and PostgreSQL.

#include "Messaging.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QVariant>

namespace Club::Core::SegmentQuery {

QString toJson(const SegmentFilter &filter);
Result<SegmentFilter> fromJson(const QString &json);

// The first problem of the filter, said for the operator (impossible combinations too).
Status validate(const SegmentFilter &filter);

struct Condition
{
    QString sql; // "m.active = 1 AND ..."
    QList<QPair<QString, QVariant>> bindings;
};

// `nowUtc` and the store-local `today` anchor the day counts; birthdays follow the Jalali
// calendar (the store's).
Condition where(const SegmentFilter &filter, const QDateTime &nowUtc, const QDate &today);

// "(column BETWEEN :p0a AND :p0b OR ...)": the column's date (ISO text) falls, in its own
// Jalali year, on one of the Jalali month-days from `today` to `today + withinDays`.
// Someone born on 30 Esfand of a leap year has it on 29 Esfand in the other years.
Condition jalaliAnniversary(const QString &column, const QString &prefix, const QDate &today, int withinDays);

} // namespace Club::Core::SegmentQuery
