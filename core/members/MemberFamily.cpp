// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "MemberSql.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

namespace {
Error conflict(const QString &message)
{
    return Error::make(Error::Code::Conflict, message);
}
} // namespace

Result<QList<Member>> MemberService::family(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    Result<Member> self = load(memberId);
    if (!self)
        return self.error();
    SqlQuery q(m_db, MemberSql::select() +
                         QStringLiteral("WHERE m.account_id = :a "
                                        "ORDER BY CASE WHEN m.id = a.head_member_id THEN 0 ELSE 1 END, m.id"));
    q.bind(QStringLiteral(":a"), self->accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Member> out;
    while (q.next())
        out.append(MemberSql::fromRow(q));
    for (Member &m : out) {
        Result<QList<Id>> groups = MemberSql::groupIds(m_db, m.id);
        if (!groups)
            return groups.error();
        m.groupIds = *groups;
    }
    return out;
}

Status MemberService::joinFamily(const Actor &actor, Id memberId, Id headMemberId)
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s;
    if (memberId == headMemberId)
        return Error::make(Error::Code::Invalid, tr("A member cannot join their own family."), {},
                           QStringLiteral("headMemberId"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = MemberSql::lockMembers(m_db, {qMin(memberId, headMemberId), qMax(memberId, headMemberId)}); !s)
        return s;
    Result<Member> member = load(memberId);
    if (!member)
        return member.error();
    Result<Member> head = load(headMemberId);
    if (!head)
        return head.error();
    if (!member->active || !head->active)
        return conflict(tr("Both members must be active to join a family."));
    if (member->accountId == head->accountId)
        return conflict(tr("These members are already in the same family."));
    Result<qint64> others = MemberSql::othersInAccount(m_db, member->accountId, memberId);
    if (!others)
        return others.error();
    if (*others > 0) {
        if (member->familyHeadId == memberId)
            return conflict(tr("This member is the head of a family with other members. Take the other members "
                               "out of it first."));
        return conflict(tr("This member already belongs to another family. Take them out of it first."));
    }

    // Points move with the member; money does not: stored value and credit belong to whoever
    // paid or owes them and must be settled first.
    Result<AccountBalance> balance = m_ledger.balance(actor, member->accountId);
    if (!balance)
        return balance.error();
    if (balance->storedValue != 0 || balance->credit != 0)
        return conflict(tr("This member's account holds stored value or credit. Settle it before joining a family."));
    if (balance->points < 0)
        return conflict(tr("This member's points balance is negative. Settle it before joining a family."));
    // Every unexpired lot moves, pending ones too; lots already past their expiry stay
    // behind for the expiry run.
    const Points movable = balance->pointsAvailable + balance->pointsPending;
    if (movable > 0) {
        Result<PostResult> moved =
            m_ledger.transferPoints(actor, member->accountId, head->accountId, movable,
                                    QStringLiteral("family join of member %1").arg(memberId),
                                    QStringLiteral("family-join:%1:%2").arg(memberId).arg(member->accountId));
        if (!moved)
            return moved.error();
    }

    SqlQuery q(m_db, QStringLiteral("UPDATE members SET account_id = :a, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":a"), head->accountId)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("member.family_join"), QStringLiteral("member"), memberId,
                                  QStringLiteral("account %1 -> %2, head %3, points %4")
                                      .arg(member->accountId)
                                      .arg(head->accountId)
                                      .arg(head->familyHeadId)
                                      .arg(movable));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcMembers) << "member" << memberId << "joined the family of account" << head->accountId;
    Q_EMIT memberUpdated(memberId);
    Q_EMIT memberUpdated(head->familyHeadId);
    return {};
}

Status MemberService::leaveFamily(const Actor &actor, Id memberId)
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = MemberSql::lockMembers(m_db, {memberId}); !s)
        return s;
    Result<Member> member = load(memberId);
    if (!member)
        return member.error();
    Result<qint64> others = MemberSql::othersInAccount(m_db, member->accountId, memberId);
    if (!others)
        return others.error();
    if (*others == 0)
        return conflict(tr("This member is not in a family."));
    if (member->familyHeadId == memberId)
        return conflict(tr("The head of a family cannot leave while other members remain."));

    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    SqlQuery account(m_db, QStringLiteral("INSERT INTO member_accounts (head_member_id, created_at) "
                                          "VALUES (:m, :at) RETURNING id"));
    account.bind(QStringLiteral(":m"), memberId).bind(QStringLiteral(":at"), now);
    Result<QVariant> accountId = account.scalar();
    if (!accountId)
        return accountId.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE members SET account_id = :a, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":a"), accountId->toLongLong())
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s =
            m_audit.record(actor, QStringLiteral("member.family_leave"), QStringLiteral("member"), memberId,
                           QStringLiteral("account %1 -> %2").arg(member->accountId).arg(accountId->toLongLong()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT memberUpdated(memberId);
    Q_EMIT memberUpdated(member->familyHeadId);
    return {};
}

} // namespace Club::Core
