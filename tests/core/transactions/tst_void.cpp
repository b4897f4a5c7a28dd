// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Voids: a reversing transaction puts balances, lots and stock back exactly; a void that
// may not happen writes nothing.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using namespace Club::Test;

namespace {
// 10:00 in Tehran on 16 Azar 1405.
const QDateTime kStart = jalaliTehran(1405, 9, 16, 10, 0);

// Everything a void must put back: balances, every lot's remaining, stock of the product.
struct Snapshot
{
    AccountBalance balance;
    QList<std::pair<Id, Points>> lots;
    qint64 stock = 0;

    bool operator==(const Snapshot &o) const
    {
        return balance.points == o.balance.points && balance.pointsAvailable == o.balance.pointsAvailable &&
               balance.pointsPending == o.balance.pointsPending && balance.storedValue == o.balance.storedValue &&
               balance.credit == o.balance.credit && lots == o.lots && stock == o.stock;
    }
};

char *toString(const Snapshot &s)
{
    QString lots;
    for (const auto &[id, remaining] : s.lots)
        lots += QStringLiteral("%1:%2 ").arg(id).arg(remaining);
    return qstrdup(qPrintable(QStringLiteral("points %1 (available %2, pending %3), stored %4, credit %5, stock %6, "
                                             "lots %7")
                                  .arg(s.balance.points)
                                  .arg(s.balance.pointsAvailable)
                                  .arg(s.balance.pointsPending)
                                  .arg(s.balance.storedValue)
                                  .arg(s.balance.credit)
                                  .arg(s.stock)
                                  .arg(lots)));
}

struct VoidFixture : LoyaltyFixture
{
    explicit VoidFixture(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {}

    Snapshot snapshot(const Member &who)
    {
        Snapshot s;
        s.balance = balance(who);
        Result<QList<PointsLot>> lots = hub.ledger().openLots(admin, who.accountId);
        for (const PointsLot &l : lots ? *lots : QList<PointsLot>{})
            s.lots.append({l.id, l.remaining});
        Result<qint64> level = hub.inventory().level(admin, product, warehouse);
        s.stock = level ? *level : -1;
        return s;
    }

    // What a refused void must leave as it was.
    QList<qint64> counts()
    {
        return {count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions")),
                count(QStringLiteral("SELECT COUNT(*) FROM journal_entries")),
                count(QStringLiteral("SELECT COUNT(*) FROM returns")),
                count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")),
                count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE '%void%'"))};
    }

    Id earn(const Member &who, Points points)
    {
        Result<PostResult> r =
            hub.ledger().earnPoints(admin, who.accountId, points, {}, QStringLiteral("earn-%1").arg(++keys));
        return r ? r->transactionId : kNoId;
    }

    int keys = 0;
};
} // namespace

class TestVoid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sale_data() { CLUB_ADD_ENGINE_ROWS(); }
    void sale()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        QVERIFY(f.earn(f.member, 300) != kNoId);
        const Snapshot before = f.snapshot(f.member);

        // Two units: 200 points earned (pending), 100 of the earlier points paid with.
        Result<Sale> sale = f.sell(f.member, 2, 100);
        LOYALTY_VERIFY_OK(sale);
        QVERIFY(!(f.snapshot(f.member) == before));
        QSignalSpy voided(&f.hub.transactions(), &TransactionService::transactionVoided);

        f.clock.advanceSecs(3600);
        Result<Id> v =
            f.hub.transactions().voidTransaction(f.manager, sale->transactionId, QStringLiteral("wrong customer"));
        LOYALTY_VERIFY_OK(v);
        QCOMPARE(f.snapshot(f.member), before);
        QCOMPARE(f.ledgerProblems(), QString());
        QCOMPARE(voided.count(), 1);

        // The void is a transaction of its own, referencing the sale's, with the reason.
        Result<TransactionDetail> d = f.hub.transactions().detail(f.admin, *v);
        LOYALTY_VERIFY_OK(d);
        QCOMPARE(d->row.kind, QStringLiteral("void"));
        QCOMPARE(d->row.voids, sale->transactionId);
        QCOMPARE(d->row.memo, QStringLiteral("wrong customer"));
        QCOMPARE(d->saleId, sale->id);
        QVERIFY(!d->voidable);
        Result<TransactionDetail> original = f.hub.transactions().detail(f.admin, sale->transactionId);
        LOYALTY_VERIFY_OK(original);
        QCOMPARE(original->row.voidedBy, *v);
        QVERIFY(!original->voidable);
        // The sale reads as fully returned: nothing of it can be returned again.
        Result<Sale> after = f.hub.sales().sale(f.admin, sale->id);
        LOYALTY_VERIFY_OK(after);
        QCOMPARE(after->lines.first().returnedQty, 2);
        QVERIFY(!f.hub.sales().returnSale(f.staff, sale->id, {{after->lines.first().id, 1}}, QStringLiteral("r1")));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.void'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ledger.void'")), 1);

        // A second void of the same sale is refused and writes nothing.
        const QList<qint64> counts = f.counts();
        Result<Id> again =
            f.hub.transactions().voidTransaction(f.manager, sale->transactionId, QStringLiteral("again"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(f.counts(), counts);
        // And so is a void of the void.
        QVERIFY(!f.hub.transactions().voidTransaction(f.manager, *v, QStringLiteral("undo")));
        QCOMPARE(f.counts(), counts);
    }

    void gift_data() { CLUB_ADD_ENGINE_ROWS(); }
    void gift()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        Product g;
        g.code = QStringLiteral("G1");
        g.nameEn = g.code;
        g.isGift = true;
        g.giftPoints = 40;
        Result<Product> gift = f.hub.catalog().createProduct(f.admin, g);
        LOYALTY_VERIFY_OK(gift);
        StockMovement m;
        m.productId = gift->id;
        m.warehouseId = f.warehouse;
        m.qty = 5;
        LOYALTY_VERIFY_OK(f.hub.inventory().record(f.admin, m));
        QVERIFY(f.earn(f.member, 50) != kNoId);
        QVERIFY(f.earn(f.member, 70) != kNoId);
        const Snapshot before = f.snapshot(f.member);

        Result<GiftRedemption> r = f.hub.sales().registerGift(f.staff, f.member.id, gift->id, 2, QStringLiteral("g"));
        LOYALTY_VERIFY_OK(r);
        QCOMPARE(*f.hub.inventory().level(f.admin, gift->id, f.warehouse), 3);
        LOYALTY_VERIFY_OK(f.hub.transactions().voidTransaction(f.manager, r->transactionId, QStringLiteral("x")));
        // 80 points drawn from two lots went back to those very lots.
        QCOMPARE(f.snapshot(f.member), before);
        QCOMPARE(*f.hub.inventory().level(f.admin, gift->id, f.warehouse), 5);
        QCOMPARE(f.ledgerProblems(), QString());
    }

    void charge_data() { CLUB_ADD_ENGINE_ROWS(); }
    void charge()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Snapshot before = f.snapshot(f.member);
        Result<PostResult> c =
            f.hub.ledger().chargeStoredValue(f.admin, f.member.accountId, 50'000, {}, QStringLiteral("c1"));
        LOYALTY_VERIFY_OK(c);
        LOYALTY_VERIFY_OK(f.hub.transactions().voidTransaction(f.manager, c->transactionId, QStringLiteral("x")));
        QCOMPARE(f.snapshot(f.member), before);
        QCOMPARE(f.ledgerProblems(), QString());

        // Money the charge put on the card and that was spent since cannot be unpaid.
        Result<PostResult> c2 =
            f.hub.ledger().chargeStoredValue(f.admin, f.member.accountId, 50'000, {}, QStringLiteral("c2"));
        LOYALTY_VERIFY_OK(c2);
        LOYALTY_VERIFY_OK(
            f.hub.ledger().spendStoredValue(f.admin, f.member.accountId, 20'000, {}, QStringLiteral("s2")));
        const QList<qint64> counts = f.counts();
        Result<Id> refused = f.hub.transactions().voidTransaction(f.manager, c2->transactionId, QStringLiteral("x"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(f.counts(), counts);
        QCOMPARE(f.balance(f.member).storedValue, 30'000);
    }

    void earn_data() { CLUB_ADD_ENGINE_ROWS(); }
    void earn()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Snapshot before = f.snapshot(f.member);
        const Id earned = f.earn(f.member, 120);
        QVERIFY(earned != kNoId);
        LOYALTY_VERIFY_OK(f.hub.transactions().voidTransaction(f.manager, earned, QStringLiteral("typo")));
        QCOMPARE(f.snapshot(f.member).balance.points, 0);
        QCOMPARE(f.snapshot(f.member).balance.pointsAvailable, before.balance.pointsAvailable);
        QCOMPARE(f.ledgerProblems(), QString());

        // Earned points already spent: refused, nothing written.
        const Id second = f.earn(f.member, 100);
        LOYALTY_VERIFY_OK(f.hub.ledger().spendPoints(f.admin, f.member.accountId, 30, {}, QStringLiteral("sp")));
        const QList<qint64> counts = f.counts();
        const Snapshot spent = f.snapshot(f.member);
        Result<Id> refused = f.hub.transactions().voidTransaction(f.manager, second, QStringLiteral("typo"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(f.counts(), counts);
        QCOMPARE(f.snapshot(f.member), spent);
    }

    void saleEarnedPointsSpent_data() { CLUB_ADD_ENGINE_ROWS(); }
    void saleEarnedPointsSpent()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        SalesSettings settings = f.settings();
        settings.returnWindowDays = 0; // earned points can be spent at once
        f.hub.sales().setSettings(settings);
        Result<Sale> sale = f.sell(f.member, 1);
        LOYALTY_VERIFY_OK(sale);
        QCOMPARE(f.balance(f.member).pointsAvailable, 100);
        LOYALTY_VERIFY_OK(f.hub.ledger().spendPoints(f.admin, f.member.accountId, 60, {}, QStringLiteral("sp")));
        const QList<qint64> counts = f.counts();
        const Snapshot spent = f.snapshot(f.member);
        Result<Id> refused =
            f.hub.transactions().voidTransaction(f.manager, sale->transactionId, QStringLiteral("x"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(f.counts(), counts);
        QCOMPARE(f.snapshot(f.member), spent);
        QCOMPARE(f.hub.sales().sale(f.admin, sale->id)->lines.first().returnedQty, 0);
    }

    void refused_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refused()
    {
        QFETCH(int, engine);
        VoidFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        Result<Sale> sale = f.sell(f.member, 1);
        LOYALTY_VERIFY_OK(sale);
        const Id earned = f.earn(f.member, 10);
        const QList<qint64> counts = f.counts();
        auto voidAs = [&](const Actor &who, Id id, const QString &reason) {
            return f.hub.transactions().voidTransaction(who, id, reason);
        };

        // No reason.
        Result<Id> r = voidAs(f.manager, sale->transactionId, QStringLiteral("  "));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("reason"));
        // Staff and accountants may look but not void.
        r = voidAs(f.staff, earned, QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        r = voidAs(f.t.actorWithRole(Role::Accountant), earned, QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        // A return cannot be voided (its sale's rows would not follow).
        Result<SaleReturn> ret =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("r"));
        LOYALTY_VERIFY_OK(ret);
        const QList<qint64> afterReturn = f.counts();
        r = voidAs(f.manager, ret->transactionId, QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        // A sale with a return cannot be voided either.
        r = voidAs(f.manager, sale->transactionId, QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(f.counts(), afterReturn);
        QCOMPARE(counts.first() + 1, afterReturn.first());

        // The same local day in Tehran, late evening: still allowed; after midnight: refused.
        const Id late = f.earn(f.member, 5);
        f.clock.set(jalaliTehran(1405, 9, 16, 23, 59));
        const Id lateToo = f.earn(f.member, 6);
        f.clock.set(jalaliTehran(1405, 9, 17, 0, 1));
        const QList<qint64> beforeOld = f.counts();
        r = voidAs(f.manager, late, QStringLiteral("x"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(f.counts(), beforeOld);
        f.clock.set(jalaliTehran(1405, 9, 16, 23, 59));
        LOYALTY_VERIFY_OK(voidAs(f.manager, lateToo, QStringLiteral("x")));
        QCOMPARE(f.ledgerProblems(), QString());
        // The ledger checks the day too, whoever calls it.
        f.clock.set(jalaliTehran(1405, 9, 17, 0, 1));
        QVERIFY(!f.hub.ledger().reverse(f.manager, late, QStringLiteral("x"),
                                        jalaliTehran(1405, 9, 17, 0, 0)));
    }
};

QTEST_GUILESS_MAIN(TestVoid)
#include "tst_void.moc"
