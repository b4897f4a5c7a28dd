// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Organisation.h"
#include "OrganisationImport.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace Club::Core {

class CreditService;
class Database;
class MemberService;

// Partner organisations, the members who belong to them, bulk enrolment from a file,
// organisation-funded credit and the monthly statement to the organisation. Managers and
// administrators manage; staff and accountants read.
class OrganisationService : public QObject
{
    Q_OBJECT

public:
    OrganisationService(Database &db, MemberService &members, CreditService &credit,
                        const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<QList<Organisation>> list(const Actor &actor, bool includeInactive = false) const;
    Result<Organisation> organisation(const Actor &actor, Id id) const;
    // Name required and unique (Duplicate, field "name"); an email, when given, valid.
    Result<Organisation> create(const Actor &actor, const Organisation &draft);
    Status update(const Actor &actor, const Organisation &changed);

    Result<QList<OrganisationMembership>> members(const Actor &actor, Id organisationId,
                                                  bool includeEnded = false) const;
    Result<QList<OrganisationMembership>> organisationsOf(const Actor &actor, Id memberId) const;
    // Joins a member (again, when an earlier membership ended). Duplicate when current.
    Status addMember(const Actor &actor, Id organisationId, Id memberId, const QString &staffNumber,
                     const QDate &joinedOn = {});
    Status endMembership(const Actor &actor, Id organisationId, Id memberId, const QDate &leftOn = {});

    // Organisation-funded credit: the member's credit purchases are owed by the
    // organisation, up to `limit` (the member's credit limit). limit < 0 ends the funding
    // (and the member's own limit override).
    Status setFundedCredit(const Actor &actor, Id organisationId, Id memberId, Money limit);

    // Per funded member: credit purchases and returns in [from, to), and the totals.
    Result<OrganisationStatement> statement(const Actor &actor, Id organisationId, const QDateTime &from,
                                            const QDateTime &to) const;
    // The statement as CSV (UTF-8 with BOM so Excel reads Persian; amounts in minor units).
    static QByteArray statementCsv(const OrganisationStatement &statement, const QStringList &header);

    // Bulk enrolment (OrganisationImport.cpp). dryRun writes nothing; import writes every
    // row or nothing, and refuses a plan whose dry run finds an error. Both may run on a
    // worker thread: `progress(done, total)` is called from it, and `cancel` is polled.
    using Progress = std::function<void(int done, int total)>;
    Result<ImportReport> dryRun(const Actor &actor, Id organisationId, const ImportPlan &plan,
                                const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;
    Result<ImportReport> importMembers(const Actor &actor, Id organisationId, const ImportPlan &plan,
                                       const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

Q_SIGNALS:
    void organisationsChanged();
    void membershipsChanged(qint64 organisationId);

private:
    Result<Organisation> validated(const Organisation &draft) const;
    Result<ImportReport> check(const Actor &actor, Id organisationId, const ImportPlan &plan,
                               const Progress &progress, const std::atomic_bool *cancel) const;

    Database &m_db;
    MemberService &m_members;
    CreditService &m_credit;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
