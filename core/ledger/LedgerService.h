// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerTypes.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;

// The points and money ledger: double entry, append only. Every posting is one journal
// transaction whose entries sum to zero per unit, carries a unique idempotency key (the
// same key posts once and returns the first result), and updates the cached balances in
// the same database transaction. A debit that the balance does not cover is refused and
// writes nothing. Points are earned in lots; spending draws the soonest-expiring available
// lot first and records the lot it drew from; expiry appends entries and deletes nothing.
//
// Each call joins the caller's Transaction when one is open (so a service can post and
// write its own rows atomically) and otherwise opens its own.
class LedgerService : public QObject
{
    Q_OBJECT

public:
    LedgerService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<PostResult> earnPoints(const Actor &actor, Id memberAccountId, Points points, const EarnOptions &options,
                                  const QString &idempotencyKey);
    // Draws available lots, soonest expiry first. Refused when available < points.
    Result<PostResult> spendPoints(const Actor &actor, Id memberAccountId, Points points, const QString &reference,
                                   const QString &idempotencyKey);
    // Manager only; reason required. Positive adds a lot (expiresAt optional), negative
    // draws lots like a spend.
    Result<PostResult> adjustPoints(const Actor &actor, Id memberAccountId, Points delta, const QString &reason,
                                    const QString &idempotencyKey, const QDateTime &expiresAt = {});
    // Moves points between member accounts (family), keeping each drawn lot's expiry. Draws
    // available lots first (as a spend does), then lots still pending, which stay pending at
    // the destination. Refused when available + pending < points.
    Result<PostResult> transferPoints(const Actor &actor, Id fromMemberAccountId, Id toMemberAccountId,
                                      Points points, const QString &reason, const QString &idempotencyKey);
    // Expires every lot whose expiry is at or before asOf and that still has points.
    // Harmless when run twice: each lot's expiry has its own idempotency key.
    Result<int> expirePoints(const Actor &actor, const QDateTime &asOf);

    // Stored value (gift) money: charge adds, spend is refused beyond the balance.
    Result<PostResult> chargeStoredValue(const Actor &actor, Id memberAccountId, Money amount,
                                         const QString &reference, const QString &idempotencyKey);
    Result<PostResult> spendStoredValue(const Actor &actor, Id memberAccountId, Money amount,
                                        const QString &reference, const QString &idempotencyKey);

    // Everything in `batch` as one journal transaction (see LedgerBatch). A debit the lots
    // or balances do not cover refuses the whole batch and writes nothing.
    Result<BatchResult>
    postBatch(const Actor &actor, Id memberAccountId, const LedgerBatch &batch, const QString &idempotencyKey);

    // Voids a transaction by posting its mirror as a new transaction of kind "void" under
    // the key voidKey(transactionId) (so a second void is refused, also a concurrent one)
    // with the reason as memo: points it earned come back out of the lots it made (refused
    // when they have been used), points it drew go back to the lots they came from, money
    // moves back (refused when stored value it added has been spent). Refused for a void,
    // an expiry, or a transaction created before notBefore (invalid: no limit). Only the
    // journal: a caller with rows of its own (a sale) voids through its own service,
    // which calls this inside its transaction. TransactionsVoid; a reason is required.
    Result<PostResult>
    reverse(const Actor &actor, Id transactionId, const QString &reason, const QDateTime &notBefore);
    static QString voidKey(Id transactionId); // "void:<id>", also the void's reference

    Result<AccountBalance> balance(const Actor &actor, Id memberAccountId) const;
    Result<QList<PointsLot>> openLots(const Actor &actor, Id memberAccountId) const;
    // Newest first, with the account's own net change per transaction (entries left empty;
    // transaction() has them).
    Result<QList<JournalTransaction>> history(const Actor &actor, Id memberAccountId, int limit = 50) const;
    Result<JournalTransaction> transaction(const Actor &actor, Id transactionId) const;

    // Proves the invariants: entries of each transaction sum to zero per unit; each
    // balance equals the sum of its entries; each lot's remaining equals the sum of the
    // entries on it; no non-negative account is below zero.
    Result<LedgerCheck> verify(const Actor &actor) const;

Q_SIGNALS:
    // After the call's own commit. When the call joined a caller's transaction the rows are
    // not final until the caller commits (and are gone if it rolls back), so listeners must
    // re-read rather than trust what they were told.
    void posted(qint64 transactionId, const QList<qint64> &memberAccountIds);

private:
    struct Impl;
    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
