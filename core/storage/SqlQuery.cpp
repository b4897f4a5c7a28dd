// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "Database.h"
#include "StatementCache.h"
#include "util/Log.h"

namespace Club::Core {

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_cache(db.statementCache())
    , m_sql(sql)
{
    if (std::optional<QSqlQuery> cached = m_cache->take(sql)) {
        m_query = std::move(*cached);
        m_prepared = true;
        return;
    }
    m_query = QSqlQuery(db.connection());
    prepare();
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    prepare();
}

SqlQuery::~SqlQuery()
{
    // Only a statement that prepared is worth keeping (a failed one would fail again).
    if (m_cache && m_prepared)
        m_cache->give(m_sql, std::move(m_query));
}

void SqlQuery::prepare()
{
    m_prepared = m_query.prepare(m_sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString is an empty text, not SQL NULL: NULL is asked for with QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return toError(m_prepareError, m_sql);
    if (!m_query.exec())
        return toError(m_query.lastError(), m_sql);
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (Status s = exec(); !s)
        return s.error();
    if (!m_query.next())
        return Error::make(Error::Code::NotFound, tr("The record was not found."), m_sql);
    const QVariant value = m_query.value(0);
    m_query.finish();
    return value;
}

Status SqlQuery::execDirect(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return toError(q.lastError(), sql);
    return {};
}

bool SqlQuery::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("23505") // PostgreSQL unique_violation
           || code == QLatin1String("2067") || code == QLatin1String("1555") // SQLite extended codes
           || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool SqlQuery::isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") // SQLITE_BUSY, SQLITE_LOCKED
           || code == QLatin1String("40001") || code == QLatin1String("55P03") // serialization, lock_not_available
           || error.databaseText().contains(QLatin1String("database is locked"));
}

Error SqlQuery::toError(const QSqlError &error, const QString &sql)
{
    const QString detail = error.text() + QLatin1String(" [") + sql.simplified().left(200) + QLatin1Char(']');
    if (isUniqueViolation(error))
        return Error::make(Error::Code::Duplicate, tr("This value is already recorded."), detail);
    qCWarning(lcDb).noquote() << "sql error:" << detail;
    if (isBusy(error))
        return Error::make(Error::Code::Locked,
                           tr("The data store is busy with another operation. Please try again in a moment."),
                           detail);
    return Error::make(Error::Code::Storage,
                       tr("The data store could not complete the operation. Nothing was changed."), detail);
}

} // namespace Club::Core
