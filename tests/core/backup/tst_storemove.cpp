// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "backup/StoreMove.h"
#include "storage/Migrator.h"
#include "TestMain.h"

#include <QFile>

using namespace Club::Core;
using Club::Test::LoyaltyFixture;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);

qint64 countOn(const Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}
} // namespace

// Moving an embedded store into the central PostgreSQL database: the dry run, the move, the
// comparison, a stop in the middle and its resume, and the refusals.
class TestStoreMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dryRunWritesNothing();
    void moveKeepsEveryBalance();
    void stoppedMoveResumesWithoutDuplicates();
    void nonEmptyTargetRefused();
    void migratedEmptyTargetAccepted();
    void onlyAdministratorsMove();
    void laterSalesAreReported();

private:
    // A small club: members, sales with points earned and redeemed, a return.
    void fillStore();

    std::unique_ptr<LoyaltyFixture> m_shop;
    std::unique_ptr<TestDatabase> m_central;
};

void TestStoreMove::init()
{
    if (TestDatabase::postgresServer().host.isEmpty())
        QSKIP("the PostgreSQL fixture is not running (run through ctest)");
    m_shop = std::make_unique<LoyaltyFixture>(Database::Engine::SQLite, kStart);
    QVERIFY2(m_shop->ok(), qPrintable(m_shop->problem()));
    m_central = std::make_unique<TestDatabase>(Database::Engine::PostgreSQL, false);
    QVERIFY2(m_central->ok(), qPrintable(m_central->error()));
    fillStore();
}

void TestStoreMove::cleanup()
{
    m_shop.reset();
    m_central.reset();
}

void TestStoreMove::fillStore()
{
    QList<Member> members{m_shop->member};
    for (int i = 2; i <= 12; ++i) {
        members << m_shop->newMember(i);
        QVERIFY(members.last().id != kNoId);
    }
    for (const Member &m : std::as_const(members))
        LOYALTY_VERIFY_OK(m_shop->sell(m, 3));
    // Past the pending period, spend some of what was earned, and take one sale back.
    m_shop->clock.advanceDays(8);
    LOYALTY_VERIFY_OK(m_shop->sell(members.at(1), 1, 120));
    Result<Sale> returned = m_shop->sell(members.at(2), 2);
    LOYALTY_VERIFY_OK(returned);
    LOYALTY_VERIFY_OK(m_shop->hub.sales().returnSale(m_shop->manager, returned->id,
                                                     {{returned->lines.first().id, 1}}, QStringLiteral("ret-1")));
    QCOMPARE(m_shop->ledgerProblems(), QString());
}

void TestStoreMove::dryRunWritesNothing()
{
    StoreMove move(m_shop->t.db(), m_central->db().config());
    Result<StoreMovePlan> plan = move.plan(m_shop->admin);
    LOYALTY_VERIFY_OK(plan);
    QVERIFY2(plan->ok(), qPrintable(plan->problems.join(QLatin1Char('\n'))));
    QVERIFY(plan->schemaToCreate);
    QVERIFY(!plan->resuming);
    QVERIFY(plan->totalRows > 100);
    const auto sales = std::find_if(plan->tables.cbegin(), plan->tables.cend(),
                                    [](const StoreMoveTable &t) { return t.name == QLatin1String("sales"); });
    QVERIFY(sales != plan->tables.cend());
    QCOMPARE(sales->rows, m_shop->count(QStringLiteral("SELECT COUNT(*) FROM sales")));
    // Parents before children.
    QStringList order;
    for (const StoreMoveTable &t : std::as_const(plan->tables))
        order << t.name;
    QVERIFY(order.indexOf(QStringLiteral("journal_transactions")) < order.indexOf(QStringLiteral("points_lots")));
    QVERIFY(order.indexOf(QStringLiteral("points_lots")) < order.indexOf(QStringLiteral("journal_entries")));
    QVERIFY(!order.contains(QStringLiteral("sync_outbox")));
    QVERIFY(!order.contains(QStringLiteral("schema_migrations")));

    // Nothing written: the central database is still empty, and no notes beside the store.
    Result<int> version = Migrator(m_central->db()).currentVersion();
    LOYALTY_VERIFY_OK(version);
    QCOMPARE(*version, 0);
    QVERIFY(!QFile::exists(StoreMove::statePath(m_shop->t.sqlitePath())));
    QVERIFY(!QFile::exists(StoreMove::snapshotPath(m_shop->t.sqlitePath())));
}

void TestStoreMove::moveKeepsEveryBalance()
{
    StoreMove move(m_shop->t.db(), m_central->db().config());
    QList<qint64> seen;
    Result<StoreMoveOutcome> outcome = move.run(m_shop->admin, [&](qint64 done, qint64 total) {
        seen << done;
        return done <= total;
    });
    LOYALTY_VERIFY_OK(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->plainWords()));
    QVERIFY(outcome->accountsCompared > 10);
    QVERIFY(outcome->lotsCompared > 10);
    QVERIFY(!seen.isEmpty());
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    // The central database serves the same member the same way.
    ServiceHub central(m_central->db(), m_shop->clock);
    Result<AccountBalance> there = central.ledger().balance(m_shop->admin, m_shop->member.accountId);
    LOYALTY_VERIFY_OK(there);
    QCOMPARE(there->points, m_shop->balance(m_shop->member).points);
    QCOMPARE(countOn(m_central->db(), QStringLiteral("journal_entries")),
             m_shop->count(QStringLiteral("SELECT COUNT(*) FROM journal_entries")));
    // This desk's own connection settings stay behind.
    QCOMPARE(countOn(m_central->db(), QStringLiteral("settings WHERE key LIKE 'sync.%'")), 0);
    // New rows continue after the copied ids.
    Result<Member> fresh = central.members().create(m_shop->admin, Club::Test::memberDraft(99));
    LOYALTY_VERIFY_OK(fresh);
    QVERIFY(fresh->id > m_shop->count(QStringLiteral("SELECT MAX(id) FROM members")));
    // A finished move leaves nothing beside the store.
    QVERIFY(!QFile::exists(StoreMove::statePath(m_shop->t.sqlitePath())));
    QVERIFY(!QFile::exists(StoreMove::snapshotPath(m_shop->t.sqlitePath())));
}

void TestStoreMove::stoppedMoveResumesWithoutDuplicates()
{
    {
        StoreMove move(m_shop->t.db(), m_central->db().config());
        move.setBatchRows(7);
        int batches = 0;
        Result<StoreMoveOutcome> first = move.run(m_shop->admin, [&](qint64, qint64) { return ++batches < 5; });
        LOYALTY_VERIFY_OK(first);
        QVERIFY(!first->finished);
        QVERIFY(QFile::exists(StoreMove::snapshotPath(m_shop->t.sqlitePath())));
    }
    // A new window (or a restarted program) sees the move under way.
    StoreMove again(m_shop->t.db(), m_central->db().config());
    again.setBatchRows(11);
    Result<StoreMovePlan> plan = again.plan(m_shop->admin);
    LOYALTY_VERIFY_OK(plan);
    QVERIFY2(plan->ok(), qPrintable(plan->problems.join(QLatin1Char('\n'))));
    QVERIFY(plan->resuming);
    qint64 copiedBefore = 0;
    for (const StoreMoveTable &t : std::as_const(plan->tables))
        copiedBefore += t.copied;
    QVERIFY(copiedBefore > 0);
    QVERIFY(copiedBefore < plan->totalRows);

    Result<StoreMoveOutcome> second = again.run(m_shop->admin);
    LOYALTY_VERIFY_OK(second);
    QVERIFY2(second->ok(), qPrintable(second->plainWords()));
    QCOMPARE(countOn(m_central->db(), QStringLiteral("journal_transactions")),
             m_shop->count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions")));
    QCOMPARE(countOn(m_central->db(), QStringLiteral("members")),
             m_shop->count(QStringLiteral("SELECT COUNT(*) FROM members")));
}

void TestStoreMove::nonEmptyTargetRefused()
{
    // Another club's data is already there.
    TestDatabase other(Database::Engine::PostgreSQL);
    QVERIFY(other.ok());
    QVERIFY(other.admin().operatorId != kNoId);
    const qint64 before = countOn(other.db(), QStringLiteral("operators"));

    StoreMove move(m_shop->t.db(), other.db().config());
    Result<StoreMovePlan> plan = move.plan(m_shop->admin);
    LOYALTY_VERIFY_OK(plan);
    QVERIFY(!plan->ok());
    QVERIFY2(plan->problems.join(QLatin1Char(' ')).contains(QLatin1String("operators")),
             qPrintable(plan->problems.join(QLatin1Char('\n'))));
    Result<StoreMoveOutcome> outcome = move.run(m_shop->admin);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, Error::Code::Conflict);
    QCOMPARE(countOn(other.db(), QStringLiteral("operators")), before);
    QCOMPARE(countOn(other.db(), QStringLiteral("members")), 0);
    QVERIFY(!QFile::exists(StoreMove::snapshotPath(m_shop->t.sqlitePath())));
}

void TestStoreMove::migratedEmptyTargetAccepted()
{
    // As `clubserver --init-db` leaves it: tables made, the migrations' own rows (the home
    // merchant) in place, no club yet.
    LOYALTY_VERIFY_OK(Migrator(m_central->db()).migrate());
    QVERIFY(countOn(m_central->db(), QStringLiteral("merchants")) > 0);
    StoreMove move(m_shop->t.db(), m_central->db().config());
    Result<StoreMovePlan> plan = move.plan(m_shop->admin);
    LOYALTY_VERIFY_OK(plan);
    QVERIFY2(plan->ok(), qPrintable(plan->problems.join(QLatin1Char('\n'))));
    QVERIFY(!plan->schemaToCreate);
    Result<StoreMoveOutcome> outcome = move.run(m_shop->admin);
    LOYALTY_VERIFY_OK(outcome);
    QVERIFY2(outcome->ok(), qPrintable(outcome->plainWords()));
    QCOMPARE(countOn(m_central->db(), QStringLiteral("merchants")),
             m_shop->count(QStringLiteral("SELECT COUNT(*) FROM merchants")));
}

void TestStoreMove::onlyAdministratorsMove()
{
    StoreMove move(m_shop->t.db(), m_central->db().config());
    for (const Actor &who : {m_shop->manager, m_shop->staff}) {
        Result<StoreMovePlan> plan = move.plan(who);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, Error::Code::Forbidden);
        Result<StoreMoveOutcome> outcome = move.run(who);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, Error::Code::Forbidden);
    }
    Result<int> version = Migrator(m_central->db()).currentVersion();
    LOYALTY_VERIFY_OK(version);
    QCOMPARE(*version, 0);
}

void TestStoreMove::laterSalesAreReported()
{
    StoreMove move(m_shop->t.db(), m_central->db().config());
    move.setBatchRows(50);
    bool sold = false;
    // A sale on this desk while the move runs (another window, say) is not moved, and the
    // comparison says so instead of calling the move complete and silent.
    Result<StoreMoveOutcome> outcome = move.run(m_shop->admin, [&](qint64, qint64) {
        if (!sold)
            sold = m_shop->sell(m_shop->member, 1).ok();
        return true;
    });
    LOYALTY_VERIFY_OK(outcome);
    QVERIFY(sold);
    QVERIFY(outcome->finished);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->laterChanges.contains(QStringLiteral("sales")));
    QVERIFY(outcome->plainWords().contains(QLatin1String("sales")));
}

QTEST_GUILESS_MAIN(TestStoreMove)
#include "tst_storemove.moc"
