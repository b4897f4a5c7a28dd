// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retention.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Club::Core {

QList<bool> retain(const QList<QDateTime> &createdAt, const QTimeZone &zone, const RetentionPolicy &policy,
                   const QCalendar &calendar)
{
    QList<bool> keep(createdAt.size(), false);
    QList<int> newestFirst(createdAt.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](int a, int b) { return createdAt[a] > createdAt[b]; });

    // Each bucket kind walks the backups newest first and keeps the first one it meets in
    // each new bucket until it has its number of buckets.
    const auto keepNewestPer = [&](int buckets, auto bucketOf) {
        QSet<qint64> seen;
        for (int i : newestFirst) {
            if (int(seen.size()) >= buckets)
                break;
            const QDate local = createdAt[i].toTimeZone(zone).date();
            const qint64 bucket = bucketOf(local);
            if (seen.contains(bucket))
                continue;
            seen.insert(bucket);
            keep[i] = true;
        }
    };
    keepNewestPer(policy.daily, [](const QDate &d) { return d.toJulianDay(); });
    keepNewestPer(policy.weekly, [](const QDate &d) {
        // Saturday is day 6: days since the last Saturday.
        return d.addDays(-((d.dayOfWeek() + 1) % 7)).toJulianDay();
    });
    keepNewestPer(policy.monthly, [&](const QDate &d) {
        const QCalendar::YearMonthDay ymd = calendar.partsFromDate(d);
        return qint64(ymd.year) * 100 + ymd.month;
    });
    return keep;
}

} // namespace Club::Core
