// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Club::Core {

class StatementCache;

// One store, embedded (SQLite) or central (PostgreSQL). Each thread gets its own
// connection, made on first use; the dialect differences live here and in Migrator.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Engine { SQLite, PostgreSQL };

    struct Config
    {
        Engine engine = Engine::SQLite;
        QString path; // SQLite: the file
        QString host; // PostgreSQL: host name or socket directory
        int port = 5432;
        QString name;
        QString user;
        QString password;
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and checks the store: a locked or damaged file is refused with a message,
    // never overwritten. Does not migrate.
    Status open(const Config &config);
    void close();
    bool isOpen() const { return m_open; }

    Engine engine() const { return m_config.engine; }
    const Config &config() const { return m_config; }

    // This thread's connection.
    QSqlDatabase connection() const;

    // Transaction nesting depth of this thread's connection (used by Transaction).
    int &depth() const;

    // This thread's prepared statements (used by SqlQuery); cleared by close().
    std::shared_ptr<StatementCache> statementCache() const;
    // Releases this thread's prepared statements: after a schema change (Migrator).
    void forgetStatements() const;

private:
    struct PerThread
    {
        QString name;
        int depth = 0;
        std::shared_ptr<StatementCache> statements;
    };
    PerThread &perThread() const;
    void dropCurrentThread() const;
    Status configure(QSqlDatabase &db) const;

    Config m_config;
    bool m_open = false;
    QString m_prefix;
    mutable QMutex m_mutex;
    // By pointer: a reference handed out (depth()) must survive another thread's insert.
    mutable QHash<Qt::HANDLE, std::shared_ptr<PerThread>> m_threads;
    // Context for "thread finished" connections: they die with this object.
    mutable QObject m_threadGuard;
};

} // namespace Club::Core
