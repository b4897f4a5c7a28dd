// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Club::Core {

class Database;

// Begins in the constructor, rolls back in the destructor unless commit() succeeded.
// The outermost scope takes the write lock at once (SQLite: BEGIN IMMEDIATE) so a
// check-then-write inside it cannot race another writer; nested scopes are savepoints.
//
//   Transaction tx(db);
//   if (!tx.ok()) return tx.error();
//   ... work ...
//   return tx.commit();
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    Status commit();
    void rollback();

private:
    Status run(const QString &sql);

    const Database &m_db;
    std::optional<Error> m_error;
    int m_level = 0;
    bool m_active = false;
};

} // namespace Club::Core
