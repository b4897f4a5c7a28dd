// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "ServiceHub.h"
#include "MemberBuilders.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "TestMain.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

class TestStorage : public QObject
{
    Q_OBJECT

    static qint64 count(Database &db, const QString &table)
    {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

private Q_SLOTS:
    void migratesAnEmptyStore_data() { CLUB_ADD_ENGINE_ROWS(); }
    void migratesAnEmptyStore()
    {
        QFETCH(int, engine);
        TestDatabase t(Database::Engine(engine), false);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Migrator migrator(t.db());
        QCOMPARE(*migrator.currentVersion(), 0);
        QVERIFY(migrator.latestVersion() >= 1);
        QVERIFY(migrator.migrate().ok());
        QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
        QCOMPARE(count(t.db(), QStringLiteral("schema_migrations")), qint64(migrator.steps().size()));
        // Running again changes nothing.
        QVERIFY(migrator.migrate().ok());
        QCOMPARE(count(t.db(), QStringLiteral("schema_migrations")), qint64(migrator.steps().size()));
        for (const char *table : {"members", "cards", "card_types", "journal_entries", "points_lots", "audit_log"})
            QCOMPARE(count(t.db(), QLatin1String(table)), 0);
    }

    void refusesANewerSchema_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusesANewerSchema()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, "
                                          "'future', '2030-01-01T00:00:00Z')"));
        QVERIFY(q.exec().ok());
        Migrator migrator(t.db());
        Status s = migrator.migrate();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Unsupported);
        QVERIFY(s.error().message.contains(QLatin1String("newer")));
        QCOMPARE(*migrator.currentVersion(), 9999); // untouched
    }

    void refusesAForeignDatabase_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusesAForeignDatabase()
    {
        QFETCH(int, engine);
        TestDatabase t(Database::Engine(engine), false);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(SqlQuery::execDirect(t.db().connection(), QStringLiteral("CREATE TABLE invoices (id INTEGER)")).ok());
        Migrator migrator(t.db());
        Status s = migrator.migrate();
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Unsupported);
        QVERIFY(!t.db().connection().tables().contains(QLatin1String("members")));
    }

    void refusesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, '\x5a');
        f.write(garbage);
        f.close();
        Database db;
        Status s = db.open({Database::Engine::SQLite, path});
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Storage);
        QVERIFY(s.error().message.contains(QLatin1String("damaged")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // never overwritten
    }

    void transactionRollsBackUnlessCommitted_data() { CLUB_ADD_ENGINE_ROWS(); }
    void transactionRollsBackUnlessCommitted()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        auto insert = [&](const QString &key) {
            SqlQuery q(t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
            q.bind(QStringLiteral(":k"), key);
            return q.exec();
        };
        {
            Transaction tx(t.db());
            QVERIFY(tx.ok());
            QVERIFY(insert(QStringLiteral("a")).ok());
        } // no commit
        QCOMPARE(count(t.db(), QStringLiteral("settings")), 0);
        {
            Transaction outer(t.db());
            QVERIFY(insert(QStringLiteral("b")).ok());
            {
                Transaction inner(t.db());
                QVERIFY(inner.ok());
                QVERIFY(insert(QStringLiteral("c")).ok());
            } // inner rolled back, outer goes on
            {
                Transaction inner(t.db());
                QVERIFY(insert(QStringLiteral("d")).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(count(t.db(), QStringLiteral("settings")), 2);
        Status dup = insert(QStringLiteral("b"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, Error::Code::Duplicate);
    }

    void splitsScriptsWithBodies()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x INTEGER);\n"
            "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN\n"
            "    SELECT RAISE(ABORT, 'no');\n"
            "END;\n"
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "    RAISE EXCEPTION 'no';\n"
            "END;\n"
            "$$;\n"
            "CREATE INDEX i\n    ON a (x);\n");
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
        QVERIFY(statements.at(2).endsWith(QLatin1String("$$;")));
        QVERIFY(statements.at(3).startsWith(QLatin1String("CREATE INDEX i")));
    }

    void keepsOnlyThisEnginesBlocks()
    {
        const QString script = QStringLiteral("A;\n-- @sqlite\nS;\n-- @end\n-- @postgresql\nP;\n-- @end\nB {{PK}};\n");
        const QString lite = Migrator::translate(script, false);
        const QString pg = Migrator::translate(script, true);
        QVERIFY(lite.contains(QLatin1String("S;")) && !lite.contains(QLatin1String("P;")));
        QVERIFY(pg.contains(QLatin1String("P;")) && !pg.contains(QLatin1String("S;")));
        QVERIFY(lite.contains(QLatin1String("AUTOINCREMENT")));
        QVERIFY(pg.contains(QLatin1String("IDENTITY")));
    }

    void journalAndHistoriesAreAppendOnly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void journalAndHistoriesAreAppendOnly()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const Actor admin = t.admin();
        // One row in each guarded table, written through the services.
        ServiceHub hub(t.db());
        Result<Member> member = hub.members().create(admin, Club::Test::memberDraft(1));
        QVERIFY(member.ok());
        QVERIFY(hub.ledger().earnPoints(admin, member->accountId, 10, {}, QStringLiteral("k1")).ok());
        CardType type;
        type.name = QStringLiteral("Club");
        type.prefix = QStringLiteral("6280");
        type.trackStock = true;
        Result<CardType> madeType = hub.cards().createCardType(admin, type);
        QVERIFY(madeType.ok());
        QVERIFY(hub.cards().addStock(admin, admin.branchId, madeType->id, 5, QStringLiteral("delivery")).ok());
        QVERIFY(hub.cards().issue(admin, member->id, madeType->id).ok());

        for (const char *table : {"audit_log", "journal_transactions", "journal_entries", "card_events",
                                  "card_stock_movements"}) {
            const QString name = QLatin1String(table);
            const qint64 before = count(t.db(), name);
            QVERIFY2(before > 0, table);
            QVERIFY2(!SqlQuery(t.db(), QStringLiteral("UPDATE %1 SET id = id").arg(name)).exec(), table);
            QVERIFY2(!SqlQuery(t.db(), QStringLiteral("DELETE FROM %1").arg(name)).exec(), table);
            QCOMPARE(count(t.db(), name), before);
        }
    }

    void lockedStoreGivesAMessage()
    {
        TestDatabase t(Database::Engine::SQLite);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        // Another program holds the write lock.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(t.sqlitePath());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            Transaction tx(t.db());
            QVERIFY(!tx.ok());
            QCOMPARE(tx.error().code, Error::Code::Locked);
            QVERIFY(!tx.error().message.isEmpty());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Transaction tx(t.db());
        QVERIFY(tx.ok());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
