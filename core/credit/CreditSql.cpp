// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditSql.h"

#include "cards/Card.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {
QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

const QString kCreditKind = QStringLiteral("credit");
} // namespace

Result<CreditStanding> CreditSql::standing(Id memberId, Id memberAccountId, const QDateTime &at) const
{
    CreditStanding out;
    out.memberId = memberId;
    out.memberAccountId = memberAccountId;
    out.limitSource = QStringLiteral("none");
    const QString atIso = iso(at);
    {
        SqlQuery q(m_db, QStringLiteral("SELECT amount FROM credit_limits WHERE member_id = :m AND effective_from <= "
                                        ":at ORDER BY effective_from DESC, id DESC LIMIT 1"));
        q.bind(QStringLiteral(":m"), memberId).bind(QStringLiteral(":at"), atIso);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next() && !q.value(0).isNull()) {
            out.limit = q.value(0).toLongLong();
            out.limitSource = QStringLiteral("member");
        }
    }
    if (out.limitSource == QLatin1String("none")) {
        // The newest row in force per card type the member holds an active card of.
        SqlQuery q(m_db, QStringLiteral("SELECT l.card_type_id, l.amount FROM credit_limits l WHERE l.card_type_id IN "
                                        "(SELECT c.card_type_id FROM cards c WHERE c.member_id = :m AND c.status = "
                                        ":active) AND l.effective_from <= :at ORDER BY l.card_type_id, "
                                        "l.effective_from DESC, l.id DESC"));
        q.bind(QStringLiteral(":m"), memberId)
            .bind(QStringLiteral(":active"), cardStatusKey(CardStatus::Active))
            .bind(QStringLiteral(":at"), atIso);
        if (Status s = q.exec(); !s)
            return s.error();
        Id lastType = kNoId;
        while (q.next()) {
            const Id type = q.value(0).toLongLong();
            if (type == lastType)
                continue; // an older row of the same type
            lastType = type;
            const Money amount = q.value(1).toLongLong();
            if (out.limitSource == QLatin1String("none") || amount > out.limit) {
                out.limit = amount;
                out.limitSource = QStringLiteral("card_type");
                out.cardTypeId = type;
            }
        }
    }
    Result<Money> balance = creditBalance(memberAccountId);
    if (!balance)
        return balance.error();
    out.owed = -*balance;
    out.available = qMax<Money>(0, out.limit - out.owed);
    return out;
}

Result<Money> CreditSql::creditBalance(Id memberAccountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT balance FROM ledger_accounts WHERE member_account_id = :a AND kind = :k"));
    q.bind(QStringLiteral(":a"), memberAccountId).bind(QStringLiteral(":k"), kCreditKind);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : Money(0);
}

Status CreditSql::lockCredit(Id memberAccountId, const QDateTime &now) const
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return {};
    const LedgerStore store(m_db, now);
    Result<Id> account = store.memberLedgerAccount(memberAccountId, MemberAccountKind::Credit);
    if (!account)
        return account.error();
    return store.lockAccount(*account);
}

Status CreditSql::insertLimit(const CreditLimitChange &c) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO credit_limits (card_type_id, member_id, amount, effective_from, "
                                    "operator_id, reason, created_at) VALUES (:t, :m, :amount, :from, :o, :r, :at)"));
    q.bind(QStringLiteral(":t"), idOrNull(c.cardTypeId))
        .bind(QStringLiteral(":m"), idOrNull(c.memberId))
        .bind(QStringLiteral(":amount"), c.amount >= 0 ? QVariant(c.amount) : QVariant())
        .bind(QStringLiteral(":from"), iso(c.effectiveFrom))
        .bind(QStringLiteral(":o"), idOrNull(c.operatorId))
        .bind(QStringLiteral(":r"), c.reason)
        .bind(QStringLiteral(":at"), iso(c.createdAt));
    return q.exec();
}

Result<QList<CreditLimitChange>> CreditSql::limitHistory(Id memberId, Id cardTypeId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, card_type_id, member_id, amount, effective_from, operator_id, reason, "
                                    "created_at FROM credit_limits WHERE ") +
                         (memberId != kNoId ? QStringLiteral("member_id = :x") : QStringLiteral("card_type_id = :x")) +
                         QStringLiteral(" ORDER BY effective_from DESC, id DESC"));
    q.bind(QStringLiteral(":x"), memberId != kNoId ? memberId : cardTypeId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CreditLimitChange> out;
    while (q.next()) {
        CreditLimitChange c;
        c.id = q.value(0).toLongLong();
        c.cardTypeId = idOf(q.value(1));
        c.memberId = idOf(q.value(2));
        c.amount = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        c.effectiveFrom = LedgerStore::fromIso(q.value(4));
        c.operatorId = idOf(q.value(5));
        c.reason = q.value(6).toString();
        c.createdAt = LedgerStore::fromIso(q.value(7));
        out.append(c);
    }
    return out;
}

Result<Id>
CreditSql::insertPlan(const InstallmentPlan &plan, const QString &idempotencyKey, Id operatorId, Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO installment_plans (member_id, member_account_id, sale_id, amount, "
                                    "installment_count, first_due, idempotency_key, operator_id, branch_id, "
                                    "created_at) VALUES (:m, :a, :s, :amount, :n, :first, :k, :o, :b, :at) "
                                    "RETURNING id"));
    q.bind(QStringLiteral(":m"), plan.memberId)
        .bind(QStringLiteral(":a"), plan.memberAccountId)
        .bind(QStringLiteral(":s"), idOrNull(plan.saleId))
        .bind(QStringLiteral(":amount"), plan.amount)
        .bind(QStringLiteral(":n"), plan.count)
        .bind(QStringLiteral(":first"), plan.firstDue.toString(Qt::ISODate))
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":at"), iso(plan.createdAt));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status CreditSql::insertInstallment(Id planId, int seq, const QDate &dueOn, Money amount) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO installments (plan_id, seq, due_on, amount) VALUES (:p, :s, :d, :a)"));
    q.bind(QStringLiteral(":p"), planId)
        .bind(QStringLiteral(":s"), seq)
        .bind(QStringLiteral(":d"), dueOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":a"), amount);
    return q.exec();
}

Status CreditSql::insertPayment(Id installmentId, Id transactionId, Money amount, const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO installment_payments (installment_id, transaction_id, amount, "
                                    "created_at) VALUES (:i, :t, :a, :at)"));
    q.bind(QStringLiteral(":i"), installmentId)
        .bind(QStringLiteral(":t"), transactionId)
        .bind(QStringLiteral(":a"), amount)
        .bind(QStringLiteral(":at"), iso(at));
    return q.exec();
}

Result<Id> CreditSql::planByKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM installment_plans WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> CreditSql::planOfSale(Id saleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM installment_plans WHERE sale_id = :s"));
    q.bind(QStringLiteral(":s"), saleId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<QList<InstallmentPlan>> CreditSql::plans(Id memberAccountId, Id planId, const QDate &today) const
{
    QList<InstallmentPlan> out;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, member_id, member_account_id, sale_id, amount, installment_count, "
                                        "first_due, created_at FROM installment_plans WHERE ") +
                             (planId != kNoId ? QStringLiteral("id = :x") : QStringLiteral("member_account_id = :x")) +
                             QStringLiteral(" ORDER BY id"));
        q.bind(QStringLiteral(":x"), planId != kNoId ? planId : memberAccountId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            InstallmentPlan p;
            p.id = q.value(0).toLongLong();
            p.memberId = q.value(1).toLongLong();
            p.memberAccountId = q.value(2).toLongLong();
            p.saleId = idOf(q.value(3));
            p.amount = q.value(4).toLongLong();
            p.count = q.value(5).toInt();
            p.firstDue = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            p.createdAt = LedgerStore::fromIso(q.value(7));
            out.append(p);
        }
    }
    SqlQuery q(m_db, QStringLiteral("SELECT i.id, i.seq, i.due_on, i.amount, CAST(COALESCE((SELECT SUM(p.amount) "
                                    "FROM installment_payments p WHERE p.installment_id = i.id), 0) AS BIGINT) "
                                    "FROM installments i WHERE i.plan_id = :p ORDER BY i.seq"));
    for (InstallmentPlan &p : out) {
        q.bind(QStringLiteral(":p"), p.id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            Installment i;
            i.id = q.value(0).toLongLong();
            i.planId = p.id;
            i.seq = q.value(1).toInt();
            i.dueOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            i.amount = q.value(3).toLongLong();
            i.paid = q.value(4).toLongLong();
            i.remaining = i.amount - i.paid;
            i.late = i.remaining > 0 && i.dueOn < today;
            p.paid += i.paid;
            p.remaining += i.remaining;
            p.installments.append(i);
        }
    }
    return out;
}

Result<QList<InstallmentPayment>> CreditSql::paymentsOf(Id transactionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, installment_id, transaction_id, amount, created_at FROM "
                                    "installment_payments WHERE transaction_id = :t ORDER BY id"));
    q.bind(QStringLiteral(":t"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<InstallmentPayment> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), LedgerStore::fromIso(q.value(4))});
    return out;
}

Result<Id> CreditSql::insertGiftCharge(const GiftCardCharge &c, const QString &idempotencyKey, Id operatorId,
                                       Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO gift_card_charges (card_id, member_account_id, amount, "
                                    "idempotency_key, transaction_id, operator_id, branch_id, created_at, promotional) VALUES "
                                    "(:c, :a, :amount, :k, :t, :o, :b, :at, :promo) RETURNING id"));
    q.bind(QStringLiteral(":c"), c.cardId)
        .bind(QStringLiteral(":a"), c.memberAccountId)
        .bind(QStringLiteral(":amount"), c.amount)
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":t"), c.transactionId)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":at"), iso(c.at))
        .bind(QStringLiteral(":promo"), c.promotional ? 1 : 0);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

namespace {
const QString kGiftChargeColumns = QStringLiteral(
    "SELECT g.id, g.card_id, g.member_account_id, g.amount, g.transaction_id, g.created_at, "
    "(SELECT COUNT(*) FROM gift_card_charge_returns r WHERE r.charge_id = g.id), g.promotional "
    "FROM gift_card_charges g ");

GiftCardCharge giftChargeOf(const SqlQuery &q)
{
    GiftCardCharge c;
    c.id = q.value(0).toLongLong();
    c.cardId = q.value(1).toLongLong();
    c.memberAccountId = q.value(2).toLongLong();
    c.amount = q.value(3).toLongLong();
    c.transactionId = q.value(4).toLongLong();
    c.at = LedgerStore::fromIso(q.value(5));
    c.returned = q.value(6).toLongLong() > 0;
    c.promotional = q.value(7).toInt() != 0;
    return c;
}
} // namespace

Result<GiftCardCharge> CreditSql::giftCharge(Id chargeId) const
{
    SqlQuery q(m_db, kGiftChargeColumns + QStringLiteral("WHERE g.id = :id"));
    q.bind(QStringLiteral(":id"), chargeId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The gift card charge was not found."),
                           QStringLiteral("gift card charge %1").arg(chargeId));
    return giftChargeOf(q);
}

Result<QList<GiftCardCharge>> CreditSql::giftCharges(Id memberAccountId) const
{
    SqlQuery q(m_db, kGiftChargeColumns + QStringLiteral("WHERE g.member_account_id = :a ORDER BY g.id DESC"));
    q.bind(QStringLiteral(":a"), memberAccountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<GiftCardCharge> out;
    while (q.next())
        out << giftChargeOf(q);
    return out;
}

Result<Id> CreditSql::giftChargeByKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM gift_card_charges WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> CreditSql::insertGiftReturn(const GiftCardChargeReturn &r, const QString &idempotencyKey, Id operatorId,
                                       const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO gift_card_charge_returns (charge_id, amount, idempotency_key, "
                                    "transaction_id, operator_id, created_at) VALUES (:c, :a, :k, :t, :o, :at) "
                                    "RETURNING id"));
    q.bind(QStringLiteral(":c"), r.chargeId)
        .bind(QStringLiteral(":a"), r.refund)
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":t"), r.transactionId)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(at));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<GiftCardChargeReturn> CreditSql::giftReturnByKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, charge_id, amount, transaction_id FROM gift_card_charge_returns "
                                    "WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    GiftCardChargeReturn r;
    if (q.next()) {
        r.id = q.value(0).toLongLong();
        r.chargeId = q.value(1).toLongLong();
        r.refund = q.value(2).toLongLong();
        r.transactionId = q.value(3).toLongLong();
    }
    return r;
}

} // namespace Club::Core
