// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "rules/Rule.h"

#include <QCalendar>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Club::Core {

// What happens to earned points a return takes back when the member has spent them.
enum class SpentPointsPolicy {
    // Default. The member's other points (available, then pending) make up the shortfall;
    // what they cannot cover is left owing on the credit account at the point value. The
    // points account itself never goes below zero: the ledger keeps points in lots and
    // refuses a negative points balance, so "negative balance" is kept as money owed.
    TakeOtherPoints,
    Debt,             // the whole shortfall's value is left owing on the credit account
    DeductFromRefund, // the shortfall's value is kept from the refund; any rest is owed
};
QString spentPointsPolicyKey(SpentPointsPolicy policy); // "take_other_points", "debt", "deduct_from_refund"

// The store's sales settings (one per store; the desk reads them from the store settings).
struct SalesSettings
{
    Money pointValue = 1000; // minor units one redeemed point pays
    SpentPointsPolicy spentPointsPolicy = SpentPointsPolicy::TakeOtherPoints;
    int returnWindowDays = 7; // earned points stay pending this long
    // A return paying back more than this in money needs a manager (LedgerAdjust); 0: no limit.
    Money staffRefundLimit = 0;
    // When earned points expire (see ExpiryPolicy); AfterDays needs pointsLifetimeDays > 0.
    ExpiryPolicy expiryPolicy = ExpiryPolicy::Never;
    int pointsLifetimeDays = 0;
    // The money price of ONE point when a member buys points; 0: buying points is off.
    Money pointsPrice = 0;
    QTimeZone zone = QTimeZone::utc();
    QCalendar calendar = QCalendar(QCalendar::System::Jalali);
};

struct SaleRequestLine
{
    Id productId = kNoId;
    qint64 qty = 1;
    Money lineDiscount = 0; // a manual discount before the rules
};

struct QuoteRequest
{
    Id memberId = kNoId; // kNoId: a walk-in customer (no points, no member rules)
    Id cardId = kNoId;   // the card presented, if any (card-type rules, PIN)
    QList<SaleRequestLine> lines;
    Points pointsToRedeem = 0; // points the customer pays with, at SalesSettings::pointValue
    // Besides cash and points: money from the member's stored value (gift card) and money
    // put on the member's internal credit. Neither earns points. Both need a card of the
    // member presented (tenderCardId, or cardId when that is kNoId); its PIN is required at
    // commit when the card's type needs one. Installments: commit the sale with `credit`,
    // then CreditService::openPlan(saleId) schedules that credit into installments.
    Money storedValue = 0;
    Money credit = 0;
    Id tenderCardId = kNoId;
};

struct SaleQuote
{
    QuoteRequest request;
    QList<Money> unitPrices;    // per request line, from the catalog at the actor's branch
    Quote quote;                // lines with their "why", bonuses, totals, pending and expiry
    Money pointsValue = 0;      // what the redeemed points pay
    Money toPay = 0;            // cash or bank card: quote.net - pointsValue - storedValue - credit
    Points pointsAvailable = 0; // the member's spendable points now
    Money storedValueAvailable = 0; // the member's stored value balance now
    Money creditLimit = 0;          // the member's credit limit in force now
    Money creditOwed = 0;           // what the member owes now (positive)
    Money creditAvailable = 0;      // creditLimit - creditOwed, never below 0
    bool pinRequired = false;       // the tender card's type needs its PIN for storedValue/credit
    QDateTime at;
};

struct SaleLine
{
    Id id = kNoId;
    int lineNo = 0;
    Id productId = kNoId;
    qint64 qty = 0;
    Money unitPrice = 0;
    Money gross = 0;
    Money discount = 0;
    Money net = 0;
    Points points = 0;
    QString whyJson; // [{"ruleId":..,"reason":"discount.percent","discount":..,"points":..,"cap":"none"}]
    qint64 returnedQty = 0;
};

struct Sale
{
    Id id = kNoId;
    Id branchId = kNoId;
    qint64 receiptNo = 0;
    Id memberId = kNoId;
    Id memberAccountId = kNoId;
    Id cardId = kNoId;
    Id operatorId = kNoId;
    QString terminal;
    QDateTime createdAt;
    Money gross = 0;
    Money discount = 0;
    Money net = 0;
    Money paid = 0;        // cash and bank card only
    Money storedValue = 0; // from the member's stored value
    Money credit = 0;      // put on the member's credit account
    Id tenderCardId = kNoId;
    Points pointsRedeemed = 0;
    Money pointsValue = 0;
    Points pointsEarned = 0; // lines + bonuses, pending until availableAt
    Points bonusPoints = 0;
    QString bonusesJson;
    Id earnedLotId = kNoId;
    // The referral bonus this purchase gave the member's referrer (not in pointsEarned): a
    // lot on the referrer's account, posted in the sale's own journal transaction.
    Points referralPoints = 0;
    Id referralAccountId = kNoId;
    Id referralLotId = kNoId;
    QDateTime availableAt;
    QString idempotencyKey;
    Id transactionId = kNoId;
    QList<SaleLine> lines;
    bool replayed = false; // this call found the sale a first call with the key recorded
    // Connected desk only: the central server could not be reached and the sale waits in the
    // outbox (receiptNo 0 until the server numbers it).
    bool pendingSync = false;
};

struct ReturnRequestLine
{
    Id saleLineId = kNoId;
    qint64 qty = 0;
};

struct SaleReturn
{
    Id id = kNoId;
    Id saleId = kNoId;
    QDateTime createdAt;
    // The money part goes back where it came from, in proportion to the sale's tenders:
    // credit first reduces the debt, stored value goes back to the member's stored value,
    // cash takes the rest (credit takes its share first; never below what is owed).
    Money refundCash = 0;        // to pay back in money (after any deduction)
    Money refundStoredValue = 0; // back onto the stored value
    Money refundCredit = 0;      // off what the member owes
    Points pointsRefunded = 0;  // redeemed points given back (a new available lot)
    Points pointsReversed = 0;  // earned points taken back from the sale's lot
    Points pointsShortfall = 0; // earned points already spent, settled by `policy`
    Points pointsFromOther = 0; // of the shortfall, taken from the member's other points
    // The referrer's share of the referral bonus taken back (its lot first, then the
    // referrer's other points; what the referrer no longer holds is not taken).
    Points referralReversed = 0;
    SpentPointsPolicy policy = SpentPointsPolicy::TakeOtherPoints;
    Money deducted = 0; // kept from the refund
    Money debt = 0;     // left owing on the credit account
    Id transactionId = kNoId;
    bool replayed = false;
};

struct GiftRedemption
{
    Id transactionId = kNoId;
    Points pointsSpent = 0;
    bool replayed = false;
};

} // namespace Club::Core
