// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService::postBatch, the one-transaction posting sales, returns and gifts use.
#include "../ledger/LedgerFixture.h"
#include "ledger/LedgerStore.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using namespace Club::Test::Ledger;

namespace {
qint64 count(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    const Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}

QList<qint64> footprint(Database &db)
{
    QList<qint64> out;
    for (const char *table : {"journal_transactions", "journal_entries", "points_lots", "ledger_accounts"})
        out << count(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    out << count(db, QStringLiteral("SELECT CAST(COALESCE(SUM(remaining), 0) AS BIGINT) FROM points_lots"));
    return out;
}

LedgerBatch saleBatch(Points earn, Points spend, Money paid, Money gross)
{
    LedgerBatch b;
    b.kind = QStringLiteral("sale");
    if (earn > 0)
        b.credits.append({earn, kStart.addDays(7), {}, LedgerStore::kPointsIssued});
    b.spend = spend;
    b.spendSystemCode = LedgerStore::kPointsRedeemed;
    b.money = {{QStringLiteral("system:cash"), paid}, {QStringLiteral("system:sales"), -gross}};
    return b;
}
} // namespace

class TestLedgerBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTransactionForEverything_data() { CLUB_ADD_ENGINE_ROWS(); }
    void oneTransactionForEverything()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, {}, key("e")).ok());
        const qint64 before = count(f.db(), QStringLiteral("SELECT COUNT(*) FROM journal_transactions"));
        LedgerBatch b = saleBatch(40, 30, 7000, 10000);
        b.money.append({QStringLiteral("system:points_tender"), 3000});
        const Result<BatchResult> r = f.ledger.postBatch(f.admin, f.account, b, key("sale-1"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->lotIds.size(), 1);
        QCOMPARE(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM journal_transactions")), before + 1);
        const AccountBalance bal = f.balance(f.account);
        QCOMPARE(bal.points, 110);
        QCOMPARE(bal.pointsAvailable, 70);
        QCOMPARE(bal.pointsPending, 40);
        // A replay posts nothing and makes no lot.
        const QList<qint64> after = footprint(f.db());
        const Result<BatchResult> again = f.ledger.postBatch(f.admin, f.account, b, key("sale-1"));
        QVERIFY(again.ok());
        QVERIFY(again->replayed);
        QCOMPARE(again->transactionId, r->transactionId);
        QVERIFY(again->lotIds.isEmpty());
        QCOMPARE(footprint(f.db()), after);
        QVERIFY(f.ledger.verify(f.admin)->ok());
    }

    void refusedBatchWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusedBatchWritesNothing()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, {}, key("e")).ok());
        const Result<BatchResult> sale = f.ledger.postBatch(f.admin, f.account, saleBatch(50, 0, 100, 100), key("s"));
        QVERIFY(sale.ok());
        const Id pendingLot = sale->lotIds.at(0);
        Result<QList<PointsLot>> lots = f.ledger.openLots(f.admin, f.account);
        Id availableLot = kNoId;
        for (const PointsLot &lot : std::as_const(*lots))
            availableLot = lot.id != pendingLot ? lot.id : availableLot;
        const QList<qint64> before = footprint(f.db());

        struct Case
        {
            const char *name;
            LedgerBatch batch;
            Id account;
            Error::Code code;
        };
        LedgerBatch overSpend = saleBatch(10, 101, 100, 100); // the new lot must not pay for the spend
        LedgerBatch unbalanced = saleBatch(10, 0, 100, 99);
        LedgerBatch overLot = saleBatch(0, 0, 0, 0);
        overLot.lotDebits.append({pendingLot, 51, LedgerStore::kPointsIssued});
        LedgerBatch otherLot = saleBatch(0, 0, 0, 0);
        otherLot.lotDebits.append({availableLot, 1, LedgerStore::kPointsIssued});
        LedgerBatch overDraw = saleBatch(0, 0, 0, 0);
        overDraw.drawAny = 151;
        overDraw.drawAnySystemCode = LedgerStore::kPointsIssued;
        LedgerBatch negative = saleBatch(-5, 0, 0, 0);
        negative.credits.append({-5, {}, {}, LedgerStore::kPointsIssued});
        const QList<Case> cases = {
            {"spend beyond available", overSpend, f.account, Error::Code::InsufficientFunds},
            {"money not balanced", unbalanced, f.account, Error::Code::Storage},
            {"more than the lot holds", overLot, f.account, Error::Code::Conflict},
            {"another account's lot", otherLot, f.other, Error::Code::InsufficientFunds},
            {"draw beyond available and pending", overDraw, f.account, Error::Code::InsufficientFunds},
            {"negative credit", negative, f.account, Error::Code::Invalid},
        };
        int n = 0;
        for (const Case &c : cases) {
            const Result<BatchResult> r =
                f.ledger.postBatch(f.admin, c.account, c.batch, QStringLiteral("refused-%1").arg(++n));
            QVERIFY2(!r.ok(), c.name);
            QVERIFY2(r.error().code == c.code, c.name);
            QVERIFY2(footprint(f.db()) == before, c.name);
        }
        // The lot the sale made can be taken back in full, and pending lots can be drawn.
        LedgerBatch reverse = saleBatch(0, 0, 0, 0);
        reverse.lotDebits.append({pendingLot, 50, LedgerStore::kPointsIssued});
        reverse.drawAny = 100;
        reverse.drawAnySystemCode = LedgerStore::kPointsIssued;
        reverse.memberCredit = -500;
        reverse.money = {{QStringLiteral("system:points_clawback"), 500}};
        const Result<BatchResult> back = f.ledger.postBatch(f.admin, f.account, reverse, key("back"));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(f.balance(f.account).points, 0);
        QCOMPARE(f.balance(f.account).credit, -500);
        Result<LedgerCheck> check = f.ledger.verify(f.admin);
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLedgerBatch)
#include "tst_ledgerbatch.moc"
