// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report builders: each turns the rows ReportSql streams into a ReportTable.
#include "ReportImpl.h"

#include "credit/CreditService.h"
#include "sales/SalesService.h"

#include <QMap>
#include <QRegularExpression>

#include <array>

#include <algorithm>
#include <tuple>

namespace Club::Core {

namespace {

// "lost: left on the bus" -> "lost"
QString reasonOf(const QString &detail)
{
    const qsizetype end = detail.indexOf(QRegularExpression(QStringLiteral("[:;]")));
    return (end < 0 ? detail : detail.left(end)).trimmed();
}

} // namespace

Status ReportService::Builder::sales()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("branch", tr("Branch"), ColumnKind::Text),
                     col("group", tr("Product group"), ColumnKind::Text),
                     col("receipts", tr("Receipts"), ColumnKind::Count),
                     col("quantity", tr("Quantity"), ColumnKind::Count),
                     col("gross", tr("Gross"), ColumnKind::Money),
                     col("discount", tr("Discounts"), ColumnKind::Money),
                     col("net", tr("Net sales"), ColumnKind::Money),
                     col("returns", tr("Returns"), ColumnKind::Money),
                     col("net_after_returns", tr("Net after returns"), ColumnKind::Money)};
    table.chart = {ReportChart::Type::Bar, 0, {9}};
    struct Acc
    {
        QSet<Id> receipts;
        qint64 qty = 0;
        Money gross = 0, discount = 0, net = 0, returns = 0;
    };
    using Key = std::tuple<QDate, QString, QString>;
    QMap<Key, Acc> acc;
    const QString noGroup = tr("No group");
    if (Status s = sql.saleLines(filters,
                                 [&](const ReportSql::SaleLineRow &r) {
                                     Acc &a = acc[Key{periods.key(r.at), r.branch, r.group.isEmpty() ? noGroup : r.group}];
                                     a.receipts.insert(r.saleId);
                                     a.qty += r.qty;
                                     a.gross += r.gross;
                                     a.discount += r.discount;
                                     a.net += r.net;
                                     return ticker.tick(r.at);
                                 });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    if (Status s = sql.returnLines(filters,
                                   [&](const ReportSql::ReturnLineRow &r) {
                                       Acc &a = acc[Key{periods.key(r.at), r.branch, r.group.isEmpty() ? noGroup : r.group}];
                                       a.returns += r.net;
                                       return ticker.tick(r.at);
                                   });
        !s)
        return s;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc &a = it.value();
        table.rows.append(QVariantList{std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()),
                           qint64(a.receipts.size()), a.qty, a.gross, a.discount, a.net, a.returns, a.net - a.returns});
    }
    return {};
}

Status ReportService::Builder::pointsActivity()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("issued", tr("Issued"), ColumnKind::Points),
                     col("reversed", tr("Taken back by returns"), ColumnKind::Points),
                     col("redeemed", tr("Redeemed"), ColumnKind::Points),
                     col("expired", tr("Expired"), ColumnKind::Points),
                     col("adjusted", tr("Adjusted"), ColumnKind::Points),
                     col("pending", tr("Of the issued, still pending"), ColumnKind::Points)};
    table.chart = {ReportChart::Type::Bar, 0, {1, 3, 4}};
    const QList<QDate> keys = periods.all(filters.from, filters.to);
    QHash<QDate, int> index;
    for (const QDate &k : keys) {
        index.insert(k, int(table.rows.size()));
        table.rows.append(QVariantList{k, qint64(0), qint64(0), qint64(0), qint64(0), qint64(0), qint64(0)});
    }
    auto add = [&](const QDateTime &at, int column, qint64 v) {
        QVariant &cell = table.rows[index.value(periods.key(at))][column];
        cell = cell.toLongLong() + v;
    };
    if (Status s = sql.pointsEntries(filters, kNoId,
                                     [&](const ReportSql::PointsEntryRow &r) {
                                         if (r.code == QLatin1String("system:points_redeemed"))
                                             add(r.at, 3, r.amount);
                                         else if (r.code == QLatin1String("system:points_expired"))
                                             add(r.at, 4, r.amount);
                                         else if (r.code == QLatin1String("system:points_adjustments"))
                                             add(r.at, 5, -r.amount);
                                         else if (r.amount < 0)
                                             add(r.at, 1, -r.amount); // issued or sold to a member
                                         else
                                             add(r.at, 2, r.amount); // a return took earned points back
                                         return ticker.tick(r.at);
                                     });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    return sql.pendingLots(filters, table.asOf, [&](const ReportSql::AtValue &r) {
        add(r.at, 6, r.value);
        return ticker.tick(r.at);
    });
}

Status ReportService::Builder::pointsLiability()
{
    const Money pointValue = service.m_sales.settings().pointValue;
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("change", tr("Change in the period"), ColumnKind::Points),
                     col("outstanding", tr("Points held at the end"), ColumnKind::Points),
                     col("point_value", tr("Point value"), ColumnKind::Money),
                     col("liability", tr("Liability"), ColumnKind::Money)};
    table.chart = {ReportChart::Type::Line, 0, {4}};
    Result<Points> opening = sql.pointsBefore(filters);
    if (!opening)
        return opening.error();
    const QList<QDate> keys = periods.all(filters.from, filters.to);
    QHash<QDate, Points> change;
    if (Status s = sql.memberPointsEntries(filters,
                                           [&](const ReportSql::AtValue &r) {
                                               change[periods.key(r.at)] += r.value;
                                               return ticker.tick(r.at);
                                           });
        !s)
        return s;
    Points held = *opening;
    for (const QDate &k : keys) {
        held += change.value(k);
        table.rows.append(QVariantList{k, change.value(k), held, pointValue, held * pointValue});
    }
    return {};
}

Status ReportService::Builder::debts()
{
    table.columns = {col("member", tr("Member"), ColumnKind::Text),
                     col("owed", tr("Owed"), ColumnKind::Money),
                     col("current", tr("Not yet due"), ColumnKind::Money),
                     col("days_1_30", tr("1–30 days"), ColumnKind::Money),
                     col("days_31_60", tr("31–60 days"), ColumnKind::Money),
                     col("days_61_90", tr("61–90 days"), ColumnKind::Money),
                     col("days_over_90", tr("Over 90 days"), ColumnKind::Money)};
    table.chart = {ReportChart::Type::Bar, -1, {2, 3, 4, 5, 6}}; // -1: one bar per column, summed
    Result<QList<AgingRow>> aging = service.m_credit.aging(actor, filters.to.addSecs(-1));
    if (!aging)
        return aging.error();
    const bool narrowed = filters.branchId != kNoId || filters.cardTypeId != kNoId ||
                          filters.memberGroupId != kNoId || !filters.tier.isEmpty();
    QSet<Id> keep;
    if (narrowed) {
        Result<QSet<Id>> members = sql.filteredMembers(filters);
        if (!members)
            return members.error();
        keep = *members;
    }
    QList<AgingRow> rows = *aging;
    std::sort(rows.begin(), rows.end(), [](const AgingRow &a, const AgingRow &b) {
        return a.owed != b.owed ? a.owed > b.owed : a.memberName < b.memberName;
    });
    for (const AgingRow &r : std::as_const(rows)) {
        if (narrowed && !keep.contains(r.memberId))
            continue;
        table.rows.append(QVariantList{r.memberName, r.owed, r.current, r.days1to30, r.days31to60, r.days61to90, r.over90});
    }
    return {};
}

Status ReportService::Builder::memberGrowth()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("new", tr("New members"), ColumnKind::Count),
                     col("total", tr("Members at the end"), ColumnKind::Count),
                     col("active", tr("Members who bought"), ColumnKind::Count),
                     col("active_share", tr("Share who bought"), ColumnKind::Percent)};
    table.chart = {ReportChart::Type::Bar, 0, {1, 3}};
    Result<qint64> before = sql.membersBefore(filters);
    if (!before)
        return before.error();
    QHash<QDate, qint64> joined;
    if (Status s = sql.memberJoins(filters,
                                   [&](const ReportSql::AtValue &r) {
                                       ++joined[periods.key(r.at)];
                                       return ticker.tick(r.at);
                                   });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    QHash<QDate, QSet<Id>> buyers;
    if (Status s = sql.memberSales(filters,
                                   [&](const ReportSql::AtValue &r) {
                                       buyers[periods.key(r.at)].insert(r.value);
                                       return ticker.tick(r.at);
                                   });
        !s)
        return s;
    qint64 total = *before;
    for (const QDate &k : periods.all(filters.from, filters.to)) {
        total += joined.value(k);
        const qint64 active = buyers.value(k).size();
        table.rows.append(QVariantList{k, joined.value(k), total, active, shareOf(active, total)});
    }
    return {};
}

Status ReportService::Builder::tiers()
{
    table.columns = {col("tier", tr("Tier"), ColumnKind::Text),
                     col("members", tr("Members now"), ColumnKind::Count),
                     col("share", tr("Share"), ColumnKind::Percent),
                     col("upgraded", tr("Moved up into it"), ColumnKind::Count),
                     col("downgraded", tr("Moved down into it"), ColumnKind::Count)};
    table.chart = {ReportChart::Type::Bar, 0, {1}};
    Result<QHash<QString, qint64>> counts = sql.tierCounts(filters);
    if (!counts)
        return counts.error();
    Result<QHash<QString, QHash<QString, qint64>>> moves = sql.tierMoves(filters);
    if (!moves)
        return moves.error();
    Result<QList<ReportSql::TierName>> names = sql.tierNames();
    if (!names)
        return names.error();
    // Tiers members hold that no programme names (a new member's "white"...) first, the usual
    // ones in their usual order; then the programmes' tiers by rank.
    static const QStringList usual = {QStringLiteral("white"), QStringLiteral("bronze"), QStringLiteral("silver"),
                                      QStringLiteral("gold"), QStringLiteral("platinum")};
    QList<ReportSql::TierName> order;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        if (std::none_of(names->cbegin(), names->cend(), [&](const ReportSql::TierName &n) { return n.key == it.key(); }))
            order.append({it.key(), it.key(), -1});
    }
    std::sort(order.begin(), order.end(), [](const ReportSql::TierName &a, const ReportSql::TierName &b) {
        const qsizetype ia = usual.contains(a.key) ? usual.indexOf(a.key) : usual.size();
        const qsizetype ib = usual.contains(b.key) ? usual.indexOf(b.key) : usual.size();
        return ia != ib ? ia < ib : a.key < b.key;
    });
    order += *names;
    qint64 total = 0;
    for (qint64 n : std::as_const(*counts))
        total += n;
    for (const ReportSql::TierName &n : std::as_const(order)) {
        const qint64 members = counts->value(n.key);
        table.rows.append(QVariantList{n.name, members, shareOf(members, total),
                           moves->value(QStringLiteral("upgrade")).value(n.key),
                           moves->value(QStringLiteral("review_downgrade")).value(n.key)});
    }
    return {};
}

Status ReportService::Builder::cardIssuance()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("card_type", tr("Card type"), ColumnKind::Text),
                     col("issued", tr("Issued"), ColumnKind::Count),
                     col("replaced", tr("Replaced"), ColumnKind::Count),
                     col("blocked_lost", tr("Blocked: lost"), ColumnKind::Count),
                     col("blocked_stolen", tr("Blocked: stolen"), ColumnKind::Count),
                     col("blocked_damaged", tr("Blocked: damaged"), ColumnKind::Count),
                     col("blocked_other", tr("Blocked: other"), ColumnKind::Count)};
    table.chart = {ReportChart::Type::Bar, 0, {2, 3}};
    using Key = std::pair<QDate, QString>;
    QMap<Key, std::array<qint64, 6>> acc;
    if (Status s = sql.cardEvents(filters,
                                  [&](const ReportSql::CardEventRow &r) {
                                      auto it = acc.find(Key{periods.key(r.at), r.cardType});
                                      if (it == acc.end())
                                          it = acc.insert(Key{periods.key(r.at), r.cardType}, {0, 0, 0, 0, 0, 0});
                                      std::array<qint64, 6> &a = it.value();
                                      if (r.event == QLatin1String("issued")) {
                                          ++a[0];
                                      } else if (r.event == QLatin1String("replaced")) {
                                          ++a[1];
                                      } else {
                                          const QString reason = reasonOf(r.detail);
                                          const int i = reason == QLatin1String("lost")      ? 2
                                                        : reason == QLatin1String("stolen")  ? 3
                                                        : reason == QLatin1String("damaged") ? 4
                                                                                             : 5;
                                          ++a[i];
                                      }
                                      return ticker.tick(r.at);
                                  });
        !s)
        return s;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const auto &a = it.value();
        table.rows.append(QVariantList{it.key().first, it.key().second, a[0], a[1], a[2], a[3], a[4], a[5]});
    }
    return {};
}

} // namespace Club::Core
