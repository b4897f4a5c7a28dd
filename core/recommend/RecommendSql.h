// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Club::Core {

class Database;

// Internal to recommend: what the member's sales tell (migration 0007's sales and
// sale_lines tables). Only reads.
class RecommendSql
{
public:
    explicit RecommendSql(const Database &db)
        : m_db(db)
    {}

    struct Totals
    {
        Points pointsEarned = 0; // as the threshold rules count them (SalesSql::history)
        Money amountPaid = 0;
    };
    Result<Totals> totals(Id memberId) const;

    // Product → the instants of the sales that held it, oldest first, one per sale.
    Result<QHash<Id, QList<QDateTime>>> purchases(Id memberId) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
