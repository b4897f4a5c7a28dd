// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

namespace Club::Core {

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    if (m_closed)
        return std::nullopt;
    QSqlQuery *cached = m_queries.take(sql);
    if (!cached)
        return std::nullopt;
    ++m_hits;
    std::optional<QSqlQuery> out(std::move(*cached));
    delete cached;
    return out;
}

void StatementCache::give(const QString &sql, QSqlQuery &&query)
{
    // Ends the read (SQLite: resets the statement, so it holds no lock) and frees the rows.
    query.finish();
    if (m_closed || m_queries.contains(sql))
        return; // a twin that ran at the same time is already back: this one is released
    m_queries.insert(sql, new QSqlQuery(std::move(query)));
}

void StatementCache::clear()
{
    m_queries.clear();
}

void StatementCache::close()
{
    m_queries.clear();
    m_closed = true;
}

} // namespace Club::Core
