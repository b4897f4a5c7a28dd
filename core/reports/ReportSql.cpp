// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSql.h"
#include "ReportSqlImpl.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QLocale>

namespace Club::Core {

using namespace ReportSqlImpl;

namespace {

const QString kCancelled = QStringLiteral("report.cancelled");

// A function, not a global: LedgerStore's codes are statics of another file, not yet made
// when this file's globals are.
QStringList pointsCodes()
{
    // system:points_referral: the referral bonuses sales give referrers (SalesService).
    return {LedgerStore::kPointsIssued, QStringLiteral("system:points_sold"), LedgerStore::kPointsRedeemed,
            LedgerStore::kPointsExpired, LedgerStore::kPointsAdjustments, QStringLiteral("system:points_referral")};
}

} // namespace

Error ReportSql::cancelled()
{
    return Error::make(Error::Code::Conflict, tr("The report was stopped."), kCancelled);
}

bool ReportSql::isCancelled(const Error &error)
{
    return error.code == Error::Code::Conflict && error.detail == kCancelled;
}

Status ReportSql::saleLines(const ReportFilters &f, const std::function<bool(const SaleLineRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("s.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("s.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (Status s = productGroupFilter(m_db, f, w); !s)
        return s;
    memberById(f, w, QStringLiteral("s.member_id"), false);
    SqlQuery q(m_db, QStringLiteral("SELECT s.created_at, b.name, COALESCE(g.name, ''), s.id, l.qty, l.gross, "
                                    "l.discount, l.net FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN "
                                    "branches b ON b.id = s.branch_id JOIN products p ON p.id = l.product_id LEFT JOIN "
                                    "product_groups g ON g.id = p.group_id WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY s.created_at, l.id"));
    w.apply(q);
    return stream<SaleLineRow>(q, each, [](const SqlQuery &r) {
        return SaleLineRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                           r.value(3).toLongLong(), r.value(4).toLongLong(), r.value(5).toLongLong(),
                           r.value(6).toLongLong(), r.value(7).toLongLong()};
    });
}

Status ReportSql::returnLines(const ReportFilters &f, const std::function<bool(const ReturnLineRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("r.created_at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("COALESCE(r.branch_id, s.branch_id) = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (Status s = productGroupFilter(m_db, f, w); !s)
        return s;
    memberById(f, w, QStringLiteral("s.member_id"), false);
    SqlQuery q(m_db, QStringLiteral("SELECT r.created_at, b.name, COALESCE(g.name, ''), rl.qty, rl.gross - "
                                    "rl.discount FROM return_lines rl JOIN returns r ON r.id = rl.return_id JOIN "
                                    "sale_lines l ON l.id = rl.sale_line_id JOIN sales s ON s.id = r.sale_id JOIN "
                                    "branches b ON b.id = COALESCE(r.branch_id, s.branch_id) JOIN products p ON p.id = "
                                    "l.product_id LEFT JOIN product_groups g ON g.id = p.group_id WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY r.created_at, rl.id"));
    w.apply(q);
    return stream<ReturnLineRow>(q, each, [](const SqlQuery &r) {
        return ReturnLineRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                             r.value(3).toLongLong(), r.value(4).toLongLong()};
    });
}

Status ReportSql::pointsEntries(const ReportFilters &f, Id memberAccountId,
                                const std::function<bool(const PointsEntryRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("t.created_at"), f);
    QStringList codes;
    const QStringList wanted = pointsCodes();
    for (int i = 0; i < wanted.size(); ++i) {
        codes << QStringLiteral(":f_c%1").arg(i);
        w.bind(codes.last(), wanted.at(i));
    }
    w.add(QStringLiteral("a.code IN (") + codes.join(QStringLiteral(", ")) + QLatin1Char(')'));
    if (memberAccountId != kNoId) {
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM journal_entries me JOIN ledger_accounts ma ON ma.id = "
                             "me.ledger_account_id WHERE me.transaction_id = t.id AND ma.member_account_id = :f_acc)"));
        w.bind(QStringLiteral(":f_acc"), memberAccountId);
    } else {
        if (f.branchId != kNoId) {
            w.add(QStringLiteral("t.branch_id = :f_branch"));
            w.bind(QStringLiteral(":f_branch"), f.branchId);
        }
        memberByTransaction(f, w);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT t.created_at, a.code, e.amount FROM journal_entries e JOIN ledger_accounts "
                                    "a ON a.id = e.ledger_account_id JOIN journal_transactions t ON t.id = "
                                    "e.transaction_id WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY t.created_at, e.id"));
    w.apply(q);
    return stream<PointsEntryRow>(q, each, [](const SqlQuery &r) {
        return PointsEntryRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), r.value(2).toLongLong()};
    });
}

Status ReportSql::pendingLots(const ReportFilters &f, const QDateTime &now,
                              const std::function<bool(const AtValue &)> &each) const
{
    Where w;
    w.range(QStringLiteral("l.earned_at"), f);
    w.add(QStringLiteral("l.available_at > :f_now AND l.remaining > 0"));
    w.bind(QStringLiteral(":f_now"), iso(now));
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("t.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (hasMemberFilter(f, false)) {
        const QStringList c = memberConds(f, w, false);
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM members m WHERE m.account_id = a.member_account_id AND ") +
              c.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    }
    SqlQuery q(m_db, QStringLiteral("SELECT l.earned_at, l.remaining FROM points_lots l JOIN ledger_accounts a ON a.id "
                                    "= l.ledger_account_id JOIN journal_transactions t ON t.id = l.transaction_id "
                                    "WHERE a.member_account_id IS NOT NULL") +
                         w.sql() + QStringLiteral(" ORDER BY l.earned_at, l.id"));
    w.apply(q);
    return stream<AtValue>(q, each, [](const SqlQuery &r) {
        return AtValue{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong()};
    });
}

namespace {
// Member points accounts passing the member filters.
void memberPointsAccounts(const ReportFilters &f, Where &w)
{
    w.add(QStringLiteral("a.member_account_id IS NOT NULL AND a.kind = 'points'"));
    if (hasMemberFilter(f, false)) {
        const QStringList c = memberConds(f, w, false);
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM members m WHERE m.account_id = a.member_account_id AND ") +
              c.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
    }
}
} // namespace

Result<Points> ReportSql::pointsBefore(const ReportFilters &f) const
{
    Where w;
    w.add(QStringLiteral("t.created_at < :f_from"));
    w.bind(QStringLiteral(":f_from"), iso(f.from));
    memberPointsAccounts(f, w);
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(e.amount), 0) FROM journal_entries e JOIN ledger_accounts a ON "
                                    "a.id = e.ledger_account_id JOIN journal_transactions t ON t.id = e.transaction_id "
                                    "WHERE 1 = 1") +
                         w.sql());
    w.apply(q);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ReportSql::memberPointsEntries(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const
{
    Where w;
    w.range(QStringLiteral("t.created_at"), f);
    memberPointsAccounts(f, w);
    SqlQuery q(m_db, QStringLiteral("SELECT t.created_at, e.amount FROM journal_entries e JOIN ledger_accounts a ON "
                                    "a.id = e.ledger_account_id JOIN journal_transactions t ON t.id = e.transaction_id "
                                    "WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY t.created_at, e.id"));
    w.apply(q);
    return stream<AtValue>(q, each, [](const SqlQuery &r) {
        return AtValue{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong()};
    });
}

Result<qint64> ReportSql::membersBefore(const ReportFilters &f) const
{
    Where w;
    w.add(QStringLiteral("m.created_at < :f_from"));
    w.bind(QStringLiteral(":f_from"), iso(f.from));
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM members m WHERE 1 = 1") + w.sql());
    w.apply(q);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ReportSql::memberJoins(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const
{
    Where w;
    w.range(QStringLiteral("m.created_at"), f);
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT m.created_at, m.id FROM members m WHERE 1 = 1") + w.sql() +
                         QStringLiteral(" ORDER BY m.created_at, m.id"));
    w.apply(q);
    return stream<AtValue>(q, each, [](const SqlQuery &r) {
        return AtValue{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong()};
    });
}

Status ReportSql::memberSales(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const
{
    Where w;
    w.range(QStringLiteral("s.created_at"), f);
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT s.created_at, s.member_id FROM sales s JOIN members m ON m.id = s.member_id "
                                    "WHERE 1 = 1") +
                         w.sql() + QStringLiteral(" ORDER BY s.created_at, s.id"));
    w.apply(q);
    return stream<AtValue>(q, each, [](const SqlQuery &r) {
        return AtValue{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong()};
    });
}

Result<QHash<QString, qint64>> ReportSql::tierCounts(const ReportFilters &f) const
{
    Where w;
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT m.tier, COUNT(*) FROM members m WHERE m.active = 1") + w.sql() +
                         QStringLiteral(" GROUP BY m.tier"));
    w.apply(q);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QHash<QString, QHash<QString, qint64>>> ReportSql::tierMoves(const ReportFilters &f) const
{
    Where w;
    w.range(QStringLiteral("h.at"), f);
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT h.reason, h.to_tier, COUNT(*) FROM tier_history h JOIN members m ON m.id = "
                                    "h.member_id WHERE h.reason IN ('upgrade', 'review_downgrade')") +
                         w.sql() + QStringLiteral(" GROUP BY h.reason, h.to_tier"));
    w.apply(q);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QHash<QString, qint64>> out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

Result<QList<ReportSql::TierName>> ReportSql::tierNames() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT tier_key, name_fa, name_ar, name_en, tier_rank FROM tier_levels ORDER BY "
                                    "tier_rank, card_type_id"));
    if (Status s = q.exec(); !s)
        return s.error();
    const QLocale::Language lang = QLocale().language();
    const int column = lang == QLocale::Persian ? 1 : lang == QLocale::Arabic ? 2 : 3;
    QList<TierName> out;
    QSet<QString> seen;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString name = q.value(column).toString();
        if (name.isEmpty())
            name = q.value(3).toString();
        if (name.isEmpty())
            name = key;
        out.append({key, name, q.value(4).toInt()});
    }
    return out;
}

Status ReportSql::cardEvents(const ReportFilters &f, const std::function<bool(const CardEventRow &)> &each) const
{
    Where w;
    w.range(QStringLiteral("e.at"), f);
    if (f.branchId != kNoId) {
        w.add(QStringLiteral("c.branch_id = :f_branch"));
        w.bind(QStringLiteral(":f_branch"), f.branchId);
    }
    if (f.cardTypeId != kNoId) {
        w.add(QStringLiteral("c.card_type_id = :f_type"));
        w.bind(QStringLiteral(":f_type"), f.cardTypeId);
    }
    ReportFilters memberOnly = f;
    memberOnly.cardTypeId = kNoId; // the card's own type is meant here, not the member's other cards
    memberById(memberOnly, w, QStringLiteral("c.member_id"), false);
    SqlQuery q(m_db, QStringLiteral("SELECT e.at, ct.name, e.event, e.detail FROM card_events e JOIN cards c ON c.id = "
                                    "e.card_id JOIN card_types ct ON ct.id = c.card_type_id WHERE e.event IN "
                                    "('issued', 'replaced', 'blocked')") +
                         w.sql() + QStringLiteral(" ORDER BY e.at, e.id"));
    w.apply(q);
    return stream<CardEventRow>(q, each, [](const SqlQuery &r) {
        return CardEventRow{LedgerStore::fromIso(r.value(0)), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString()};
    });
}

Result<QSet<Id>> ReportSql::filteredMembers(const ReportFilters &f) const
{
    Where w;
    const QStringList c = memberConds(f, w, true);
    for (const QString &cond : c)
        w.add(cond);
    SqlQuery q(m_db, QStringLiteral("SELECT m.id FROM members m WHERE 1 = 1") + w.sql());
    w.apply(q);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<Id> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<Id> ReportSql::accountOf(Id memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT account_id FROM members WHERE id = :m"));
    q.bind(QStringLiteral(":m"), memberId);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ReportSql::memberSpend(Id memberId, const QDateTime &from, const QDateTime &to,
                              const std::function<bool(const AtValue &)> &each) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT created_at, net FROM sales WHERE member_id = :m AND created_at >= :from AND "
                                    "created_at < :to ORDER BY created_at, id"));
    q.bind(QStringLiteral(":m"), memberId).bind(QStringLiteral(":from"), iso(from)).bind(QStringLiteral(":to"), iso(to));
    return stream<AtValue>(q, each, [](const SqlQuery &r) {
        return AtValue{LedgerStore::fromIso(r.value(0)), r.value(1).toLongLong()};
    });
}

} // namespace Club::Core
