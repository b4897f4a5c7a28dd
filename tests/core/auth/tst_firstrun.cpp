// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first run cannot be left half done: a refusal part way, or the process dying in the
// middle of the set-up, leaves a store that the next start opens and can set up.
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const char kCrashChildVariable[] = "CLUB_FIRSTRUN_CRASH_CHILD";

StoreSetup shopSetup()
{
    return {QStringLiteral("Shop"), QStringLiteral("b1"),   QStringLiteral("Branch"),
            QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("long-enough")};
}

qint64 count(Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    Result<QVariant> n = q.scalar();
    return n ? n->toLongLong() : -1;
}

Status openStore(Database &db, const QString &file)
{
    Database::Config config;
    config.engine = Database::Engine::SQLite;
    config.path = file;
    if (Status s = db.open(config); !s)
        return s;
    return Migrator(db).migrate();
}

// Runs in a child process: takes the app's lock, starts the set-up and dies on the spot,
// as a killed process or a power cut would, once the administrator is written and before
// the warehouse is: no commit, no rollback, no unlock, no destructors.
int crashDuringSetup(const QString &file)
{
    QLockFile lock(file + QStringLiteral(".lock"));
    if (!lock.tryLock(200))
        return 10;
    Database db;
    if (!openStore(db, file))
        return 11;
    ServiceHub hub(db);
    QObject::connect(&hub.auth(), &AuthService::operatorsChanged, [] { std::_Exit(42); });
    (void)hub.setUpStore(shopSetup(), QStringLiteral("Main warehouse"));
    return 13; // the set-up ended without writing its administrator
}
} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failurePartWayLeavesSetupToDo_data() { CLUB_ADD_ENGINE_ROWS(); }
    void failurePartWayLeavesSetupToDo()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ServiceHub hub(t.db());
        QCOMPARE(*hub.auth().needsSetup(), true);

        // The store, branch and administrator are written, then the warehouse is refused:
        // all of it goes.
        Result<Actor> refused = hub.setUpStore(shopSetup(), QStringLiteral("   "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        QCOMPARE(*hub.auth().needsSetup(), true);
        QCOMPARE(count(t.db(), QStringLiteral("branches")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("warehouses")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("settings")), 0);

        Result<Actor> admin = hub.setUpStore(shopSetup(), QStringLiteral("Main warehouse"));
        QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().detail));
        QCOMPARE(*hub.auth().needsSetup(), false);
        Result<QList<Warehouse>> warehouses = hub.inventory().warehouses(*admin, admin->branchId);
        QVERIFY(warehouses.ok());
        QCOMPARE(warehouses->size(), 1);
        QCOMPARE(warehouses->constFirst().name, QStringLiteral("Main warehouse"));

        QVERIFY(!hub.setUpStore(shopSetup(), QStringLiteral("Main warehouse")));
        QCOMPARE(count(t.db(), QStringLiteral("warehouses")), 1);
    }

    void processDyingDuringSetupLeavesAStoreThatOpens()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("club.sqlite"));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kCrashChildVariable), file);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), club::test::selfArguments());
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 42);

        // The next start: the lock of the dead process is stale, the file opens and
        // migrates, and the store asks for set-up again.
        QLockFile lock(file + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(200));
        Database db;
        Status opened = openStore(db, file);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
        ServiceHub hub(db);
        QCOMPARE(*hub.auth().needsSetup(), true);
        QCOMPARE(count(db, QStringLiteral("branches")), 0);
        QVERIFY(hub.setUpStore(shopSetup(), QStringLiteral("Main warehouse")).ok());
        QCOMPARE(*hub.auth().needsSetup(), false);
    }
};

namespace {

// The test's own main: the same program is also the child that crashes during set-up.
int runFirstRun(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kCrashChildVariable))
        return crashDuringSetup(qEnvironmentVariable(kCrashChildVariable));
    TestFirstRun test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

const bool registered = club::test::registerTest(__FILE__, runFirstRun);

} // namespace

#include "tst_firstrun.moc"
