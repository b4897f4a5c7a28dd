// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditImpl.h"
#include "CreditSql.h"

#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <algorithm>

namespace Club::Core {

Error CreditService::Impl::invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, {}, field);
}

Status CreditService::Impl::checkKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return invalid(CreditService::tr("The operation could not be identified, so it was not recorded."),
                       QStringLiteral("idempotencyKey"));
    return {};
}

QDate CreditService::Impl::localDate(const CreditService &self, const QDateTime &at)
{
    return at.toTimeZone(self.m_sales.settings().zone).date();
}

CreditService::CreditService(Database &db,
                             LedgerService &ledger,
                             MemberService &members,
                             CardService &cards,
                             SalesService &sales,
                             const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_members(members)
    , m_cards(cards)
    , m_sales(sales)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<CreditStanding> CreditService::limit(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    const QDateTime now = m_clock.nowUtc();
    Result<CreditStanding> standing = CreditSql(m_db).standing(memberId, member->accountId, now);
    if (!standing)
        return standing.error();
    Result<QList<InstallmentPlan>> plans = CreditSql(m_db).plans(member->accountId, kNoId, Impl::localDate(*this, now));
    if (!plans)
        return plans.error();
    for (const InstallmentPlan &p : std::as_const(*plans))
        standing.value().scheduled += p.remaining;
    return standing;
}

Status CreditService::setMemberLimit(const Actor &actor, Id memberId, Money limit, const QString &reason,
                                     const QDateTime &effectiveFrom)
{
    if (Status s = require(actor, Permission::CreditManage); !s)
        return s;
    if (limit < -1)
        return Impl::invalid(tr("A credit limit cannot be negative."), QStringLiteral("limit"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    CreditLimitChange c;
    c.memberId = memberId;
    c.amount = limit; // -1: back to the card type's limit
    if (Status s = Impl::recordLimit(*this, actor, c, effectiveFrom, reason, QStringLiteral("member"), memberId); !s)
        return s;
    Q_EMIT creditChanged(memberId);
    return {};
}

Status CreditService::setCardTypeLimit(const Actor &actor, Id cardTypeId, Money limit, const QString &reason,
                                       const QDateTime &effectiveFrom)
{
    if (Status s = require(actor, Permission::CreditManage); !s)
        return s;
    if (limit < 0)
        return Impl::invalid(tr("A credit limit cannot be negative."), QStringLiteral("limit"));
    Result<CardType> type = m_cards.cardType(actor, cardTypeId);
    if (!type)
        return type.error();
    CreditLimitChange c;
    c.cardTypeId = cardTypeId;
    c.amount = limit;
    return Impl::recordLimit(*this, actor, c, effectiveFrom, reason, QStringLiteral("card_type"), cardTypeId);
}

Status CreditService::Impl::recordLimit(CreditService &self, const Actor &actor, CreditLimitChange change,
                                        const QDateTime &effectiveFrom, const QString &reason,
                                        const QString &subject, Id subjectId)
{
    change.createdAt = self.m_clock.nowUtc();
    change.effectiveFrom = effectiveFrom.isValid() ? effectiveFrom.toUTC() : change.createdAt;
    change.operatorId = actor.operatorId;
    change.reason = reason.trimmed();
    Transaction tx(self.m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = CreditSql(self.m_db).insertLimit(change); !s)
        return s;
    const QString amount = change.amount < 0 ? QStringLiteral("card type default") : QString::number(change.amount);
    if (Status s = self.m_audit.record(actor, QStringLiteral("credit.limit.") + subject, subject, subjectId,
                                       QStringLiteral("limit %1 from %2: %3")
                                           .arg(amount, LedgerStore::isoUtc(change.effectiveFrom), change.reason));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CreditLimitChange>> CreditService::limitHistory(const Actor &actor, Id memberId, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    if ((memberId == kNoId) == (cardTypeId == kNoId))
        return Impl::invalid(tr("Choose a member or a card type."), QStringLiteral("memberId"));
    return CreditSql(m_db).limitHistory(memberId, cardTypeId);
}

Result<CreditStatement>
CreditService::statement(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to <= from)
        return Impl::invalid(tr("Choose a period whose end is after its start."), QStringLiteral("to"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    CreditStatement out;
    out.memberId = memberId;
    out.from = from;
    out.to = to;
    const LedgerStore store(m_db, m_clock.nowUtc());
    Result<Id> account = store.memberLedgerAccount(member->accountId, MemberAccountKind::Credit, false);
    if (!account)
        return account.error();
    if (*account == kNoId)
        return out;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(e.amount), 0) AS BIGINT) FROM journal_entries e "
                                        "JOIN journal_transactions t ON t.id = e.transaction_id "
                                        "WHERE e.ledger_account_id = :a AND t.created_at < :from"));
        q.bind(QStringLiteral(":a"), *account).bind(QStringLiteral(":from"), LedgerStore::isoUtc(from));
        Result<QVariant> v = q.scalar();
        if (!v)
            return v.error();
        out.opening = v->toLongLong();
    }
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.created_at, t.kind, t.reference, CAST(SUM(e.amount) AS BIGINT) "
                                    "FROM journal_entries e JOIN journal_transactions t ON t.id = e.transaction_id "
                                    "WHERE e.ledger_account_id = :a AND t.created_at >= :from AND t.created_at < :to "
                                    "GROUP BY t.id, t.created_at, t.kind, t.reference ORDER BY t.created_at, t.id"));
    q.bind(QStringLiteral(":a"), *account)
        .bind(QStringLiteral(":from"), LedgerStore::isoUtc(from))
        .bind(QStringLiteral(":to"), LedgerStore::isoUtc(to));
    if (Status s = q.exec(); !s)
        return s.error();
    Money running = out.opening;
    while (q.next()) {
        StatementEntry e;
        e.transactionId = q.value(0).toLongLong();
        e.at = LedgerStore::fromIso(q.value(1));
        e.kind = q.value(2).toString();
        e.reference = q.value(3).toString();
        e.amount = q.value(4).toLongLong();
        running += e.amount;
        e.balance = running;
        if (e.amount != 0)
            out.entries.append(e);
    }
    out.closing = running;
    return out;
}

Result<Repayment> CreditService::Impl::pay(CreditService &self, const Actor &actor, const Member &member, Money amount,
                                           Id planId, const QString &idempotencyKey)
{
    const CreditSql sql(self.m_db);
    const QDateTime now = self.m_clock.nowUtc();
    const QString journalKey = QStringLiteral("credit.repay:") + idempotencyKey;
    auto replay = [&](Id transactionId) -> Result<Repayment> {
        Result<QList<InstallmentPayment>> payments = sql.paymentsOf(transactionId);
        if (!payments)
            return payments.error();
        Result<JournalTransaction> tx = self.m_ledger.transaction(actor, transactionId);
        if (!tx)
            return tx.error();
        Repayment r;
        r.transactionId = transactionId;
        r.memberId = member.id;
        for (const LedgerEntry &e : std::as_const(tx->entries)) {
            if (e.accountKind == QLatin1String("credit"))
                r.amount += e.amount;
        }
        r.payments = *payments;
        Result<Money> balance = sql.creditBalance(member.accountId);
        if (!balance)
            return balance.error();
        r.owedAfter = -*balance;
        r.replayed = true;
        return r;
    };

    Transaction tx(self.m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<Id> first = LedgerStore(self.m_db, now).findTransaction(journalKey);
        if (!first)
            return first.error();
        if (*first != kNoId)
            return replay(*first);
    }
    if (Status s = sql.lockCredit(member.accountId, now); !s)
        return s.error();
    Result<Money> balance = sql.creditBalance(member.accountId);
    if (!balance)
        return balance.error();
    Result<QList<InstallmentPlan>> plans = sql.plans(member.accountId, planId, localDate(self, now));
    if (!plans)
        return plans.error();
    if (planId != kNoId) {
        // A settlement pays what the plan still expects, never more than is owed.
        Money expected = 0;
        for (const InstallmentPlan &p : std::as_const(*plans))
            expected += p.remaining;
        amount = qMin(expected, -*balance);
    }
    if (amount <= 0 || amount > -*balance)
        return Error::make(Error::Code::Conflict,
                           amount <= 0 ? tr("Nothing is owed. Nothing was recorded.")
                                       : tr("The payment is more than the %1 owed. Nothing was recorded.")
                                             .arg(qMax<Money>(0, -*balance)),
                           QStringLiteral("repay %1, owed %2").arg(amount).arg(-*balance), QStringLiteral("amount"));

    LedgerBatch batch;
    batch.kind = QStringLiteral("credit.repay");
    batch.reference = planId != kNoId ? QStringLiteral("plan:%1").arg(planId) : QStringLiteral("member:%1").arg(member.id);
    batch.memberCredit = amount;
    batch.money = {{CreditAccounts::kCreditIssued, -amount},
                   {CreditAccounts::kCash, amount},
                   {CreditAccounts::kCreditTender, -amount}};
    Result<BatchResult> posted = self.m_ledger.postBatch(actor, member.accountId, batch, journalKey);
    if (!posted)
        return posted.error();
    if (posted->replayed)
        return replay(posted->transactionId);

    Repayment r;
    r.transactionId = posted->transactionId;
    r.memberId = member.id;
    r.amount = amount;
    QList<Installment> open;
    for (const InstallmentPlan &p : std::as_const(*plans)) {
        for (const Installment &i : p.installments) {
            if (i.remaining > 0)
                open.append(i);
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const Installment &a, const Installment &b) {
        return std::tie(a.dueOn, a.planId, a.seq) < std::tie(b.dueOn, b.planId, b.seq);
    });
    Money left = amount;
    for (const Installment &i : std::as_const(open)) {
        if (left <= 0)
            break;
        const Money part = qMin(left, i.remaining);
        if (Status s = sql.insertPayment(i.id, r.transactionId, part, now); !s)
            return s.error();
        r.payments.append({kNoId, i.id, r.transactionId, part, now});
        left -= part;
    }
    r.owedAfter = -*balance - amount;
    if (Status s = self.m_audit.record(actor, QStringLiteral("credit.repay"), QStringLiteral("member"), member.id,
                                       QStringLiteral("%1 paid%2, transaction %3")
                                           .arg(amount)
                                           .arg(planId != kNoId ? QStringLiteral(" (plan %1)").arg(planId) : QString())
                                           .arg(r.transactionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "credit repayment, transaction" << r.transactionId;
    Q_EMIT self.creditChanged(member.id);
    return r;
}

Result<Repayment> CreditService::repay(const Actor &actor, Id memberId, Money amount, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::CreditCollect); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (amount <= 0)
        return Impl::invalid(tr("Enter a positive amount."), QStringLiteral("amount"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    return Impl::pay(*this, actor, *member, amount, kNoId, idempotencyKey);
}

Result<QList<AgingRow>> CreditService::aging(const Actor &actor, const QDateTime &asOf) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    if (!asOf.isValid())
        return Impl::invalid(tr("Choose the date to age the debts on."), QStringLiteral("asOf"));
    const QDate day = Impl::localDate(*this, asOf);
    const CreditSql sql(m_db);
    struct Owing
    {
        Id ledgerAccountId;
        Id memberAccountId;
        Money owed;
    };
    QList<Owing> owing;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, member_account_id, balance FROM ledger_accounts WHERE kind = "
                                        "'credit' AND member_account_id IS NOT NULL AND balance < 0 "
                                        "ORDER BY member_account_id"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            owing.append({q.value(0).toLongLong(), q.value(1).toLongLong(), -q.value(2).toLongLong()});
    }
    QList<AgingRow> out;
    for (const Owing &o : std::as_const(owing)) {
        AgingRow row;
        row.memberAccountId = o.memberAccountId;
        row.owed = o.owed;
        {
            SqlQuery q(m_db, QStringLiteral("SELECT id, first_name, last_name FROM members WHERE account_id = :a "
                                            "ORDER BY id LIMIT 1"));
            q.bind(QStringLiteral(":a"), o.memberAccountId);
            if (Status s = q.exec(); !s)
                return s.error();
            if (q.next()) {
                row.memberId = q.value(0).toLongLong();
                row.memberName = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
            }
        }
        auto bucket = [&](const QDate &due, Money amount) {
            const qint64 late = due.daysTo(day);
            if (late <= 0)
                row.current += amount;
            else if (late <= 30)
                row.days1to30 += amount;
            else if (late <= 60)
                row.days31to60 += amount;
            else if (late <= 90)
                row.days61to90 += amount;
            else
                row.over90 += amount;
        };
        Result<QList<InstallmentPlan>> plans = sql.plans(o.memberAccountId, kNoId, day);
        if (!plans)
            return plans.error();
        QList<Installment> open;
        for (const InstallmentPlan &p : std::as_const(*plans)) {
            for (const Installment &i : p.installments) {
                if (i.remaining > 0)
                    open.append(i);
            }
        }
        std::stable_sort(open.begin(), open.end(),
                         [](const Installment &a, const Installment &b) { return a.dueOn < b.dueOn; });
        Money left = o.owed; // a return may have cut the debt below what plans still expect
        for (const Installment &i : std::as_const(open)) {
            const Money part = qMin(left, i.remaining);
            if (part > 0)
                bucket(i.dueOn, part);
            left -= part;
        }
        // The unscheduled rest: the newest credit debits are the ones still open (older ones
        // were paid first), each due daysToPay after it was taken. Sales under a plan are
        // scheduled already.
        SqlQuery q(m_db, QStringLiteral("SELECT t.created_at, e.amount FROM journal_entries e JOIN "
                                        "journal_transactions t ON t.id = e.transaction_id WHERE "
                                        "e.ledger_account_id = :a AND e.amount < 0 AND t.id NOT IN (SELECT "
                                        "s.transaction_id FROM installment_plans p JOIN sales s ON s.id = p.sale_id "
                                        "WHERE p.member_account_id = :m) ORDER BY t.created_at DESC, t.id DESC"));
        q.bind(QStringLiteral(":a"), o.ledgerAccountId).bind(QStringLiteral(":m"), o.memberAccountId);
        if (Status s = q.exec(); !s)
            return s.error();
        QDate oldest;
        while (left > 0 && q.next()) {
            const QDate taken = Impl::localDate(*this, LedgerStore::fromIso(q.value(0)));
            const Money part = qMin(left, -q.value(1).toLongLong());
            bucket(taken.addDays(m_daysToPay), part);
            left -= part;
            oldest = taken;
        }
        if (left > 0) // owed with no debit left to date it (should not happen): due since the oldest
            bucket(oldest.isValid() ? oldest.addDays(m_daysToPay) : day, left);
        out.append(row);
    }
    return out;
}

} // namespace Club::Core
