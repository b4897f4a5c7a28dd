// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService: the reading side (balances, lots, history, one transaction).
#include "LedgerService.h"

#include "LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {
const QString kTransactionColumns = QStringLiteral(
    "t.id, t.idempotency_key, t.kind, t.branch_id, t.terminal, t.operator_id, COALESCE(o.full_name, ''), "
    "t.created_at, t.reference, t.memo");

JournalTransaction transactionFromRow(const SqlQuery &q)
{
    JournalTransaction t;
    t.id = q.value(0).toLongLong();
    t.idempotencyKey = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.branchId = q.value(3).toLongLong();
    t.terminal = q.value(4).toString();
    t.operatorId = q.value(5).toLongLong();
    t.operatorName = q.value(6).toString();
    t.createdAt = LedgerStore::fromIso(q.value(7));
    t.reference = q.value(8).toString();
    t.memo = q.value(9).toString();
    return t;
}

PointsLot lotFromRow(const SqlQuery &q)
{
    PointsLot lot;
    lot.id = q.value(0).toLongLong();
    lot.amount = q.value(1).toLongLong();
    lot.remaining = q.value(2).toLongLong();
    lot.earnedAt = LedgerStore::fromIso(q.value(3));
    lot.availableAt = LedgerStore::fromIso(q.value(4));
    lot.expiresAt = LedgerStore::fromIso(q.value(5));
    return lot;
}
} // namespace

Result<AccountBalance> LedgerService::balance(const Actor &actor, Id memberAccountId) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    LedgerStore store(m_db, m_clock.nowUtc());
    if (Status s = store.requireMemberAccount(memberAccountId); !s)
        return s.error();

    AccountBalance out;
    out.memberAccountId = memberAccountId;
    Id pointsAccount = kNoId;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, kind, balance FROM ledger_accounts WHERE member_account_id = :m"));
        q.bind(QStringLiteral(":m"), memberAccountId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const QString kind = q.value(1).toString();
            const qint64 balance = q.value(2).toLongLong();
            if (kind == LedgerStore::kindKey(MemberAccountKind::Points)) {
                pointsAccount = q.value(0).toLongLong();
                out.points = balance;
            } else if (kind == LedgerStore::kindKey(MemberAccountKind::StoredValue)) {
                out.storedValue = balance;
            } else if (kind == LedgerStore::kindKey(MemberAccountKind::Credit)) {
                out.credit = balance;
            }
        }
    }
    if (pointsAccount == kNoId)
        return out;

    const QString now = LedgerStore::isoUtc(store.now());
    SqlQuery split(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(CASE WHEN available_at <= :n1 THEN remaining ELSE 0 "
                                        "END), 0) AS BIGINT), CAST(COALESCE(SUM(CASE WHEN available_at > :n2 THEN "
                                        "remaining ELSE 0 END), 0) AS BIGINT) FROM points_lots WHERE "
                                        "ledger_account_id = :a AND remaining > 0 AND (expires_at IS NULL OR "
                                        "expires_at > :n3)"));
    split.bind(QStringLiteral(":n1"), now)
        .bind(QStringLiteral(":n2"), now)
        .bind(QStringLiteral(":a"), pointsAccount)
        .bind(QStringLiteral(":n3"), now);
    if (Status s = split.exec(); !s)
        return s.error();
    if (split.next()) {
        out.pointsAvailable = split.value(0).toLongLong();
        out.pointsPending = split.value(1).toLongLong();
    }

    SqlQuery next(m_db, QStringLiteral("SELECT expires_at, CAST(SUM(remaining) AS BIGINT) FROM points_lots WHERE "
                                       "ledger_account_id = :a AND remaining > 0 AND expires_at IS NOT NULL AND "
                                       "expires_at > :n GROUP BY expires_at ORDER BY expires_at LIMIT 1"));
    next.bind(QStringLiteral(":a"), pointsAccount).bind(QStringLiteral(":n"), now);
    if (Status s = next.exec(); !s)
        return s.error();
    if (next.next()) {
        out.nextExpiry = LedgerStore::fromIso(next.value(0));
        out.nextExpiryPoints = next.value(1).toLongLong();
    }
    return out;
}

Result<QList<PointsLot>> LedgerService::openLots(const Actor &actor, Id memberAccountId) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    LedgerStore store(m_db, m_clock.nowUtc());
    if (Status s = store.requireMemberAccount(memberAccountId); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT l.id, l.amount, l.remaining, l.earned_at, l.available_at, l.expires_at "
                                    "FROM points_lots l JOIN ledger_accounts a ON a.id = l.ledger_account_id "
                                    "WHERE a.member_account_id = :m AND a.kind = 'points' AND l.remaining > 0 "
                                    "ORDER BY CASE WHEN l.expires_at IS NULL THEN 1 ELSE 0 END, l.expires_at, "
                                    "l.earned_at, l.id"));
    q.bind(QStringLiteral(":m"), memberAccountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<PointsLot> out;
    while (q.next())
        out.append(lotFromRow(q));
    return out;
}

Result<QList<JournalTransaction>> LedgerService::history(const Actor &actor, Id memberAccountId, int limit) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    LedgerStore store(m_db, m_clock.nowUtc());
    if (Status s = store.requireMemberAccount(memberAccountId); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTransactionColumns +
                         QStringLiteral(", d.points, d.money FROM (SELECT e.transaction_id AS tid, "
                                        "CAST(SUM(CASE WHEN e.unit = 'points' THEN e.amount ELSE 0 END) AS BIGINT) "
                                        "AS points, CAST(SUM(CASE WHEN e.unit = 'money' THEN e.amount ELSE 0 END) "
                                        "AS BIGINT) AS money FROM journal_entries e JOIN ledger_accounts a ON "
                                        "a.id = e.ledger_account_id WHERE a.member_account_id = :m GROUP BY "
                                        "e.transaction_id) d JOIN journal_transactions t ON t.id = d.tid "
                                        "LEFT JOIN operators o ON o.id = t.operator_id "
                                        "ORDER BY t.created_at DESC, t.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":m"), memberAccountId).bind(QStringLiteral(":limit"), limit > 0 ? limit : 50);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<JournalTransaction> out;
    while (q.next()) {
        JournalTransaction t = transactionFromRow(q);
        t.pointsDelta = q.value(10).toLongLong();
        t.moneyDelta = q.value(11).toLongLong();
        out.append(t);
    }
    return out;
}

Result<JournalTransaction> LedgerService::transaction(const Actor &actor, Id transactionId) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTransactionColumns +
                         QStringLiteral(" FROM journal_transactions t LEFT JOIN operators o ON o.id = t.operator_id "
                                        "WHERE t.id = :id"));
    q.bind(QStringLiteral(":id"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The transaction was not found."),
                           QStringLiteral("transaction %1").arg(transactionId));
    JournalTransaction out = transactionFromRow(q);

    SqlQuery entries(m_db, QStringLiteral("SELECT e.id, e.ledger_account_id, COALESCE(a.code, a.kind), e.unit, "
                                          "e.amount, e.lot_id FROM journal_entries e JOIN ledger_accounts a ON "
                                          "a.id = e.ledger_account_id WHERE e.transaction_id = :id ORDER BY e.id"));
    entries.bind(QStringLiteral(":id"), transactionId);
    if (Status s = entries.exec(); !s)
        return s.error();
    while (entries.next()) {
        LedgerEntry e;
        e.id = entries.value(0).toLongLong();
        e.ledgerAccountId = entries.value(1).toLongLong();
        e.accountKind = entries.value(2).toString();
        e.unit = LedgerStore::unitFromKey(entries.value(3).toString());
        e.amount = entries.value(4).toLongLong();
        e.lotId = entries.value(5).toLongLong();
        out.entries.append(e);
    }
    return out;
}

} // namespace Club::Core
