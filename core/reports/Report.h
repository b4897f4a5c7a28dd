// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QCalendar>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <functional>

namespace Club::Core {

// The reports, in the order the Reports page lists them.
enum class ReportKind {
    Sales,           // sales by period, branch and product group, with returns
    PointsActivity,  // points issued, reversed, redeemed, expired, adjusted and still pending per period
    PointsLiability, // points outstanding at each period's end and their money value
    Debts,           // what members owe, by days past due
    MemberGrowth,    // new, total and active members per period
    Tiers,           // members per tier now, and moves into each tier in the period
    CardIssuance,    // cards issued, replaced and blocked by reason per period and card type
    Stock,           // per warehouse and product: opening, movements by reason, closing, value
    StockMovements,  // units moved per period by reason
    StockTaking,     // counted lines of posted count sheets that differed from the expected level
    Rfm,             // members per RFM segment (recency, frequency, monetary quintiles)
    TopCustomers,    // the members who spent most, with their RFM scores and segment
    GiftRedemptions, // catalog gifts given per period and gift, points spent, members
    OperatorActivity, // per operator and period: sales, returns, gifts, cards, logins
    Referrals,       // referrers, the members they brought in, referral points, how active those are
    Promotions,      // gift card value the club gave away (promotional stock cards), per period and card type
};

QString reportKindKey(ReportKind kind); // stable: "sales", "points_activity"... (file names, settings)

enum class ReportPeriod { Day, Month };

// Which filters a report understands; any other filter set is refused with a message.
enum ReportFilter : unsigned {
    FilterDates = 1u << 0,
    FilterBranch = 1u << 1,
    FilterCardType = 1u << 2,
    FilterMemberGroup = 1u << 3,
    FilterTier = 1u << 4,
    FilterProductGroup = 1u << 5,
    FilterPeriod = 1u << 6,
};

// What to report on. from/to are UTC instants: [from, to). The UI turns the user's Jalali
// days into instants with the store's time zone (start of `from` day, start of the day
// after `to`). kNoId / empty: no restriction. The member filters (card type, group, tier)
// keep members holding a card of the type, in the group, at the tier now.
struct ReportFilters
{
    QDateTime from;
    QDateTime to;
    ReportPeriod period = ReportPeriod::Month;
    Id branchId = kNoId;
    Id cardTypeId = kNoId;
    Id memberGroupId = kNoId;
    QString tier; // tier key ("gold")
    Id productGroupId = kNoId; // with its sub-groups
};

// How a cell is read and shown. Values are never floating point: Money, Points and Count
// are qint64; Percent is qint64 hundredths of a percent (2550 = 25.50 %); Date and Month
// are QDate (Month: the first day of the month in the report's calendar); Text is QString.
enum class ColumnKind { Text, Date, Month, Money, Points, Count, Percent };

struct ReportColumn
{
    QString key; // stable, for tests and charts
    QString title; // translated
    ColumnKind kind = ColumnKind::Text;
};

// What a picture of the table would show: the value columns summed per category column
// (e.g. net sales per month over all branches and groups).
struct ReportChart
{
    enum class Type { None, Bar, Line };
    Type type = Type::None;
    int categoryColumn = 0;
    QList<int> valueColumns;
};

struct ReportTable
{
    ReportKind kind = ReportKind::Sales;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    ReportChart chart;
    ReportFilters filters;
    QCalendar calendar{QCalendar::System::Gregorian}; // months and dates: the store's calendar (Jalali)
    QTimeZone zone;       // periods are the store's local days and months
    QDateTime asOf;       // when it was computed (pending points, aging are judged then)

    int column(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
};

// One month of a member's activity (the member page's charts).
struct MemberMonth
{
    QDate month; // first day, in the store's calendar
    Money spend = 0;
    Points earned = 0;
    Points spent = 0;
};

// Called as a report goes: done of total (per mille of the date range, or rows); return
// false to stop. May be called from a worker thread.
using ReportProgress = std::function<bool(int done, int total)>;

} // namespace Club::Core
