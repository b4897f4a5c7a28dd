// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService::verify(): one SQL check per invariant, each finding worded for a person.
#include "LedgerService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Log.h"

#include <functional>

namespace Club::Core {

namespace {
using Row = std::function<void(const SqlQuery &q)>;

Status eachRow(const Database &db, const QString &sql, const Row &row)
{
    SqlQuery q(db, sql);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        row(q);
    return {};
}

Result<qint64> count(const Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

// "system:points_issued", or "member account 12, points".
QString accountLabel(const QVariant &code, const QVariant &memberAccountId, const QString &kind)
{
    if (!code.isNull())
        return code.toString();
    return LedgerService::tr("member account %1, %2").arg(memberAccountId.toLongLong()).arg(kind);
}
} // namespace

Result<LedgerCheck> LedgerService::verify(const Actor &actor) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();

    LedgerCheck check;
    for (auto [table, target] :
         {std::pair{"journal_transactions", &check.transactionsChecked},
          std::pair{"ledger_accounts", &check.accountsChecked}, std::pair{"points_lots", &check.lotsChecked}}) {
        Result<qint64> n = count(m_db, QLatin1String(table));
        if (!n)
            return n.error();
        *target = *n;
    }
    QStringList &problems = check.problems;

    // 1. Every transaction balances per unit, and has entries at all.
    Status s =
        eachRow(m_db,
                QStringLiteral("SELECT transaction_id, unit, CAST(SUM(amount) AS BIGINT) FROM journal_entries "
                               "GROUP BY transaction_id, unit HAVING SUM(amount) <> 0 ORDER BY transaction_id"),
                [&](const SqlQuery &q) {
                    const bool points = q.value(1).toString() == QLatin1String("points");
                    problems.append((points ? tr("Transaction %1 does not balance: its points entries sum to %2.")
                                            : tr("Transaction %1 does not balance: its money entries sum to %2."))
                                        .arg(q.value(0).toLongLong())
                                        .arg(q.value(2).toLongLong()));
                });
    if (!s)
        return s.error();
    s = eachRow(
        m_db,
        QStringLiteral("SELECT t.id FROM journal_transactions t WHERE NOT EXISTS (SELECT 1 FROM "
                       "journal_entries e WHERE e.transaction_id = t.id) ORDER BY t.id"),
        [&](const SqlQuery &q) { problems.append(tr("Transaction %1 has no entries.").arg(q.value(0).toLongLong())); });
    if (!s)
        return s.error();

    // 2. Each entry is in its account's unit.
    s = eachRow(
        m_db,
        QStringLiteral("SELECT e.id, e.transaction_id, a.code, a.member_account_id, a.kind FROM journal_entries "
                       "e JOIN ledger_accounts a ON a.id = e.ledger_account_id WHERE e.unit <> a.unit "
                       "ORDER BY e.id"),
        [&](const SqlQuery &q) {
            problems.append(tr("Entry %1 of transaction %2 is in another unit than its account (%3).")
                                .arg(q.value(0).toLongLong())
                                .arg(q.value(1).toLongLong())
                                .arg(accountLabel(q.value(2), q.value(3), q.value(4).toString())));
        });
    if (!s)
        return s.error();

    // 3. Each cached balance equals the sum of its entries; 4. none is below zero unless allowed.
    s = eachRow(m_db,
                QStringLiteral("SELECT a.id, a.code, a.member_account_id, a.kind, a.balance, "
                               "CAST(COALESCE(s.total, 0) AS BIGINT) FROM ledger_accounts a LEFT JOIN (SELECT "
                               "ledger_account_id, SUM(amount) AS total FROM journal_entries GROUP BY "
                               "ledger_account_id) s ON s.ledger_account_id = a.id "
                               "WHERE a.balance <> COALESCE(s.total, 0) ORDER BY a.id"),
                [&](const SqlQuery &q) {
                    problems.append(tr("Account %1 shows a balance of %2, but its entries sum to %3.")
                                        .arg(accountLabel(q.value(1), q.value(2), q.value(3).toString()))
                                        .arg(q.value(4).toLongLong())
                                        .arg(q.value(5).toLongLong()));
                });
    if (!s)
        return s.error();
    s = eachRow(m_db,
                QStringLiteral("SELECT a.code, a.member_account_id, a.kind, a.balance FROM ledger_accounts a "
                               "WHERE a.allow_negative = 0 AND a.balance < 0 ORDER BY a.id"),
                [&](const SqlQuery &q) {
                    problems.append(tr("Account %1 is below zero (%2) although it may not go negative.")
                                        .arg(accountLabel(q.value(0), q.value(1), q.value(2).toString()))
                                        .arg(q.value(3).toLongLong()));
                });
    if (!s)
        return s.error();

    // 5. Each lot's remaining equals the entries on it and lies between 0 and its amount.
    s = eachRow(m_db,
                QStringLiteral("SELECT l.id, l.amount, l.remaining, CAST(COALESCE(s.total, 0) AS BIGINT) FROM "
                               "points_lots l LEFT JOIN (SELECT lot_id, SUM(amount) AS total FROM journal_entries "
                               "WHERE lot_id IS NOT NULL GROUP BY lot_id) s ON s.lot_id = l.id WHERE l.remaining <> "
                               "COALESCE(s.total, 0) OR l.remaining < 0 OR l.remaining > l.amount ORDER BY l.id"),
                [&](const SqlQuery &q) {
                    problems.append(tr("Points lot %1 shows %2 of %3 points remaining, but its entries sum to %4.")
                                        .arg(q.value(0).toLongLong())
                                        .arg(q.value(2).toLongLong())
                                        .arg(q.value(1).toLongLong())
                                        .arg(q.value(3).toLongLong()));
                });
    if (!s)
        return s.error();

    // 6. Entries on a lot belong to the lot's own account.
    s = eachRow(m_db,
                QStringLiteral("SELECT e.id, e.lot_id FROM journal_entries e JOIN points_lots l ON l.id = e.lot_id "
                               "WHERE e.ledger_account_id <> l.ledger_account_id ORDER BY e.id"),
                [&](const SqlQuery &q) {
                    problems.append(tr("Entry %1 draws on points lot %2 of another account.")
                                        .arg(q.value(0).toLongLong())
                                        .arg(q.value(1).toLongLong()));
                });
    if (!s)
        return s.error();

    // 7. A member's points balance is exactly what its lots hold (every points entry names a lot).
    s = eachRow(m_db,
                QStringLiteral("SELECT a.member_account_id, a.balance, CAST(COALESCE(s.total, 0) AS BIGINT) FROM "
                               "ledger_accounts a LEFT JOIN (SELECT ledger_account_id, SUM(remaining) AS total FROM "
                               "points_lots GROUP BY ledger_account_id) s ON s.ledger_account_id = a.id "
                               "WHERE a.member_account_id IS NOT NULL AND a.kind = 'points' "
                               "AND a.balance <> COALESCE(s.total, 0) ORDER BY a.id"),
                [&](const SqlQuery &q) {
                    problems.append(tr("Member account %1 has %2 points, but its points lots hold %3.")
                                        .arg(q.value(0).toLongLong())
                                        .arg(q.value(1).toLongLong())
                                        .arg(q.value(2).toLongLong()));
                });
    if (!s)
        return s.error();

    if (!check.ok())
        qCWarning(lcLedger) << "ledger check found" << problems.size() << "problems";
    return check;
}

} // namespace Club::Core
