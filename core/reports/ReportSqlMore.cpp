// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL of the inventory, customer (RFM), gift, operator and referral reports.
#include "ReportSql.h"
#include "ReportSqlImpl.h"

#include <QLocale>

namespace Club::Core {

using namespace ReportSqlImpl;

namespace {

// The product's name in the current language, else the first name set (Product::displayName).
QString productName()
{
    const QLocale::Language lang = QLocale().language();
    const QString own = lang == QLocale::Persian ? QStringLiteral("p.name_fa")
                        : lang == QLocale::Arabic ? QStringLiteral("p.name_ar")
                                                  : QStringLiteral("p.name_en");
    return QStringLiteral("CASE WHEN %1 <> '' THEN %1 WHEN p.name_fa <> '' THEN p.name_fa WHEN p.name_ar <> '' THEN "
                          "p.name_ar ELSE p.name_en END")
        .arg(own);
}

QString memberName(const SqlQuery &q, int first)
{
    return QString(q.value(first).toString() + QLatin1Char(' ') + q.value(first + 1).toString()).trimmed();
}

template<typename Key, typename Value>
Result<QHash<Key, Value>> pairs(SqlQuery &q, const std::function<Value(const SqlQuery &)> &read)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Key, Value> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), read(q));
    return out;
}

} // namespace

Status ReportSql::stockMovements(const ReportFilters &f, bool sinceFrom,
                                 const std::function<bool(const MovementRow &)> &each) const
{
    Where w;
    if (sinceFrom) {
        w.range(QStringLiteral("sm.at"), f);
    } else {
        w.add(QStringLiteral("sm.at < :f_to"));
        w.bind(QStringLiteral(":f_to"), iso(f.to));
    }
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("w.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (Status s = productGroupFilter(m_db, f, w); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("SELECT sm.at, w.id, w.branch_id, w.name, p.id, ") + productName() +
                         QStringLiteral(", sm.kind, sm.qty FROM stock_movements sm JOIN warehouses w ON w.id = "
                                        "sm.warehouse_id JOIN products p ON p.id = sm.product_id WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY sm.at, sm.id"));
    w.apply(q);
    return stream<MovementRow>(q, each, [](const SqlQuery &r) {
        return MovementRow{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong(), r.value(2).toLongLong(),
                           r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toString(),
                           r.value(6).toString(), r.value(7).toLongLong()};
    });
}

Result<QHash<QPair<Id, Id>, QVariant>> ReportSql::pricesAt(const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT product_id, branch_id, price FROM product_prices WHERE valid_from <= :at "
                                    "ORDER BY valid_from, id"));
    q.bind(QStringLiteral(":at"), iso(at));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QPair<Id, Id>, QVariant> out;
    while (q.next()) {
        const QVariant price = q.value(2).isNull() ? QVariant() : QVariant(q.value(2).toLongLong());
        out.insert({q.value(0).toLongLong(), idOf(q.value(1))}, price); // later periods replace earlier ones
    }
    return out;
}

Status ReportSql::countVariances(const ReportFilters &f, const std::function<bool(const CountVarianceRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("cs.posted_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("w.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (Status s = productGroupFilter(m_db, f, w); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("SELECT cs.posted_at, cs.id, w.branch_id, w.name, p.id, ") + productName() +
                         QStringLiteral(", l.expected, l.counted FROM count_sheet_lines l JOIN count_sheets cs ON "
                                        "cs.id = l.sheet_id JOIN warehouses w ON w.id = cs.warehouse_id JOIN products "
                                        "p ON p.id = l.product_id WHERE cs.status = 'posted' AND l.counted IS NOT NULL "
                                        "AND l.counted <> l.expected") +
                         w.sql() + QStringLiteral(" ORDER BY cs.posted_at, cs.id, p.code"));
    w.apply(q);
    return stream<CountVarianceRow>(q, each, [](const SqlQuery &r) {
        return CountVarianceRow{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong(), r.value(2).toLongLong(),
                                r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toString(),
                                r.value(6).toLongLong(), r.value(7).toLongLong()};
    });
}

Status ReportSql::memberSaleTotals(const ReportFilters &f, const std::function<bool(const MemberMoneyRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("s.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("s.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    memberById(f, w, QStringLiteral("s.member_id"), false);
    SqlQuery q(m_db, QStringLiteral("SELECT s.created_at, s.member_id, s.net FROM sales s WHERE s.member_id IS NOT "
                                    "NULL") +
                         w.sql() + QStringLiteral(" ORDER BY s.created_at, s.id"));
    w.apply(q);
    return stream<MemberMoneyRow>(q, each, [](const SqlQuery &r) {
        return MemberMoneyRow{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong(), r.value(2).toLongLong()};
    });
}

Status ReportSql::memberReturnTotals(const ReportFilters &f,
                                     const std::function<bool(const MemberMoneyRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("r.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("s.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    memberById(f, w, QStringLiteral("s.member_id"), false);
    SqlQuery q(m_db, QStringLiteral("SELECT r.created_at, s.member_id, rl.gross - rl.discount FROM return_lines rl "
                                    "JOIN returns r ON r.id = rl.return_id JOIN sales s ON s.id = r.sale_id WHERE "
                                    "s.member_id IS NOT NULL") +
                         w.sql() + QStringLiteral(" ORDER BY r.created_at, rl.id"));
    w.apply(q);
    return stream<MemberMoneyRow>(q, each, [](const SqlQuery &r) {
        return MemberMoneyRow{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong(), r.value(2).toLongLong()};
    });
}

Result<QHash<Id, QString>> ReportSql::memberNames() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, first_name, last_name FROM members"));
    return pairs<Id, QString>(q, [](const SqlQuery &r) { return memberName(r, 1); });
}

Status ReportSql::giftRedemptions(const ReportFilters &f, const std::function<bool(const GiftRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("t.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("t.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    memberByTransaction(f, w);
    w.bind(QStringLiteral(":f_redeemed"), LedgerStore::kPointsRedeemed);
    SqlQuery q(m_db, QStringLiteral("SELECT t.created_at, t.reference, (SELECT MIN(ma.member_account_id) FROM "
                                    "journal_entries me JOIN ledger_accounts ma ON ma.id = me.ledger_account_id WHERE "
                                    "me.transaction_id = t.id), e.amount FROM journal_transactions t JOIN "
                                    "journal_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = "
                                    "e.ledger_account_id WHERE t.kind = 'gift' AND a.code = :f_redeemed") +
                         w.sql() + QStringLiteral(" ORDER BY t.created_at, t.id"));
    w.apply(q);
    return stream<GiftRow>(q, each, [](const SqlQuery &r) {
        return GiftRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), idOf(r.value(2)),
                       r.value(3).toLongLong()};
    });
}

Status ReportSql::promotions(const ReportFilters &f, const std::function<bool(const PromotionRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("g.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("g.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT g.created_at, ct.name, g.amount FROM gift_card_charges g JOIN cards c ON "
                                    "c.id = g.card_id JOIN card_types ct ON ct.id = c.card_type_id WHERE "
                                    "g.promotional = 1") +
                         w.sql() + QStringLiteral(" ORDER BY g.created_at, g.id"));
    w.apply(q);
    return stream<PromotionRow>(q, each, [](const SqlQuery &r) {
        return PromotionRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), r.value(2).toLongLong()};
    });
}

Result<QHash<Id, QString>> ReportSql::productNames() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, ") + productName() + QStringLiteral(" FROM products p"));
    return pairs<Id, QString>(q, [](const SqlQuery &r) { return r.value(1).toString(); });
}

Status ReportSql::operatorFacts(const ReportFilters &f, const std::function<bool(const OperatorRow &)> &each) const
{
    struct Source
    {
        OperatorFact fact;
        QString sql;     // selects time, operator, amount
        QString at;      // the time column, for the range
        QString branch;  // the branch column, for the branch filter
    };
    const QList<Source> sources = {
        {OperatorFact::Sale, QStringLiteral("SELECT s.created_at, s.operator_id, s.net FROM sales s WHERE 1 = 1"),
         QStringLiteral("s.created_at"), QStringLiteral("s.branch_id")},
        {OperatorFact::Return,
         QStringLiteral("SELECT r.created_at, r.operator_id, (SELECT COALESCE(SUM(rl.gross - rl.discount), 0) FROM "
                        "return_lines rl WHERE rl.return_id = r.id) FROM returns r JOIN sales s ON s.id = r.sale_id "
                        "WHERE 1 = 1"),
         QStringLiteral("r.created_at"), QStringLiteral("COALESCE(r.branch_id, s.branch_id)")},
        {OperatorFact::Gift,
         QStringLiteral("SELECT t.created_at, t.operator_id, 0 FROM journal_transactions t WHERE t.kind = 'gift'"),
         QStringLiteral("t.created_at"), QStringLiteral("t.branch_id")},
        {OperatorFact::CardIssued,
         QStringLiteral("SELECT e.at, e.operator_id, 0 FROM card_events e JOIN cards c ON c.id = e.card_id WHERE "
                        "e.event = 'issued'"),
         QStringLiteral("e.at"), QStringLiteral("c.branch_id")},
        {OperatorFact::CardBlocked,
         QStringLiteral("SELECT e.at, e.operator_id, 0 FROM card_events e JOIN cards c ON c.id = e.card_id WHERE "
                        "e.event = 'blocked'"),
         QStringLiteral("e.at"), QStringLiteral("c.branch_id")},
        {OperatorFact::CardVoided,
         QStringLiteral("SELECT l.at, l.operator_id, 0 FROM audit_log l WHERE l.action = 'card.void'"),
         QStringLiteral("l.at"), QStringLiteral("l.branch_id")},
        // A login's own operator is the entity: the actor of a failed one is not signed in.
        {OperatorFact::Login,
         QStringLiteral("SELECT l.at, l.entity_id, 0 FROM audit_log l WHERE l.action = 'operator.login'"),
         QStringLiteral("l.at"), QStringLiteral("l.branch_id")},
        {OperatorFact::LoginFailed,
         QStringLiteral("SELECT l.at, l.entity_id, 0 FROM audit_log l WHERE l.action = 'operator.login_failed'"),
         QStringLiteral("l.at"), QStringLiteral("l.branch_id")},
    };
    for (const Source &source : sources) {
        Where w;
        w.range(source.at, f);
        if (f.branchId != kNoId) {
            w.add(source.branch + QStringLiteral(" = :f_branch"));
            w.bind(QStringLiteral(":f_branch"), f.branchId);
        }
        SqlQuery q(m_db, source.sql + w.sql() + QStringLiteral(" ORDER BY 1"));
        w.apply(q);
        const OperatorFact fact = source.fact;
        if (Status s = stream<OperatorRow>(q, each,
                                           [fact](const SqlQuery &r) {
                                               return OperatorRow{LedgerStore::fromIso(r.value(0)), idOf(r.value(1)),
                                                                  fact, r.value(2).toLongLong()};
                                           });
            !s)
            return s;
    }
    return {};
}

Result<QHash<Id, QString>> ReportSql::operatorNames() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, full_name, username FROM operators"));
    return pairs<Id, QString>(q, [](const SqlQuery &r) {
        const QString name = r.value(1).toString().trimmed();
        return name.isEmpty() ? r.value(2).toString() : name;
    });
}

Status ReportSql::referredMembers(const ReportFilters &f, const std::function<bool(const ReferredRow &)> &each) const
{
    Where w;
    w.add(QStringLiteral("r.created_at < :f_to"));
    w.bind(QStringLiteral(":f_to"), iso(f.to));
    memberById(f, w, QStringLiteral("r.referrer_id"), true);
    SqlQuery q(m_db, QStringLiteral("SELECT r.referrer_id, r.id, r.created_at FROM members r WHERE r.referrer_id IS "
                                    "NOT NULL") +
                         w.sql() + QStringLiteral(" ORDER BY r.created_at, r.id"));
    w.apply(q);
    return stream<ReferredRow>(q, each, [](const SqlQuery &r) {
        return ReferredRow{r.value(0).toLongLong(), r.value(1).toLongLong(), LedgerStore::fromIso(r.value(2))};
    });
}

Result<QHash<Id, Points>> ReportSql::referralPoints(const ReportFilters &f) const
{
    Where w;
    w.range(QStringLiteral("t.created_at"), f);
    SqlQuery q(m_db, QStringLiteral("SELECT a.member_account_id, SUM(e.amount) FROM journal_transactions t JOIN "
                                    "journal_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = "
                                    "e.ledger_account_id WHERE t.kind = 'referral' AND a.member_account_id IS NOT "
                                    "NULL AND a.kind = 'points'") +
                         w.sql() + QStringLiteral(" GROUP BY a.member_account_id"));
    w.apply(q);
    Result<QHash<Id, Points>> out = pairs<Id, Points>(q, [](const SqlQuery &r) { return r.value(1).toLongLong(); });
    if (!out)
        return out;
    // The bonuses sales post to the referrer, less what returns and voids (a void is a return
    // row too) took back: the referral system account's entries, by the sale's referrer.
    Where b;
    b.range(QStringLiteral("t.created_at"), f);
    SqlQuery sales(m_db, QStringLiteral("SELECT s.referral_account_id, -SUM(e.amount) FROM journal_entries e JOIN "
                                        "ledger_accounts a ON a.id = e.ledger_account_id JOIN journal_transactions t "
                                        "ON t.id = e.transaction_id JOIN sales s ON s.id = COALESCE((SELECT "
                                        "MIN(r.sale_id) FROM returns r WHERE r.transaction_id = t.id), (SELECT "
                                        "MIN(s2.id) FROM sales s2 WHERE s2.transaction_id = t.id)) WHERE a.code = "
                                        "'system:points_referral' AND s.referral_account_id IS NOT NULL") +
                             b.sql() + QStringLiteral(" GROUP BY s.referral_account_id"));
    b.apply(sales);
    Result<QHash<Id, Points>> bonuses =
        pairs<Id, Points>(sales, [](const SqlQuery &r) { return r.value(1).toLongLong(); });
    if (!bonuses)
        return bonuses;
    for (auto it = bonuses->cbegin(); it != bonuses->cend(); ++it)
        out.value()[it.key()] += it.value();
    return out;
}

Result<QHash<Id, Id>> ReportSql::memberAccounts() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, account_id FROM members"));
    return pairs<Id, Id>(q, [](const SqlQuery &r) { return r.value(1).toLongLong(); });
}

} // namespace Club::Core
