// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory, customer (RFM), gift, operator and referral report builders.
#include "ReportImpl.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <tuple>

namespace Club::Core {

namespace {

// The price of a product in a branch from ReportSql::pricesAt: the branch's own price while
// it has one, else the all-branches price, else 0 (never priced).
Money priceIn(const QHash<QPair<Id, Id>, QVariant> &prices, Id productId, Id branchId)
{
    const auto own = prices.constFind({productId, branchId});
    if (own != prices.cend() && !own->isNull())
        return own->toLongLong();
    return prices.value({productId, kNoId}).toLongLong();
}

// Stock movement kinds, in the columns' order.
enum Move { Received, Sold, Returned, GiftsIssued, TransferIn, TransferOut, Adjusted, CountShort, CountOver, MoveCount };

Move moveOf(const QString &kind, qint64 qty)
{
    if (kind == QLatin1String("receipt"))
        return Received;
    if (kind == QLatin1String("sale"))
        return Sold;
    if (kind == QLatin1String("return"))
        return Returned;
    if (kind == QLatin1String("gift_issue"))
        return GiftsIssued;
    if (kind == QLatin1String("transfer_in"))
        return TransferIn;
    if (kind == QLatin1String("transfer_out"))
        return TransferOut;
    if (kind == QLatin1String("count_adjustment"))
        return qty < 0 ? CountShort : CountOver;
    return Adjusted;
}

// RFM segments by the recency and frequency scores, in the report's order.
enum RfmSegment { Champions, Loyal, Promising, NeedsAttention, AtRisk, Lost, SegmentCount };

RfmSegment segmentOf(int r, int f)
{
    if (r >= 4)
        return f >= 4 ? Champions : f == 3 ? Loyal : Promising;
    if (r == 3)
        return f >= 3 ? Loyal : NeedsAttention;
    return f >= 3 ? AtRisk : Lost;
}

QString segmentName(RfmSegment s)
{
    switch (s) {
    case Champions:
        //: RFM segment: bought recently and often
        return ReportService::tr("Champions");
    case Loyal:
        //: RFM segment: buy often
        return ReportService::tr("Loyal");
    case Promising:
        //: RFM segment: bought recently, not yet often
        return ReportService::tr("Promising");
    case NeedsAttention:
        //: RFM segment: neither recent nor frequent
        return ReportService::tr("Needs attention");
    case AtRisk:
        //: RFM segment: bought often, but not lately
        return ReportService::tr("At risk");
    case Lost:
    case SegmentCount:
        break;
    }
    //: RFM segment: bought rarely and long ago
    return ReportService::tr("Lost");
}

// The scores that put a member in the segment, in the reader's digits.
QString segmentRule(RfmSegment s)
{
    auto scores = [](int low, int high) {
        //: a range of RFM scores, e.g. 4–5
        return low == high ? QStringLiteral("%L1").arg(low) : ReportService::tr("%L1–%L2").arg(low).arg(high);
    };
    auto range = [&](int r1, int r2, int f1, int f2) {
        //: RFM scores: R(ecency) %1, F(requency) %2, e.g. "R 4–5, F 3"
        return ReportService::tr("R %1, F %2").arg(scores(r1, r2), scores(f1, f2));
    };
    switch (s) {
    case Champions:
        return range(4, 5, 4, 5);
    case Loyal:
        //: two score ranges of an RFM segment, either of which puts a member in it
        return ReportService::tr("%1 or %2").arg(range(4, 5, 3, 3), range(3, 3, 3, 5));
    case Promising:
        return range(4, 5, 1, 2);
    case NeedsAttention:
        return range(3, 3, 1, 2);
    case AtRisk:
        return range(1, 2, 3, 5);
    case Lost:
    case SegmentCount:
        break;
    }
    return range(1, 2, 1, 2);
}

// Quintile scores 1..5 of `values` (higher is better), in integers: the i-th smallest of n
// scores 1 + 5i/n, and equal values share the score of the first of them.
QList<int> quintiles(const QList<qint64> &values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    for (qsizetype i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<int> out(n, 1);
    qsizetype first = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && values[order[i]] != values[order[i - 1]])
            first = i;
        out[order[i]] = int(1 + first * 5 / n);
    }
    return out;
}

} // namespace

Status ReportService::Builder::stock()
{
    table.columns = {col("warehouse", tr("Warehouse"), ColumnKind::Text),
                     col("product", tr("Product"), ColumnKind::Text),
                     col("opening", tr("At the start"), ColumnKind::Count),
                     col("received", tr("Received"), ColumnKind::Count),
                     col("sold", tr("Sold"), ColumnKind::Count),
                     col("returned", tr("Returned"), ColumnKind::Count),
                     col("gifts", tr("Given as gifts"), ColumnKind::Count),
                     col("transferred", tr("Transferred in less out"), ColumnKind::Count),
                     col("adjusted", tr("Adjusted"), ColumnKind::Count),
                     col("stock_taking", tr("Stock-taking difference"), ColumnKind::Count),
                     col("closing", tr("At the end"), ColumnKind::Count),
                     col("price", tr("Selling price"), ColumnKind::Money),
                     col("value", tr("Value"), ColumnKind::Money)};
    // Units in and out by reason over the range (a bar per product would not fit).
    table.chart = {ReportChart::Type::Bar, -1, {3, 4, 5, 6}};
    struct Acc
    {
        Id productId = kNoId;
        Id branchId = kNoId;
        qint64 opening = 0;
        std::array<qint64, MoveCount> moved{};
    };
    using Key = std::tuple<QString, QString, Id, Id>; // warehouse, product, their ids: sorted by name
    QMap<Key, Acc> acc;
    if (Status s = sql.stockMovements(filters, false,
                                      [&](const ReportSql::MovementRow &r) {
                                          Acc &a = acc[Key{r.warehouse, r.product, r.warehouseId, r.productId}];
                                          a.productId = r.productId;
                                          a.branchId = r.branchId;
                                          if (r.at < filters.from)
                                              a.opening += r.qty;
                                          else
                                              a.moved[moveOf(r.kind, r.qty)] += r.qty;
                                          return ticker.tick(r.at);
                                      });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    Result<QHash<QPair<Id, Id>, QVariant>> prices = sql.pricesAt(filters.to.addSecs(-1));
    if (!prices)
        return prices.error();
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc &a = it.value();
        qint64 closing = a.opening;
        for (qint64 q : a.moved)
            closing += q;
        const bool moved = std::any_of(a.moved.cbegin(), a.moved.cend(), [](qint64 q) { return q != 0; });
        if (!moved && a.opening == 0)
            continue; // nothing held and nothing happened
        const Money price = priceIn(*prices, a.productId, a.branchId);
        table.rows.append(QVariantList{std::get<0>(it.key()), std::get<1>(it.key()), a.opening, a.moved[Received],
                                       -a.moved[Sold], a.moved[Returned], -a.moved[GiftsIssued],
                                       a.moved[TransferIn] + a.moved[TransferOut], a.moved[Adjusted],
                                       a.moved[CountShort] + a.moved[CountOver], closing, price, closing * price});
    }
    return {};
}

Status ReportService::Builder::stockMovements()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("received", tr("Received"), ColumnKind::Count),
                     col("sold", tr("Sold"), ColumnKind::Count),
                     col("returned", tr("Returned"), ColumnKind::Count),
                     col("gifts", tr("Given as gifts"), ColumnKind::Count),
                     col("transfer_in", tr("Transferred in"), ColumnKind::Count),
                     col("transfer_out", tr("Transferred out"), ColumnKind::Count),
                     col("adjusted", tr("Adjusted"), ColumnKind::Count),
                     col("count_short", tr("Missing at stock-taking"), ColumnKind::Count),
                     col("count_over", tr("Found at stock-taking"), ColumnKind::Count)};
    table.chart = {ReportChart::Type::Bar, 0, {1, 2}};
    QHash<QDate, int> index;
    for (const QDate &k : periods.all(filters.from, filters.to)) {
        index.insert(k, int(table.rows.size()));
        QVariantList row{k};
        for (int i = 0; i < MoveCount; ++i)
            row << qint64(0);
        table.rows.append(row);
    }
    // Shown as units moved: out-going kinds without their minus sign; adjustments keep theirs.
    return sql.stockMovements(filters, true, [&](const ReportSql::MovementRow &r) {
        const Move m = moveOf(r.kind, r.qty);
        const bool out = m == Sold || m == GiftsIssued || m == TransferOut || m == CountShort;
        QVariant &cell = table.rows[index.value(periods.key(r.at))][1 + m];
        cell = cell.toLongLong() + (out ? -r.qty : r.qty);
        return ticker.tick(r.at);
    });
}

Status ReportService::Builder::stockTaking()
{
    table.columns = {col("posted", tr("Posted on"), ColumnKind::Date),
                     col("sheet", tr("Count sheet"), ColumnKind::Count),
                     col("warehouse", tr("Warehouse"), ColumnKind::Text),
                     col("product", tr("Product"), ColumnKind::Text),
                     col("expected", tr("Expected"), ColumnKind::Count),
                     col("counted", tr("Counted"), ColumnKind::Count),
                     col("difference", tr("Difference"), ColumnKind::Count),
                     col("price", tr("Selling price"), ColumnKind::Money),
                     col("value", tr("Value of the difference"), ColumnKind::Money)};
    // A difference is read line by line, and may be negative: no chart.
    QHash<Id, QHash<QPair<Id, Id>, QVariant>> pricesBySheet;
    Status failed;
    const Status streamed = sql.countVariances(filters, [&](const ReportSql::CountVarianceRow &r) {
        auto prices = pricesBySheet.find(r.sheetId);
        if (prices == pricesBySheet.end()) {
            Result<QHash<QPair<Id, Id>, QVariant>> at = sql.pricesAt(r.postedAt);
            if (!at) {
                failed = at.error();
                return false;
            }
            prices = pricesBySheet.insert(r.sheetId, *at);
        }
        const Money price = priceIn(*prices, r.productId, r.branchId);
        const qint64 difference = r.counted - r.expected;
        table.rows.append(QVariantList{r.postedAt.toTimeZone(table.zone).date(), r.sheetId, r.warehouse, r.product,
                                       r.expected, r.counted, difference, price, difference * price});
        return ticker.tick(r.postedAt);
    });
    return failed ? streamed : failed;
}

Status ReportService::Builder::rfm(bool top)
{
    struct Buyer
    {
        Id memberId = kNoId;
        QDateTime last;
        qint64 receipts = 0;
        Money spend = 0;
    };
    QHash<Id, Buyer> buyers;
    if (Status s = sql.memberSaleTotals(filters,
                                        [&](const ReportSql::MemberMoneyRow &r) {
                                            Buyer &b = buyers[r.memberId];
                                            b.memberId = r.memberId;
                                            b.last = qMax(b.last, r.at);
                                            ++b.receipts;
                                            b.spend += r.amount;
                                            return ticker.tick(r.at);
                                        });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    if (Status s = sql.memberReturnTotals(filters,
                                          [&](const ReportSql::MemberMoneyRow &r) {
                                              auto it = buyers.find(r.memberId);
                                              if (it != buyers.end()) // returns only lower what was bought in the range
                                                  it->spend -= r.amount;
                                              return ticker.tick(r.at);
                                          });
        !s)
        return s;
    // Members by id, so equal values score the same on both engines and every run.
    QList<Buyer> list = buyers.values();
    std::sort(list.begin(), list.end(), [](const Buyer &a, const Buyer &b) { return a.memberId < b.memberId; });
    const QDate lastDay = filters.to.addSecs(-1).toTimeZone(table.zone).date();
    QList<qint64> recency, frequency, monetary, days;
    for (const Buyer &b : std::as_const(list)) {
        days << b.last.toTimeZone(table.zone).date().daysTo(lastDay);
        recency << -days.last(); // fewer days since: better
        frequency << b.receipts;
        monetary << b.spend;
    }
    const QList<int> r = quintiles(recency), f = quintiles(frequency), m = quintiles(monetary);

    if (!top) {
        table.columns = {col("segment", tr("Segment"), ColumnKind::Text),
                         col("scores", tr("Scores"), ColumnKind::Text),
                         col("members", tr("Members"), ColumnKind::Count),
                         col("share", tr("Share"), ColumnKind::Percent),
                         col("receipts", tr("Receipts"), ColumnKind::Count),
                         col("spend", tr("Spent"), ColumnKind::Money),
                         col("average", tr("Average spent per member"), ColumnKind::Money)};
        table.chart = {ReportChart::Type::Bar, 0, {2}};
        std::array<qint64, SegmentCount> members{}, receipts{};
        std::array<Money, SegmentCount> spend{};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const RfmSegment s = segmentOf(r[i], f[i]);
            ++members[s];
            receipts[s] += list[i].receipts;
            spend[s] += list[i].spend;
        }
        for (int s = 0; s < SegmentCount; ++s) {
            table.rows.append(QVariantList{segmentName(RfmSegment(s)), segmentRule(RfmSegment(s)), members[s],
                                           shareOf(members[s], list.size()), receipts[s], spend[s],
                                           members[s] == 0 ? Money(0) : spend[s] / members[s]});
        }
        return {};
    }

    table.columns = {col("rank", tr("Rank"), ColumnKind::Count),
                     col("member", tr("Member"), ColumnKind::Text),
                     col("spend", tr("Spent"), ColumnKind::Money),
                     col("receipts", tr("Receipts"), ColumnKind::Count),
                     col("last", tr("Last purchase"), ColumnKind::Date),
                     col("days", tr("Days since"), ColumnKind::Count),
                     col("r", tr("Recency score"), ColumnKind::Count),
                     col("f", tr("Frequency score"), ColumnKind::Count),
                     col("m", tr("Monetary score"), ColumnKind::Count),
                     col("segment", tr("Segment"), ColumnKind::Text)};
    // A list to read down, not to look at: no chart (the segments report has one).
    Result<QHash<Id, QString>> names = sql.memberNames();
    if (!names)
        return names.error();
    QList<qsizetype> order(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Buyer &x = list[a], &y = list[b];
        return std::tuple(-x.spend, -x.receipts, x.memberId) < std::tuple(-y.spend, -y.receipts, y.memberId);
    });
    for (qsizetype n = 0; n < order.size() && n < kTopCustomers; ++n) {
        const qsizetype i = order[n];
        const Buyer &b = list[i];
        table.rows.append(QVariantList{qint64(n + 1), names->value(b.memberId), b.spend, b.receipts,
                                       b.last.toTimeZone(table.zone).date(), days[i], qint64(r[i]), qint64(f[i]),
                                       qint64(m[i]), segmentName(segmentOf(r[i], f[i]))});
    }
    return {};
}

Status ReportService::Builder::giftRedemptions()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("gift", tr("Gift"), ColumnKind::Text),
                     col("redemptions", tr("Times given"), ColumnKind::Count),
                     col("quantity", tr("Quantity"), ColumnKind::Count),
                     col("points", tr("Points spent"), ColumnKind::Points),
                     col("members", tr("Members"), ColumnKind::Count)};
    table.chart = {ReportChart::Type::Bar, 1, {3}};
    Result<QHash<Id, QString>> names = sql.productNames();
    if (!names)
        return names.error();
    static const QRegularExpression reference(QStringLiteral("^gift:product:(\\d+)x(\\d+)$"));
    struct Acc
    {
        qint64 times = 0, qty = 0;
        Points points = 0;
        QSet<Id> accounts;
    };
    using Key = std::pair<QDate, QString>;
    QMap<Key, Acc> acc;
    if (Status s = sql.giftRedemptions(filters,
                                       [&](const ReportSql::GiftRow &r) {
                                           const QRegularExpressionMatch match = reference.match(r.reference);
                                           const Id product = match.hasMatch() ? match.captured(1).toLongLong() : kNoId;
                                           const QString name = names->value(product, tr("Unknown gift"));
                                           Acc &a = acc[Key{periods.key(r.at), name}];
                                           ++a.times;
                                           a.qty += match.hasMatch() ? match.captured(2).toLongLong() : 0;
                                           a.points += r.points;
                                           a.accounts.insert(r.memberAccountId);
                                           return ticker.tick(r.at);
                                       });
        !s)
        return s;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        const Acc &a = it.value();
        table.rows.append(QVariantList{it.key().first, it.key().second, a.times, a.qty, a.points,
                                       qint64(a.accounts.size())});
    }
    return {};
}

Status ReportService::Builder::promotions()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("card_type", tr("Card type"), ColumnKind::Text),
                     col("cards", tr("Cards activated"), ColumnKind::Count),
                     col("value", tr("Value given"), ColumnKind::Money)};
    table.chart = {ReportChart::Type::Bar, 1, {3}};
    struct Acc
    {
        qint64 cards = 0;
        Money value = 0;
    };
    using Key = std::pair<QDate, QString>;
    QMap<Key, Acc> acc;
    if (Status s = sql.promotions(filters,
                                  [&](const ReportSql::PromotionRow &r) {
                                      Acc &a = acc[Key{periods.key(r.at), r.cardTypeName}];
                                      ++a.cards;
                                      a.value += r.value;
                                      return ticker.tick(r.at);
                                  });
        !s)
        return s;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it)
        table.rows.append(QVariantList{it.key().first, it.key().second, it.value().cards, it.value().value});
    return {};
}

Status ReportService::Builder::operatorActivity()
{
    table.columns = {col("period", periodTitle(filters), periodKind(filters)),
                     col("operator", tr("Operator"), ColumnKind::Text),
                     col("sales", tr("Sales"), ColumnKind::Count),
                     col("sales_net", tr("Net sales"), ColumnKind::Money),
                     col("returns", tr("Returns"), ColumnKind::Count),
                     col("returns_value", tr("Returned"), ColumnKind::Money),
                     col("gifts", tr("Gifts given"), ColumnKind::Count),
                     col("cards_issued", tr("Cards issued"), ColumnKind::Count),
                     col("cards_blocked", tr("Cards blocked"), ColumnKind::Count),
                     col("cards_voided", tr("Cards voided"), ColumnKind::Count),
                     col("logins", tr("Logins"), ColumnKind::Count),
                     col("logins_failed", tr("Failed logins"), ColumnKind::Count)};
    table.chart = {ReportChart::Type::Bar, 1, {2, 4, 7}};
    Result<QHash<Id, QString>> names = sql.operatorNames();
    if (!names)
        return names.error();
    using Key = std::tuple<QDate, QString, Id>;
    QMap<Key, std::array<qint64, 10>> acc;
    if (Status s = sql.operatorFacts(filters,
                                     [&](const ReportSql::OperatorRow &r) {
                                         const QString name = r.operatorId == kNoId
                                                                  ? tr("No operator")
                                                                  : names->value(r.operatorId);
                                         std::array<qint64, 10> &a = acc[Key{periods.key(r.at), name, r.operatorId}];
                                         using F = ReportSql::OperatorFact;
                                         switch (r.fact) {
                                         case F::Sale:
                                             ++a[0];
                                             a[1] += r.amount;
                                             break;
                                         case F::Return:
                                             ++a[2];
                                             a[3] += r.amount;
                                             break;
                                         case F::Gift:
                                             ++a[4];
                                             break;
                                         case F::CardIssued:
                                             ++a[5];
                                             break;
                                         case F::CardBlocked:
                                             ++a[6];
                                             break;
                                         case F::CardVoided:
                                             ++a[7];
                                             break;
                                         case F::Login:
                                             ++a[8];
                                             break;
                                         case F::LoginFailed:
                                             ++a[9];
                                             break;
                                         }
                                         return ticker.tick(r.at);
                                     });
        !s)
        return s;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        QVariantList row{std::get<0>(it.key()), std::get<1>(it.key())};
        for (qint64 v : it.value())
            row << v;
        table.rows.append(row);
    }
    return {};
}

Status ReportService::Builder::referrals()
{
    table.columns = {col("referrer", tr("Referrer"), ColumnKind::Text),
                     col("joined", tr("Joined in the range"), ColumnKind::Count),
                     col("joined_all", tr("Brought in, in all"), ColumnKind::Count),
                     col("points", tr("Referral points"), ColumnKind::Points),
                     col("active", tr("Of them, bought in the range"), ColumnKind::Count),
                     col("active_share", tr("Share who bought"), ColumnKind::Percent),
                     col("spend", tr("What they spent"), ColumnKind::Money)};
    table.chart = {ReportChart::Type::Bar, 0, {1, 4}};
    struct Acc
    {
        qint64 joined = 0, all = 0;
        QSet<Id> active;
        Money spend = 0;
    };
    QHash<Id, Acc> acc;
    QHash<Id, Id> referrerOf;
    if (Status s = sql.referredMembers(filters,
                                       [&](const ReportSql::ReferredRow &r) {
                                           Acc &a = acc[r.referrerId];
                                           ++a.all;
                                           if (r.joinedAt >= filters.from)
                                               ++a.joined;
                                           referrerOf.insert(r.memberId, r.referrerId);
                                           return ticker.tick(r.joinedAt);
                                       });
        !s)
        return s;
    if (!ticker.phase(1))
        return ReportSql::cancelled();
    // The referred members' purchases anywhere: the filters chose the referrers.
    ReportFilters range;
    range.from = filters.from;
    range.to = filters.to;
    if (Status s = sql.memberSaleTotals(range,
                                        [&](const ReportSql::MemberMoneyRow &r) {
                                            const auto it = referrerOf.constFind(r.memberId);
                                            if (it != referrerOf.cend()) {
                                                Acc &a = acc[*it];
                                                a.active.insert(r.memberId);
                                                a.spend += r.amount;
                                            }
                                            return ticker.tick(r.at);
                                        });
        !s)
        return s;
    Result<QHash<Id, Points>> points = sql.referralPoints(filters);
    if (!points)
        return points.error();
    Result<QHash<Id, Id>> accounts = sql.memberAccounts();
    if (!accounts)
        return accounts.error();
    Result<QHash<Id, QString>> names = sql.memberNames();
    if (!names)
        return names.error();
    using Key = std::tuple<qint64, qint64, QString, Id>; // most brought in the range first
    QMap<Key, Id> order;
    for (auto it = acc.cbegin(); it != acc.cend(); ++it)
        order.insert(Key{-it->joined, -it->all, names->value(it.key()), it.key()}, it.key());
    for (const Id referrer : std::as_const(order)) {
        const Acc &a = acc[referrer];
        const qint64 active = a.active.size();
        table.rows.append(QVariantList{names->value(referrer), a.joined, a.all,
                                       points->value(accounts->value(referrer)), active, shareOf(active, a.all),
                                       a.spend});
    }
    return {};
}

} // namespace Club::Core
