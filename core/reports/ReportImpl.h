// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to reports: periods in the store's calendar and zone, progress, and the builders.

#include "Report.h"
#include "ReportSql.h"
#include "ReportService.h"

namespace Club::Core {

// Column and period helpers shared by the report builders.
inline ReportColumn col(const char *key, const QString &title, ColumnKind kind)
{
    return ReportColumn{QString::fromLatin1(key), title, kind};
}

inline ColumnKind periodKind(const ReportFilters &f)
{
    return f.period == ReportPeriod::Day ? ColumnKind::Date : ColumnKind::Month;
}

inline QString periodTitle(const ReportFilters &f)
{
    return f.period == ReportPeriod::Day ? ReportService::tr("Day") : ReportService::tr("Month");
}

// Days or months of the store's calendar, in its time zone.
struct Periods
{
    QCalendar calendar;
    QTimeZone zone;
    ReportPeriod period = ReportPeriod::Month;

    QDate key(const QDateTime &utc) const
    {
        const QDate local = utc.toTimeZone(zone).date();
        if (period == ReportPeriod::Day)
            return local;
        const QCalendar::YearMonthDay p = calendar.partsFromDate(local);
        return calendar.dateFromParts(p.year, p.month, 1);
    }
    QDate next(const QDate &key) const
    {
        if (period == ReportPeriod::Day)
            return key.addDays(1);
        const QCalendar::YearMonthDay p = calendar.partsFromDate(key);
        if (p.month >= calendar.monthsInYear(p.year))
            return calendar.dateFromParts(p.year + 1, 1, 1);
        return calendar.dateFromParts(p.year, p.month + 1, 1);
    }
    // Every period that [from, to) touches, in order.
    QList<QDate> all(const QDateTime &from, const QDateTime &to) const
    {
        QList<QDate> out;
        const QDate last = key(to.addSecs(-1));
        for (QDate k = key(from); k.isValid() && k <= last; k = next(k))
            out.append(k);
        return out;
    }
    QDateTime startUtc(const QDate &key) const { return QDateTime(key, QTime(0, 0), zone).toUTC(); }
};

// Progress as per mille of the date range, over the report's phases (one per query).
class Ticker
{
public:
    Ticker(const ReportProgress &progress, const QDateTime &from, const QDateTime &to, int phases)
        : m_progress(progress)
        , m_from(from)
        , m_span(qMax<qint64>(1, from.secsTo(to)))
        , m_phases(qMax(1, phases))
    {}
    // Between phases; false: stop.
    bool phase(int index)
    {
        m_phase = index;
        return report(0);
    }
    // For each row; asks the callback every 256 rows. False: stop.
    bool tick(const QDateTime &at)
    {
        if (!m_progress || (++m_rows & 0xff) != 0)
            return true;
        return report(int(qBound(qint64(0), m_from.secsTo(at) * 1000 / m_span, qint64(1000))));
    }
    bool done() { return !m_progress || m_progress(1000, 1000); }

private:
    bool report(int perMille)
    {
        if (!m_progress)
            return true;
        return m_progress((m_phase * 1000 + perMille) / m_phases, 1000);
    }
    ReportProgress m_progress;
    QDateTime m_from;
    qint64 m_span;
    int m_phases;
    int m_phase = 0;
    quint32 m_rows = 0;
};

// share of total in hundredths of a percent, rounded half up; 0 when total is 0.
inline qint64 shareOf(qint64 part, qint64 total)
{
    return total == 0 ? 0 : (part * 20000 + total) / (2 * total);
}

struct ReportService::Builder
{
    const ReportService &service;
    const Actor &actor;
    const ReportFilters &filters;
    ReportSql sql;
    Periods periods;
    Ticker ticker;
    ReportTable table;

    Status sales();
    Status pointsActivity();
    Status pointsLiability();
    Status debts();
    Status memberGrowth();
    Status tiers();
    Status cardIssuance();
    // ReportBuildersMore.cpp
    Status stock();
    Status stockMovements();
    Status stockTaking();
    Status rfm(bool top);
    Status giftRedemptions();
    Status operatorActivity();
    Status referrals();
    Status promotions();
};

} // namespace Club::Core
