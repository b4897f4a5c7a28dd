// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QDebug>

// Counting helpers for the ledger tests. They read the tables directly, so a test can prove
// what was (not) written without trusting the service it is testing.
namespace Club::Test::Ledger {

using Club::Core::Database;
using Club::Core::Id;
using Club::Core::SqlQuery;

inline qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

inline qint64 rows(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

// A member account with nobody in it yet; enough for the ledger, which only knows accounts.
inline Id newMemberAccount(Database &db, const QDateTime &at)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO member_accounts (head_member_id, created_at) VALUES (NULL, :at) "
                                  "RETURNING id"));
    q.bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODate));
    auto v = q.scalar();
    return v ? v->toLongLong() : Club::Core::kNoId;
}

// Everything a posting writes, so a refused one can be shown to have written nothing.
struct Counts
{
    qint64 transactions = 0;
    qint64 entries = 0;
    qint64 lots = 0;
    qint64 accounts = 0;
    qint64 audit = 0;
    qint64 lotRemaining = 0;
    qint64 balances = 0;

    bool operator==(const Counts &) const = default;
};

inline Counts counts(Database &db)
{
    // One statement, so the property test can afford it around every refused operation.
    SqlQuery q(db, QStringLiteral(
                       "SELECT (SELECT COUNT(*) FROM journal_transactions), (SELECT COUNT(*) FROM journal_entries), "
                       "(SELECT COUNT(*) FROM points_lots), (SELECT COUNT(*) FROM ledger_accounts), "
                       "(SELECT COUNT(*) FROM audit_log), "
                       "(SELECT CAST(COALESCE(SUM(remaining), 0) AS BIGINT) FROM points_lots), "
                       "(SELECT CAST(COALESCE(SUM(ABS(balance)), 0) AS BIGINT) FROM ledger_accounts)"));
    Counts c;
    if (!q.exec() || !q.next())
        return {-1, -1, -1, -1, -1, -1, -1};
    c.transactions = q.value(0).toLongLong();
    c.entries = q.value(1).toLongLong();
    c.lots = q.value(2).toLongLong();
    c.accounts = q.value(3).toLongLong();
    c.audit = q.value(4).toLongLong();
    c.lotRemaining = q.value(5).toLongLong();
    c.balances = q.value(6).toLongLong();
    return c;
}

inline QDebug operator<<(QDebug d, const Counts &c)
{
    QDebugStateSaver saver(d);
    d.nospace() << "Counts(tx " << c.transactions << ", entries " << c.entries << ", lots " << c.lots << ", accounts "
                << c.accounts << ", audit " << c.audit << ", remaining " << c.lotRemaining << ", |balances| "
                << c.balances << ')';
    return d;
}

// SUM of every entry of one unit: zero in a double-entry ledger.
inline qint64 unitSum(Database &db, const QString &unit)
{
    return scalar(db, QStringLiteral("SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM journal_entries "
                                     "WHERE unit = '") +
                          unit + QStringLiteral("'"));
}

// Transactions whose entries do not sum to zero in some unit (independent of verify()).
inline qint64 unbalancedTransactions(Database &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT transaction_id FROM journal_entries GROUP BY "
                                     "transaction_id, unit HAVING SUM(amount) <> 0) x"));
}

// The cached balance of a member account's ledger account of this kind; 0 when none yet.
inline qint64 cachedBalance(Database &db, Id memberAccountId, const QString &kind)
{
    SqlQuery q(db, QStringLiteral("SELECT balance FROM ledger_accounts WHERE member_account_id = :m AND kind = :k"));
    q.bind(QStringLiteral(":m"), memberAccountId).bind(QStringLiteral(":k"), kind);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace Club::Test::Ledger
