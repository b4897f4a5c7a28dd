// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
// Day 0 of every scenario; the member buys P on days 0, 10 and 20 at this time of day.
const QDateTime kStart(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
const QCalendar kJalali(QCalendar::System::Jalali);
constexpr Money kPrice = 100'000;
constexpr qint64 kThresholdEvery = 1'000'000; // paid, for one G30
constexpr Points kBirthdayBonus = 50;
constexpr int kLotExpiryDay = 70;
constexpr int kAnniversaryDay = 50;

QDate day(int n)
{
    return kStart.addDays(n).date();
}

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
        settings.zone = QTimeZone::utc();
        hub.sales().setSettings(settings);
        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        warehouse = w ? w->id : kNoId;
        ok = warehouse != kNoId;
        product = make(QStringLiteral("P"), 0, 100);
        make(QStringLiteral("G30"), 30, 5);
        make(QStringLiteral("G80"), 80, 1);
        make(QStringLiteral("G90"), 90, 0); // out of stock: never suggested
        make(QStringLiteral("G500"), 500, 5); // out of reach
        check(hub.catalog().setPrice(admin, product, kNoId, kPrice, kStart), "price");

        Rule threshold;
        threshold.name = QStringLiteral("A gift every million");
        threshold.earnKind = EarnKind::Threshold;
        threshold.thresholdBasis = ThresholdBasis::Amount;
        threshold.thresholdEvery = kThresholdEvery;
        threshold.giftProductId = ids.value(QStringLiteral("G30"));
        Rule birthday;
        birthday.name = QStringLiteral("Birthday");
        birthday.earnKind = EarnKind::Birthday;
        birthday.points = kBirthdayBonus;
        for (const Rule &r : {threshold, birthday}) {
            check(hub.rules().create(admin, r), "rule");
        }

        Member draft = Club::Test::memberDraft(1);
        // Born on 30 Esfand of a leap year: in 1404, which has no 30 Esfand, the birthday
        // is on 29 Esfand (2026-03-20, day 38).
        draft.birthDate = kJalali.dateFromParts(1375, 12, 30);
        ok = ok && draft.birthDate.isValid();
        const QCalendar::YearMonthDay a = kJalali.partsFromDate(day(kAnniversaryDay));
        draft.marriageDate = kJalali.dateFromParts(a.year - 10, a.month, a.day);
        Result<Member> m = hub.members().create(admin, draft);
        if (!check(m, "member"))
            return;
        member = m->id;
        account = m->accountId;
        // 120 points expiring on day 70 (two lots), 5 on day 75: 125 spendable until then.
        earn(100, kStart.addDays(kLotExpiryDay), QStringLiteral("lot-1"));
        earn(20, kStart.addDays(kLotExpiryDay).addSecs(3 * 3600), QStringLiteral("lot-2"));
        earn(5, kStart.addDays(kLotExpiryDay + 5), QStringLiteral("lot-3"));
        for (int d : {0, 10, 20}) {
            clock.set(kStart.addDays(d));
            buy(QStringLiteral("sale-%1").arg(d));
        }
    }

    // Remembers a failed step of the set-up and says which one.
    template<typename R> bool check(const R &result, const char *step)
    {
        if (!result.ok()) {
            qWarning() << step << result.error().message << result.error().detail;
            ok = false;
        }
        return result.ok();
    }

    Id make(const QString &code, Points giftPoints, qint64 stock)
    {
        Product d;
        d.code = code;
        d.nameEn = code;
        d.isGift = giftPoints > 0;
        d.giftPoints = giftPoints;
        Result<Product> made = hub.catalog().createProduct(admin, d);
        if (!check(made, "product"))
            return kNoId;
        ids.insert(code, made->id);
        codes.insert(made->id, code);
        if (stock > 0) {
            StockMovement m;
            m.productId = made->id;
            m.warehouseId = warehouse;
            m.kind = MovementKind::Receipt;
            m.qty = stock;
            check(hub.inventory().record(admin, m), "stock");
        }
        return made->id;
    }
    void earn(Points points, const QDateTime &expiresAt, const QString &key)
    {
        EarnOptions o;
        o.expiresAt = expiresAt;
        check(hub.ledger().earnPoints(admin, account, points, o, key), "earn");
    }
    void buy(const QString &key)
    {
        QuoteRequest r;
        r.memberId = member;
        r.lines = {{product, 1, 0}};
        check(hub.sales().commit(staff, r, key), "sale");
    }

    // "reason:subject", the subject being the product's code or the day (ISO).
    QStringList describe(const QList<Suggestion> &list) const
    {
        QStringList out;
        for (const Suggestion &s : list) {
            const QString subject =
                s.productId != kNoId ? codes.value(s.productId) : s.date.toString(Qt::ISODate);
            out << s.reason + QLatin1Char(':') + subject;
        }
        return out;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    ServiceHub hub;
    bool ok = false;
    Id warehouse = kNoId;
    Id product = kNoId;
    Id member = kNoId;
    Id account = kNoId;
    QHash<QString, Id> ids;
    QHash<Id, QString> codes;
};

QString message(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

QString iso(int n)
{
    return day(n).toString(Qt::ISODate);
}
} // namespace

#define RECOMMEND_FIXTURE()                                                                                            \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.t.ok(), qPrintable(f.t.error()));                                                                       \
    QVERIFY(f.ok)

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : message(result_.error())));                       \
    } while (false)

class TestRecommender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAppearWhenTheyShould_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("dayNo");
        QTest::addColumn<QStringList>("expected");
        const QString gifts[] = {QStringLiteral("gift.reachable:G80"), QStringLiteral("gift.reachable:G30")};
        const QString threshold = QStringLiteral("threshold.amount:G30");
        const QString due = QStringLiteral("repurchase.due:P");
        const QString birthday = QStringLiteral("occasion.birthday:") + iso(38);
        const QString anniversary = QStringLiteral("occasion.anniversary:") + iso(kAnniversaryDay);
        const QString expiry70 = QStringLiteral("expiry.soon:") + iso(kLotExpiryDay);
        const QString expiry75 = QStringLiteral("expiry.soon:") + iso(kLotExpiryDay + 5);
        const struct
        {
            int dayNo;
            QStringList expected;
        } rows[] = {
            {20, {gifts[0], gifts[1], threshold}},
            // Bought on days 0, 10 and 20: due on day 30, a day's tolerance, so not yet on 22.
            {22, {gifts[0], gifts[1], threshold}},
            {28, {birthday, gifts[0], gifts[1], threshold}},
            {29, {birthday, gifts[0], gifts[1], threshold, due}},
            {31, {birthday, gifts[0], gifts[1], threshold, due}},
            {37, {birthday, anniversary, gifts[0], gifts[1], threshold, due}},
            {39, {anniversary, gifts[0], gifts[1], threshold, due}},
            {44, {expiry70, anniversary, gifts[0], gifts[1], threshold, due}},
            // 30 days ahead reaches the lot of day 75 exactly.
            {45, {expiry70, expiry75, anniversary, gifts[0], gifts[1], threshold, due}},
            {69, {expiry70, expiry75, gifts[0], gifts[1], threshold, due}},
            // The 120 points are gone; 5 are left, too few for any gift.
            {71, {expiry75, threshold, due}},
        };
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            for (const auto &row : rows) {
                QTest::addRow("%s-day%d", engine == int(Database::Engine::SQLite) ? "sqlite" : "postgresql",
                              row.dayNo)
                    << engine << row.dayNo << row.expected;
            }
        }
    }
    void kindsAppearWhenTheyShould()
    {
        RECOMMEND_FIXTURE();
        QFETCH(int, dayNo);
        QFETCH(QStringList, expected);
        f.clock.set(kStart.addDays(dayNo));
        const Result<QList<Suggestion>> first = f.hub.recommender().suggestions(f.staff, f.member);
        VERIFY_OK(first);
        QCOMPARE(f.describe(*first), expected);
        // The same data and clock give the same list, numbers included.
        const Result<QList<Suggestion>> again = f.hub.recommender().suggestions(f.staff, f.member);
        VERIFY_OK(again);
        QCOMPARE(*again, *first);
    }

    void suggestionsCarryTheirNumbers_data() { CLUB_ADD_ENGINE_ROWS(); }
    void suggestionsCarryTheirNumbers()
    {
        RECOMMEND_FIXTURE();
        f.clock.set(kStart.addDays(31));
        const Result<QList<Suggestion>> list = f.hub.recommender().suggestions(f.staff, f.member);
        VERIFY_OK(list);
        QCOMPARE(list->size(), 5);
        const Suggestion &birthday = list->at(0);
        QCOMPARE(birthday.kind, SuggestionKind::Occasion);
        QCOMPARE(birthday.date, QDate(2026, 3, 20)); // 29 Esfand 1404
        QCOMPARE(kJalali.partsFromDate(birthday.date).day, 29);
        QCOMPARE(birthday.days, 7);
        QCOMPARE(birthday.years, 29);
        QCOMPARE(birthday.points, kBirthdayBonus);
        QVERIFY(birthday.ruleId != kNoId);
        const Suggestion &gift = list->at(1);
        QCOMPARE(gift.kind, SuggestionKind::Gift);
        QCOMPARE(gift.points, 80);
        QCOMPARE(gift.balance, 125);
        const Suggestion &threshold = list->at(3);
        QCOMPARE(threshold.kind, SuggestionKind::Threshold);
        QCOMPARE(threshold.every, kThresholdEvery);
        QCOMPARE(threshold.progress, 3 * kPrice);
        QCOMPARE(threshold.remaining, kThresholdEvery - 3 * kPrice);
        const Suggestion &due = list->at(4);
        QCOMPARE(due.kind, SuggestionKind::Repurchase);
        QCOMPARE(due.times, 3);
        QCOMPARE(due.intervalDays, 10);
        QCOMPARE(due.date, day(30));
        QCOMPARE(due.days, -1);
        QCOMPARE(due.at, kStart.addDays(20));
    }

    void expiringPointsGroupedByDay_data() { CLUB_ADD_ENGINE_ROWS(); }
    void expiringPointsGroupedByDay()
    {
        RECOMMEND_FIXTURE();
        f.clock.set(kStart.addDays(39));
        Result<QList<ExpiringPoints>> none = f.hub.recommender().expiringPoints(f.staff, f.member, 30);
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        f.clock.set(kStart.addDays(50));
        Result<QList<ExpiringPoints>> some = f.hub.recommender().expiringPoints(f.staff, f.member, 30);
        VERIFY_OK(some);
        const QList<ExpiringPoints> expected = {
            {kStart.addDays(kLotExpiryDay), day(kLotExpiryDay), 120},
            {kStart.addDays(kLotExpiryDay + 5), day(kLotExpiryDay + 5), 5},
        };
        QCOMPARE(*some, expected);
        // A spend draws the soonest lot first, so what expires first shrinks.
        VERIFY_OK(f.hub.ledger().spendPoints(f.admin, f.account, 30, QStringLiteral("test"), QStringLiteral("spend")));
        some = f.hub.recommender().expiringPoints(f.staff, f.member, 30);
        VERIFY_OK(some);
        QCOMPARE(some->size(), 2);
        QCOMPARE(some->at(0).points, 90);
        some = f.hub.recommender().expiringPoints(f.staff, f.member, 20);
        VERIFY_OK(some);
        QCOMPARE(some->size(), 1);
    }

    void birthdayOnLastDayOfEsfand_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected"); // invalid: no birthday within 14 days
        const QDate leap30 = kJalali.dateFromParts(1399, 12, 30);
        const QDate esfand29 = kJalali.dateFromParts(1400, 12, 29);
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const char *e = engine == int(Database::Engine::SQLite) ? "sqlite" : "postgresql";
            // 1404 has 29 days in Esfand, 1403 has 30.
            QTest::addRow("%s-30esfand-nonleap", e) << engine << leap30 << QDate(2026, 3, 15) << QDate(2026, 3, 20);
            QTest::addRow("%s-30esfand-leap", e) << engine << leap30 << QDate(2025, 3, 15) << QDate(2025, 3, 20);
            QTest::addRow("%s-29esfand", e) << engine << esfand29 << QDate(2026, 3, 15) << QDate(2026, 3, 20);
            QTest::addRow("%s-too-far", e) << engine << leap30 << QDate(2026, 3, 5) << QDate();
            QTest::addRow("%s-just-passed", e) << engine << leap30 << QDate(2026, 3, 21) << QDate();
        }
    }
    void birthdayOnLastDayOfEsfand()
    {
        QFETCH(int, engine);
        QFETCH(QDate, born);
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ManualClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
        const Actor admin = t.admin();
        ServiceHub hub(t.db(), clock);
        Member draft = Club::Test::memberDraft(2);
        draft.birthDate = born;
        Result<Member> m = hub.members().create(admin, draft);
        VERIFY_OK(m);
        const Result<QList<Suggestion>> list = hub.recommender().suggestions(admin, m->id);
        VERIFY_OK(list);
        QDate found;
        for (const Suggestion &s : *list) {
            if (s.reason == QLatin1String("occasion.birthday"))
                found = s.date;
        }
        QCOMPARE(found, expected);
        if (expected.isValid())
            QCOMPARE(list->at(0).points, 0); // no birthday rule, no bonus
    }

    void needsMemberAndLedgerRead_data() { CLUB_ADD_ENGINE_ROWS(); }
    void needsMemberAndLedgerRead()
    {
        RECOMMEND_FIXTURE();
        Actor nobody = f.staff;
        nobody.role = Role(-1);
        const Result<QList<Suggestion>> list = f.hub.recommender().suggestions(nobody, f.member);
        QVERIFY(!list);
        QCOMPARE(list.error().code, Error::Code::Forbidden);
        const Result<QList<Suggestion>> missing = f.hub.recommender().suggestions(f.staff, 999'999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
