// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credit.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace Club::Core {

class Database;

// Internal to credit (and read by the sales desk for the limit check): the SQL of the
// credit_limits, installment and gift card tables (migration 0009). Nothing here opens or
// commits a transaction.
class CreditSql
{
    Q_DECLARE_TR_FUNCTIONS(CreditSql)

public:
    explicit CreditSql(const Database &db)
        : m_db(db)
    {}

    // The limit in force at `at`: the member's override, else the highest default of the
    // card types the member holds an active card of, else 0 ("none").
    Result<CreditStanding> standing(Id memberId, Id memberAccountId, const QDateTime &at) const;
    // The credit account's balance (negative: owed); 0 when it has none yet.
    Result<Money> creditBalance(Id memberAccountId) const;
    // PostgreSQL: holds the member's credit account row so two credit sales or repayments
    // of one member check the limit and the installments in turn.
    Status lockCredit(Id memberAccountId, const QDateTime &now) const;

    Status insertLimit(const CreditLimitChange &change) const;
    Result<QList<CreditLimitChange>> limitHistory(Id memberId, Id cardTypeId) const;

    Result<Id> insertPlan(const InstallmentPlan &plan, const QString &idempotencyKey, Id operatorId, Id branchId) const;
    Status insertInstallment(Id planId, int seq, const QDate &dueOn, Money amount) const;
    Status insertPayment(Id installmentId, Id transactionId, Money amount, const QDateTime &at) const;
    Result<Id> planByKey(const QString &idempotencyKey) const; // kNoId when absent
    Result<Id> planOfSale(Id saleId) const;                    // kNoId when none
    // Plans of one member account (or one plan when planId is set), with their installments,
    // what each has been paid, and `late` judged on `today`.
    Result<QList<InstallmentPlan>> plans(Id memberAccountId, Id planId, const QDate &today) const;
    Result<QList<InstallmentPayment>> paymentsOf(Id transactionId) const;

    Result<Id> insertGiftCharge(const GiftCardCharge &charge, const QString &idempotencyKey, Id operatorId,
                                Id branchId) const;
    Result<GiftCardCharge> giftCharge(Id chargeId) const; // NotFound when absent
    Result<QList<GiftCardCharge>> giftCharges(Id memberAccountId) const; // newest first
    Result<Id> giftChargeByKey(const QString &idempotencyKey) const;
    Result<Id> insertGiftReturn(const GiftCardChargeReturn &r, const QString &idempotencyKey, Id operatorId,
                                const QDateTime &at) const;
    Result<GiftCardChargeReturn> giftReturnByKey(const QString &idempotencyKey) const; // id kNoId when absent

private:
    const Database &m_db;
};

} // namespace Club::Core
