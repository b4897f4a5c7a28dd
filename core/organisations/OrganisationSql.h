// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Organisation.h"
#include "util/Result.h"

namespace Club::Core {

class Database;

// The SQL of the organisations and organisation_members tables (migration 0016). Nothing
// here opens or commits a transaction.
class OrganisationSql
{
public:
    explicit OrganisationSql(const Database &db)
        : m_db(db)
    {}

    Result<Id> insert(const Organisation &org, const QDateTime &now) const;
    Status update(const Organisation &org, const QDateTime &now) const;
    Result<QList<Organisation>> list(bool includeInactive) const;
    Result<Organisation> get(Id id) const; // NotFound when absent

    Result<Id> insertMembership(const OrganisationMembership &m, const QDateTime &now) const;
    // The row of a member in an organisation, current or ended; id kNoId when none.
    Result<OrganisationMembership> membership(Id organisationId, Id memberId) const;
    Status updateMembership(const OrganisationMembership &m) const;
    Result<QList<OrganisationMembership>> members(Id organisationId, bool includeEnded) const;
    Result<QList<OrganisationMembership>> organisationsOf(Id memberId) const;
    // The active organisations a member currently belongs to (for discount rules).
    Result<QList<Id>> currentOrganisationIds(Id memberId) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
