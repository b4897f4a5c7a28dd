// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPrice = 100'000;  // one unit of the product
constexpr Money kPointValue = 100; // one redeemed point pays 100 minor units
constexpr Points kGiftPoints = 50;

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , hub(t.db(), clock)
    {
        if (admin.operatorId == kNoId)
            return;
        staff = t.actorWithRole(Role::Staff);
        SalesSettings settings;
        settings.pointValue = kPointValue;
        settings.returnWindowDays = 7;
        hub.sales().setSettings(settings);

        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        warehouse = w ? w->id : kNoId;
        product = makeProduct(QStringLiteral("P1"), false);
        gift = makeProduct(QStringLiteral("G1"), true);
        for (Id p : {product, gift}) {
            StockMovement m;
            m.productId = p;
            m.warehouseId = warehouse;
            m.kind = MovementKind::Receipt;
            m.qty = 100;
            if (!hub.inventory().record(admin, m))
                warehouse = kNoId;
        }
        if (!hub.catalog().setPrice(admin, product, kNoId, kPrice, kStart))
            product = kNoId;
        // One point per 1,000 paid.
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        ruleOk = hub.rules().create(admin, earn).ok();
        Result<Member> m = hub.members().create(admin, Club::Test::memberDraft(1));
        if (m) {
            member = m->id;
            account = m->accountId;
        }
    }
    bool ok() const
    {
        return t.ok() && admin.operatorId != kNoId && staff.operatorId != kNoId && warehouse != kNoId &&
               product != kNoId && gift != kNoId && ruleOk && member != kNoId;
    }

    Id makeProduct(const QString &code, bool isGift)
    {
        Product d;
        d.code = code;
        d.nameEn = code;
        d.isGift = isGift;
        d.giftPoints = isGift ? kGiftPoints : 0;
        Result<Product> made = hub.catalog().createProduct(admin, d);
        return made ? made->id : kNoId;
    }

    QuoteRequest basket(qint64 qty, Points redeem = 0)
    {
        QuoteRequest r;
        r.memberId = member;
        r.lines = {{product, qty, 0}};
        r.pointsToRedeem = redeem;
        return r;
    }

    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    // Every row a sale, return or gift could write.
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"sales", "sale_lines", "returns", "return_lines", "journal_transactions",
                                  "journal_entries", "points_lots", "stock_movements"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        return out;
    }
    AccountBalance balance() { return *hub.ledger().balance(admin, account); }
    qint64 stock(Id p) { return *hub.inventory().level(admin, p, warehouse); }
    QString ledgerProblems()
    {
        Result<LedgerCheck> check = hub.ledger().verify(admin);
        if (!check)
            return check.error().message;
        return check->problems.join(QLatin1Char('\n'));
    }
    // Earned points become available once the return window has passed.
    void afterReturnWindow() { clock.advanceDays(8); }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    ServiceHub hub;
    Id warehouse = kNoId;
    Id product = kNoId;
    Id gift = kNoId;
    bool ruleOk = false;
    Id member = kNoId;
    Id account = kNoId;
};

QString message(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}
} // namespace

#define SALES_FIXTURE()                                                                                                \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

// Evaluates `expr` once: it is often the call under test.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : message(result_.error())));                       \
    } while (false)

class TestSalesService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteExplainsAndWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void quoteExplainsAndWritesNothing()
    {
        SALES_FIXTURE();
        const QList<qint64> before = f.footprint();
        const Result<SaleQuote> q = f.hub.sales().quote(f.staff, f.basket(2));
        VERIFY_OK(q);
        QCOMPARE(q->quote.gross, 2 * kPrice);
        QCOMPARE(q->toPay, 2 * kPrice);
        QCOMPARE(q->quote.totalPoints, 200);
        QCOMPARE(q->quote.lines.at(0).why.size(), 1);
        QCOMPARE(q->quote.lines.at(0).why.at(0).reason, QStringLiteral("earn.per_amount"));
        QCOMPARE(f.footprint(), before);
    }

    void saleEarnsPendingPointsAndMovesStock_data() { CLUB_ADD_ENGINE_ROWS(); }
    void saleEarnsPendingPointsAndMovesStock()
    {
        SALES_FIXTURE();
        QSignalSpy recorded(&f.hub.sales(), &SalesService::saleRecorded);
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(2), QStringLiteral("s1"));
        VERIFY_OK(sale);
        QVERIFY(!sale->replayed);
        QCOMPARE(sale->receiptNo, 1);
        QCOMPARE(sale->net, 2 * kPrice);
        QCOMPARE(sale->pointsEarned, 200);
        QCOMPARE(recorded.count(), 1);
        const AccountBalance b = f.balance();
        QCOMPARE(b.points, 200);
        QCOMPARE(b.pointsPending, 200);
        QCOMPARE(b.pointsAvailable, 0);
        QCOMPARE(f.stock(f.product), 98);
        // One journal transaction carries the points and the money.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'sale'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(DISTINCT unit) FROM journal_entries e JOIN journal_transactions "
                                        "t ON t.id = e.transaction_id WHERE t.kind = 'sale'")),
                 2);
        const Result<Sale> read = f.hub.sales().sale(f.staff, sale->id);
        VERIFY_OK(read);
        QVERIFY(read->lines.at(0).whyJson.contains(QStringLiteral("earn.per_amount")));
        f.afterReturnWindow();
        QCOMPARE(f.balance().pointsAvailable, 200);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void replayWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void replayWritesNothing()
    {
        SALES_FIXTURE();
        const Result<Sale> first = f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("same"));
        VERIFY_OK(first);
        const QList<qint64> after = f.footprint();
        const Points points = f.balance().points;
        QSignalSpy recorded(&f.hub.sales(), &SalesService::saleRecorded);
        const Result<Sale> again = f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("same"));
        VERIFY_OK(again);
        QVERIFY(again->replayed);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->transactionId, first->transactionId);
        QCOMPARE(f.footprint(), after);
        QCOMPARE(f.balance().points, points);
        QCOMPARE(recorded.count(), 0);
    }

    void concurrentCommitsWithOneKeyPostOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void concurrentCommitsWithOneKeyPostOnce()
    {
        SALES_FIXTURE();
        constexpr int kThreads = 2;
        QList<Id> ids(kThreads, kNoId);
        QList<bool> replayed(kThreads, false);
        QAtomicInt failures;
        QList<QThread *> threads;
        for (int n = 0; n < kThreads; ++n) {
            threads.append(QThread::create([&, n] {
                const Result<Sale> s = f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("twin"));
                if (!s) {
                    qWarning() << message(s.error());
                    failures.fetchAndAddRelaxed(1);
                    return;
                }
                ids[n] = s->id;
                replayed[n] = s->replayed;
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(ids.at(0), ids.at(1));
        QCOMPARE(int(replayed.at(0)) + int(replayed.at(1)), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'sale'")), 1);
        QCOMPARE(f.balance().points, 100);
        QCOMPARE(f.stock(f.product), 99);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void buyReturnRepeatLeavesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void buyReturnRepeatLeavesNothing()
    {
        SALES_FIXTURE();
        for (int round = 0; round < 3; ++round) {
            const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(2), QStringLiteral("buy-%1").arg(round));
            VERIFY_OK(sale);
            QCOMPARE(f.balance().points, 200);
            const Result<SaleReturn> back = f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.at(0).id, 2}},
                                                                     QStringLiteral("back-%1").arg(round));
            VERIFY_OK(back);
            QCOMPARE(back->pointsReversed, 200);
            QCOMPARE(back->pointsShortfall, 0);
            QCOMPARE(back->refundCash, 2 * kPrice);
            const AccountBalance b = f.balance();
            QCOMPARE(b.points, 0);
            QCOMPARE(b.pointsPending, 0);
            QCOMPARE(f.stock(f.product), 100);
        }
        f.afterReturnWindow();
        QCOMPARE(f.balance().pointsAvailable, 0);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void partialReturnsUpToTheQuantity_data() { CLUB_ADD_ENGINE_ROWS(); }
    void partialReturnsUpToTheQuantity()
    {
        SALES_FIXTURE();
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(3), QStringLiteral("three"));
        VERIFY_OK(sale);
        const Id line = sale->lines.at(0).id;
        const Result<SaleReturn> one = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r1"));
        VERIFY_OK(one);
        QCOMPARE(one->pointsReversed, 100);
        QCOMPARE(f.balance().points, 200);
        // The same return again is the first one, not a second reversal.
        const QList<qint64> afterOne = f.footprint();
        const Result<SaleReturn> oneAgain =
            f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r1"));
        VERIFY_OK(oneAgain);
        QVERIFY(oneAgain->replayed);
        QCOMPARE(oneAgain->id, one->id);
        QCOMPARE(f.footprint(), afterOne);
        QCOMPARE(f.balance().points, 200);

        const Result<SaleReturn> two = f.hub.sales().returnSale(f.staff, sale->id, {{line, 2}}, QStringLiteral("r2"));
        VERIFY_OK(two);
        QCOMPARE(two->pointsReversed, 200);
        QCOMPARE(f.balance().points, 0);
        QCOMPARE(f.stock(f.product), 100);

        const QList<qint64> afterTwo = f.footprint();
        const Result<SaleReturn> three = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r3"));
        QVERIFY(!three.ok());
        QCOMPARE(three.error().code, Error::Code::Invalid);
        QCOMPARE(f.footprint(), afterTwo);
        const Result<Sale> read = f.hub.sales().sale(f.staff, sale->id);
        QCOMPARE(read->lines.at(0).returnedQty, 3);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void returnAfterPointsSpent_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("policy");
        QTest::addColumn<Points>("fromOther");
        QTest::addColumn<Money>("refund");
        QTest::addColumn<Money>("debt");
        QTest::addColumn<Points>("pointsLeft");
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const QByteArray name = TestDatabase::engineName(Database::Engine(engine)).toLatin1();
            // Earned 100, spent 80 of them; 30 other points; shortfall 80 points = 8,000.
            QTest::newRow(QByteArray(name).append(" other points").constData())
                << engine << int(SpentPointsPolicy::TakeOtherPoints) << Points(30) << kPrice << Money(5'000)
                << Points(0);
            QTest::newRow(QByteArray(name).append(" debt").constData())
                << engine << int(SpentPointsPolicy::Debt) << Points(0) << kPrice << Money(8'000) << Points(30);
            QTest::newRow(QByteArray(name).append(" deduct").constData())
                << engine << int(SpentPointsPolicy::DeductFromRefund) << Points(0) << kPrice - 8'000 << Money(0)
                << Points(30);
        }
    }
    void returnAfterPointsSpent()
    {
        SALES_FIXTURE();
        QFETCH(int, policy);
        QFETCH(Points, fromOther);
        QFETCH(Money, refund);
        QFETCH(Money, debt);
        QFETCH(Points, pointsLeft);
        SalesSettings settings = f.hub.sales().settings();
        settings.spentPointsPolicy = SpentPointsPolicy(policy);
        f.hub.sales().setSettings(settings);

        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn"));
        VERIFY_OK(sale);
        f.afterReturnWindow();
        VERIFY_OK(f.hub.ledger().spendPoints(f.admin, f.account, 80, {}, QStringLiteral("spend")));
        // Points earned elsewhere after the spend: the only other points the policy may take.
        VERIFY_OK(
            f.hub.ledger().adjustPoints(f.admin, f.account, 30, QStringLiteral("goodwill"), QStringLiteral("adj")));
        QCOMPARE(f.balance().points, 50);

        const Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.at(0).id, 1}}, QStringLiteral("back"));
        VERIFY_OK(back);
        QCOMPARE(back->pointsReversed, 20);
        QCOMPARE(back->pointsShortfall, 80);
        QCOMPARE(back->policy, SpentPointsPolicy(policy));
        QCOMPARE(back->refundCash, refund);
        QCOMPARE(back->debt, debt);
        QCOMPARE(back->pointsFromOther, fromOther);
        QCOMPARE(f.balance().credit, -debt);
        QCOMPARE(f.balance().points, pointsLeft);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void redeemingMoreThanTheBalanceWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void redeemingMoreThanTheBalanceWritesNothing()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        f.afterReturnWindow();
        QCOMPARE(f.balance().pointsAvailable, 100);
        const QList<qint64> before = f.footprint();
        const Result<Sale> tooMany = f.hub.sales().commit(f.staff, f.basket(1, 101), QStringLiteral("greedy"));
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, Error::Code::InsufficientFunds);
        // Worth more than the bill: 1,001 points pay 100,100.
        const Result<Sale> overBill = f.hub.sales().commit(f.staff, f.basket(1, 1001), QStringLiteral("over"));
        QVERIFY(!overBill.ok());
        QCOMPARE(overBill.error().code, Error::Code::Invalid);
        QCOMPARE(f.footprint(), before);
        QCOMPARE(f.stock(f.product), 99);
    }

    void staleQuoteCannotSpendTwice_data() { CLUB_ADD_ENGINE_ROWS(); }
    void staleQuoteCannotSpendTwice()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        f.afterReturnWindow();
        // Both desks quote while the 100 points are there; only the first commit may spend them.
        const Result<SaleQuote> a = f.hub.sales().quote(f.staff, f.basket(1, 100));
        const Result<SaleQuote> b = f.hub.sales().quote(f.staff, f.basket(1, 100));
        VERIFY_OK(a);
        VERIFY_OK(b);
        QCOMPARE(a->pointsAvailable, 100);
        const Result<Sale> first = f.hub.sales().commit(f.staff, *a, QStringLiteral("a"));
        VERIFY_OK(first);
        QCOMPARE(first->pointsRedeemed, 100);
        QCOMPARE(first->paid, kPrice - 100 * kPointValue);
        // Points are earned only on what was paid with money.
        QCOMPARE(first->pointsEarned, 90);
        const QList<qint64> before = f.footprint();
        const Result<Sale> second = f.hub.sales().commit(f.staff, *b, QStringLiteral("b"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(f.footprint(), before);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void commitUsesTodaysPrice_data() { CLUB_ADD_ENGINE_ROWS(); }
    void commitUsesTodaysPrice()
    {
        SALES_FIXTURE();
        const Result<SaleQuote> q = f.hub.sales().quote(f.staff, f.basket(1));
        VERIFY_OK(q);
        QCOMPARE(q->toPay, kPrice);
        QVERIFY(f.hub.catalog().setPrice(f.admin, f.product, kNoId, 120'000, kStart.addSecs(60)).ok());
        f.clock.set(kStart.addSecs(120));
        const Result<Sale> sale = f.hub.sales().commit(f.staff, *q, QStringLiteral("later"));
        VERIFY_OK(sale);
        QCOMPARE(sale->net, 120'000);
        QCOMPARE(sale->pointsEarned, 120);
    }

    void tierComesFromTheMemberNotTheBalance_data() { CLUB_ADD_ENGINE_ROWS(); }
    void tierComesFromTheMemberNotTheBalance()
    {
        SALES_FIXTURE();
        Rule gold;
        gold.name = QStringLiteral("Gold 10%");
        gold.family = RuleFamily::Discount;
        gold.discountTarget = DiscountTarget::Tier;
        gold.discountMode = DiscountMode::Percent;
        gold.tierKey = QStringLiteral("gold");
        gold.basisPoints = 1000;
        VERIFY_OK(f.hub.rules().create(f.admin, gold));
        // A white member with a large balance gets no gold discount.
        QVERIFY(f.hub.ledger()
                    .adjustPoints(f.admin, f.account, 1'000'000, QStringLiteral("big"), QStringLiteral("big"))
                    .ok());
        const Result<SaleQuote> white = f.hub.sales().quote(f.staff, f.basket(1));
        VERIFY_OK(white);
        QCOMPARE(white->quote.discount, 0);
        Member draft = Club::Test::memberDraft(2);
        draft.tier = QStringLiteral("gold");
        const Result<Member> goldMember = f.hub.members().create(f.admin, draft);
        VERIFY_OK(goldMember);
        QuoteRequest r = f.basket(1);
        r.memberId = goldMember->id;
        const Result<SaleQuote> discounted = f.hub.sales().quote(f.staff, r);
        VERIFY_OK(discounted);
        QCOMPARE(discounted->quote.discount, kPrice / 10);
        const Result<Sale> sale = f.hub.sales().commit(f.staff, r, QStringLiteral("gold"));
        VERIFY_OK(sale);
        QCOMPARE(sale->discount, kPrice / 10);
        QCOMPARE(sale->pointsEarned, 90);
        // Half returned: half the discount goes back with it, not the full price.
        const Result<Sale> two = f.hub.sales().commit(
            f.staff,
            [&] {
                QuoteRequest two = r;
                two.lines[0].qty = 2;
                return two;
            }(),
            QStringLiteral("gold2"));
        VERIFY_OK(two);
        const Result<SaleReturn> half =
            f.hub.sales().returnSale(f.staff, two->id, {{two->lines.at(0).id, 1}}, QStringLiteral("half"));
        VERIFY_OK(half);
        QCOMPARE(half->refundCash, kPrice - kPrice / 10);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void walkInSaleEarnsNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void walkInSaleEarnsNothing()
    {
        SALES_FIXTURE();
        QuoteRequest r = f.basket(1);
        r.memberId = kNoId;
        const Result<SaleQuote> q = f.hub.sales().quote(f.staff, r);
        VERIFY_OK(q);
        QCOMPARE(q->quote.totalPoints, 0);
        const Result<Sale> first = f.hub.sales().commit(f.staff, r, QStringLiteral("walk-in-1"));
        VERIFY_OK(first);
        const Result<Sale> second = f.hub.sales().commit(f.staff, r, QStringLiteral("walk-in-2"));
        VERIFY_OK(second);
        QCOMPARE(first->receiptNo, 1);
        QCOMPARE(second->receiptNo, 2);
        QCOMPARE(second->pointsEarned, 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM points_lots")), 0);
        QCOMPARE(f.stock(f.product), 98);
        const Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, first->id, {{first->lines.at(0).id, 1}}, QStringLiteral("walk-back"));
        VERIFY_OK(back);
        QCOMPARE(back->refundCash, kPrice);
        QCOMPARE(f.stock(f.product), 99);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
        // Points need a member.
        r.pointsToRedeem = 1;
        QCOMPARE(f.hub.sales().quote(f.staff, r).error().code, Error::Code::Invalid);
    }

    void returnGivesBackRedeemedPointsInProportion_data() { CLUB_ADD_ENGINE_ROWS(); }
    void returnGivesBackRedeemedPointsInProportion()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        f.afterReturnWindow();
        // 2 units for 200,000, of which 100 points pay 10,000: 190,000 earns 190 points.
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(2, 100), QStringLiteral("mixed"));
        VERIFY_OK(sale);
        QCOMPARE(sale->paid, 190'000);
        QCOMPARE(sale->pointsEarned, 190);
        QCOMPARE(f.balance().points, 190);
        const Id line = sale->lines.at(0).id;
        const Result<SaleReturn> half = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("h1"));
        VERIFY_OK(half);
        QCOMPARE(half->pointsRefunded, 50);
        QCOMPARE(half->refundCash, kPrice - 5'000);
        QCOMPARE(half->pointsReversed, 95);
        QCOMPARE(f.balance().points, 190 - 95 + 50);
        const Result<SaleReturn> rest = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("h2"));
        VERIFY_OK(rest);
        QCOMPARE(rest->pointsRefunded, 50);
        QCOMPARE(rest->pointsReversed, 95);
        // Back where the member was before the sale: the 100 points of the first sale.
        QCOMPARE(f.balance().points, 100);
        QCOMPARE(f.balance().pointsAvailable, 100);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void refundOverTheLimitNeedsAManager_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refundOverTheLimitNeedsAManager()
    {
        SALES_FIXTURE();
        SalesSettings settings = f.hub.sales().settings();
        settings.staffRefundLimit = kPrice;
        f.hub.sales().setSettings(settings);
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(3), QStringLiteral("three"));
        VERIFY_OK(sale);
        const Id line = sale->lines.at(0).id;
        const QList<qint64> before = f.footprint();
        const Result<SaleReturn> two = f.hub.sales().returnSale(f.staff, sale->id, {{line, 2}}, QStringLiteral("two"));
        QVERIFY(!two.ok());
        QCOMPARE(two.error().code, Error::Code::Forbidden);
        QCOMPARE(f.footprint(), before);
        VERIFY_OK(f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("one")));
        const Actor manager = f.t.actorWithRole(Role::Manager);
        VERIFY_OK(f.hub.sales().returnSale(manager, sale->id, {{line, 2}}, QStringLiteral("two")));
    }

    void concurrentRedemptionsSpendOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void concurrentRedemptionsSpendOnce()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        f.afterReturnWindow();
        // Two desks, two keys, each redeeming every point: the check and the debit are one step.
        QAtomicInt ok;
        QAtomicInt refused;
        QAtomicInt unexpected;
        QList<QThread *> threads;
        for (int n = 0; n < 2; ++n) {
            threads.append(QThread::create([&, n] {
                const Result<Sale> s =
                    f.hub.sales().commit(f.staff, f.basket(1, 100), QStringLiteral("desk-%1").arg(n));
                if (s)
                    ok.fetchAndAddRelaxed(1);
                else if (s.error().code == Error::Code::InsufficientFunds)
                    refused.fetchAndAddRelaxed(1);
                else {
                    qWarning() << message(s.error());
                    unexpected.fetchAndAddRelaxed(1);
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
        QCOMPARE(ok.loadRelaxed(), 1);
        QCOMPARE(refused.loadRelaxed(), 1);
        QCOMPARE(f.balance().pointsAvailable, 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), 2);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void cardAndPinAreChecked_data() { CLUB_ADD_ENGINE_ROWS(); }
    void cardAndPinAreChecked()
    {
        SALES_FIXTURE();
        CardType type;
        type.name = QStringLiteral("Club");
        type.prefix = QStringLiteral("6280");
        type.numberLength = 16;
        const Result<CardType> madeType = f.hub.cards().createCardType(f.admin, type);
        VERIFY_OK(madeType);
        const Result<Card> card = f.hub.cards().issue(f.admin, f.member, madeType->id, QStringLiteral("4821"));
        VERIFY_OK(card);
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        f.afterReturnWindow();
        QuoteRequest r = f.basket(1, 50);
        r.cardId = card->id;
        const QList<qint64> before = f.footprint();
        const Result<Sale> wrong = f.hub.sales().commit(f.staff, r, QStringLiteral("pin-1"), QStringLiteral("1111"));
        QVERIFY(!wrong.ok());
        QCOMPARE(f.footprint(), before);
        const Result<Sale> right = f.hub.sales().commit(f.staff, r, QStringLiteral("pin-2"), QStringLiteral("4821"));
        VERIFY_OK(right);
        QCOMPARE(right->cardId, card->id);
        QCOMPARE(right->pointsRedeemed, 50);
        // Someone else's card does not identify this member.
        const Result<Member> other = f.hub.members().create(f.admin, Club::Test::memberDraft(3));
        VERIFY_OK(other);
        r.memberId = other->id;
        r.pointsToRedeem = 0;
        const Result<Sale> foreign = f.hub.sales().commit(f.staff, r, QStringLiteral("pin-3"));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().field, QStringLiteral("cardId"));
    }

    void concurrentReturnsNeverExceedTheSale_data() { CLUB_ADD_ENGINE_ROWS(); }
    void concurrentReturnsNeverExceedTheSale()
    {
        SALES_FIXTURE();
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(3), QStringLiteral("three"));
        VERIFY_OK(sale);
        const Id line = sale->lines.at(0).id;
        QAtomicInt ok;
        QAtomicInt refused;
        QAtomicInt unexpected;
        QList<QThread *> threads;
        for (int n = 0; n < 2; ++n) {
            threads.append(QThread::create([&, n] {
                const Result<SaleReturn> r =
                    f.hub.sales().returnSale(f.staff, sale->id, {{line, 2}}, QStringLiteral("counter-%1").arg(n));
                if (r)
                    ok.fetchAndAddRelaxed(1);
                else if (r.error().code == Error::Code::Invalid)
                    refused.fetchAndAddRelaxed(1);
                else {
                    qWarning() << message(r.error());
                    unexpected.fetchAndAddRelaxed(1);
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
        QCOMPARE(ok.loadRelaxed(), 1);
        QCOMPARE(refused.loadRelaxed(), 1);
        QCOMPARE(f.stock(f.product), 99);
        QCOMPARE(f.balance().points, 100);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void giftRegistration_data() { CLUB_ADD_ENGINE_ROWS(); }
    void giftRegistration()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("earn")));
        // Pending points cannot pay for a gift.
        const Result<GiftRedemption> early =
            f.hub.sales().registerGift(f.staff, f.member, f.gift, 1, QStringLiteral("early"));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, Error::Code::InsufficientFunds);
        f.afterReturnWindow();
        const Result<GiftRedemption> g = f.hub.sales().registerGift(f.staff, f.member, f.gift, 1, QStringLiteral("g"));
        VERIFY_OK(g);
        QCOMPARE(g->pointsSpent, kGiftPoints);
        QCOMPARE(f.balance().points, 100 - kGiftPoints);
        QCOMPARE(f.stock(f.gift), 99);
        const QList<qint64> after = f.footprint();
        const Result<GiftRedemption> again =
            f.hub.sales().registerGift(f.staff, f.member, f.gift, 1, QStringLiteral("g"));
        VERIFY_OK(again);
        QVERIFY(again->replayed);
        QCOMPARE(f.footprint(), after);
        const Result<GiftRedemption> tooMany =
            f.hub.sales().registerGift(f.staff, f.member, f.gift, 2, QStringLiteral("g2"));
        QVERIFY(!tooMany.ok());
        QCOMPARE(f.footprint(), after);
        QCOMPARE(f.stock(f.gift), 99);
        const Result<GiftRedemption> notGift =
            f.hub.sales().registerGift(f.staff, f.member, f.product, 1, QStringLiteral("g3"));
        QVERIFY(!notGift.ok());
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void salesAreAppendOnly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void salesAreAppendOnly()
    {
        SALES_FIXTURE();
        VERIFY_OK(f.hub.sales().commit(f.staff, f.basket(1), QStringLiteral("one")));
        for (const char *sql :
             {"UPDATE sales SET net = 0", "DELETE FROM sale_lines", "UPDATE sale_lines SET qty = 9"}) {
            SqlQuery q(f.t.db(), QString::fromLatin1(sql));
            QVERIFY2(!q.exec().ok(), sql);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT net FROM sales")), kPrice);
    }
};

QTEST_GUILESS_MAIN(TestSalesService)
#include "tst_salesservice.moc"
