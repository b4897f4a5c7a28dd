// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "auth/AuthService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Club::Test {

using namespace Club::Core;

namespace {
QAtomicInt g_counter;

bool adminExec(const QString &sql, QString *error)
{
    const Database::Config server = TestDatabase::postgresServer();
    const QString name = QStringLiteral("club-test-admin");
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.isOpen() && !admin.open()) {
            *error = admin.lastError().text();
            return false;
        }
        QSqlQuery q(admin);
        ok = q.exec(sql);
        if (!ok)
            *error = q.lastError().text();
    }
    return ok;
}
} // namespace

Database::Config TestDatabase::postgresServer()
{
    Database::Config c;
    c.engine = Database::Engine::PostgreSQL;
    QFile env(qEnvironmentVariable("CLUB_TEST_PG_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        return c;
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "CLUB_TEST_PG_HOST")
            c.host = value;
        else if (key == "CLUB_TEST_PG_PORT")
            c.port = value.toInt();
        else if (key == "CLUB_TEST_PG_USER")
            c.user = value;
    }
    return c;
}

QString TestDatabase::engineName(Database::Engine engine)
{
    return engine == Database::Engine::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

TestDatabase::TestDatabase(Database::Engine engine, bool migrate)
    : m_db(std::make_unique<Database>())
{
    Database::Config config;
    config.engine = engine;
    if (engine == Database::Engine::SQLite) {
        m_sqlitePath = m_dir.filePath(QStringLiteral("club.sqlite"));
        config.path = m_sqlitePath;
    } else {
        const Database::Config server = postgresServer();
        if (server.host.isEmpty()) {
            m_error = QStringLiteral("the PostgreSQL test cluster is not running: run the tests through ctest "
                                     "(fixture postgres_start) or set CLUB_TEST_PG_ENV");
            return;
        }
        m_pgName = QStringLiteral("club_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_pgName, &m_error))
            return;
        config = server;
        config.name = m_pgName;
    }
    if (Status s = m_db->open(config); !s) {
        m_error = s.error().message + QLatin1Char(' ') + s.error().detail;
        return;
    }
    if (migrate) {
        Migrator migrator(*m_db);
        if (Status s = migrator.migrate(); !s)
            m_error = s.error().message + QLatin1Char(' ') + s.error().detail;
    }
}

TestDatabase::~TestDatabase()
{
    m_db->close();
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"), &error);
    }
}

bool TestDatabase::liftAppendOnlyGuard(const QString &table)
{
    const QStringList sql = m_db->engine() == Database::Engine::SQLite
                                ? QStringList{QStringLiteral("DROP TRIGGER %1_append_only").arg(table),
                                              QStringLiteral("DROP TRIGGER %1_no_delete").arg(table)}
                                : QStringList{QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %1_append_only").arg(table)};
    for (const QString &statement : sql) {
        if (!SqlQuery::execDirect(m_db->connection(), statement))
            return false;
    }
    return true;
}

Actor TestDatabase::admin()
{
    if (m_admin.operatorId != kNoId)
        return m_admin;
    AuthService auth(*m_db);
    StoreSetup setup;
    setup.storeName = QStringLiteral("Test store");
    setup.branchCode = QStringLiteral("main");
    setup.branchName = QStringLiteral("Main branch");
    setup.adminUsername = QStringLiteral("admin");
    setup.adminFullName = QStringLiteral("Test Admin");
    setup.adminPassword = QStringLiteral("admin-pass");
    Result<Actor> actor = auth.setUp(setup);
    if (actor)
        m_admin = *actor;
    else
        m_error = actor.error().message + QLatin1Char(' ') + actor.error().detail;
    return m_admin;
}

Actor TestDatabase::actorWithRole(Role role)
{
    const Actor boss = admin();
    if (role == Role::Admin)
        return boss;
    AuthService auth(*m_db);
    Operator draft;
    draft.username = roleKey(role) + QStringLiteral("-user");
    draft.fullName = QStringLiteral("Test ") + roleKey(role);
    draft.role = role;
    draft.branchId = boss.branchId;
    Result<Operator> created = auth.createOperator(boss, draft, QStringLiteral("secret-pass"));
    if (!created) {
        Result<Actor> again = auth.login(draft.username, QStringLiteral("secret-pass"));
        return again ? *again : Actor{};
    }
    return Actor{created->id, created->username, created->fullName, role, boss.branchId, {}};
}

} // namespace Club::Test
