// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transactions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Club::Core {

class Database;

// Internal to the transactions area: the reading SQL over the journal (migration 0001),
// sales and returns (0007). Reads only.
class TransactionSql
{
    Q_DECLARE_TR_FUNCTIONS(TransactionSql)

public:
    explicit TransactionSql(const Database &db)
        : m_db(db)
    {}

    // Newest first, at most `limit` rows after `after`; one row more is read to tell `more`.
    Result<TransactionPage> list(const TransactionFilter &filter, const TransactionCursor &after, int limit) const;
    Result<TransactionRow> row(Id transactionId) const; // NotFound when absent
    Result<QList<TransactionEntry>> entries(Id transactionId) const;
    // The sale whose own transaction this is, or whose return (or void) it is: sale id and
    // return id (kNoId when none).
    Result<std::pair<Id, Id>> saleOf(Id transactionId) const;
    Result<QHash<Id, QString>> ruleNames(const QList<Id> &ruleIds) const;
    Result<QList<std::pair<Id, QString>>> operatorNames() const; // id, full name; by name

private:
    Status fillMembers(QList<TransactionRow> &rows, const QList<Id> &accounts) const;

    const Database &m_db;
};

} // namespace Club::Core
