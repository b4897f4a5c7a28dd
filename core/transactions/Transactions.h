// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerTypes.h"
#include "rules/Rule.h"
#include "sales/Sale.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Club::Core {

// Which journal transactions to list. from/to are UTC instants, [from, to): the UI turns
// the user's (Jalali) days into instants with the store's time zone. kNoId / empty / no
// value: no restriction.
struct TransactionFilter
{
    QDateTime from;
    QDateTime to;
    Id branchId = kNoId;
    // A filter by merchant (the branches of one merchant) belongs here once branches have
    // merchants; TransactionSql::list has the matching place in its WHERE clause.
    Id operatorId = kNoId;
    Id memberId = kNoId; // transactions touching the member's account (a family shares one)
    Id cardId = kNoId;   // transactions touching the account of the card's holder
    QStringList kinds;   // journal kinds: "sale", "return", "gift", "stored_value.charge"...
    // The amount the transaction moved in this unit (its positive entries' sum) lies in
    // [minAmount, maxAmount].
    Unit amountUnit = Unit::Money;
    std::optional<qint64> minAmount;
    std::optional<qint64> maxAmount;
};

// Where the next page starts: after this row in the list's order (newest first). Keyset
// paging, so rows posted meanwhile (they are newer) never shift or repeat a later page.
struct TransactionCursor
{
    QDateTime createdAt;
    Id id = kNoId;
    bool isNull() const { return id == kNoId; }
};

struct TransactionRow
{
    Id id = kNoId;
    QString kind;
    QDateTime createdAt;
    Id branchId = kNoId;
    QString branchName;
    Id operatorId = kNoId;
    QString operatorName;
    QString terminal;
    QString reference;
    QString memo;
    Id memberId = kNoId; // the head (or first) member of the first member account it touched
    QString memberName;
    Points points = 0; // what it moved: the sum of its positive points entries
    Money money = 0;   // the same for money
    Id voidedBy = kNoId; // the void transaction that reversed it
    Id voids = kNoId;    // for a void: the transaction it reversed
};

struct TransactionPage
{
    QList<TransactionRow> rows;
    bool more = false;
    TransactionCursor next; // pass to list() for the page after this one
};

// One reason behind a line's points or discount, with the rule's name.
struct RuleReason
{
    RuleHit hit;
    QString ruleName;
};

struct TransactionLine
{
    SaleLine line; // returnedQty filled
    QList<RuleReason> why;
};

struct TransactionEntry
{
    LedgerEntry entry;           // accountKind: "points", "stored_value", "credit", "system:cash"...
    Id memberAccountId = kNoId;  // kNoId: a system account
    QDateTime lotExpiresAt;      // the entry's lot's expiry, if any
};

struct TransactionDetail
{
    TransactionRow row;
    QList<TransactionEntry> entries;
    // The sale it belongs to (a sale, or a return or void of one); kNoId otherwise.
    Id saleId = kNoId;
    Id saleBranchId = kNoId;
    qint64 receiptNo = 0;
    Id returnId = kNoId; // this transaction's return row (a return, or a sale's void)
    QList<TransactionLine> lines;
    QList<BonusHit> bonuses;
    QStringList bonusRuleNames; // per bonus
    // Whether a void would be tried at all (kind, day, not voided yet). The void itself
    // may still be refused (points used since...).
    bool voidable = false;
    QString notVoidable; // why not, for the operator
};

} // namespace Club::Core
