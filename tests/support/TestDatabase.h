// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Club::Test {

using Club::Core::Database;

// A fresh, migrated store per test, on either engine. PostgreSQL comes from the ctest
// fixture (tests/support/postgres.sh), which writes its address to $CLUB_TEST_PG_ENV;
// each TestDatabase creates its own database there and drops it afterwards.
class TestDatabase
{
public:
    explicit TestDatabase(Database::Engine engine, bool migrate = true);
    ~TestDatabase();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Database &db() { return *m_db; }
    QString sqlitePath() const { return m_sqlitePath; }

    // Sets the store up (branch "main", operator "admin"/"admin-pass") and returns the
    // admin; then operators of the other roles on demand.
    Club::Core::Actor admin();
    Club::Core::Actor actorWithRole(Club::Core::Role role);

    // Lifts the database's append-only guard on one table, so a test can simulate a store
    // damaged behind the program's back.
    bool liftAppendOnlyGuard(const QString &table);

    // The PostgreSQL fixture's settings; empty host when the fixture is not running.
    static Database::Config postgresServer();
    static QString engineName(Database::Engine engine);

private:
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    QString m_sqlitePath;
    QString m_pgName;
    QString m_error;
    Club::Core::Actor m_admin;
};

} // namespace Club::Test

// In a data-driven test: QTest::addColumn<int>("engine") and one row per engine.
#define CLUB_ADD_ENGINE_ROWS()                                                                                        \
    do {                                                                                                              \
        QTest::addColumn<int>("engine");                                                                              \
        QTest::newRow("sqlite") << int(Club::Core::Database::Engine::SQLite);                                         \
        QTest::newRow("postgresql") << int(Club::Core::Database::Engine::PostgreSQL);                                 \
    } while (false)
