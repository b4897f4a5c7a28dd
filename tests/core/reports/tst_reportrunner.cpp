// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "reports/ReportRunner.h"
#include "storage/Transaction.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using namespace Club::Test;

namespace {

constexpr int kDays = 120;
constexpr int kEntriesPerDay = 1000;

// A large ledger quickly: one points transaction a day for kDays days from `from`, each
// with kEntriesPerDay entries on system:points_issued (the report reads only those). The
// ledger's balances are not kept: this store is only read by the report.
bool bulkLedger(LoyaltyFixture &fx, const QDateTime &from)
{
    if (!fx.sell(fx.member, 1).ok()) // makes system:points_issued
        return false;
    const qint64 account = fx.count(QStringLiteral("SELECT id FROM ledger_accounts WHERE code = 'system:points_issued'"));
    if (account <= 0)
        return false;
    Transaction tx(fx.t.db());
    if (!tx.ok())
        return false;
    for (int d = 0; d < kDays; ++d) {
        SqlQuery q(fx.t.db(), QStringLiteral("INSERT INTO journal_transactions (idempotency_key, kind, created_at) "
                                             "VALUES (:k, 'earn', :at)"));
        q.bind(QStringLiteral(":k"), QStringLiteral("bulk-%1").arg(d))
            .bind(QStringLiteral(":at"), from.addDays(d).addSecs(3600).toString(Qt::ISODate));
        if (!q.exec())
            return false;
    }
    SqlQuery fill(fx.t.db(),
                  QStringLiteral("INSERT INTO journal_entries (transaction_id, ledger_account_id, unit, amount) WITH "
                                 "RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) SELECT t.id, "
                                 ":a, 'points', -1 FROM journal_transactions t, n WHERE t.idempotency_key LIKE 'bulk-%'")
                      .arg(kEntriesPerDay));
    fill.bind(QStringLiteral(":a"), account);
    return fill.exec().ok() && tx.commit().ok();
}

ReportFilters range()
{
    ReportFilters f;
    f.from = jalaliTehran(1405, 1, 1, 0, 0);
    f.to = jalaliTehran(1405, 6, 1, 0, 0);
    return f;
}

} // namespace

class TestReportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReportTable>();
        qRegisterMetaType<Error>();
    }

    void progressAndResult_data() { CLUB_ADD_ENGINE_ROWS(); }
    void progressAndResult()
    {
        QFETCH(int, engine);
        LoyaltyFixture fx(Database::Engine(engine), jalaliTehran(1405, 1, 2));
        QVERIFY2(fx.ok(), qPrintable(fx.problem()));
        QVERIFY(bulkLedger(fx, jalaliTehran(1405, 1, 3)));
        ReportRunner &runner = fx.hub.reportRunner();
        QSignalSpy progress(&runner, &ReportRunner::progress);
        QSignalSpy finished(&runner, &ReportRunner::finished);
        QSignalSpy failed(&runner, &ReportRunner::failed);
        QVERIFY(runner.start(fx.manager, ReportKind::PointsActivity, range()));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(fx.manager, ReportKind::Sales, range())); // one at a time
        QVERIFY(finished.wait(120'000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(!runner.isRunning());
        // Many steps, rising, ending at the whole.
        QVERIFY2(progress.size() > 10, qPrintable(QString::number(progress.size())));
        int last = -1;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            QVERIFY(p.at(0).toInt() >= last);
            last = p.at(0).toInt();
            QCOMPARE(p.at(1).toInt(), 1000);
        }
        QCOMPARE(last, 1000);
        const ReportTable table = finished.first().first().value<ReportTable>();
        qint64 issued = 0;
        for (const QVariantList &row : table.rows)
            issued += row.at(table.column(QStringLiteral("issued"))).toLongLong();
        QCOMPARE(issued, qint64(kDays) * kEntriesPerDay + 100); // and the one real sale's 100 points
    }

    void cancelStopsEarly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void cancelStopsEarly()
    {
        QFETCH(int, engine);
        LoyaltyFixture fx(Database::Engine(engine), jalaliTehran(1405, 1, 2));
        QVERIFY2(fx.ok(), qPrintable(fx.problem()));
        QVERIFY(bulkLedger(fx, jalaliTehran(1405, 1, 3)));
        ReportRunner &runner = fx.hub.reportRunner();
        QSignalSpy progress(&runner, &ReportRunner::progress);
        QSignalSpy finished(&runner, &ReportRunner::finished);
        QSignalSpy cancelled(&runner, &ReportRunner::cancelled);
        QVERIFY(runner.start(fx.manager, ReportKind::PointsActivity, range()));
        runner.cancel(); // long before the worker has read 120,000 rows
        QVERIFY(cancelled.wait(60'000));
        QCOMPARE(finished.size(), 0);
        for (const QList<QVariant> &p : std::as_const(progress))
            QVERIFY2(p.at(0).toInt() < 500, qPrintable(QString::number(p.at(0).toInt())));
        // And the runner takes the next report.
        QSignalSpy done(&runner, &ReportRunner::finished);
        QVERIFY(runner.start(fx.manager, ReportKind::Sales, range()));
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.first().first().value<ReportTable>().rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportRunner)
#include "tst_reportrunner.moc"
