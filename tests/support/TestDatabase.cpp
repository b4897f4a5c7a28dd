// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "auth/AuthService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
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
// Migrating a store is most of what a short test costs (every migration step on every test
// function, on both engines). So the schema is built once and copied: for SQLite a migrated
// file per test process, for PostgreSQL a template database shared by every test process of
// the cluster (named after the migrations' text as run, so a changed migration makes a new one).
QString migrationsFingerprint(bool postgres)
{
    Database scratch;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Migrator::Step &step : Migrator(scratch).steps()) {
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        hash.addData(QByteArray::number(step.version));
        hash.addData(Migrator::translate(QString::fromUtf8(file.readAll()), postgres).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString migrate(Database &db)
{
    Migrator migrator(db);
    if (Status s = migrator.migrate(); !s)
        return s.error().message + QLatin1Char(' ') + s.error().detail;
    return {};
}

QMutex g_templateMutex;

// The migrated SQLite file this process copies; empty with *error set when it failed.
QString sqliteTemplate(QString *error)
{
    static QTemporaryDir dir;
    static QString path;
    static QString failure;
    QMutexLocker lock(&g_templateMutex);
    if (path.isEmpty() && failure.isEmpty()) {
        const QString file = dir.filePath(QStringLiteral("template.sqlite"));
        Database db;
        Database::Config config;
        config.engine = Database::Engine::SQLite;
        config.path = file;
        if (Status s = db.open(config); !s)
            failure = s.error().message + QLatin1Char(' ') + s.error().detail;
        else
            failure = migrate(db);
        // Closing the last connection checkpoints the write-ahead log into the file.
        db.close();
        if (failure.isEmpty())
            path = file;
    }
    *error = failure;
    return path;
}

// The migrated template database on the test cluster, made by whichever test process needs
// it first (an advisory lock keeps the others waiting meanwhile).
QString postgresTemplate(QString *error)
{
    static QString name;
    QMutexLocker lock(&g_templateMutex);
    if (!name.isEmpty())
        return name;
    const QString fingerprint = migrationsFingerprint(true);
    if (fingerprint.isEmpty()) {
        *error = QStringLiteral("the migrations could not be read");
        return {};
    }
    const QString wanted = QStringLiteral("club_template_") + fingerprint;
    if (!adminExec(QStringLiteral("SELECT pg_advisory_lock(7301)"), error))
        return {};
    QString found;
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("club-test-admin")));
        if (q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(wanted)) && q.next())
            found = wanted;
    }
    if (found.isEmpty()) {
        const QString building = QStringLiteral("club_template_build_%1").arg(QCoreApplication::applicationPid());
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + building, error);
        if (adminExec(QStringLiteral("CREATE DATABASE ") + building, error)) {
            Database db;
            Database::Config config = TestDatabase::postgresServer();
            config.name = building;
            if (Status s = db.open(config); !s)
                *error = s.error().message + QLatin1Char(' ') + s.error().detail;
            else
                *error = migrate(db);
            db.close();
            // Only a complete template gets the name the others look for.
            if (error->isEmpty()
                && adminExec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, wanted), error))
                found = wanted;
        }
    }
    QString unlockError;
    adminExec(QStringLiteral("SELECT pg_advisory_unlock(7301)"), &unlockError);
    name = found;
    return name;
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
        if (migrate) {
            const QString source = sqliteTemplate(&m_error);
            if (source.isEmpty())
                return;
            // A copy is the caller's own file: writable whatever the template's mode.
            if (!QFile::copy(source, m_sqlitePath)
                || !QFile::setPermissions(m_sqlitePath, QFile::ReadOwner | QFile::WriteOwner)) {
                m_error = QStringLiteral("could not copy the migrated template store");
                return;
            }
        }
    } else {
        const Database::Config server = postgresServer();
        if (server.host.isEmpty()) {
            m_error = QStringLiteral("the PostgreSQL test cluster is not running: run the tests through ctest "
                                     "(fixture postgres_start) or set CLUB_TEST_PG_ENV");
            return;
        }
        m_pgName = QStringLiteral("club_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        QString from;
        if (migrate) {
            const QString source = postgresTemplate(&m_error);
            if (source.isEmpty())
                return;
            from = QStringLiteral(" TEMPLATE ") + source;
        }
        if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_pgName + from, &m_error))
            return;
        config = server;
        config.name = m_pgName;
    }
    if (Status s = m_db->open(config); !s) {
        m_error = s.error().message + QLatin1Char(' ') + s.error().detail;
        return;
    }
    // Already migrated (a copy of the template); a migration here only checks the version.
    if (migrate)
        m_error = Club::Test::migrate(*m_db);
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
