// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;

// Members, their groups and families. Every call checks the actor's role and writes an
// audit line for each change.
class MemberService : public QObject
{
    Q_OBJECT

public:
    MemberService(Database &db, LedgerService &ledger, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    // Validates everything first; on any error nothing is saved. A mobile or national code
    // that another member has gives Error::Code::Duplicate with field "mobile" or
    // "nationalCode" and relatedId = that member. A new member gets a member account of
    // its own (it is the head of a one-person family).
    Result<Member> create(const Actor &actor, const Member &draft);
    Status update(const Actor &actor, const Member &changed);
    // What create() would refuse, without writing anything: the draft as it would be saved,
    // or the first error (as create() gives it). For dry runs of bulk enrolment.
    Result<Member> checkNew(const Actor &actor, const Member &draft) const;
    Status setActive(const Actor &actor, Id memberId, bool active);
    Result<Member> member(const Actor &actor, Id memberId) const;

    // As you type: name, mobile (any form), national code or card number; tolerant of
    // Arabic/Persian letters and digits of any script. Empty query lists the newest.
    Result<QList<MemberSummary>> search(const Actor &actor, const QString &query, int limit = 50,
                                        bool includeInactive = false) const;

    // Groups
    Result<QList<MemberGroup>> groups(const Actor &actor) const;
    Result<MemberGroup> createGroup(const Actor &actor, const QString &name, const QString &description = {});
    Status setMemberGroups(const Actor &actor, Id memberId, const QList<Id> &groupIds);

    // Families share one member account under a head. Joining moves the member's points
    // into the family account through the ledger; leaving starts an empty account.
    Result<QList<Member>> family(const Actor &actor, Id memberId) const;
    Status joinFamily(const Actor &actor, Id memberId, Id headMemberId);
    Status leaveFamily(const Actor &actor, Id memberId);

Q_SIGNALS:
    void memberCreated(qint64 memberId);
    void memberUpdated(qint64 memberId);
    void groupsChanged();

private:
    Result<Member> validated(const Member &draft) const;
    // As validated(); a referrer equal to currentReferrerId (unchanged on update) need not
    // be active any more.
    Result<Member> validated(const Member &draft, Id currentReferrerId) const;
    // Duplicate (with relatedId) when another member has the mobile or national code.
    Status checkUnique(const Member &member) const;
    // A unique violation from the write itself (a race lost to another terminal) as a
    // Duplicate on the right field.
    Error uniqueViolation(const Error &error) const;
    Status writeGroups(Id memberId, const QList<Id> &groupIds, bool replace);
    Result<Member> load(Id memberId) const;

    Database &m_db;
    LedgerService &m_ledger;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
