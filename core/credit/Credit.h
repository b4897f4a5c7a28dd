// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

// The system accounts the desk's tenders, repayments, gift card charges and bought points
// are balanced against (created on first use; see CreditService for the legs).
namespace CreditAccounts {
inline const QString kCash = QStringLiteral("system:cash");
inline const QString kCreditTender = QStringLiteral("system:credit_tender"); // sales paid on credit (receivable)
inline const QString kCreditIssued = QStringLiteral("system:credit_issued"); // mirror of the members' credit
inline const QString kStoredValueTender = QStringLiteral("system:stored_value_tender"); // sales paid by stored value
// Gift card value charged: paid by the customer (against system:cash) or by the club
// (against system:promotions).
inline const QString kGiftCardSales = QStringLiteral("system:gift_card_sales");
inline const QString kPointsSold = QStringLiteral("system:points_sold");         // points lots members bought
inline const QString kPointsSales = QStringLiteral("system:points_sales");       // money taken for them
// What the club gave away as gift card value (a promotional stock batch): a promotion cost.
inline const QString kPromotions = QStringLiteral("system:promotions");
} // namespace CreditAccounts

// The journal kind of bought points: their lots never count toward tiers or thresholds.
inline const QString kPointsPurchaseKind = QStringLiteral("points_purchase");

// A member's credit now: the limit in force and what is owed.
struct CreditStanding
{
    Id memberId = kNoId;
    Id memberAccountId = kNoId;
    Money limit = 0;
    QString limitSource; // "member" (override), "card_type" (default of a card the member holds), "none"
    Id cardTypeId = kNoId; // the card type whose limit applies, when limitSource is "card_type"
    Money owed = 0;        // positive: the member owes the store; negative: paid ahead
    Money available = 0;   // limit - owed, never below 0
    Money scheduled = 0;   // of owed, what open installment plans still expect
};

// One row of a limit's history (limits are never edited: a new row takes effect).
struct CreditLimitChange
{
    Id id = kNoId;
    Id cardTypeId = kNoId; // set for a card type default
    Id memberId = kNoId;   // set for a member override
    Money amount = -1;     // -1: the member override ended (the card type default applies again)
    QDateTime effectiveFrom;
    Id operatorId = kNoId;
    QString reason;
    QDateTime createdAt;
};

struct StatementEntry
{
    Id transactionId = kNoId;
    QDateTime at;
    QString kind; // the journal kind: "sale", "return", "credit.repay"...
    QString reference;
    Money amount = 0;  // on the credit account: negative adds to the debt, positive pays it
    Money balance = 0; // the account's balance after this entry (negative: owed)
};

struct CreditStatement
{
    Id memberId = kNoId;
    QDateTime from;
    QDateTime to;
    Money opening = 0; // the balance before `from` (negative: owed)
    QList<StatementEntry> entries;
    Money closing = 0;
};

struct InstallmentPayment
{
    Id id = kNoId;
    Id installmentId = kNoId;
    Id transactionId = kNoId;
    Money amount = 0;
    QDateTime at;
};

struct Installment
{
    Id id = kNoId;
    Id planId = kNoId;
    int seq = 0; // 1..count
    QDate dueOn;
    Money amount = 0;
    Money paid = 0;
    Money remaining = 0;
    bool late = false; // due date passed (store's local date) and not fully paid
};

struct InstallmentPlan
{
    Id id = kNoId;
    Id memberId = kNoId;
    Id memberAccountId = kNoId;
    Id saleId = kNoId; // kNoId: a plan for an amount
    Money amount = 0;
    int count = 0;
    QDate firstDue;
    QDateTime createdAt;
    QList<Installment> installments; // seq order
    Money paid = 0;
    Money remaining = 0;
    bool replayed = false; // this call found the plan a first call with the key opened
};

// A repayment (or a plan's settlement): one journal transaction, shared out over the
// installments oldest due first; what is left over pays the unscheduled debt.
struct Repayment
{
    Id transactionId = kNoId;
    Id memberId = kNoId;
    Money amount = 0;
    QList<InstallmentPayment> payments;
    Money owedAfter = 0; // what the member still owes (as read after posting)
    bool replayed = false;
};

// Aging of what members owe as of a date: by days past due.
struct AgingRow
{
    Id memberId = kNoId;
    Id memberAccountId = kNoId;
    QString memberName;
    Money owed = 0;
    Money current = 0; // not yet due
    Money days1to30 = 0;
    Money days31to60 = 0;
    Money days61to90 = 0;
    Money over90 = 0;
};

struct GiftCardCharge
{
    Id id = kNoId;
    Id cardId = kNoId;
    Id memberAccountId = kNoId;
    Money amount = 0;
    Id transactionId = kNoId;
    QDateTime at;
    bool returned = false;
    bool replayed = false;
    bool promotional = false; // given by the club (system:promotions), no money taken
};

// Who pays for a gift card charge: the customer (money taken) or the club (a promotion).
enum class GiftFunding { Customer, Promotion };

struct GiftCardChargeReturn
{
    Id id = kNoId;
    Id chargeId = kNoId;
    Money refund = 0; // paid back in money: the whole charge (it must be unspent)
    Id transactionId = kNoId;
    bool replayed = false;
};

struct PointsPurchase
{
    Id transactionId = kNoId;
    Points points = 0;
    Money price = 0;
    Id lotId = kNoId; // empty on a replay
    bool replayed = false;
};

} // namespace Club::Core
