// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendar>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Club::Core {

// Which backups to keep: the newest backup of each of the last `daily` days that have a
// backup, of each of the last `weekly` weeks (a week starts on Saturday, as shops here
// count it) and of each of the last `monthly` months of `calendar`; days, weeks and months
// are the store's local ones. A backup kept for any reason is kept. Nothing else is
// looked at (no file dates, no "today"), so the answer is the same however often it runs:
// pruning every day gives the set that pruning once at the end of a year would.
struct RetentionPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// `createdAt` in UTC, any order; the result has one flag per entry, true = keep.
QList<bool> retain(const QList<QDateTime> &createdAt, const QTimeZone &zone, const RetentionPolicy &policy = {},
                   const QCalendar &calendar = QCalendar());

} // namespace Club::Core
