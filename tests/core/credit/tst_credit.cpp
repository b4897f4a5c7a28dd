// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPrice = 100'000; // one unit of the product
constexpr Money kPointValue = 100;
const QString kPin = QStringLiteral("4826");

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
        accountant = t.actorWithRole(Role::Accountant);
        SalesSettings settings = hub.sales().settings();
        settings.pointValue = kPointValue;
        settings.returnWindowDays = 7;
        hub.sales().setSettings(settings);

        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("P1");
        d.nameEn = QStringLiteral("P1");
        Result<Product> made = hub.catalog().createProduct(admin, d);
        product = made ? made->id : kNoId;
        if (!w || product == kNoId || !hub.catalog().setPrice(admin, product, kNoId, kPrice, kStart))
            product = kNoId;
        Rule earn; // one point per 1,000 paid
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        ruleOk = hub.rules().create(admin, earn).ok();
        Result<Member> m = hub.members().create(admin, Club::Test::memberDraft(1));
        if (m) {
            member = m->id;
            account = m->accountId;
        }
        creditType = makeType(QStringLiteral("Credit"), CardKind::Credit, QStringLiteral("6281"), true);
        giftType = makeType(QStringLiteral("Gift"), CardKind::Gift, QStringLiteral("6282"), false);
        if (creditType != kNoId && member != kNoId) {
            Result<Card> c = hub.cards().issue(admin, member, creditType, kPin);
            creditCard = c ? c->id : kNoId;
            Result<Card> g = hub.cards().issue(admin, member, giftType);
            giftCard = g ? g->id : kNoId;
        }
    }
    bool ok() const
    {
        return t.ok() && admin.operatorId != kNoId && staff.operatorId != kNoId && product != kNoId && ruleOk &&
               member != kNoId && creditCard != kNoId && giftCard != kNoId;
    }
    Id makeType(const QString &name, CardKind kind, const QString &prefix, bool pin)
    {
        CardType d;
        d.name = name;
        d.kind = kind;
        d.prefix = prefix;
        d.pinRequired = pin;
        d.maxPerMember = 0;
        Result<CardType> made = hub.cards().createCardType(admin, d);
        return made ? made->id : kNoId;
    }
    QuoteRequest basket(qint64 qty, Money credit = 0, Money storedValue = 0)
    {
        QuoteRequest r;
        r.memberId = member;
        r.lines = {{product, qty, 0}};
        r.credit = credit;
        r.storedValue = storedValue;
        r.tenderCardId = credit > 0 ? creditCard : giftCard;
        return r;
    }
    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"sales", "returns", "journal_transactions", "journal_entries", "points_lots",
                                  "installment_plans", "installments", "installment_payments", "gift_card_charges",
                                  "gift_card_charge_returns", "credit_limits"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        return out;
    }
    AccountBalance balance() { return *hub.ledger().balance(admin, account); }
    Money owed() { return -balance().credit; }
    QString ledgerProblems()
    {
        Result<LedgerCheck> check = hub.ledger().verify(admin);
        if (!check)
            return check.error().message;
        return check->problems.join(QLatin1Char('\n'));
    }
    // The credit card type allows `limit`.
    bool allow(Money limit)
    {
        return hub.credit().setCardTypeLimit(accountant, creditType, limit, QStringLiteral("default")).ok();
    }
    Result<Sale> creditSale(qint64 qty, Money credit, const QString &key)
    {
        return hub.sales().commit(staff, basket(qty, credit), key, kPin);
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    Actor accountant;
    ServiceHub hub;
    Id product = kNoId;
    bool ruleOk = false;
    Id member = kNoId;
    Id account = kNoId;
    Id creditType = kNoId;
    Id giftType = kNoId;
    Id creditCard = kNoId;
    Id giftCard = kNoId;
};

// QVERIFY2 builds its message even when the check passes: never touch error() of a success.
template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message + QStringLiteral(" / ") + r.error().detail;
}

QDate jalali(int y, int m, int d)
{
    return QDate(y, m, d, QCalendar(QCalendar::System::Jalali));
}
} // namespace

#define CREDIT_FIXTURE()                                                                                               \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestCredit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditPurchaseWithinAndOverLimit_data() { CLUB_ADD_ENGINE_ROWS(); }
    void creditPurchaseWithinAndOverLimit()
    {
        CREDIT_FIXTURE();
        // No limit yet: nothing can be put on credit.
        Result<SaleQuote> none = f.hub.sales().quote(f.staff, f.basket(1, kPrice));
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(none.error().field, QStringLiteral("credit"));
        QVERIFY(!f.hub.credit().setCardTypeLimit(f.staff, f.creditType, 1, QStringLiteral("x"))); // CreditManage
        QVERIFY(f.allow(3 * kPrice));

        Result<SaleQuote> q = f.hub.sales().quote(f.staff, f.basket(2, kPrice));
        QVERIFY2(q, qPrintable(why(q)));
        QCOMPARE(q->toPay, kPrice);
        QCOMPARE(q->creditAvailable, 3 * kPrice);
        QVERIFY(q->pinRequired);

        // The credit card's type needs its PIN: none, a wrong one, then the right one.
        const QList<qint64> before = f.footprint();
        Result<Sale> noPin = f.hub.sales().commit(f.staff, f.basket(2, kPrice), QStringLiteral("s1"));
        QVERIFY(!noPin);
        QCOMPARE(noPin.error().field, QStringLiteral("pin"));
        Result<Sale> wrongPin = f.hub.sales().commit(f.staff, f.basket(2, kPrice), QStringLiteral("s1"),
                                                     QStringLiteral("9173"));
        QVERIFY(!wrongPin);
        QCOMPARE(f.footprint(), before);

        Result<Sale> sale = f.creditSale(2, kPrice, QStringLiteral("s1"));
        QVERIFY2(sale, qPrintable(why(sale)));
        QCOMPARE(sale->credit, kPrice);
        QCOMPARE(sale->paid, kPrice);
        QCOMPARE(sale->pointsEarned, 100); // on the cash part only
        QCOMPARE(f.owed(), kPrice);
        Result<Sale> loaded = f.hub.sales().sale(f.staff, sale->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->credit, kPrice);
        QCOMPARE(loaded->paid, kPrice);
        QCOMPARE(loaded->tenderCardId, f.creditCard);

        // Replay: the same sale, nothing written.
        const QList<qint64> after = f.footprint();
        Result<Sale> again = f.creditSale(2, kPrice, QStringLiteral("s1"));
        QVERIFY(again);
        QVERIFY(again->replayed);
        QCOMPARE(again->id, sale->id);
        QCOMPARE(f.footprint(), after);

        // 2 × kPrice left under the limit: 3 × kPrice more is refused with nothing written.
        Result<Sale> over = f.creditSale(3, 3 * kPrice, QStringLiteral("s2"));
        QVERIFY(!over);
        QCOMPARE(over.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(f.footprint(), after);
        Result<Sale> fits = f.creditSale(2, 2 * kPrice, QStringLiteral("s3"));
        QVERIFY2(fits, qPrintable(why(fits)));
        QCOMPARE(fits->pointsEarned, 0);
        QCOMPARE(f.owed(), 3 * kPrice);

        // A member override wins over the card type's default; history is kept.
        QVERIFY(f.hub.credit().setMemberLimit(f.accountant, f.member, 5 * kPrice, QStringLiteral("good customer")));
        Result<CreditStanding> standing = f.hub.credit().limit(f.staff, f.member);
        QVERIFY(standing);
        QCOMPARE(standing->limit, 5 * kPrice);
        QCOMPARE(standing->limitSource, QStringLiteral("member"));
        QCOMPARE(standing->owed, 3 * kPrice);
        QCOMPARE(standing->available, 2 * kPrice);
        f.clock.advanceSecs(60);
        QVERIFY(f.hub.credit().setMemberLimit(f.accountant, f.member, -1, QStringLiteral("back to default")));
        standing = f.hub.credit().limit(f.staff, f.member);
        QCOMPARE(standing->limit, 3 * kPrice);
        QCOMPARE(standing->limitSource, QStringLiteral("card_type"));
        QCOMPARE(f.hub.credit().limitHistory(f.staff, f.member)->size(), 2);
        // A limit set for later is not in force yet.
        QVERIFY(f.hub.credit().setCardTypeLimit(f.accountant, f.creditType, 9 * kPrice, QStringLiteral("next month"),
                                                f.clock.nowUtc().addDays(30)));
        QCOMPARE(f.hub.credit().limit(f.staff, f.member)->limit, 3 * kPrice);
        f.clock.advanceDays(31);
        QCOMPARE(f.hub.credit().limit(f.staff, f.member)->limit, 9 * kPrice);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void pinLocksAfterThree_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pinLocksAfterThree()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(3 * kPrice));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!f.hub.sales().commit(f.staff, f.basket(1, kPrice), QStringLiteral("k"), QStringLiteral("9173")));
        Result<Sale> locked = f.creditSale(1, kPrice, QStringLiteral("k"));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, Error::Code::Locked);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    }

    void statementRunningBalance_data() { CLUB_ADD_ENGINE_ROWS(); }
    void statementRunningBalance()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(10 * kPrice));
        QVERIFY(f.creditSale(1, kPrice, QStringLiteral("a")));
        f.clock.advanceDays(1);
        const QDateTime second = f.clock.nowUtc();
        QVERIFY(f.creditSale(2, 2 * kPrice, QStringLiteral("b")));
        f.clock.advanceDays(1);
        QVERIFY(!f.hub.credit().repay(f.staff, f.member, 4 * kPrice, QStringLiteral("r0"))); // more than owed
        Result<Repayment> paid = f.hub.credit().repay(f.staff, f.member, 150'000, QStringLiteral("r1"));
        QVERIFY2(paid, qPrintable(why(paid)));
        QCOMPARE(paid->owedAfter, 150'000);
        const QList<qint64> after = f.footprint();
        Result<Repayment> again = f.hub.credit().repay(f.staff, f.member, 150'000, QStringLiteral("r1"));
        QVERIFY(again && again->replayed);
        QCOMPARE(again->transactionId, paid->transactionId);
        QCOMPARE(again->amount, 150'000);
        QCOMPARE(f.footprint(), after);

        Result<CreditStatement> st =
            f.hub.credit().statement(f.staff, f.member, kStart.addDays(-1), f.clock.nowUtc().addSecs(1));
        QVERIFY2(st, qPrintable(why(st)));
        QCOMPARE(st->opening, 0);
        QCOMPARE(st->entries.size(), 3);
        const QList<std::pair<Money, Money>> want = {{-kPrice, -kPrice}, {-2 * kPrice, -3 * kPrice},
                                                     {150'000, -150'000}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(st->entries.at(i).amount, want.at(i).first);
            QCOMPARE(st->entries.at(i).balance, want.at(i).second);
        }
        QCOMPARE(st->entries.at(2).kind, QStringLiteral("credit.repay"));
        QCOMPARE(st->closing, -150'000);
        st = f.hub.credit().statement(f.staff, f.member, second, f.clock.nowUtc().addSecs(1));
        QCOMPARE(st->opening, -kPrice);
        QCOMPARE(st->entries.size(), 2);
        QCOMPARE(st->closing, -150'000);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void installmentSplitAndDueDates_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<Money>("amount");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("firstDue");
        QTest::addColumn<QList<Money>>("parts");
        QTest::addColumn<QList<QDate>>("dues");
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const char *e = engine == int(Database::Engine::SQLite) ? "sqlite" : "postgresql";
            // 31 Shahrivar: Mehr and Aban have 30 days, so their last day.
            QTest::addRow("%s: 1,000,000 in 3 from 31 Shahrivar", e)
                << engine << Money(1'000'000) << 3 << jalali(1405, 6, 31)
                << QList<Money>{333'334, 333'333, 333'333}
                << QList<QDate>{jalali(1405, 6, 31), jalali(1405, 7, 30), jalali(1405, 8, 30)};
            // 31 Mordad → 31 Shahrivar → 30 Mehr...: counted from the first, never drifting.
            QTest::addRow("%s: 1,000,000 in 7 from 31 Mordad", e)
                << engine << Money(1'000'000) << 7 << jalali(1404, 5, 31)
                << QList<Money>{142'858, 142'857, 142'857, 142'857, 142'857, 142'857, 142'857}
                << QList<QDate>{jalali(1404, 5, 31), jalali(1404, 6, 31), jalali(1404, 7, 30), jalali(1404, 8, 30),
                                jalali(1404, 9, 30), jalali(1404, 10, 30), jalali(1404, 11, 30)};
            // Esfand of 1404 has 29 days (not a leap year); the next is Farvardin 1405.
            QTest::addRow("%s: Esfand year end", e)
                << engine << Money(900'000) << 3 << jalali(1404, 11, 30) << QList<Money>{300'000, 300'000, 300'000}
                << QList<QDate>{jalali(1404, 11, 30), jalali(1404, 12, 29), jalali(1405, 1, 30)};
        }
    }
    void installmentSplitAndDueDates()
    {
        QFETCH(int, engine);
        QFETCH(Money, amount);
        QFETCH(int, count);
        QFETCH(QDate, firstDue);
        QFETCH(QList<Money>, parts);
        QFETCH(QList<QDate>, dues);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QVERIFY(f.allow(20 * kPrice));
        QVERIFY(f.creditSale(10, 10 * kPrice, QStringLiteral("big")));
        Result<InstallmentPlan> plan =
            f.hub.credit().openPlan(f.accountant, f.member, kNoId, amount, count, firstDue, QStringLiteral("p1"));
        QVERIFY2(plan, qPrintable(why(plan)));
        QCOMPARE(plan->installments.size(), count);
        Money sum = 0;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(plan->installments.at(i).amount, parts.at(i));
            QCOMPARE(plan->installments.at(i).dueOn, dues.at(i));
            sum += plan->installments.at(i).amount;
        }
        QCOMPARE(sum, amount);
        QCOMPARE(plan->remaining, amount);
        const QList<qint64> after = f.footprint();
        Result<InstallmentPlan> again =
            f.hub.credit().openPlan(f.accountant, f.member, kNoId, amount, count, firstDue, QStringLiteral("p1"));
        QVERIFY(again && again->replayed);
        QCOMPARE(again->id, plan->id);
        QCOMPARE(f.footprint(), after);
        // Never more than the unscheduled debt.
        Result<InstallmentPlan> tooMuch = f.hub.credit().openPlan(f.accountant, f.member, kNoId, 10 * kPrice, 2,
                                                                  firstDue, QStringLiteral("p2"));
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().code, Error::Code::Conflict);
        QCOMPARE(f.footprint(), after);
    }

    void installmentsLateRepaySettle_data() { CLUB_ADD_ENGINE_ROWS(); }
    void installmentsLateRepaySettle()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(20 * kPrice));
        Result<Sale> sale = f.creditSale(10, 10 * kPrice, QStringLiteral("big"));
        QVERIFY(sale);
        QVERIFY(!f.hub.credit().openPlan(f.staff, f.member, sale->id, 0, 3, kStart.date().addDays(10),
                                         QStringLiteral("p")));
        Result<InstallmentPlan> plan = f.hub.credit().openPlan(f.accountant, f.member, sale->id, 0, 3,
                                                               kStart.date().addDays(10), QStringLiteral("p"));
        QVERIFY2(plan, qPrintable(why(plan)));
        QCOMPARE(plan->amount, 10 * kPrice);
        QCOMPARE(plan->installments.at(0).amount, 333'334);
        // A sale is scheduled once.
        QVERIFY(!f.hub.credit().openPlan(f.accountant, f.member, sale->id, 0, 2, kStart.date(), QStringLiteral("p2")));

        Result<QList<InstallmentPlan>> plans = f.hub.credit().installments(f.staff, f.member);
        QVERIFY(plans);
        QVERIFY(!plans->first().installments.at(0).late);
        f.clock.advanceDays(11);
        plans = f.hub.credit().installments(f.staff, f.member);
        QVERIFY(plans->first().installments.at(0).late);
        QVERIFY(!plans->first().installments.at(1).late);

        // Oldest first, partial payments allowed.
        Result<Repayment> r = f.hub.credit().repay(f.staff, f.member, 400'000, QStringLiteral("r1"));
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(r->payments.size(), 2);
        QCOMPARE(r->payments.at(0).amount, 333'334);
        QCOMPARE(r->payments.at(1).amount, 66'666);
        plans = f.hub.credit().installments(f.staff, f.member);
        const InstallmentPlan &p = plans->first();
        QVERIFY(!p.installments.at(0).late);
        QCOMPARE(p.installments.at(0).remaining, 0);
        QCOMPARE(p.installments.at(1).paid, 66'666);
        QCOMPARE(p.installments.at(1).remaining, 266'667);
        QCOMPARE(p.remaining, 600'000);
        const QList<qint64> after = f.footprint();
        QVERIFY(f.hub.credit().repay(f.staff, f.member, 400'000, QStringLiteral("r1"))->replayed);
        QCOMPARE(f.footprint(), after);

        Result<Repayment> settled = f.hub.credit().settlePlan(f.staff, p.id, QStringLiteral("settle"));
        QVERIFY2(settled, qPrintable(why(settled)));
        QCOMPARE(settled->amount, 600'000);
        QCOMPARE(settled->owedAfter, 0);
        QCOMPARE(f.owed(), 0);
        QCOMPARE(f.hub.credit().installments(f.staff, f.member)->first().remaining, 0);
        const QList<qint64> done = f.footprint();
        QVERIFY(f.hub.credit().settlePlan(f.staff, p.id, QStringLiteral("settle"))->replayed);
        QVERIFY(!f.hub.credit().settlePlan(f.staff, p.id, QStringLiteral("settle again")));
        QCOMPARE(f.footprint(), done);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void agingBuckets_data() { CLUB_ADD_ENGINE_ROWS(); }
    void agingBuckets()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(50 * kPrice));
        QVERIFY(f.creditSale(1, kPrice, QStringLiteral("a"))); // day 0, due day 30
        f.clock.advanceDays(40);
        QVERIFY(f.creditSale(2, 2 * kPrice, QStringLiteral("b"))); // day 40, due day 70
        Result<Sale> planned = f.creditSale(9, 9 * kPrice, QStringLiteral("c"));
        QVERIFY(planned);
        // Installments due on days 45, 75 (one Jalali month later, 30 or 31 days) and later.
        const QDate firstDue = kStart.date().addDays(45);
        QVERIFY(f.hub.credit().openPlan(f.accountant, f.member, planned->id, 0, 3, firstDue, QStringLiteral("p")));
        f.clock.advanceDays(35); // day 75
        const QDate today = f.clock.nowUtc().date();
        Result<QList<InstallmentPlan>> plans = f.hub.credit().installments(f.staff, f.member);
        QVERIFY(plans);
        Money current = 0;
        Money d1to30 = 2 * kPrice; // sale b, 5 days late
        Money d31to60 = kPrice;    // sale a, 45 days late
        for (const Installment &i : plans->first().installments) {
            const qint64 late = i.dueOn.daysTo(today);
            (late <= 0 ? current : late <= 30 ? d1to30 : d31to60) += i.amount;
        }
        Result<QList<AgingRow>> rows = f.hub.credit().aging(f.staff, f.clock.nowUtc());
        QVERIFY2(rows, qPrintable(why(rows)));
        QCOMPARE(rows->size(), 1);
        const AgingRow &row = rows->first();
        QCOMPARE(row.memberId, f.member);
        QCOMPARE(row.owed, 12 * kPrice);
        QCOMPARE(row.current, current);
        QCOMPARE(row.days1to30, d1to30);
        QCOMPARE(row.days31to60, d31to60);
        QCOMPARE(row.days61to90 + row.over90, 0);
        QCOMPARE(row.current + row.days1to30 + row.days31to60, row.owed);
        // Sixty days on, sale a is over 90 days past due.
        f.clock.advanceDays(60);
        rows = f.hub.credit().aging(f.staff, f.clock.nowUtc());
        QCOMPARE(rows->first().over90, kPrice);
        // A repayment pays the installments first, then the oldest plain debt.
        QVERIFY(f.hub.credit().repay(f.staff, f.member, 9 * kPrice + kPrice, QStringLiteral("r")));
        rows = f.hub.credit().aging(f.staff, f.clock.nowUtc());
        QCOMPARE(rows->first().owed, 2 * kPrice);
        QCOMPARE(rows->first().over90, 0);
        QCOMPARE(rows->first().days61to90 + rows->first().over90 + rows->first().days31to60 + rows->first().days1to30,
                 2 * kPrice);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void storedValueTenderAndReturn_data() { CLUB_ADD_ENGINE_ROWS(); }
    void storedValueTenderAndReturn()
    {
        CREDIT_FIXTURE();
        Result<GiftCardCharge> charge =
            f.hub.credit().chargeGiftCard(f.staff, f.giftCard, 150'000, QStringLiteral("g1"));
        QVERIFY2(charge, qPrintable(why(charge)));
        QCOMPARE(f.balance().storedValue, 150'000);
        const QList<qint64> before = f.footprint();
        Result<Sale> over = f.hub.sales().commit(f.staff, f.basket(2, 0, 150'001), QStringLiteral("over"));
        QVERIFY(!over);
        QCOMPARE(over.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(f.footprint(), before);

        Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(2, 0, 150'000), QStringLiteral("s"));
        QVERIFY2(sale, qPrintable(why(sale)));
        QCOMPARE(sale->paid, 50'000);
        QCOMPARE(sale->storedValue, 150'000);
        QCOMPARE(sale->pointsEarned, 50);
        QCOMPARE(f.balance().storedValue, 0);

        // One of the two units back: 3/4 of its money to the stored value, 1/4 in cash.
        Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("ret"));
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->refundStoredValue, 75'000);
        QCOMPARE(back->refundCash, 25'000);
        QCOMPARE(back->refundCredit, 0);
        QCOMPARE(f.balance().storedValue, 75'000);
        const QList<qint64> after = f.footprint();
        Result<SaleReturn> again =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("ret"));
        QVERIFY(again && again->replayed);
        QCOMPARE(again->refundStoredValue, 75'000);
        QCOMPARE(f.footprint(), after);
        back = f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("ret2"));
        QVERIFY(back);
        QCOMPARE(back->refundStoredValue, 75'000);
        QCOMPARE(f.balance().storedValue, 150'000);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void creditReturnReducesDebt_data() { CLUB_ADD_ENGINE_ROWS(); }
    void creditReturnReducesDebt()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(5 * kPrice));
        Result<Sale> sale = f.creditSale(2, 2 * kPrice, QStringLiteral("s"));
        QVERIFY(sale);
        QCOMPARE(f.owed(), 2 * kPrice);
        Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("ret"));
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->refundCredit, kPrice);
        QCOMPARE(back->refundCash, 0);
        QCOMPARE(f.owed(), kPrice);
        // Once the rest is repaid, the second unit's credit share comes back in cash.
        QVERIFY(f.hub.credit().repay(f.staff, f.member, kPrice, QStringLiteral("r")));
        back = f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.first().id, 1}}, QStringLiteral("ret2"));
        QVERIFY(back);
        QCOMPARE(back->refundCredit, 0);
        QCOMPARE(back->refundCash, kPrice);
        QCOMPARE(f.owed(), 0);

        // A sale in installments: the return takes its credit off the plan's last installments.
        Result<Sale> planned = f.creditSale(3, 3 * kPrice, QStringLiteral("planned"));
        QVERIFY(planned);
        Result<InstallmentPlan> plan = f.hub.credit().openPlan(f.accountant, f.member, planned->id, 0, 3,
                                                               kStart.date().addDays(30), QStringLiteral("p"));
        QVERIFY2(plan, qPrintable(why(plan)));
        back = f.hub.sales().returnSale(f.staff, planned->id, {{planned->lines.first().id, 2}}, QStringLiteral("ret3"));
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->refundCredit, 2 * kPrice);
        QCOMPARE(f.owed(), kPrice);
        const InstallmentPlan after = f.hub.credit().installments(f.staff, f.member)->first();
        QCOMPARE(after.remaining, kPrice);
        QCOMPARE(after.installments.at(0).remaining, kPrice);
        QCOMPARE(after.installments.at(1).remaining, 0);
        QCOMPARE(after.installments.at(2).remaining, 0);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void mixedTenderEarnsOnCashOnly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void mixedTenderEarnsOnCashOnly()
    {
        CREDIT_FIXTURE();
        QVERIFY(f.allow(5 * kPrice));
        // 100 points to spend, 30,000 of stored value.
        SalesSettings settings = f.hub.sales().settings();
        settings.pointsPrice = 10;
        f.hub.sales().setSettings(settings);
        QVERIFY(f.hub.credit().buyPoints(f.staff, f.member, 100, QStringLiteral("buy")));
        QVERIFY(f.hub.credit().chargeGiftCard(f.staff, f.giftCard, 30'000, QStringLiteral("g")));

        QuoteRequest r = f.basket(1, 40'000, 30'000);
        r.pointsToRedeem = 100; // 10,000
        Result<SaleQuote> q = f.hub.sales().quote(f.staff, r);
        QVERIFY2(q, qPrintable(why(q)));
        QCOMPARE(q->toPay, 20'000);
        QCOMPARE(q->quote.totalPoints, 20);
        r.tenderCardId = f.creditCard; // stored value and credit are both on the member's account
        Result<Sale> sale = f.hub.sales().commit(f.staff, r, QStringLiteral("mixed"), kPin);
        QVERIFY2(sale, qPrintable(why(sale)));
        QCOMPARE(sale->paid, 20'000);
        QCOMPARE(sale->pointsEarned, 20);
        QCOMPARE(sale->storedValue, 30'000);
        QCOMPARE(sale->credit, 40'000);
        QCOMPARE(f.owed(), 40'000);
        QCOMPARE(f.balance().storedValue, 0);
        // More than the bill is refused.
        QVERIFY(f.hub.sales().quote(f.staff, f.basket(1, 60'000, 0)));
        QVERIFY(!f.hub.sales().quote(f.staff, f.basket(1, kPrice + 1, 0)));
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void giftCardChargeSpendReturn_data() { CLUB_ADD_ENGINE_ROWS(); }
    void giftCardChargeSpendReturn()
    {
        CREDIT_FIXTURE();
        QVERIFY(!f.hub.credit().chargeGiftCard(f.staff, f.creditCard, 1000, QStringLiteral("x"))); // not a gift card
        Result<GiftCardCharge> charge =
            f.hub.credit().chargeGiftCard(f.staff, f.giftCard, 100'000, QStringLiteral("g1"));
        QVERIFY(charge);
        const QList<qint64> charged = f.footprint();
        Result<GiftCardCharge> again = f.hub.credit().chargeGiftCard(f.staff, f.giftCard, 100'000, QStringLiteral("g1"));
        QVERIFY(again && again->replayed);
        QCOMPARE(again->id, charge->id);
        QCOMPARE(f.footprint(), charged);

        // Spent in part: the charge cannot be returned, nothing is written.
        QVERIFY(f.hub.sales().commit(f.staff, f.basket(1, 0, 10'000), QStringLiteral("spend")));
        const QList<qint64> spent = f.footprint();
        Result<GiftCardChargeReturn> refused =
            f.hub.credit().returnGiftCardCharge(f.staff, charge->id, QStringLiteral("gr"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(refused.error().detail, QStringLiteral("gift_card.spent"));
        QCOMPARE(f.footprint(), spent);

        // Untouched: the whole charge comes back and the card is blocked.
        Result<Card> card2 = f.hub.cards().issue(f.admin, f.member, f.giftType);
        QVERIFY(card2);
        Result<GiftCardCharge> second = f.hub.credit().chargeGiftCard(f.staff, card2->id, 50'000, QStringLiteral("g2"));
        QVERIFY(second);
        Result<GiftCardChargeReturn> back =
            f.hub.credit().returnGiftCardCharge(f.staff, second->id, QStringLiteral("gr2"));
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->refund, 50'000);
        QCOMPARE(f.balance().storedValue, 90'000);
        QCOMPARE(f.hub.cards().card(f.admin, card2->id)->status, CardStatus::Blocked);
        const QList<qint64> returned = f.footprint();
        QVERIFY(f.hub.credit().returnGiftCardCharge(f.staff, second->id, QStringLiteral("gr2"))->replayed);
        QVERIFY(!f.hub.credit().returnGiftCardCharge(f.staff, second->id, QStringLiteral("gr3")));
        QCOMPARE(f.footprint(), returned);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void buyPoints_data() { CLUB_ADD_ENGINE_ROWS(); }
    void buyPoints()
    {
        CREDIT_FIXTURE();
        Result<PointsPurchase> off = f.hub.credit().buyPoints(f.staff, f.member, 100, QStringLiteral("b"));
        QVERIFY(!off);
        QCOMPARE(off.error().code, Error::Code::Conflict);
        SalesSettings settings = f.hub.sales().settings();
        settings.pointsPrice = 500;
        f.hub.sales().setSettings(settings);
        Result<PointsPurchase> bought = f.hub.credit().buyPoints(f.staff, f.member, 100, QStringLiteral("b"));
        QVERIFY2(bought, qPrintable(why(bought)));
        QCOMPARE(bought->price, 50'000);
        QCOMPARE(f.balance().pointsAvailable, 100);
        QCOMPARE(f.balance().pointsPending, 0);
        // Marked: the journal kind says the points were bought, and no sale counts them.
        QCOMPARE(f.hub.ledger().transaction(f.admin, bought->transactionId)->kind, kPointsPurchaseKind);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
        const QList<qint64> after = f.footprint();
        settings.pointsPrice = 0;
        f.hub.sales().setSettings(settings);
        Result<PointsPurchase> again = f.hub.credit().buyPoints(f.staff, f.member, 100, QStringLiteral("b"));
        QVERIFY(again && again->replayed);
        QCOMPARE(again->points, 100);
        QCOMPARE(again->price, 50'000);
        QCOMPARE(f.footprint(), after);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }
};

QTEST_GUILESS_MAIN(TestCredit)
#include "tst_credit.moc"
