// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SqlQuery's per-connection prepared statements (StatementCache) on both engines: a text
// that runs again is not prepared again, two live uses of one text do not share a query,
// a kept statement holds no read snapshot, the cache is bounded, and it is released when
// the store closes or the schema changes. Worker threads' own caches: tst_serverconcurrency.
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "storage/StatementCache.h"
#include "storage/Transaction.h"
#include "TestMain.h"

#include <QSqlRecord>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QString kInsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)");
const QString kByKey = QStringLiteral("SELECT value FROM settings WHERE key = :k");

Status put(Database &db, const QString &key, const QString &value)
{
    SqlQuery q(db, kInsert);
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
    return q.exec();
}

QString valueOf(Database &db, const QString &key)
{
    SqlQuery q(db, kByKey);
    q.bind(QStringLiteral(":k"), key);
    Result<QVariant> v = q.scalar();
    return v ? v->toString() : QStringLiteral("<none>");
}
} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preparesOncePerConnection_data() { CLUB_ADD_ENGINE_ROWS(); }
    void preparesOncePerConnection()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Database &db = t.db();
        const std::shared_ptr<StatementCache> cache = db.statementCache();
        const qint64 hits = cache->hits();
        for (int i = 0; i < 3; ++i)
            QVERIFY(put(db, QStringLiteral("k%1").arg(i), QStringLiteral("v%1").arg(i)).ok());
        QCOMPARE(cache->hits(), hits + 2);
        // Each run binds its own values: nothing of the run before is left.
        QCOMPARE(valueOf(db, QStringLiteral("k0")), QStringLiteral("v0"));
        QCOMPARE(valueOf(db, QStringLiteral("k2")), QStringLiteral("v2"));
        QCOMPARE(valueOf(db, QStringLiteral("k9")), QStringLiteral("<none>"));
        // A failed run (a duplicate) leaves the statement usable.
        const Status dup = put(db, QStringLiteral("k1"), QStringLiteral("again"));
        QCOMPARE(dup.error().code, Error::Code::Duplicate);
        QVERIFY(put(db, QStringLiteral("k3"), QStringLiteral("v3")).ok());
        QCOMPARE(valueOf(db, QStringLiteral("k3")), QStringLiteral("v3"));
        if (db.engine() == Database::Engine::PostgreSQL) {
            // On the server: the statement stays prepared on this session, once.
            // (The pattern is bound, so this query's own text does not match it.)
            SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE :p"));
            q.bind(QStringLiteral(":p"), QStringLiteral("%INSERT INTO settings (key%"));
            QCOMPARE(q.scalar()->toInt(), 1);
        }
    }

    void liveTwinsGetTheirOwnStatement_data() { CLUB_ADD_ENGINE_ROWS(); }
    void liveTwinsGetTheirOwnStatement()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Database &db = t.db();
        for (int i = 0; i < 3; ++i)
            QVERIFY(put(db, QStringLiteral("n%1").arg(i), QString::number(i)).ok());
        const QString all = QStringLiteral("SELECT key FROM settings WHERE key LIKE :p ORDER BY key");
        SqlQuery outer(db, all);
        outer.bind(QStringLiteral(":p"), QStringLiteral("n%"));
        QVERIFY(outer.exec().ok());
        QStringList seen;
        while (outer.next()) {
            seen << outer.value(0).toString();
            // The same text while the outer one is still reading.
            SqlQuery inner(db, all);
            inner.bind(QStringLiteral(":p"), QStringLiteral("n%"));
            QVERIFY(inner.exec().ok());
            int rows = 0;
            while (inner.next())
                ++rows;
            QCOMPARE(rows, 3);
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2")}));
    }

    void keptStatementHoldsNoSnapshot()
    {
        // WAL: a statement left unreset would keep its read transaction, and this
        // connection would not see another's later write.
        TestDatabase t{Database::Engine::SQLite};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(put(t.db(), QStringLiteral("a"), QStringLiteral("1")).ok());
        QVERIFY(put(t.db(), QStringLiteral("b"), QStringLiteral("2")).ok());
        const QString count = QStringLiteral("SELECT key FROM settings");
        {
            SqlQuery q(t.db(), count);
            QVERIFY(q.exec().ok());
            QVERIFY(q.next()); // one row read of several, then given back
        }
        Database other;
        Database::Config config = t.db().config();
        QVERIFY(other.open(config).ok());
        QVERIFY(put(other, QStringLiteral("c"), QStringLiteral("3")).ok());
        SqlQuery q(t.db(), count);
        QVERIFY(q.exec().ok());
        int rows = 0;
        while (q.next())
            ++rows;
        QCOMPARE(rows, 3);
    }

    void boundedAndReleasedOnClose_data() { CLUB_ADD_ENGINE_ROWS(); }
    void boundedAndReleasedOnClose()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const std::shared_ptr<StatementCache> cache = t.db().statementCache();
        for (int i = 0; i < StatementCache::kCapacity + 40; ++i) {
            SqlQuery q(t.db(), QStringLiteral("SELECT %1 + COUNT(*) FROM settings").arg(i));
            QVERIFY(q.scalar().ok());
        }
        QVERIFY(cache->size() <= StatementCache::kCapacity);
        QVERIFY(cache->size() > 0);
        t.db().forgetStatements();
        QCOMPARE(cache->size(), 0);
        QCOMPARE(valueOf(t.db(), QStringLiteral("x")), QStringLiteral("<none>"));
        QCOMPARE(cache->size(), 1);
        t.db().close(); // the statements go before their connection
        QCOMPARE(cache->size(), 0);
    }

    void schemaChangeForgetsPlans()
    {
        // PostgreSQL refuses a kept plan whose result columns changed ("cached plan must not
        // change result type"): Migrator forgets the statements before each step.
        TestDatabase t{Database::Engine::PostgreSQL};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Database &db = t.db();
        QVERIFY(SqlQuery::execDirect(db.connection(), QStringLiteral("CREATE TABLE shapes (a INTEGER)")).ok());
        QVERIFY(SqlQuery::execDirect(db.connection(), QStringLiteral("INSERT INTO shapes VALUES (1)")).ok());
        const QString all = QStringLiteral("SELECT * FROM shapes WHERE a = :a");
        auto columns = [&]() -> int {
            SqlQuery q(db, all);
            q.bind(QStringLiteral(":a"), 1);
            if (!q.exec() || !q.next())
                return -1;
            return q.raw().record().count();
        };
        QCOMPARE(columns(), 1);
        QVERIFY(SqlQuery::execDirect(db.connection(), QStringLiteral("ALTER TABLE shapes ADD COLUMN b INTEGER")).ok());
        db.forgetStatements();
        QCOMPARE(columns(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
