// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerService postings: earn, spend, replay, refusals, lots, expiry, adjust, stored value,
// transfer, permissions. Reads, verify() and concurrency are in tst_ledgerchecks.cpp.
#include "LedgerFixture.h"
#include "auth/AuditLog.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using namespace Club::Test::Ledger;
using Club::Test::TestDatabase;

class TestLedgerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earnPostsBalancedEntries_data() { CLUB_ADD_ENGINE_ROWS(); }
    void earnPostsBalancedEntries()
    {
        LEDGER_FIXTURE();
        QSignalSpy spy(&f.ledger, &LedgerService::posted);
        Result<PostResult> earned = f.ledger.earnPoints(f.admin, f.account, 120, {}, key("sale:1"));
        QVERIFY2(earned.ok(), qPrintable(earned ? QString() : earned.error().detail));
        QVERIFY(!earned->replayed);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), earned->transactionId);
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), QList<qint64>{f.account});

        Result<JournalTransaction> tx = f.ledger.transaction(f.admin, earned->transactionId);
        QVERIFY(tx.ok());
        QCOMPARE(tx->kind, QStringLiteral("earn"));
        QCOMPARE(tx->operatorId, f.admin.operatorId);
        QCOMPARE(tx->createdAt, kStart);
        QCOMPARE(tx->entries.size(), 2);
        qint64 sum = 0;
        int withLot = 0;
        for (const LedgerEntry &e : tx->entries) {
            sum += e.amount;
            withLot += e.lotId != kNoId ? 1 : 0;
            QCOMPARE(e.unit, Unit::Points);
        }
        QCOMPARE(sum, 0);
        QCOMPARE(withLot, 1); // only the member's side names the lot
        QCOMPARE(tx->entries.at(1).accountKind, QStringLiteral("system:points_issued"));

        const AccountBalance b = f.balance(f.account);
        QCOMPARE(b.points, 120);
        QCOMPARE(b.pointsAvailable, 120);
        QCOMPARE(b.pointsPending, 0);
        QVERIFY(!b.nextExpiry.isValid());
        QCOMPARE(rows(f.db(), QStringLiteral("audit_log WHERE action = 'ledger.earn'")), 1);
    }

    void everyTransactionSumsToZero_data() { CLUB_ADD_ENGINE_ROWS(); }
    void everyTransactionSumsToZero()
    {
        LEDGER_FIXTURE();
        const Actor manager = f.t.actorWithRole(Role::Manager);
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 500, expiringAt(kStart.addDays(10)), key("e1")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 300, {}, key("e2")).ok());
        QVERIFY(f.ledger.spendPoints(f.admin, f.account, 650, key("sale:9"), key("s1")).ok());
        QVERIFY(f.ledger.adjustPoints(manager, f.account, 40, key("goodwill"), key("a1")).ok());
        QVERIFY(f.ledger.adjustPoints(manager, f.account, -20, key("typo"), key("a2")).ok());
        QVERIFY(f.ledger.transferPoints(f.admin, f.account, f.other, 100, key("family"), key("t1")).ok());
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 90000, key("gift"), key("g1")).ok());
        QVERIFY(f.ledger.spendStoredValue(f.admin, f.account, 15000, key("sale:10"), key("g2")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 10, expiringAt(kStart.addDays(5)), key("e4")).ok());
        f.clock.advanceDays(11);
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 5, {}, key("e3")).ok());
        QCOMPARE(*f.ledger.expirePoints(f.admin, f.clock.nowUtc()), 1);

        SqlQuery ids(f.db(), QStringLiteral("SELECT id FROM journal_transactions ORDER BY id"));
        QVERIFY(ids.exec().ok());
        int seen = 0;
        while (ids.next()) {
            Result<JournalTransaction> tx = f.ledger.transaction(f.admin, ids.value(0).toLongLong());
            QVERIFY(tx.ok());
            QVERIFY(!tx->entries.isEmpty());
            qint64 points = 0;
            qint64 money = 0;
            for (const LedgerEntry &e : tx->entries)
                (e.unit == Unit::Points ? points : money) += e.amount;
            QCOMPARE(points, 0);
            QCOMPARE(money, 0);
            ++seen;
        }
        QCOMPARE(seen, 11);
        QCOMPARE(unbalancedTransactions(f.db()), 0);
        QCOMPARE(unitSum(f.db(), QStringLiteral("points")), 0);
        QCOMPARE(unitSum(f.db(), QStringLiteral("money")), 0);
        Result<LedgerCheck> check = f.ledger.verify(f.admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
        QCOMPARE(check->transactionsChecked, 11);
    }

    void replayingAKeyPostsOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void replayingAKeyPostsOnce()
    {
        LEDGER_FIXTURE();
        QSignalSpy spy(&f.ledger, &LedgerService::posted);
        Result<PostResult> first = f.ledger.earnPoints(f.admin, f.account, 100, {}, key("sale:77:earn"));
        QVERIFY(first.ok());
        const Counts before = counts(f.db());
        Result<PostResult> again = f.ledger.earnPoints(f.admin, f.account, 100, {}, key("sale:77:earn"));
        QVERIFY(again.ok());
        QVERIFY(again->replayed);
        QCOMPARE(again->transactionId, first->transactionId);
        QCOMPARE(counts(f.db()), before);
        QCOMPARE(spy.count(), 1);

        // A retried spend returns the first result even though the points are gone now.
        Result<PostResult> spent = f.ledger.spendPoints(f.admin, f.account, 100, {}, key("sale:78:redeem"));
        QVERIFY(spent.ok());
        const Counts afterSpend = counts(f.db());
        Result<PostResult> retry = f.ledger.spendPoints(f.admin, f.account, 100, {}, key("sale:78:redeem"));
        QVERIFY(retry.ok());
        QVERIFY(retry->replayed);
        QCOMPARE(retry->transactionId, spent->transactionId);
        QCOMPARE(counts(f.db()), afterSpend);
        QCOMPARE(f.balance(f.account).points, 0);

        // Stored value and transfers replay the same way.
        Result<PostResult> charge = f.ledger.chargeStoredValue(f.admin, f.account, 5000, {}, key("gift:1"));
        QVERIFY(charge.ok());
        const Counts afterCharge = counts(f.db());
        Result<PostResult> chargeAgain = f.ledger.chargeStoredValue(f.admin, f.account, 5000, {}, key("gift:1"));
        QVERIFY(chargeAgain.ok() && chargeAgain->replayed);
        QCOMPARE(chargeAgain->transactionId, charge->transactionId);
        QCOMPARE(counts(f.db()), afterCharge);
        QCOMPARE(f.balance(f.account).storedValue, 5000);

        // A late retry (an offline outbox catching up) still finds its first result, even
        // though the points it earned have expired since.
        Result<PostResult> dated =
            f.ledger.earnPoints(f.admin, f.account, 9, expiringAt(kStart.addDays(1)), key("late"));
        QVERIFY(dated.ok());
        f.clock.advanceDays(3);
        const Counts beforeLate = counts(f.db());
        Result<PostResult> lateRetry =
            f.ledger.earnPoints(f.admin, f.account, 9, expiringAt(kStart.addDays(1)), key("late"));
        QVERIFY2(lateRetry.ok(), qPrintable(lateRetry ? QString() : lateRetry.error().message));
        QVERIFY(lateRetry->replayed);
        QCOMPARE(lateRetry->transactionId, dated->transactionId);
        QCOMPARE(counts(f.db()), beforeLate);
        Result<PostResult> stale =
            f.ledger.earnPoints(f.admin, f.account, 9, expiringAt(kStart.addDays(1)), key("fresh"));
        QCOMPARE(stale.error().field, QStringLiteral("expiresAt"));
        QCOMPARE(counts(f.db()), beforeLate);
        const Counts afterCharge2 = beforeLate;

        // No key, no posting.
        Result<PostResult> noKey = f.ledger.earnPoints(f.admin, f.account, 1, {}, QString());
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().code, Error::Code::Invalid);
        QCOMPARE(noKey.error().field, QStringLiteral("idempotencyKey"));
        QCOMPARE(counts(f.db()), afterCharge2);
    }

    void overdraftIsRefusedAndWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void overdraftIsRefusedAndWritesNothing()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 70, {}, key("e1")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 30, expiringAt(kStart.addDays(3)), key("e2")).ok());
        QSignalSpy spy(&f.ledger, &LedgerService::posted);
        const Counts before = counts(f.db());

        Result<PostResult> refused = f.ledger.spendPoints(f.admin, f.account, 101, {}, key("s1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InsufficientFunds);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(refused.error().field, QStringLiteral("points"));
        QCOMPARE(counts(f.db()), before);
        QCOMPARE(spy.count(), 0);
        // The refused key is free: the same key may post once the points are there.
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 1, {}, key("e3")).ok());
        Result<PostResult> later = f.ledger.spendPoints(f.admin, f.account, 101, {}, key("s1"));
        QVERIFY(later.ok());
        QVERIFY(!later->replayed);
        QCOMPARE(f.balance(f.account).points, 0);

        // An account that never held points, and a member account that does not exist.
        const Counts now = counts(f.db());
        Result<PostResult> empty = f.ledger.spendPoints(f.admin, f.other, 1, {}, key("s2"));
        QCOMPARE(empty.error().code, Error::Code::InsufficientFunds);
        Result<PostResult> ghost = f.ledger.spendPoints(f.admin, 999999, 1, {}, key("s3"));
        QCOMPARE(ghost.error().code, Error::Code::NotFound);
        Result<PostResult> ghostEarn = f.ledger.earnPoints(f.admin, 999999, 1, {}, key("s4"));
        QCOMPARE(ghostEarn.error().code, Error::Code::NotFound);
        QCOMPARE(counts(f.db()), now);
    }

    void spendingDrawsSoonestExpiryFirst_data() { CLUB_ADD_ENGINE_ROWS(); }
    void spendingDrawsSoonestExpiryFirst()
    {
        LEDGER_FIXTURE();
        // Earned in this order; the draw order is by expiry, never-expiring last, then age.
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 50, {}, key("never")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 40, expiringAt(kStart.addDays(90)), key("late")).ok());
        f.clock.advanceSecs(60);
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 20, expiringAt(kStart.addDays(30)), key("soon")).ok());

        Result<QList<PointsLot>> lots = f.ledger.openLots(f.admin, f.account);
        QVERIFY(lots.ok());
        QCOMPARE(lots->size(), 3);
        QCOMPARE(lots->at(0).expiresAt, kStart.addDays(30));
        QCOMPARE(lots->at(1).expiresAt, kStart.addDays(90));
        QVERIFY(!lots->at(2).expiresAt.isValid());

        // 25 points: all 20 of the soonest lot, then 5 of the 90-day lot.
        Result<PostResult> spent = f.ledger.spendPoints(f.admin, f.account, 25, {}, key("s1"));
        QVERIFY(spent.ok());
        Result<JournalTransaction> tx = f.ledger.transaction(f.admin, spent->transactionId);
        QVERIFY(tx.ok());
        QCOMPARE(tx->entries.size(), 3); // one member entry per lot drawn, one system entry
        QCOMPARE(tx->entries.at(0).lotId, lots->at(0).id);
        QCOMPARE(tx->entries.at(0).amount, -20);
        QCOMPARE(tx->entries.at(1).lotId, lots->at(1).id);
        QCOMPARE(tx->entries.at(1).amount, -5);
        QCOMPARE(tx->entries.at(2).accountKind, QStringLiteral("system:points_redeemed"));
        QCOMPARE(tx->entries.at(2).amount, 25);

        Result<QList<PointsLot>> after = f.ledger.openLots(f.admin, f.account);
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0).remaining, 35);
        QCOMPARE(after->at(1).remaining, 50);

        // Two lots with the same expiry: the older is drawn first.
        const QDateTime same = kStart.addDays(60);
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 10, expiringAt(same), key("o1")).ok());
        f.clock.advanceSecs(3600);
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 10, expiringAt(same), key("o2")).ok());
        Result<QList<PointsLot>> pair = f.ledger.openLots(f.admin, f.other);
        QVERIFY(f.ledger.spendPoints(f.admin, f.other, 12, {}, key("s2")).ok());
        Result<QList<PointsLot>> pairAfter = f.ledger.openLots(f.admin, f.other);
        QCOMPARE(pairAfter->size(), 1);
        QCOMPARE(pairAfter->at(0).id, pair->at(1).id);
        QCOMPARE(pairAfter->at(0).remaining, 8);

        // lot.remaining equals the entries on it, lot by lot.
        SqlQuery q(f.db(), QStringLiteral("SELECT COUNT(*) FROM points_lots l WHERE l.remaining <> (SELECT "
                                          "COALESCE(SUM(e.amount), 0) FROM journal_entries e WHERE e.lot_id = l.id)"));
        QCOMPARE(q.scalar()->toLongLong(), 0);
    }

    void pendingPointsWaitUntilAvailable_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pendingPointsWaitUntilAvailable()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 30, {}, key("now")).ok());
        QVERIFY(
            f.ledger
                .earnPoints(f.admin, f.account, 200, expiringAt(kStart.addDays(365), kStart.addDays(7)), key("pending"))
                .ok());
        AccountBalance b = f.balance(f.account);
        QCOMPARE(b.points, 230);
        QCOMPARE(b.pointsAvailable, 30);
        QCOMPARE(b.pointsPending, 200);

        const Counts before = counts(f.db());
        Result<PostResult> early = f.ledger.spendPoints(f.admin, f.account, 100, {}, key("s1"));
        QCOMPARE(early.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(counts(f.db()), before);

        f.clock.set(kStart.addDays(7).addSecs(-1));
        QCOMPARE(f.ledger.spendPoints(f.admin, f.account, 100, {}, key("s1")).error().code,
                 Error::Code::InsufficientFunds);
        f.clock.set(kStart.addDays(7));
        QVERIFY(f.ledger.spendPoints(f.admin, f.account, 100, {}, key("s1")).ok());
        b = f.balance(f.account);
        QCOMPARE(b.points, 130);
        QCOMPARE(b.pointsAvailable, 130);
        QCOMPARE(b.pointsPending, 0);

        // Points may not expire before they can be used.
        Result<PostResult> odd =
            f.ledger.earnPoints(f.admin, f.account, 5, expiringAt(kStart.addDays(20), kStart.addDays(30)), key("odd"));
        QCOMPARE(odd.error().code, Error::Code::Invalid);
        QCOMPARE(odd.error().field, QStringLiteral("expiresAt"));
    }

    void expiryAppendsAndDeletesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void expiryAppendsAndDeletesNothing()
    {
        LEDGER_FIXTURE();
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, expiringAt(kStart.addDays(30)), key("a")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 60, expiringAt(kStart.addDays(60)), key("b")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 25, expiringAt(kStart.addDays(30)), key("c")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 5, {}, key("d")).ok());
        QVERIFY(f.ledger.spendPoints(f.admin, f.account, 40, {}, key("s")).ok()); // leaves 60 in lot a

        f.clock.set(kStart.addDays(30).addSecs(1));
        // Past expiry but before the job: no longer usable, still in the ledger balance.
        AccountBalance b = f.balance(f.account);
        QCOMPARE(b.points, 120);
        QCOMPARE(b.pointsAvailable, 60);
        QCOMPARE(b.nextExpiry, kStart.addDays(60));
        QCOMPARE(b.nextExpiryPoints, 60);
        QCOMPARE(f.ledger.spendPoints(f.admin, f.account, 61, {}, key("s2")).error().code,
                 Error::Code::InsufficientFunds);

        const Counts before = counts(f.db());
        QSignalSpy spy(&f.ledger, &LedgerService::posted);
        Result<int> expired = f.ledger.expirePoints(accountant, f.clock.nowUtc());
        QVERIFY2(expired.ok(), qPrintable(expired ? QString() : expired.error().detail));
        QCOMPARE(*expired, 2); // lot a (60 left) and lot c (25)
        QCOMPARE(spy.count(), 2);
        const Counts after = counts(f.db());
        QCOMPARE(after.lots, before.lots); // nothing deleted
        QCOMPARE(after.transactions, before.transactions + 2);
        QCOMPARE(after.entries, before.entries + 4);
        QCOMPARE(after.lotRemaining, before.lotRemaining - 85);
        QCOMPARE(rows(f.db(), QStringLiteral("journal_transactions WHERE idempotency_key LIKE 'expire:lot:%'")), 2);
        QCOMPARE(f.balance(f.account).points, 60);
        QCOMPARE(f.balance(f.other).points, 5);
        QCOMPARE(cachedBalance(f.db(), f.account, QStringLiteral("points")), 60);
        QCOMPARE(scalar(f.db(), QStringLiteral("SELECT balance FROM ledger_accounts WHERE code = "
                                               "'system:points_expired'")),
                 85);
        QCOMPARE(rows(f.db(), QStringLiteral("audit_log WHERE action = 'ledger.expire'")), 1);

        // A second run posts nothing (but says it ran).
        const Counts settled = counts(f.db());
        Result<int> again = f.ledger.expirePoints(accountant, f.clock.nowUtc());
        QCOMPARE(*again, 0);
        Counts rerun = counts(f.db());
        QCOMPARE(rerun.audit, settled.audit + 1);
        rerun.audit = settled.audit;
        QCOMPARE(rerun, settled);

        // Not ahead of time, and not by staff.
        QCOMPARE(f.ledger.expirePoints(accountant, f.clock.nowUtc().addDays(1)).error().field, QStringLiteral("asOf"));
        QCOMPARE(f.ledger.expirePoints(f.t.actorWithRole(Role::Staff), f.clock.nowUtc()).error().code,
                 Error::Code::Forbidden);
        Result<LedgerCheck> check = f.ledger.verify(f.admin);
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    void adjustNeedsAManagerAndAReason_data() { CLUB_ADD_ENGINE_ROWS(); }
    void adjustNeedsAManagerAndAReason()
    {
        LEDGER_FIXTURE();
        const Actor manager = f.t.actorWithRole(Role::Manager);
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        const Counts before = counts(f.db());
        for (const Actor &who : {staff, accountant, Actor{}}) {
            Result<PostResult> r = f.ledger.adjustPoints(who, f.account, 10, key("why"), key("a1"));
            QCOMPARE(r.error().code, Error::Code::Forbidden);
        }
        Result<PostResult> noReason = f.ledger.adjustPoints(manager, f.account, 10, key("  "), key("a1"));
        QCOMPARE(noReason.error().code, Error::Code::Invalid);
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        QCOMPARE(counts(f.db()), before);

        const QDateTime expiry = kStart.addDays(45);
        Result<PostResult> plus = f.ledger.adjustPoints(manager, f.account, 80, key("lost receipt"), key("a1"), expiry);
        QVERIFY(plus.ok());
        Result<QList<PointsLot>> lots = f.ledger.openLots(f.admin, f.account);
        QCOMPARE(lots->size(), 1);
        QCOMPARE(lots->at(0).expiresAt, expiry);
        Result<JournalTransaction> tx = f.ledger.transaction(f.admin, plus->transactionId);
        QCOMPARE(tx->memo, QStringLiteral("lost receipt"));
        QCOMPARE(tx->entries.at(1).accountKind, QStringLiteral("system:points_adjustments"));

        Result<PostResult> minus = f.ledger.adjustPoints(manager, f.account, -30, key("double entry"), key("a2"));
        QVERIFY(minus.ok());
        QCOMPARE(f.balance(f.account).points, 50);
        const Counts mid = counts(f.db());
        Result<PostResult> tooMuch = f.ledger.adjustPoints(manager, f.account, -51, key("oops"), key("a3"));
        QCOMPARE(tooMuch.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(counts(f.db()), mid);

        AuditLog audit(f.db(), f.clock);
        Result<QList<AuditEntry>> lines = audit.list(f.admin, QStringLiteral("member_account"), f.account);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(0).action, QStringLiteral("ledger.adjust"));
        QVERIFY(lines->at(0).detail.contains(QLatin1String("double entry")));
        QCOMPARE(lines->at(0).operatorId, manager.operatorId);
    }

    void permissions_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("post");
        QTest::addColumn<bool>("adjust");
        QTest::addColumn<bool>("expire");
        QTest::addColumn<bool>("read");
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const QString e = TestDatabase::engineName(Database::Engine(engine));
            QTest::newRow(qPrintable(QString(e + QStringLiteral("/staff"))))
                << engine << int(Role::Staff) << true << false << false << true;
            QTest::newRow(qPrintable(QString(e + QStringLiteral("/accountant"))))
                << engine << int(Role::Accountant) << true << false << true << true;
            QTest::newRow(qPrintable(QString(e + QStringLiteral("/manager"))))
                << engine << int(Role::Manager) << true << true << true << true;
            QTest::newRow(qPrintable(QString(e + QStringLiteral("/nobody"))))
                << engine << -1 << false << false << false << false;
        }
    }
    void permissions()
    {
        LEDGER_FIXTURE();
        QFETCH(int, role);
        QFETCH(bool, post);
        QFETCH(bool, adjust);
        QFETCH(bool, expire);
        QFETCH(bool, read);
        const Actor who = role < 0 ? Actor{} : f.t.actorWithRole(Role(role));
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 100, {}, key("seed")).ok());
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 100, {}, key("seed-sv")).ok());

        auto allowed = [](const auto &result) {
            return result.ok() || result.error().code != Error::Code::Forbidden;
        };
        QCOMPARE(allowed(f.ledger.earnPoints(who, f.account, 1, {}, key("p1"))), post);
        QCOMPARE(allowed(f.ledger.spendPoints(who, f.account, 1, {}, key("p2"))), post);
        QCOMPARE(allowed(f.ledger.transferPoints(who, f.account, f.other, 1, {}, key("p3"))), post);
        QCOMPARE(allowed(f.ledger.chargeStoredValue(who, f.account, 1, {}, key("p4"))), post);
        QCOMPARE(allowed(f.ledger.spendStoredValue(who, f.account, 1, {}, key("p5"))), post);
        QCOMPARE(allowed(f.ledger.adjustPoints(who, f.account, 1, key("r"), key("p6"))), adjust);
        QCOMPARE(allowed(f.ledger.expirePoints(who, f.clock.nowUtc())), expire);
        QCOMPARE(allowed(f.ledger.balance(who, f.account)), read);
        QCOMPARE(allowed(f.ledger.openLots(who, f.account)), read);
        QCOMPARE(allowed(f.ledger.history(who, f.account)), read);
        QCOMPARE(allowed(f.ledger.transaction(who, 1)), read);
        QCOMPARE(allowed(f.ledger.verify(who)), read);
        // What was allowed also went through.
        if (post)
            QCOMPARE(f.balance(f.account).storedValue, 100);
    }

    void storedValueChargeAndSpend_data() { CLUB_ADD_ENGINE_ROWS(); }
    void storedValueChargeAndSpend()
    {
        LEDGER_FIXTURE();
        QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 500000, key("gift card"), key("g1")).ok());
        Result<PostResult> spent = f.ledger.spendStoredValue(f.admin, f.account, 120000, key("sale:5"), key("g2"));
        QVERIFY(spent.ok());
        Result<JournalTransaction> tx = f.ledger.transaction(f.admin, spent->transactionId);
        QCOMPARE(tx->kind, QStringLiteral("stored_value.spend"));
        QCOMPARE(tx->reference, QStringLiteral("sale:5"));
        QCOMPARE(tx->entries.size(), 2);
        QCOMPARE(tx->entries.at(0).unit, Unit::Money);
        QCOMPARE(tx->entries.at(0).amount, -120000);
        QCOMPARE(tx->entries.at(1).accountKind, QStringLiteral("system:stored_value_redeemed"));

        const Counts before = counts(f.db());
        Result<PostResult> over = f.ledger.spendStoredValue(f.admin, f.account, 380001, {}, key("g3"));
        QCOMPARE(over.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(over.error().field, QStringLiteral("amount"));
        QCOMPARE(counts(f.db()), before);
        QCOMPARE(f.ledger.spendStoredValue(f.admin, f.other, 1, {}, key("g4")).error().code,
                 Error::Code::InsufficientFunds);
        QCOMPARE(f.ledger.chargeStoredValue(f.admin, f.account, 0, {}, key("g5")).error().field,
                 QStringLiteral("amount"));
        QCOMPARE(counts(f.db()), before);

        QVERIFY(f.ledger.spendStoredValue(f.admin, f.account, 380000, {}, key("g3")).ok());
        AccountBalance b = f.balance(f.account);
        QCOMPARE(b.storedValue, 0);
        QCOMPARE(b.points, 0);
        QCOMPARE(b.credit, 0);
    }

    void transferKeepsEachLotsDates_data() { CLUB_ADD_ENGINE_ROWS(); }
    void transferKeepsEachLotsDates()
    {
        LEDGER_FIXTURE();
        const QDateTime soon = kStart.addDays(20);
        const QDateTime later = kStart.addDays(200);
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 30, expiringAt(later), key("e1")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 50, expiringAt(soon), key("e2")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.account, 40, expiringAt(later, kStart.addDays(14)), key("e3")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, f.other, 7, {}, key("e4")).ok());

        QSignalSpy spy(&f.ledger, &LedgerService::posted);
        const Counts before = counts(f.db());
        QCOMPARE(f.ledger.transferPoints(f.admin, f.account, f.other, 121, key("join"), key("t0")).error().code,
                 Error::Code::InsufficientFunds);
        QCOMPARE(f.ledger.transferPoints(f.admin, f.account, f.account, 1, key("join"), key("t0")).error().code,
                 Error::Code::Invalid);
        QCOMPARE(counts(f.db()), before);

        // Everything moves, pending included: available lots first (soonest expiry), then pending.
        Result<PostResult> moved =
            f.ledger.transferPoints(f.admin, f.account, f.other, 120, key("family join"), key("t1"));
        QVERIFY2(moved.ok(), qPrintable(moved ? QString() : moved.error().detail));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{f.account, f.other}));
        AccountBalance from = f.balance(f.account);
        QCOMPARE(from.points, 0);
        AccountBalance to = f.balance(f.other);
        QCOMPARE(to.points, 127);
        QCOMPARE(to.pointsPending, 40);
        QCOMPARE(to.pointsAvailable, 87);
        QCOMPARE(to.nextExpiry, soon);
        QCOMPARE(to.nextExpiryPoints, 50);

        Result<QList<PointsLot>> lots = f.ledger.openLots(f.admin, f.other);
        QCOMPARE(lots->size(), 4);
        QCOMPARE(lots->at(0).expiresAt, soon);
        QCOMPARE(lots->at(0).remaining, 50);
        QCOMPARE(lots->at(1).expiresAt, later);
        QCOMPARE(lots->at(2).expiresAt, later);
        QCOMPARE(lots->at(1).remaining + lots->at(2).remaining, 70);
        QVERIFY(!lots->at(3).expiresAt.isValid());
        int pending = 0;
        for (const PointsLot &lot : *lots)
            pending += lot.availableAt == kStart.addDays(14) ? 1 : 0;
        QCOMPARE(pending, 1);

        Result<JournalTransaction> tx = f.ledger.transaction(f.admin, moved->transactionId);
        QCOMPARE(tx->kind, QStringLiteral("transfer"));
        QCOMPARE(tx->memo, QStringLiteral("family join"));
        QCOMPARE(tx->entries.size(), 6); // a pair per lot drawn
        for (const LedgerEntry &e : tx->entries)
            QVERIFY(e.lotId != kNoId);
        QCOMPARE(rows(f.db(), QStringLiteral("audit_log WHERE action = 'ledger.transfer'")), 1);

        // The moved points expire when they would have.
        f.clock.set(soon);
        QCOMPARE(*f.ledger.expirePoints(f.admin, soon), 1);
        QCOMPARE(f.balance(f.other).points, 77);
        QVERIFY(f.ledger.verify(f.admin)->ok());
    }

    void joinsTheCallersTransaction_data() { CLUB_ADD_ENGINE_ROWS(); }
    void joinsTheCallersTransaction()
    {
        LEDGER_FIXTURE();
        const Counts before = counts(f.db());
        {
            Transaction outer(f.db());
            QVERIFY(outer.ok());
            QVERIFY(f.ledger.earnPoints(f.admin, f.account, 10, {}, key("inner")).ok());
            QVERIFY(f.ledger.chargeStoredValue(f.admin, f.account, 10, {}, key("inner-sv")).ok());
            // A refusal inside rolls back only its own savepoint.
            QVERIFY(!f.ledger.spendPoints(f.admin, f.account, 11, {}, key("too much")).ok());
            QCOMPARE(f.balance(f.account).points, 10);
            outer.rollback();
        }
        QCOMPARE(counts(f.db()), before);
        {
            Transaction outer(f.db());
            QVERIFY(f.ledger.earnPoints(f.admin, f.account, 10, {}, key("inner")).ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(f.balance(f.account).points, 10);
    }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
