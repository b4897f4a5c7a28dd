// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Club::Core {

class Database;

// Internal to sales: the SQL of the sales, sale_lines, returns and return_lines tables
// (migration 0007). Nothing here opens or commits a transaction.
class SalesSql
{
    Q_DECLARE_TR_FUNCTIONS(SalesSql)

public:
    explicit SalesSql(const Database &db)
        : m_db(db)
    {}

    // What the member's earlier sales gave, for rule caps and thresholds.
    struct History
    {
        QHash<Id, RuleUsage> usage;
        Points pointsEarned = 0;
        Money amountPaid = 0;
        int sales = 0;
    };
    Result<History> history(Id memberId, const QDate &today, const QTimeZone &zone) const;

    // PostgreSQL: holds the branch row so two sales of a branch take receipt numbers in turn.
    Status lockBranch(Id branchId) const;
    Result<qint64> nextReceiptNo(Id branchId) const;
    // PostgreSQL: holds the sale row so two returns of one sale count what is left in turn.
    Status lockSale(Id saleId) const;
    Result<Id> insertSale(Sale &sale) const;                   // also its lines; sets the ids
    Result<Sale> load(Id saleId) const;                        // NotFound when absent
    Result<Id> findByKey(const QString &idempotencyKey) const; // kNoId when absent

    Result<Id> insertReturn(
        const SaleReturn &r, const QString &idempotencyKey, Id operatorId, Id branchId, const QString &terminal) const;
    Status insertReturnLine(Id returnId, Id saleLineId, qint64 qty, Money gross, Money discount, Points points) const;
    Result<SaleReturn> loadReturnByKey(const QString &idempotencyKey) const; // id kNoId when absent
    // Net money (gross - discount) already returned on the sale.
    Result<Money> returnedNet(Id saleId) const;

    static QString whyJson(const QList<RuleHit> &hits);
    static QString bonusesJson(const QList<BonusHit> &bonuses);
    static QList<std::pair<Id, qint64>> amountsByRule(const QString &json); // rule id, points + discount

private:
    const Database &m_db;
};

} // namespace Club::Core
