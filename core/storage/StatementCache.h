// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Club::Core {

// The prepared statements of one connection, by SQL text, so a statement that runs again
// is only executed: on PostgreSQL a fresh QSqlQuery costs a prepare, the execute and a
// deallocate, three round trips where one does. A statement in use is taken out and given
// back when done, so two live uses of one text never share a query. Bounded: the least
// recently used statement is released when the cache is full.
//
// Belongs to the connection's thread (like the connection itself); Database owns one per
// connection and clears it before the connection closes.
class StatementCache
{
public:
    static constexpr int kCapacity = 256;

    StatementCache()
        : m_queries(kCapacity)
    {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // A prepared query for this text, or nothing (prepare one and give it back after use).
    std::optional<QSqlQuery> take(const QString &sql);
    // A query prepared from sql, back after use; its result set is released here.
    void give(const QString &sql, QSqlQuery &&query);
    // Releases every statement. After a schema change too: PostgreSQL refuses a cached
    // plan whose result columns changed.
    void clear();
    // clear(), and statements given back later (still in use at close) are released.
    void close();

    int size() const { return m_queries.size(); }
    qint64 hits() const { return m_hits; }

private:
    QCache<QString, QSqlQuery> m_queries;
    bool m_closed = false;
    qint64 m_hits = 0;
};

} // namespace Club::Core
