// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

enum class Unit { Points, Money };

// What a member account holds. Each is one ledger account per member account.
enum class MemberAccountKind {
    Points,      // loyalty points (in lots with expiry)
    StoredValue, // gift / stored value money
    Credit,      // internal credit and installments (money owed to the store is negative)
};

struct LedgerEntry
{
    Id id = kNoId;
    Id ledgerAccountId = kNoId;
    QString accountKind; // "points", "stored_value", "system:points_issued"...
    Unit unit = Unit::Points;
    qint64 amount = 0;
    Id lotId = kNoId;
};

struct JournalTransaction
{
    Id id = kNoId;
    QString idempotencyKey;
    QString kind; // "earn", "spend", "adjust", "expire", "transfer", "stored_value.charge"...
    Id branchId = kNoId;
    QString terminal;
    Id operatorId = kNoId;
    QString operatorName;
    QDateTime createdAt;
    QString reference;
    QString memo;
    QList<LedgerEntry> entries;
    // For one member account's history: the net change of its points and money.
    Points pointsDelta = 0;
    Money moneyDelta = 0;
};

struct PostResult
{
    Id transactionId = kNoId;
    bool replayed = false; // the idempotency key was seen before: nothing was posted again
};

struct PointsLot
{
    Id id = kNoId;
    Points amount = 0;
    Points remaining = 0;
    QDateTime earnedAt;
    QDateTime availableAt;
    QDateTime expiresAt; // invalid: never expires
};

struct AccountBalance
{
    Id memberAccountId = kNoId;
    // The ledger balance (the cached sum of entries): pending included, and lots past their
    // expiry still count until the expiry job has run. What can be moved to a family now is
    // pointsAvailable + pointsPending.
    Points points = 0;
    Points pointsAvailable = 0; // points that may be spent now (available, not past expiry)
    Points pointsPending = 0;   // earned but still in the pending period (not past expiry)
    Money storedValue = 0;
    Money credit = 0;
    QDateTime nextExpiry;       // invalid when nothing expires
    Points nextExpiryPoints = 0;
};

struct EarnOptions
{
    QDateTime availableAt; // invalid: available at once
    QDateTime expiresAt;   // invalid: never expires
    QString kind = QStringLiteral("earn"); // "earn", "signup", "birthday", "referral"...
    QString reference;
    QString memo;
};

// Several movements of one member account posted as ONE journal transaction under one
// idempotency key (a sale, a return, a gift): all of it or nothing. Money legs name system
// accounts by code; together with memberCredit they must sum to zero.
struct LedgerBatch
{
    struct LotCredit
    {
        Points points = 0;
        QDateTime availableAt; // invalid: available at once
        QDateTime expiresAt;   // invalid: never expires
        QString systemCode;    // the system account it is balanced against
        Id merchantId = kNoId; // where the points count as earned; kNoId: the batch's branch's merchant
        // Whose lot it is; kNoId: the batch's member account. A referral bonus goes to the
        // referrer's account in the same transaction as the sale that earned it.
        Id memberAccountId = kNoId;
    };
    struct LotDebit
    {
        Id lotId = kNoId; // must be a lot of the account holding at least `points`
        Points points = 0;
        QString systemCode;
        Id memberAccountId = kNoId; // kNoId: the batch's member account
    };
    // Points drawn from another member account's available, then pending lots (what a
    // return takes back from a referrer who already spent the referral lot).
    struct OtherDraw
    {
        Id memberAccountId = kNoId;
        Points points = 0;
        QString systemCode;
    };
    struct MoneyLeg
    {
        QString systemCode; // "system:sales", "system:cash"...
        Money amount = 0;
    };

    QString kind; // "sale", "return", "gift"
    QString reference;
    QString memo;
    QList<LotCredit> credits;  // each becomes a new lot
    QList<LotDebit> lotDebits; // taken from the named lots (a return reverses its sale's lot)
    Points spend = 0;          // drawn from available lots, soonest expiry first
    QString spendSystemCode;
    Points drawAny = 0; // drawn from available, then pending lots
    QString drawAnySystemCode;
    QList<OtherDraw> otherDraws;
    QList<MoneyLeg> money;
    Money memberCredit = 0; // on the member's credit account (negative: the member owes)
    // On the member's stored value account (negative: spent). A spend the balance does not
    // cover refuses the whole batch (InsufficientFunds).
    Money memberStoredValue = 0;

    // Cross-merchant spending (core/network). With merchantId set, `spend` draws only lots
    // this merchant may take (its own, and others' when crossMerchantSpend allows and the
    // earning merchant has not opted out), and each point drawn from a lot earned at another
    // merchant adds settlement legs worth settlementPointValue per point: the earning
    // merchant's settlement account goes down (it owes) and this merchant's goes up.
    Id merchantId = kNoId;
    bool crossMerchantSpend = true;
    Money settlementPointValue = 0;
};

struct BatchResult
{
    Id transactionId = kNoId;
    bool replayed = false;
    QList<Id> lotIds; // the lots `credits` made, in order; empty on a replay
};

// What verify() found; empty problems means the ledger is consistent.
struct LedgerCheck
{
    qint64 transactionsChecked = 0;
    qint64 accountsChecked = 0;
    qint64 lotsChecked = 0;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

} // namespace Club::Core
