// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditImpl.h"
#include "CreditSql.h"

#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace Club::Core {

Result<InstallmentPlan> CreditService::openPlan(const Actor &actor, Id memberId, Id saleId, Money amount, int count,
                                                const QDate &firstDue, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::CreditManage); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (count < 1 || count > 120)
        return Impl::invalid(tr("Choose between 1 and 120 installments."), QStringLiteral("count"));
    if (!firstDue.isValid())
        return Impl::invalid(tr("Choose the first due date."), QStringLiteral("firstDue"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    const CreditSql sql(m_db);
    const QDateTime now = m_clock.nowUtc();
    const QDate today = Impl::localDate(*this, now);
    auto load = [&](Id planId, bool replayed) -> Result<InstallmentPlan> {
        Result<QList<InstallmentPlan>> plans = sql.plans(kNoId, planId, today);
        if (!plans)
            return plans.error();
        if (plans->isEmpty())
            return Error::make(Error::Code::NotFound, tr("The installment plan was not found."),
                               QStringLiteral("plan %1").arg(planId));
        InstallmentPlan p = plans->first();
        p.replayed = replayed;
        return p;
    };

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<Id> first = sql.planByKey(idempotencyKey);
        if (!first)
            return first.error();
        if (*first != kNoId)
            return load(*first, true);
    }
    if (Status s = sql.lockCredit(member->accountId, now); !s)
        return s.error();
    if (saleId != kNoId) {
        Result<Sale> sale = m_sales.sale(actor, saleId);
        if (!sale)
            return sale.error();
        if (sale->memberAccountId != member->accountId || sale->credit <= 0)
            return Impl::invalid(tr("This sale put nothing on this member's credit."), QStringLiteral("saleId"));
        Result<Id> other = sql.planOfSale(saleId);
        if (!other)
            return other.error();
        if (*other != kNoId)
            return Error::make(Error::Code::Conflict, tr("This sale is already paid in installments."),
                               QStringLiteral("sale %1 plan %2").arg(saleId).arg(*other), QStringLiteral("saleId"));
        amount = sale->credit;
    }
    if (amount <= 0)
        return Impl::invalid(tr("Enter a positive amount."), QStringLiteral("amount"));
    if (amount < count)
        return Impl::invalid(tr("The amount is too small for this many installments."), QStringLiteral("count"));
    Result<Money> balance = sql.creditBalance(member->accountId);
    if (!balance)
        return balance.error();
    Result<QList<InstallmentPlan>> plans = sql.plans(member->accountId, kNoId, today);
    if (!plans)
        return plans.error();
    Money scheduled = 0;
    for (const InstallmentPlan &p : std::as_const(*plans))
        scheduled += p.remaining;
    const Money unscheduled = -*balance - scheduled;
    if (amount > unscheduled)
        return Error::make(Error::Code::Conflict,
                           tr("The member owes %1 that is not yet in installments; a plan cannot be for more.")
                               .arg(qMax<Money>(0, unscheduled)),
                           QStringLiteral("plan %1, unscheduled %2").arg(amount).arg(unscheduled),
                           QStringLiteral("amount"));

    InstallmentPlan plan;
    plan.memberId = memberId;
    plan.memberAccountId = member->accountId;
    plan.saleId = saleId;
    plan.amount = amount;
    plan.count = count;
    plan.firstDue = firstDue;
    plan.createdAt = now;
    Result<Id> planId = sql.insertPlan(plan, idempotencyKey, actor.operatorId, actor.branchId);
    if (!planId)
        return planId.error();
    // Exact split in minor units: the remainder on the first installment. Each due date is
    // counted from the first (not from the previous), so a 31st comes back after a 30-day
    // month; Qt clamps a day past the month's end to its last day.
    const QCalendar calendar = m_sales.settings().calendar;
    const Money each = amount / count;
    for (int i = 0; i < count; ++i) {
        const Money part = i == 0 ? amount - each * (count - 1) : each;
        if (Status s = sql.insertInstallment(*planId, i + 1, firstDue.addMonths(i, calendar), part); !s)
            return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("credit.plan.open"), QStringLiteral("member"), memberId,
                                  QStringLiteral("plan %1: %2 in %3 from %4%5")
                                      .arg(*planId)
                                      .arg(amount)
                                      .arg(count)
                                      .arg(firstDue.toString(Qt::ISODate))
                                      .arg(saleId != kNoId ? QStringLiteral(", sale %1").arg(saleId) : QString()));
        !s)
        return s.error();
    Result<InstallmentPlan> made = load(*planId, false);
    if (!made)
        return made.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT creditChanged(memberId);
    return made;
}

Result<QList<InstallmentPlan>> CreditService::installments(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    return CreditSql(m_db).plans(member->accountId, kNoId, Impl::localDate(*this, m_clock.nowUtc()));
}

Result<Repayment> CreditService::settlePlan(const Actor &actor, Id planId, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::CreditCollect); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    Result<QList<InstallmentPlan>> plans =
        CreditSql(m_db).plans(kNoId, planId, Impl::localDate(*this, m_clock.nowUtc()));
    if (!plans)
        return plans.error();
    if (plans->isEmpty())
        return Error::make(Error::Code::NotFound, tr("The installment plan was not found."),
                           QStringLiteral("plan %1").arg(planId));
    const InstallmentPlan &plan = plans->first();
    Result<Member> member = m_members.member(actor, plan.memberId);
    if (!member)
        return member.error();
    // pay() checks the key before the amount, so a replay finds its first result even though
    // the plan is paid by now; it recounts what the plan expects inside its transaction.
    return Impl::pay(*this, actor, *member, plan.remaining, planId, idempotencyKey);
}

} // namespace Club::Core
