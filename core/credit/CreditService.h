// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credit.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class CardService;
class SalesService;

// Internal credit, installment plans, gift card charges and bought points.
//
// What a member owes lives on the member account's Credit ledger account (negative: owed);
// credit is taken at the desk (SalesService QuoteRequest::credit) and paid back here
// through the ledger. Limits are effective-dated rows, never edited: a card type's default
// applies to members holding an active card of the type, a member's override wins.
// An installment plan schedules owed money (a credit sale's credit, or an amount) into
// installments one Jalali month apart; opening it moves no money. Repayments go to the
// oldest unpaid installment first, then to the unscheduled debt.
//
// Ledger legs (each call one journal transaction, idempotent by its key):
//   repay:        member credit +a, system:credit_issued -a, system:cash +a, system:credit_tender -a
//   gift charge:  member stored value +a, system:stored_value_issued -a, system:cash +a,
//                 system:gift_card_sales -a (the return of a charge mirrors it)
//   promotional gift charge (journal kind "gift_card.promotion"): as a gift charge with
//                 system:promotions +a in place of system:cash: the club pays for the value,
//                 a promotion cost; no money is taken, and it is never returned for money
//   buy points:   a new available lot of p against system:points_sold (journal kind
//                 "points_purchase": never counted toward tiers or thresholds),
//                 system:cash +price, system:points_sales -price
//
// Permissions: reads need CreditRead; repay needs CreditCollect; limits and plans need
// CreditManage; gift card charges and bought points need LedgerPost (the desk).
class CreditService : public QObject
{
    Q_OBJECT

public:
    CreditService(Database &db,
                  LedgerService &ledger,
                  MemberService &members,
                  CardService &cards,
                  SalesService &sales,
                  const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    // Days a plain credit purchase may stay unpaid before aging counts it past due.
    int daysToPay() const { return m_daysToPay; }
    void setDaysToPay(int days) { m_daysToPay = qMax(0, days); }

    Result<CreditStanding> limit(const Actor &actor, Id memberId) const;
    // A member's override from `effectiveFrom` (invalid: now); limit -1 ends the override.
    Status setMemberLimit(const Actor &actor, Id memberId, Money limit, const QString &reason,
                          const QDateTime &effectiveFrom = {});
    Status setCardTypeLimit(const Actor &actor, Id cardTypeId, Money limit, const QString &reason,
                            const QDateTime &effectiveFrom = {});
    // Newest first. Give a member or a card type.
    Result<QList<CreditLimitChange>> limitHistory(const Actor &actor, Id memberId, Id cardTypeId = kNoId) const;

    // The credit account's entries in [from, to) with a running balance.
    Result<CreditStatement> statement(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to) const;
    // At any branch. Refused beyond what is owed.
    Result<Repayment> repay(const Actor &actor, Id memberId, Money amount, const QString &idempotencyKey);
    // Members who owe, with their debt by days past due as of `asOf` (the store's local date).
    Result<QList<AgingRow>> aging(const Actor &actor, const QDateTime &asOf) const;

    // Splits a credit sale's credit (saleId) or `amount` (saleId kNoId) into `count`
    // installments, the remainder on the first; due dates one Jalali month apart from
    // firstDue (day 31 in a shorter month: its last day). Never more than the member owes
    // beyond what other plans already schedule.
    Result<InstallmentPlan> openPlan(const Actor &actor, Id memberId, Id saleId, Money amount, int count,
                                     const QDate &firstDue, const QString &idempotencyKey);
    Result<QList<InstallmentPlan>> installments(const Actor &actor, Id memberId) const;
    // Pays what the plan still expects at once (CreditCollect).
    Result<Repayment> settlePlan(const Actor &actor, Id planId, const QString &idempotencyKey);

    // The customer pays `amount` (or, GiftFunding::Promotion, the club gives it as a
    // promotion); the gift card's member's stored value grows.
    Result<GiftCardCharge> chargeGiftCard(const Actor &actor, Id cardId, Money amount, const QString &idempotencyKey,
                                          GiftFunding funding = GiftFunding::Customer);
    // Gives the charge's money back and blocks the card. Refused (Conflict, detail
    // "gift_card.spent") when any of the stored value it brought has been spent.
    Result<GiftCardChargeReturn> returnGiftCardCharge(const Actor &actor, Id chargeId, const QString &idempotencyKey);
    // The gift card charges on the member's account, newest first, each saying whether it was
    // returned (CreditRead): what the desk may take back with returnGiftCardCharge.
    Result<QList<GiftCardCharge>> giftCardCharges(const Actor &actor, Id memberId) const;
    // At SalesSettings::pointsPrice per point; refused while that is 0 (buying is off).
    Result<PointsPurchase> buyPoints(const Actor &actor, Id memberId, Points points, const QString &idempotencyKey);

Q_SIGNALS:
    void creditChanged(qint64 memberId);
    void giftCardCharged(qint64 cardId);

private:
    struct Impl;
    Database &m_db;
    LedgerService &m_ledger;
    MemberService &m_members;
    CardService &m_cards;
    SalesService &m_sales;
    const Clock &m_clock;
    AuditLog m_audit;
    int m_daysToPay = 30;
};

} // namespace Club::Core
