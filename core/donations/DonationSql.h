// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Donation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace Club::Core {

class Database;

// Internal to donations: the SQL of the charities and donations tables (migration 0019).
// Nothing here opens or commits a transaction.
class DonationSql
{
    Q_DECLARE_TR_FUNCTIONS(DonationSql)

public:
    explicit DonationSql(const Database &db)
        : m_db(db)
    {}

    Result<QList<Charity>> charities(bool includeInactive) const; // by name
    Result<Charity> charity(Id charityId) const;                  // NotFound when absent
    Result<Id> insertCharity(const QString &name, const QDateTime &now) const;
    Status updateCharity(const Charity &charity, const QDateTime &now) const;

    Result<Id> insertDonation(const Donation &d, Id memberAccountId, const QString &idempotencyKey, Id operatorId,
                              Id branchId) const;
    Result<Donation> byKey(const QString &idempotencyKey) const; // id kNoId when absent
    // Every charity (those without donations too) with its donations in [from, to);
    // an invalid bound is open.
    Result<QList<CharityTotal>> totals(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
