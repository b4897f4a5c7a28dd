// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "rules/RuleEngine.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::jalaliTehran;
using Club::Test::kJalali;
using Club::Test::kTehran;
using Club::Test::LoyaltyFixture;

Q_DECLARE_METATYPE(Club::Core::ExpiryPolicy)

namespace {
// The first instant of a Jalali day in Tehran, in UTC.
QDateTime dayStart(int y, int m, int d)
{
    return RuleEngine::dayStartUtc(y, m, d, kJalali, kTehran);
}

Quote earnAt(const QDateTime &now, ExpiryPolicy policy, int days)
{
    RuleContext c;
    c.memberId = 1;
    c.nowUtc = now;
    c.zone = kTehran;
    c.expiryPolicy = policy;
    c.pointsLifetimeDays = days;
    Rule r;
    r.id = 1;
    r.name = QStringLiteral("earn");
    r.points = 1;
    r.perAmount = 1000;
    BasketLine l;
    l.productId = 10;
    l.unitPrice = 10'000;
    return RuleEngine::evaluate({l}, {}, c, {r});
}
} // namespace

class TestExpiryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The rows below rely on these facts of the Jalali calendar.
    void calendarFacts()
    {
        QVERIFY(kJalali.isLeapYear(1403));
        QVERIFY(!kJalali.isLeapYear(1404));
        QCOMPARE(kJalali.daysInMonth(12, 1403), 30);
        QCOMPARE(kJalali.daysInMonth(12, 1404), 29);
        QCOMPARE(kJalali.daysInMonth(6, 1403), 31); // Shahrivar
        QCOMPARE(kJalali.daysInMonth(7, 1403), 30); // Mehr
        // Nowruz 1404 began at local midnight in Tehran, 20:30 UTC the evening before.
        QCOMPARE(dayStart(1404, 1, 1), QDateTime(QDate(2025, 3, 20), QTime(20, 30), Qt::UTC));
    }

    void keys_data()
    {
        QTest::addColumn<ExpiryPolicy>("policy");
        QTest::addColumn<QString>("key");
        QTest::newRow("after days") << ExpiryPolicy::AfterDays << QStringLiteral("after_days");
        QTest::newRow("month end") << ExpiryPolicy::MonthEnd << QStringLiteral("month_end");
        QTest::newRow("year end") << ExpiryPolicy::YearEnd << QStringLiteral("year_end");
        QTest::newRow("never") << ExpiryPolicy::Never << QStringLiteral("never");
    }
    void keys()
    {
        QFETCH(ExpiryPolicy, policy);
        QFETCH(QString, key);
        QCOMPARE(expiryPolicyKey(policy), key);
        ExpiryPolicy back = policy == ExpiryPolicy::Never ? ExpiryPolicy::AfterDays : ExpiryPolicy::Never;
        QVERIFY(expiryPolicyFromKey(key, back));
        QCOMPARE(back, policy);
        QVERIFY(!expiryPolicyFromKey(key.toUpper(), back));
    }

    void expiresAt_data()
    {
        QTest::addColumn<QDateTime>("earned");
        QTest::addColumn<ExpiryPolicy>("policy");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("expiresAt");
        using P = ExpiryPolicy;
        QTest::newRow("never") << jalaliTehran(1403, 6, 10) << P::Never << 30 << QDateTime();
        QTest::newRow("after 30 days, same local time")
            << jalaliTehran(1403, 6, 10, 18) << P::AfterDays << 30 << jalaliTehran(1403, 7, 9, 18);
        // Esfand of the common year 1404 has 29 days: the 29th is its last.
        QTest::newRow("29 Esfand common year, month end")
            << jalaliTehran(1404, 12, 29, 10) << P::MonthEnd << 0 << dayStart(1405, 1, 1);
        QTest::newRow("29 Esfand common year + 1 day, month end")
            << jalaliTehran(1404, 12, 29, 10) << P::MonthEnd << 1 << dayStart(1405, 2, 1);
        // Esfand of the leap year 1403 has 30 days: the 29th is not its last.
        QTest::newRow("29 Esfand leap year + 1 day, month end")
            << jalaliTehran(1403, 12, 29, 10) << P::MonthEnd << 1 << dayStart(1404, 1, 1);
        QTest::newRow("30 Esfand leap year, month end")
            << jalaliTehran(1403, 12, 30, 10) << P::MonthEnd << 0 << dayStart(1404, 1, 1);
        QTest::newRow("30 Esfand leap year, year end")
            << jalaliTehran(1403, 12, 30, 10) << P::YearEnd << 0 << dayStart(1404, 1, 1);
        QTest::newRow("29 Esfand common year, year end")
            << jalaliTehran(1404, 12, 29, 10) << P::YearEnd << 0 << dayStart(1405, 1, 1);
        QTest::newRow("29 Esfand leap year + 2 days, year end")
            << jalaliTehran(1403, 12, 29, 10) << P::YearEnd << 2 << dayStart(1405, 1, 1);
        QTest::newRow("mid year, year end") << jalaliTehran(1403, 5, 10) << P::YearEnd << 0 << dayStart(1404, 1, 1);
        QTest::newRow("last day of a 31-day month")
            << jalaliTehran(1403, 6, 31) << P::MonthEnd << 0 << dayStart(1403, 7, 1);
        QTest::newRow("last day of a 31-day month + 1 day")
            << jalaliTehran(1403, 6, 31) << P::MonthEnd << 1 << dayStart(1403, 8, 1);
        QTest::newRow("last day of a 30-day month")
            << jalaliTehran(1403, 7, 30) << P::MonthEnd << 0 << dayStart(1403, 8, 1);
        QTest::newRow("last day of a 30-day month + 1 day")
            << jalaliTehran(1403, 7, 30) << P::MonthEnd << 1 << dayStart(1403, 9, 1);
        QTest::newRow("30 days to the month end")
            << jalaliTehran(1403, 6, 10, 18) << P::MonthEnd << 30 << dayStart(1403, 8, 1);
        // 23:50 and 00:10 Tehran time on either side of 1403/07/01 are both 1403/06/31 in
        // UTC; the local date decides the month.
        QTest::newRow("Tehran 23:50 on the month's last day") << jalaliTehran(1403, 6, 31, 23, 50) << P::MonthEnd << 0
                                                              << QDateTime(QDate(2024, 9, 21), QTime(20, 30), Qt::UTC);
        QTest::newRow("Tehran 00:10 on the next month's first day")
            << jalaliTehran(1403, 7, 1, 0, 10) << P::MonthEnd << 0 << dayStart(1403, 8, 1);
        QTest::newRow("Tehran 00:10 on Nowruz, year end")
            << jalaliTehran(1404, 1, 1, 0, 10) << P::YearEnd << 0 << dayStart(1405, 1, 1);
    }
    void expiresAt()
    {
        QFETCH(QDateTime, earned);
        QFETCH(ExpiryPolicy, policy);
        QFETCH(int, days);
        QFETCH(QDateTime, expiresAt);
        QCOMPARE(pointsExpiresAt(policy, days, earned, kTehran, kJalali), expiresAt);
        // The engine puts the same instant on the quote.
        const Quote q = earnAt(earned, policy, days);
        QCOMPARE(q.totalPoints, 10);
        QCOMPARE(q.expiresAt, expiresAt);
        QCOMPARE(q.expiresAt.isValid(), expiresAt.isValid());
    }

    // A real sale under MonthEnd: the soonest-expiring lot pays first, the points left in
    // it expire at the Jalali month end in Tehran, and running the job twice expires once.
    void saleExpiresAtJalaliMonthEnd_data() { CLUB_ADD_ENGINE_ROWS(); }
    void saleExpiresAtJalaliMonthEnd()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), jalaliTehran(1403, 6, 20, 10)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        SalesSettings s = f.settings();
        s.expiryPolicy = ExpiryPolicy::MonthEnd;
        s.pointsLifetimeDays = 7;
        f.hub.sales().setSettings(s);
        const Result<Sale> first = f.sell(f.member, 2); // 200 points, expire 1403/07/01 00:00
        LOYALTY_VERIFY_OK(first);
        s.expiryPolicy = ExpiryPolicy::AfterDays;
        s.pointsLifetimeDays = 90;
        f.hub.sales().setSettings(s);
        const Result<Sale> second = f.sell(f.member, 1); // 100 points, expire 90 days later
        LOYALTY_VERIFY_OK(second);

        f.clock.set(jalaliTehran(1403, 6, 29, 10)); // both lots available now
        QCOMPARE(f.balance(f.member).pointsAvailable, 300);
        QCOMPARE(f.balance(f.member).nextExpiry, dayStart(1403, 7, 1));
        // Pays 150 points (15,000 of 100,000): drawn from the first lot, which expires first.
        const Result<Sale> spend = f.sell(f.member, 1, 150);
        LOYALTY_VERIFY_OK(spend);
        QCOMPARE(spend->pointsEarned, 85);
        const Result<QList<PointsLot>> lots = f.hub.ledger().openLots(f.admin, f.member.accountId);
        LOYALTY_VERIFY_OK(lots);
        QHash<Id, Points> remaining;
        for (const PointsLot &lot : *lots)
            remaining.insert(lot.id, lot.remaining);
        QCOMPARE(remaining.value(first->earnedLotId), 50);
        QCOMPARE(remaining.value(second->earnedLotId), 100);
        QCOMPARE(remaining.value(spend->earnedLotId), 85);

        // One minute before the month ends nothing is due.
        f.clock.set(dayStart(1403, 7, 1).addSecs(-60));
        QCOMPARE(*f.hub.ledger().expirePoints(f.admin, f.clock.nowUtc()), 0);
        f.clock.set(dayStart(1403, 7, 1).addSecs(60));
        QCOMPARE(*f.hub.ledger().expirePoints(f.admin, f.clock.nowUtc()), 1);
        QCOMPARE(*f.hub.ledger().expirePoints(f.admin, f.clock.nowUtc()), 0);
        const AccountBalance b = f.balance(f.member);
        QCOMPARE(b.points, 185);
        QCOMPARE(b.pointsAvailable, 100);
        QCOMPARE(b.pointsPending, 85);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'expire'")), 1);
        const Result<QList<JournalTransaction>> history = f.hub.ledger().history(f.admin, f.member.accountId);
        LOYALTY_VERIFY_OK(history);
        QCOMPARE(history->first().kind, QStringLiteral("expire"));
        QCOMPARE(history->first().pointsDelta, -50);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));

        // Returning the sale paid with points gives them back as a new lot under today's
        // policy: the end of the Jalali year, not "now + lifetime days".
        s.expiryPolicy = ExpiryPolicy::YearEnd;
        s.pointsLifetimeDays = 7;
        f.hub.sales().setSettings(s);
        const Result<SaleReturn> back = f.hub.sales().returnSale(f.staff, spend->id, {{spend->lines.at(0).id, 1}},
                                                                 QStringLiteral("return-spend"));
        LOYALTY_VERIFY_OK(back);
        QCOMPARE(back->pointsRefunded, 150);
        bool found = false;
        for (const PointsLot &lot : *f.hub.ledger().openLots(f.admin, f.member.accountId)) {
            if (lot.remaining == 150 && lot.id != first->earnedLotId && lot.id != second->earnedLotId) {
                QCOMPARE(lot.expiresAt, dayStart(1404, 1, 1));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }
};

QTEST_GUILESS_MAIN(TestExpiryPolicy)
#include "tst_expirypolicy.moc"
