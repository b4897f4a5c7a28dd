// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionSql.h"

#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {
// The amounts a transaction moved and the first member account it touched are read per
// row through journal_entries_transaction, so a page costs its own rows only.
const QString kRowSelect = QStringLiteral(
    "SELECT t.id, t.kind, t.created_at, t.branch_id, COALESCE(b.name, ''), t.operator_id, COALESCE(o.full_name, ''), "
    "t.terminal, t.reference, t.memo, "
    "(SELECT CAST(COALESCE(SUM(e.amount), 0) AS BIGINT) FROM journal_entries e WHERE e.transaction_id = t.id AND "
    "e.unit = 'points' AND e.amount > 0), "
    "(SELECT CAST(COALESCE(SUM(e.amount), 0) AS BIGINT) FROM journal_entries e WHERE e.transaction_id = t.id AND "
    "e.unit = 'money' AND e.amount > 0), "
    "(SELECT MIN(a.member_account_id) FROM journal_entries e JOIN ledger_accounts a ON a.id = e.ledger_account_id "
    "WHERE e.transaction_id = t.id), "
    "v.id "
    "FROM journal_transactions t LEFT JOIN branches b ON b.id = t.branch_id "
    "LEFT JOIN operators o ON o.id = t.operator_id "
    "LEFT JOIN journal_transactions v ON v.idempotency_key = 'void:' || CAST(t.id AS TEXT) ");

const QString kMoved = QStringLiteral("(SELECT COALESCE(SUM(e.amount), 0) FROM journal_entries e WHERE "
                                      "e.transaction_id = t.id AND e.unit = :unit%1 AND e.amount > 0)");

TransactionRow rowFrom(const SqlQuery &q, Id &memberAccount)
{
    TransactionRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.createdAt = LedgerStore::fromIso(q.value(2));
    r.branchId = idOf(q.value(3));
    r.branchName = q.value(4).toString();
    r.operatorId = idOf(q.value(5));
    r.operatorName = q.value(6).toString();
    r.terminal = q.value(7).toString();
    r.reference = q.value(8).toString();
    r.memo = q.value(9).toString();
    r.points = q.value(10).toLongLong();
    r.money = q.value(11).toLongLong();
    memberAccount = idOf(q.value(12));
    r.voidedBy = idOf(q.value(13));
    if (r.kind == QLatin1String("void") && r.reference.startsWith(QLatin1String("void:")))
        r.voids = r.reference.mid(5).toLongLong();
    return r;
}
} // namespace

Result<TransactionPage>
TransactionSql::list(const TransactionFilter &filter, const TransactionCursor &after, int limit) const
{
    limit = qBound(1, limit, 1000);
    QStringList where;
    QList<std::pair<QString, QVariant>> binds;
    auto add = [&](const QString &clause, std::initializer_list<std::pair<QString, QVariant>> values) {
        where.append(clause);
        for (const auto &v : values)
            binds.append(v);
    };
    if (filter.from.isValid())
        add(QStringLiteral("t.created_at >= :from"), {{QStringLiteral(":from"), LedgerStore::isoUtc(filter.from)}});
    if (filter.to.isValid())
        add(QStringLiteral("t.created_at < :to"), {{QStringLiteral(":to"), LedgerStore::isoUtc(filter.to)}});
    if (filter.branchId != kNoId)
        add(QStringLiteral("t.branch_id = :branch"), {{QStringLiteral(":branch"), filter.branchId}});
    // The merchant filter goes here: t.branch_id IN (the merchant's branches).
    if (filter.operatorId != kNoId)
        add(QStringLiteral("t.operator_id = :operator"), {{QStringLiteral(":operator"), filter.operatorId}});
    if (filter.memberId != kNoId)
        add(QStringLiteral("t.id IN (SELECT e.transaction_id FROM journal_entries e JOIN ledger_accounts a ON a.id = "
                           "e.ledger_account_id JOIN members m ON m.account_id = a.member_account_id WHERE m.id = "
                           ":member)"),
            {{QStringLiteral(":member"), filter.memberId}});
    if (filter.cardId != kNoId)
        add(QStringLiteral("t.id IN (SELECT e.transaction_id FROM journal_entries e JOIN ledger_accounts a ON a.id = "
                           "e.ledger_account_id JOIN members m ON m.account_id = a.member_account_id JOIN cards c ON "
                           "c.member_id = m.id WHERE c.id = :card)"),
            {{QStringLiteral(":card"), filter.cardId}});
    if (!filter.kinds.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < filter.kinds.size(); ++i) {
            names.append(QStringLiteral(":kind%1").arg(i));
            binds.append({names.last(), filter.kinds.at(i)});
        }
        where.append(QStringLiteral("t.kind IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    const QString unit = LedgerStore::unitKey(filter.amountUnit);
    if (filter.minAmount)
        add(kMoved.arg(1) + QStringLiteral(" >= :min"),
            {{QStringLiteral(":unit1"), unit}, {QStringLiteral(":min"), *filter.minAmount}});
    if (filter.maxAmount)
        add(kMoved.arg(2) + QStringLiteral(" <= :max"),
            {{QStringLiteral(":unit2"), unit}, {QStringLiteral(":max"), *filter.maxAmount}});
    if (!after.isNull()) {
        const QString at = LedgerStore::isoUtc(after.createdAt);
        add(QStringLiteral("(t.created_at < :cat1 OR (t.created_at = :cat2 AND t.id < :cid))"),
            {{QStringLiteral(":cat1"), at}, {QStringLiteral(":cat2"), at}, {QStringLiteral(":cid"), after.id}});
    }

    QString sql = kRowSelect;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC LIMIT :limit");
    SqlQuery q(m_db, sql);
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), limit + 1);
    if (Status s = q.exec(); !s)
        return s.error();
    TransactionPage page;
    QList<Id> accounts;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        Id account = kNoId;
        page.rows.append(rowFrom(q, account));
        accounts.append(account);
    }
    if (Status s = fillMembers(page.rows, accounts); !s)
        return s.error();
    if (page.more)
        page.next = {page.rows.last().createdAt, page.rows.last().id};
    return page;
}

Status TransactionSql::fillMembers(QList<TransactionRow> &rows, const QList<Id> &accounts) const
{
    // The account's head member names it (a family shares one account); else its first.
    SqlQuery q(m_db, QStringLiteral("SELECT m.id, m.first_name, m.last_name FROM members m JOIN member_accounts ma ON "
                                    "ma.id = m.account_id WHERE m.account_id = :a ORDER BY CASE WHEN m.id = "
                                    "ma.head_member_id THEN 0 ELSE 1 END, m.id LIMIT 1"));
    QHash<Id, std::pair<Id, QString>> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Id account = accounts.value(i, kNoId);
        if (account == kNoId)
            continue;
        if (!seen.contains(account)) {
            q.bind(QStringLiteral(":a"), account);
            if (Status s = q.exec(); !s)
                return s;
            std::pair<Id, QString> who{kNoId, {}};
            if (q.next())
                who = {q.value(0).toLongLong(),
                       QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed()};
            seen.insert(account, who);
        }
        rows[i].memberId = seen.value(account).first;
        rows[i].memberName = seen.value(account).second;
    }
    return {};
}

Result<TransactionRow> TransactionSql::row(Id transactionId) const
{
    SqlQuery q(m_db, kRowSelect + QStringLiteral("WHERE t.id = :id"));
    q.bind(QStringLiteral(":id"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The transaction was not found."),
                           QStringLiteral("transaction %1").arg(transactionId));
    Id account = kNoId;
    QList<TransactionRow> rows{rowFrom(q, account)};
    if (Status s = fillMembers(rows, {account}); !s)
        return s.error();
    return rows.first();
}

Result<QList<TransactionEntry>> TransactionSql::entries(Id transactionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.ledger_account_id, COALESCE(a.code, a.kind), e.unit, e.amount, "
                                    "e.lot_id, a.member_account_id, l.expires_at FROM journal_entries e JOIN "
                                    "ledger_accounts a ON a.id = e.ledger_account_id LEFT JOIN points_lots l ON "
                                    "l.id = e.lot_id WHERE e.transaction_id = :id ORDER BY e.id"));
    q.bind(QStringLiteral(":id"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TransactionEntry> out;
    while (q.next()) {
        TransactionEntry t;
        t.entry.id = q.value(0).toLongLong();
        t.entry.ledgerAccountId = q.value(1).toLongLong();
        t.entry.accountKind = q.value(2).toString();
        t.entry.unit = LedgerStore::unitFromKey(q.value(3).toString());
        t.entry.amount = q.value(4).toLongLong();
        t.entry.lotId = idOf(q.value(5));
        t.memberAccountId = idOf(q.value(6));
        t.lotExpiresAt = LedgerStore::fromIso(q.value(7));
        out.append(t);
    }
    return out;
}

Result<std::pair<Id, Id>> TransactionSql::saleOf(Id transactionId) const
{
    SqlQuery sale(m_db, QStringLiteral("SELECT id FROM sales WHERE transaction_id = :t"));
    sale.bind(QStringLiteral(":t"), transactionId);
    if (Status s = sale.exec(); !s)
        return s.error();
    if (sale.next())
        return std::pair<Id, Id>{sale.value(0).toLongLong(), kNoId};
    SqlQuery ret(m_db, QStringLiteral("SELECT sale_id, id FROM returns WHERE transaction_id = :t"));
    ret.bind(QStringLiteral(":t"), transactionId);
    if (Status s = ret.exec(); !s)
        return s.error();
    if (ret.next())
        return std::pair<Id, Id>{ret.value(0).toLongLong(), ret.value(1).toLongLong()};
    return std::pair<Id, Id>{kNoId, kNoId};
}

Result<QHash<Id, QString>> TransactionSql::ruleNames(const QList<Id> &ruleIds) const
{
    QHash<Id, QString> out;
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM rules WHERE id = :id"));
    for (Id id : ruleIds) {
        if (id == kNoId || out.contains(id))
            continue;
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return s.error();
        out.insert(id, q.next() ? q.value(0).toString() : QString());
    }
    return out;
}

Result<QList<std::pair<Id, QString>>> TransactionSql::operatorNames() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, full_name FROM operators ORDER BY full_name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<std::pair<Id, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace Club::Core
