// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportService.h"

#include "ReportImpl.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "util/Log.h"

namespace Club::Core {

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Sales:
        return QStringLiteral("sales");
    case ReportKind::PointsActivity:
        return QStringLiteral("points_activity");
    case ReportKind::PointsLiability:
        return QStringLiteral("points_liability");
    case ReportKind::Debts:
        return QStringLiteral("debts");
    case ReportKind::MemberGrowth:
        return QStringLiteral("member_growth");
    case ReportKind::Tiers:
        return QStringLiteral("tiers");
    case ReportKind::CardIssuance:
        return QStringLiteral("card_issuance");
    case ReportKind::Stock:
        return QStringLiteral("stock");
    case ReportKind::StockMovements:
        return QStringLiteral("stock_movements");
    case ReportKind::StockTaking:
        return QStringLiteral("stock_taking");
    case ReportKind::Rfm:
        return QStringLiteral("rfm");
    case ReportKind::TopCustomers:
        return QStringLiteral("top_customers");
    case ReportKind::GiftRedemptions:
        return QStringLiteral("gift_redemptions");
    case ReportKind::OperatorActivity:
        return QStringLiteral("operator_activity");
    case ReportKind::Referrals:
        return QStringLiteral("referrals");
    case ReportKind::Promotions:
        return QStringLiteral("promotions");
    }
    return {};
}

ReportService::ReportService(Database &db, SalesService &sales, CreditService &credit, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_sales(sales)
    , m_credit(credit)
    , m_clock(clock)
{}

QList<ReportService::Info> ReportService::catalogue()
{
    constexpr unsigned members = FilterCardType | FilterMemberGroup | FilterTier;
    constexpr unsigned periodic = FilterDates | FilterPeriod;
    return {
        {ReportKind::Sales, tr("Sales by period, branch and product group"),
         tr("Receipts, quantities, gross, discounts and net sales, less returns, for each period, branch and "
            "product group."),
         periodic | FilterBranch | FilterProductGroup | members},
        {ReportKind::PointsActivity, tr("Points issued, redeemed and expired"),
         tr("Points given, taken back by returns, redeemed, expired and adjusted in each period, and of the "
            "points given, those still pending."),
         periodic | FilterBranch | members},
        {ReportKind::PointsLiability, tr("Points liability"),
         tr("Points members hold at the end of each period and what they are worth at today's point value."),
         periodic | members},
        {ReportKind::Debts, tr("Debts and aging"),
         tr("What members owe on the last day of the range, by days past due."), FilterDates | FilterBranch | members},
        {ReportKind::MemberGrowth, tr("Member growth and active members"),
         tr("New members, members in all and members who bought something, in each period."),
         periodic | FilterBranch | members},
        {ReportKind::Tiers, tr("Tier distribution and movements"),
         tr("Members in each tier now, and members who moved up or down into each tier in the range."),
         FilterDates | FilterBranch | members},
        {ReportKind::CardIssuance, tr("Card issuance"),
         tr("Cards issued, replaced and blocked (by reason) in each period, by card type."),
         periodic | FilterBranch | members},
        {ReportKind::Stock, tr("Stock and valuation"),
         tr("For each warehouse and product: stock at the start, what came in and went out by reason, stock at the "
            "end and its value at the selling price of the last day."),
         FilterDates | FilterBranch | FilterProductGroup},
        {ReportKind::StockMovements, tr("Stock movements"),
         tr("Units received, sold, returned, given as gifts, transferred, adjusted and corrected by stock-taking, in "
            "each period."),
         periodic | FilterBranch | FilterProductGroup},
        {ReportKind::StockTaking, tr("Stock-taking differences"),
         tr("Products whose count differed from the expected stock, on the count sheets posted in the range, and "
            "what the difference is worth."),
         FilterDates | FilterBranch | FilterProductGroup},
        {ReportKind::Rfm, tr("Customer segments (RFM)"),
         tr("Members who bought in the range, scored 1 to 5 on how recently, how often and how much they bought, "
            "grouped into segments."),
         FilterDates | FilterBranch | members},
        {ReportKind::TopCustomers, tr("Top customers"),
         tr("The %Ln members who spent most in the range, with their scores and segment.", nullptr, kTopCustomers),
         FilterDates | FilterBranch | members},
        {ReportKind::GiftRedemptions, tr("Gift redemptions"),
         tr("Catalog gifts given for points in each period: how many, the points spent and the members who took "
            "them."),
         periodic | FilterBranch | members},
        {ReportKind::OperatorActivity, tr("Operator activity"),
         tr("What each operator did in each period: sales, returns, gifts, cards issued, blocked and voided, and "
            "logins."),
         periodic | FilterBranch},
        {ReportKind::Referrals, tr("Referrals"),
         tr("Members who brought others in: how many joined in the range and in all, the points they earned for it, "
            "and how many of those they brought bought something in the range and for how much."),
         FilterDates | FilterBranch | members},
        {ReportKind::Promotions, tr("Promotion costs"),
         tr("Gift card value the club gave away: promotional pre-printed gift cards activated in each period, by "
            "card type, and the value they brought to members."),
         periodic | FilterBranch},
    };
}

ReportService::Info ReportService::info(ReportKind kind)
{
    for (const Info &i : catalogue()) {
        if (i.kind == kind)
            return i;
    }
    return {};
}

Status ReportService::validate(ReportKind kind, const ReportFilters &f)
{
    const unsigned allowed = info(kind).filters;
    if (!f.from.isValid() || !f.to.isValid())
        return Error::make(Error::Code::Invalid, tr("Choose the first and the last day of the report."), {},
                           QStringLiteral("from"));
    if (f.from >= f.to)
        return Error::make(Error::Code::Invalid, tr("The first day of the report is after its last day."), {},
                           QStringLiteral("from"));
    if ((allowed & FilterPeriod) && f.period == ReportPeriod::Day && f.from.daysTo(f.to) > 400)
        return Error::make(Error::Code::Invalid,
                           tr("A report by day covers at most a year. Choose a shorter range or report by month."),
                           {}, QStringLiteral("period"));
    struct Check
    {
        bool set;
        ReportFilter flag;
        const char *field;
        QString message;
    };
    const QList<Check> checks = {
        {f.branchId != kNoId, FilterBranch, "branch", tr("This report covers every branch; clear the branch.")},
        {f.cardTypeId != kNoId, FilterCardType, "cardType", tr("This report cannot be narrowed by card type; clear it.")},
        {f.memberGroupId != kNoId, FilterMemberGroup, "memberGroup",
         tr("This report cannot be narrowed by member group; clear it.")},
        {!f.tier.isEmpty(), FilterTier, "tier", tr("This report cannot be narrowed by tier; clear it.")},
        {f.productGroupId != kNoId, FilterProductGroup, "productGroup",
         tr("This report cannot be narrowed by product group; clear it.")},
    };
    for (const Check &c : checks) {
        if (c.set && !(allowed & c.flag))
            return Error::make(Error::Code::Invalid, c.message, {}, QString::fromLatin1(c.field));
    }
    return {};
}

Result<ReportTable> ReportService::run(const Actor &actor, ReportKind kind, const ReportFilters &filters,
                                       const ReportProgress &progress) const
{
    if (Status s = require(actor, Permission::ReportsRead); !s)
        return s.error();
    if (Status s = validate(kind, filters); !s)
        return s.error();
    const SalesSettings settings = m_sales.settings();
    Periods periods{settings.calendar, settings.zone, filters.period};
    Builder b{*this, actor, filters, ReportSql(m_db), periods, Ticker(progress, filters.from, filters.to, 2), {}};
    b.table.kind = kind;
    b.table.title = info(kind).title;
    b.table.filters = filters;
    b.table.calendar = settings.calendar;
    b.table.zone = settings.zone;
    b.table.asOf = m_clock.nowUtc();
    Status status;
    switch (kind) {
    case ReportKind::Sales:
        status = b.sales();
        break;
    case ReportKind::PointsActivity:
        status = b.pointsActivity();
        break;
    case ReportKind::PointsLiability:
        status = b.pointsLiability();
        break;
    case ReportKind::Debts:
        status = b.debts();
        break;
    case ReportKind::MemberGrowth:
        status = b.memberGrowth();
        break;
    case ReportKind::Tiers:
        status = b.tiers();
        break;
    case ReportKind::CardIssuance:
        status = b.cardIssuance();
        break;
    case ReportKind::Stock:
        status = b.stock();
        break;
    case ReportKind::StockMovements:
        status = b.stockMovements();
        break;
    case ReportKind::StockTaking:
        status = b.stockTaking();
        break;
    case ReportKind::Rfm:
        status = b.rfm(false);
        break;
    case ReportKind::TopCustomers:
        status = b.rfm(true);
        break;
    case ReportKind::GiftRedemptions:
        status = b.giftRedemptions();
        break;
    case ReportKind::OperatorActivity:
        status = b.operatorActivity();
        break;
    case ReportKind::Referrals:
        status = b.referrals();
        break;
    case ReportKind::Promotions:
        status = b.promotions();
        break;
    }
    if (!status)
        return status.error();
    if (!b.ticker.done())
        return ReportSql::cancelled();
    qCInfo(lcDb) << "report" << reportKindKey(kind) << "rows" << b.table.rows.size();
    return std::move(b.table);
}

Result<QList<MemberMonth>> ReportService::memberMonths(const Actor &actor, Id memberId, int months) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    ReportSql sql(m_db);
    Result<Id> account = sql.accountOf(memberId);
    if (!account)
        return account.error();
    const SalesSettings settings = m_sales.settings();
    const Periods periods{settings.calendar, settings.zone, ReportPeriod::Month};
    QDate first = periods.key(m_clock.nowUtc());
    const QDate end = periods.next(first);
    for (int i = 1; i < qMax(1, months); ++i) {
        const QCalendar::YearMonthDay p = settings.calendar.partsFromDate(first.addDays(-1));
        first = settings.calendar.dateFromParts(p.year, p.month, 1);
    }
    QList<MemberMonth> out;
    QHash<QDate, int> index;
    for (QDate k = first; k < end; k = periods.next(k)) {
        index.insert(k, int(out.size()));
        out.append(MemberMonth{k, 0, 0, 0});
    }
    ReportFilters f;
    f.from = periods.startUtc(first);
    f.to = periods.startUtc(end);
    if (Status s = sql.memberSpend(memberId, f.from, f.to,
                                   [&](const ReportSql::AtValue &r) {
                                       out[index.value(periods.key(r.at))].spend += r.value;
                                       return true;
                                   });
        !s)
        return s.error();
    if (Status s = sql.pointsEntries(f, *account,
                                     [&](const ReportSql::PointsEntryRow &r) {
                                         MemberMonth &m = out[index.value(periods.key(r.at))];
                                         if (r.code == QLatin1String("system:points_redeemed"))
                                             m.spent += r.amount;
                                         // A referral bonus in the member's sale went to the
                                         // referrer, not to this member.
                                         else if (r.code != QLatin1String("system:points_expired") &&
                                                  r.code != QLatin1String("system:points_adjustments") &&
                                                  r.code != QLatin1String("system:points_referral"))
                                             m.earned -= r.amount;
                                         return true;
                                     });
        !s)
        return s.error();
    return out;
}

} // namespace Club::Core
