// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace Club::Core {

class Database;
class StatementCache;

// An optional reference column: kNoId is stored as NULL, and NULL reads back as kNoId.
inline QVariant idOrNull(Id id)
{
    return id != kNoId ? QVariant(id) : QVariant();
}
inline Id idOf(const QVariant &value)
{
    return value.isNull() ? kNoId : value.toLongLong();
}

// A prepared statement with named bindings whose failures come back as Error values:
// unique violations as Duplicate, a busy store as Locked, anything else as Storage.
// Bound values are never logged. Made from a Database, the statement is prepared once per
// connection and kept (StatementCache): the next SqlQuery with the same text only binds
// and executes. Bind every placeholder each time (values of an earlier run are not reset).
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(const Database &db, const QString &sql);
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // A null QString binds as '' (the columns are NOT NULL DEFAULT ''); bind QVariant()
    // for SQL NULL.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // exec(), then the first column of the first row (e.g. INSERT ... RETURNING id).
    Result<QVariant> scalar();

    // For statements without bindings (DDL, PRAGMA): PostgreSQL cannot prepare DDL.
    static Status execDirect(const QSqlDatabase &db, const QString &sql);

    static bool isUniqueViolation(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
    static Error toError(const QSqlError &error, const QString &sql);

private:
    void prepare();

    std::shared_ptr<StatementCache> m_cache;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    QSqlError m_prepareError;
};

} // namespace Club::Core
