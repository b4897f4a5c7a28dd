// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's lookups: a sale by its receipt number, a member's recent sales (for returns).
#include "SalesService.h"
#include "SalesSql.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

Result<Sale> SalesService::saleByReceipt(const Actor &actor, Id branchId, qint64 receiptNo) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM sales WHERE branch_id = :b AND receipt_no = :r"));
    q.bind(QStringLiteral(":b"), branchId);
    q.bind(QStringLiteral(":r"), receiptNo);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("No sale has this receipt number at this branch."),
                           QStringLiteral("receipt %1 at branch %2").arg(receiptNo).arg(branchId),
                           QStringLiteral("receiptNo"));
    return SalesSql(m_db).load(q.value(0).toLongLong());
}

Result<QList<Sale>> SalesService::salesOfMember(const Actor &actor, Id memberId, int limit) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM sales WHERE member_id = :m "
                                    "ORDER BY created_at DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":m"), memberId);
    q.bind(QStringLiteral(":limit"), qBound(1, limit, 500));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Sale> sales;
    const SalesSql sql(m_db);
    for (Id id : std::as_const(ids)) {
        Result<Sale> sale = sql.load(id);
        if (!sale)
            return sale.error();
        sales.append(*sale);
    }
    return sales;
}

} // namespace Club::Core
