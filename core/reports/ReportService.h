// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"
#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class SalesService;
class CreditService;
class ReportSql;

// The reports of issue 6: each one read from the sales, journal, members, tiers and cards
// tables (debt aging from CreditService::aging) into a typed ReportTable that the page
// shows, charts, prints and exports (ReportCsv). Nothing here writes. Periods are the
// store's local days or months in the store's calendar (SalesSettings zone and calendar:
// Jalali months), so a Jalali month's report is exactly that month's sales.
//
// A long report reports its progress and stops when the callback says so (the error is
// then ReportSql::cancelled(); see ReportRunner for running one off the UI thread).
//
// Permissions: run() needs ReportsRead (accountant, manager, admin); memberMonths() is the
// member page's own history and needs MemberRead and LedgerRead.
class ReportService : public QObject
{
    Q_OBJECT

public:
    struct Info
    {
        ReportKind kind = ReportKind::Sales;
        QString title;
        QString description;
        unsigned filters = 0; // ReportFilter flags the report understands
    };

    static constexpr int kTopCustomers = 100; // rows of the top customers report

    ReportService(Database &db, SalesService &sales, CreditService &credit, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    static QList<Info> catalogue();
    static Info info(ReportKind kind);
    // Invalid with the reason (and the filter at fault as the field) when the filters do not
    // make sense for the report: no dates, the first day after the last, a daily report over
    // more than a year, a filter the report does not use.
    static Status validate(ReportKind kind, const ReportFilters &filters);

    Result<ReportTable> run(const Actor &actor, ReportKind kind, const ReportFilters &filters,
                            const ReportProgress &progress = {}) const;

    // The member's last `months` months up to this one (store calendar): what they spent and
    // the points their account earned and spent, oldest first, empty months included.
    Result<QList<MemberMonth>> memberMonths(const Actor &actor, Id memberId, int months = 12) const;

private:
    struct Builder;
    Database &m_db;
    SalesService &m_sales;
    CreditService &m_credit;
    const Clock &m_clock;
};

} // namespace Club::Core
