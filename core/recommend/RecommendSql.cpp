// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecommendSql.h"

#include "ledger/LedgerStore.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

Result<RecommendSql::Totals> RecommendSql::totals(Id memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(points_earned), 0) AS BIGINT), "
                                    "CAST(COALESCE(SUM(paid - stored_value - credit), 0) AS BIGINT) FROM sales WHERE member_id = :m"));
    q.bind(QStringLiteral(":m"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    Totals t;
    if (q.next()) {
        t.pointsEarned = q.value(0).toLongLong();
        t.amountPaid = q.value(1).toLongLong();
    }
    return t;
}

Result<QHash<Id, QList<QDateTime>>> RecommendSql::purchases(Id memberId) const
{
    // DISTINCT: two lines of one product in one sale are one purchase.
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT l.product_id, s.id, s.created_at FROM sale_lines l "
                                    "JOIN sales s ON s.id = l.sale_id WHERE s.member_id = :m "
                                    "ORDER BY l.product_id, s.created_at, s.id"));
    q.bind(QStringLiteral(":m"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, QList<QDateTime>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(LedgerStore::fromIso(q.value(2)));
    return out;
}

} // namespace Club::Core
