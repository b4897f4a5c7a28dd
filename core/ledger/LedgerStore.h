// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

class Database;

// Internal to the ledger: the SQL that reads and writes ledger accounts, journal rows and
// points lots. Every write here runs inside the Transaction the LedgerService opened (or
// joined); nothing here commits. "now" is fixed for one posting so all its rows agree.
class LedgerStore
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStore)

public:
    // System account codes (created on first use, may go negative).
    static const QString kPointsIssued;
    static const QString kPointsRedeemed;
    static const QString kPointsExpired;
    static const QString kPointsAdjustments;
    static const QString kStoredValueIssued;
    static const QString kStoredValueRedeemed;

    struct Header
    {
        QString idempotencyKey;
        QString kind;
        Id branchId = kNoId;
        QString terminal;
        Id operatorId = kNoId;
        QString reference;
        QString memo;
    };

    struct EntryDraft
    {
        Id ledgerAccountId = kNoId;
        Unit unit = Unit::Points;
        qint64 amount = 0;
        Id lotId = kNoId;
    };

    // One lot a debit drew from, with what the lot carried (a transfer copies it).
    struct Draw
    {
        Id lotId = kNoId;
        Points amount = 0;
        QDateTime earnedAt;
        QDateTime availableAt;
        QDateTime expiresAt;
        Id merchantId = kNoId; // where the lot was earned
    };

    // Which lots a spend at a merchant may draw (core/network); merchantId kNoId: any lot.
    struct LotFilter
    {
        Id merchantId = kNoId;
        bool crossMerchant = true; // lots of other merchants that have not opted out
    };

    // Which lots a debit may draw: spends take only lots available now; a transfer also
    // moves lots still in their pending period (they stay pending at the destination).
    enum class DrawScope { AvailableOnly, AvailableThenPending };

    LedgerStore(const Database &db, const QDateTime &now);

    static QString isoUtc(const QDateTime &at); // "" for an invalid time
    static QDateTime fromIso(const QVariant &value);
    static QString unitKey(Unit unit);
    static Unit unitFromKey(const QString &key);
    static QString kindKey(MemberAccountKind kind);

    const QDateTime &now() const { return m_now; }

    Status requireMemberAccount(Id memberAccountId) const;
    // The member account's ledger account of this kind; created when create is true,
    // otherwise kNoId when it does not exist yet.
    Result<Id> memberLedgerAccount(Id memberAccountId, MemberAccountKind kind, bool create = true) const;
    Result<Id> systemAccount(const QString &code, Unit unit) const;
    // PostgreSQL: holds the account row until commit so two debits of one account queue
    // instead of both reading the same lots (SQLite's BEGIN IMMEDIATE already serializes).
    Status lockAccount(Id ledgerAccountId) const;
    Result<qint64> cachedBalance(Id ledgerAccountId) const;

    // kNoId when no transaction has this key.
    Result<Id> findTransaction(const QString &idempotencyKey) const;
    // kNoId when the key is already taken (also by a concurrent twin that committed first).
    Result<Id> insertTransaction(const Header &header) const;

    Result<Id> insertLot(Id ledgerAccountId,
                         Id transactionId,
                         Points amount,
                         const QDateTime &earnedAt,
                         const QDateTime &availableAt,
                         const QDateTime &expiresAt,
                         Id merchantId = kNoId) const; // kNoId: the transaction's branch's merchant
    // The points a debit of this scope may draw now.
    Result<Points> drawable(Id ledgerAccountId, DrawScope scope) const;
    // Takes `amount` from the lots, soonest expiry first (never-expiring last), then oldest.
    // InsufficientFunds and nothing written when the lots do not cover it.
    Result<QList<Draw>> drawLots(Id ledgerAccountId, Points amount, DrawScope scope) const;
    // Only the lots a spend at filter.merchantId may take.
    Result<QList<Draw>>
    drawLots(Id ledgerAccountId, Points amount, DrawScope scope, const LotFilter &filter) const;
    // The settlement account of a merchant ("system:settlement:<id>", money).
    static QString settlementCode(Id merchantId);
    // Takes `amount` from one lot of the account. False when the lot does not hold it.
    Result<bool> takeFromLot(Id ledgerAccountId, Id lotId, Points amount) const;
    // Puts `amount` back on a lot it was drawn from (a void). False when the lot would then
    // hold more than it was earned with.
    Result<bool> restoreToLot(Id ledgerAccountId, Id lotId, Points amount) const;
    // Takes a lot's whole remaining (expiry). False when the lot changed meanwhile.
    Result<bool> emptyLot(Id lotId, Points remaining) const;

    // Inserts the entries and moves the cached balances with a conditional update, so a
    // balance that would fall below zero on a non-negative account refuses the whole
    // posting (InsufficientFunds). The entries must sum to zero per unit.
    Status writeEntries(Id transactionId, const QList<EntryDraft> &entries) const;

    static Error insufficientPoints(Points available, Points wanted);
    static Error insufficientMoney(Money available, Money wanted);

private:
    const Database &m_db;
    QDateTime m_now;
    QString m_nowIso;
};

} // namespace Club::Core
