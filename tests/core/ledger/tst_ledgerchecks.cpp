// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService reads (balance, history), verify() on a tampered store, and debits racing
// from several connections.
#include "LedgerFixture.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QAtomicInt>
#include <QThread>
#include <QTest>

#include <memory>

using namespace Club::Core;
using namespace Club::Test::Ledger;
using Club::Test::TestDatabase;

class TestLedgerChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balanceAndHistory_data() { CLUB_ADD_ENGINE_ROWS(); }
    void balanceAndHistory()
    {
        LEDGER_FIXTURE();
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const QDateTime e1 = kStart.addDays(10);
        const QDateTime e2 = kStart.addDays(40);
        QVERIFY(f.ledger.earnPoints(staff, f.account, 100, expiringAt(e1), key("h1")).ok());
        f.clock.advanceSecs(10);
        QVERIFY(f.ledger.earnPoints(staff, f.account, 60, expiringAt(e1), key("h2")).ok());
        f.clock.advanceSecs(10);
        EarnOptions pending = expiringAt(e2, kStart.addDays(3));
        pending.kind = QStringLiteral("birthday");
        pending.reference = QStringLiteral("promo:bday");
        QVERIFY(f.ledger.earnPoints(staff, f.account, 25, pending, key("h3")).ok());
        f.clock.advanceSecs(10);
        QVERIFY(f.ledger.spendPoints(staff, f.account, 30, QStringLiteral("sale:9"), key("h4")).ok());
        f.clock.advanceSecs(10);
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 7000, {}, key("h5")).ok());
        QVERIFY(f.ledger.earnPoints(staff, f.other, 999, {}, key("someone else")).ok());

        AccountBalance b = f.balance(f.account);
        QCOMPARE(b.memberAccountId, f.account);
        QCOMPARE(b.points, 155);
        QCOMPARE(b.pointsAvailable, 130);
        QCOMPARE(b.pointsPending, 25);
        QCOMPARE(b.storedValue, 7000);
        QCOMPARE(b.nextExpiry, e1);
        QCOMPARE(b.nextExpiryPoints, 130);

        Result<QList<JournalTransaction>> h = f.ledger.history(staff, f.account);
        QVERIFY(h.ok());
        QCOMPARE(h->size(), 5);
        QCOMPARE(h->at(0).kind, QStringLiteral("stored_value.charge"));
        QCOMPARE(h->at(0).moneyDelta, 7000);
        QCOMPARE(h->at(0).pointsDelta, 0);
        QCOMPARE(h->at(0).operatorName, QStringLiteral("Test Admin"));
        QCOMPARE(h->at(1).kind, QStringLiteral("spend"));
        QCOMPARE(h->at(1).pointsDelta, -30);
        QCOMPARE(h->at(1).reference, QStringLiteral("sale:9"));
        QCOMPARE(h->at(1).operatorName, QStringLiteral("Test staff"));
        QCOMPARE(h->at(2).kind, QStringLiteral("birthday"));
        QCOMPARE(h->at(2).pointsDelta, 25);
        QCOMPARE(h->at(4).pointsDelta, 100);
        QCOMPARE(h->at(4).createdAt, kStart);
        QCOMPARE(f.ledger.history(staff, f.account, 2)->size(), 2);
        QCOMPARE(f.ledger.history(staff, 999999).error().code, Error::Code::NotFound);
        QCOMPARE(f.ledger.balance(staff, 999999).error().code, Error::Code::NotFound);
        QCOMPARE(f.ledger.transaction(staff, 999999).error().code, Error::Code::NotFound);

        // A member account with no ledger accounts yet reads as zero.
        const Id fresh = newMemberAccount(f.db(), kStart);
        AccountBalance none = f.balance(fresh);
        QCOMPARE(none.points, 0);
        QVERIFY(!none.nextExpiry.isValid());
        QCOMPARE(f.ledger.history(staff, fresh)->size(), 0);
    }

    void concurrentDebitsNeverOverdraw_data() { CLUB_ADD_ENGINE_ROWS(); }
    void concurrentDebitsNeverOverdraw()
    {
        LEDGER_FIXTURE();
        // Each thread has its own connection; together they ask for twice what is there.
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 10000, {}, key("g")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 1000, {}, key("e")).ok());
        constexpr int kThreads = 4;
        constexpr int kTries = 10;
        QAtomicInt moneyOk;
        QAtomicInt pointsOk;
        QAtomicInt unexpected;
        QList<QThread *> threads;
        for (int n = 0; n < kThreads; ++n) {
            threads.append(QThread::create([&, n] {
                for (int i = 0; i < kTries; ++i) {
                    const QString tag = QStringLiteral("%1-%2").arg(n).arg(i);
                    Result<PostResult> money =
                        f.ledger.spendStoredValue(f.admin, f.account, 500, {}, QStringLiteral("sv-") + tag);
                    Result<PostResult> points =
                        f.ledger.spendPoints(f.admin, f.account, 50, {}, QStringLiteral("pt-") + tag);
                    for (const Result<PostResult> *r : {&money, &points}) {
                        if (!r->ok() && r->error().code != Error::Code::InsufficientFunds)
                            unexpected.fetchAndAddRelaxed(1);
                    }
                    moneyOk.fetchAndAddRelaxed(money.ok() ? 1 : 0);
                    pointsOk.fetchAndAddRelaxed(points.ok() ? 1 : 0);
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(unexpected.loadRelaxed(), 0);
        QCOMPARE(moneyOk.loadRelaxed(), 20);
        QCOMPARE(pointsOk.loadRelaxed(), 20);
        const AccountBalance b = f.balance(f.account);
        QCOMPARE(b.storedValue, 0);
        QCOMPARE(b.points, 0);
        Result<LedgerCheck> check = f.ledger.verify(f.admin);
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    void oppositeTransfersDoNotDeadlock_data() { CLUB_ADD_ENGINE_ROWS(); }
    void oppositeTransfersDoNotDeadlock()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, {}, key("a")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 100, {}, key("b")).ok());
        constexpr int kMoves = 40;
        QAtomicInt failures;
        auto mover = [&](Id from, Id to, const QString &tag) {
            return QThread::create([&, from, to, tag] {
                for (int i = 0; i < kMoves; ++i) {
                    if (!f.ledger.transferPoints(f.admin, from, to, 1, {}, tag + QString::number(i)).ok())
                        failures.fetchAndAddRelaxed(1);
                }
            });
        };
        std::unique_ptr<QThread> there(mover(f.account, f.other, QStringLiteral("there-")));
        std::unique_ptr<QThread> back(mover(f.other, f.account, QStringLiteral("back-")));
        there->start();
        back->start();
        QVERIFY(there->wait(120000));
        QVERIFY(back->wait(120000));
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(f.balance(f.account).points, 100);
        QCOMPARE(f.balance(f.other).points, 100);
        QCOMPARE(rows(f.db(), QStringLiteral("journal_transactions WHERE kind = 'transfer'")), 2 * kMoves);
        QVERIFY(f.ledger.verify(f.admin)->ok());
    }

    void verifyFindsACorruptedLedger_data() { CLUB_ADD_ENGINE_ROWS(); }
    void verifyFindsACorruptedLedger()
    {
        LEDGER_FIXTURE();
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, {}, key("e1")).ok());
        QVERIFY(f.ledger.spendPoints(f.admin, f.account, 40, {}, key("s1")).ok());
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 900, {}, key("g1")).ok());
        Result<LedgerCheck> clean = f.ledger.verify(accountant);
        QVERIFY(clean.ok());
        QVERIFY2(clean->ok(), qPrintable(clean->problems.join(QLatin1Char('\n'))));
        QCOMPARE(clean->transactionsChecked, 3);
        QCOMPARE(clean->lotsChecked, 1);
        QCOMPARE(clean->accountsChecked, 5); // points, stored value, issued, redeemed, stored value issued

        SqlQuery tamper(f.db(), QStringLiteral("UPDATE ledger_accounts SET balance = balance + 5 WHERE "
                                               "member_account_id = :m AND kind = 'points'"));
        tamper.bind(QStringLiteral(":m"), f.account);
        QVERIFY(tamper.exec().ok());
        Result<LedgerCheck> broken = f.ledger.verify(accountant);
        QVERIFY(broken.ok());
        QVERIFY(!broken->ok());
        const QString report = broken->problems.join(QLatin1Char('\n'));
        QVERIFY2(report.contains(QLatin1String("shows a balance of 65, but its entries sum to 60")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("member account %1").arg(f.account)), qPrintable(report));

        // A lot whose remaining drifted, and an entry that unbalances its transaction. The
        // database refuses to edit the journal, so the test first lifts that guard, as a
        // tool working on the file behind the program's back could.
        QVERIFY(SqlQuery(f.db(), QStringLiteral("UPDATE points_lots SET remaining = remaining - 1")).exec().ok());
        QVERIFY(!SqlQuery(f.db(), QStringLiteral("UPDATE journal_entries SET amount = amount + 3")).exec().ok());
        QVERIFY(f.t.liftAppendOnlyGuard(QStringLiteral("journal_entries")));
        SqlQuery unbalance(f.db(), QStringLiteral("UPDATE journal_entries SET amount = amount + 3 WHERE unit = "
                                                  "'money' AND amount > 0"));
        QVERIFY(unbalance.exec().ok());
        const QString worse = f.ledger.verify(accountant)->problems.join(QLatin1Char('\n'));
        QVERIFY2(worse.contains(QLatin1String("Points lot")), qPrintable(worse));
        QVERIFY2(worse.contains(QLatin1String("money entries sum to 3")), qPrintable(worse));
    }
};

QTEST_GUILESS_MAIN(TestLedgerChecks)
#include "tst_ledgerchecks.moc"
