// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleEngine.h"
#include "TestMain.h"

#include <QTest>

#include <algorithm>

using namespace Club::Core;

Q_DECLARE_METATYPE(Club::Core::Rule)
Q_DECLARE_METATYPE(Club::Core::RoundingPolicy)

namespace {
const QTimeZone kTehran(QByteArrayLiteral("Asia/Tehran"));
const QCalendar kJalali(QCalendar::System::Jalali);

// Local Tehran time → UTC, so the tests read like the shop's clock.
QDateTime tehran(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kTehran).toUTC();
}

QDateTime jalali(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(kJalali.dateFromParts(y, m, d), QTime(h, min), kTehran).toUTC();
}

Rule perAmount(Id id, Points points, Money per, int priority = 100, bool exclusive = false)
{
    Rule r;
    r.id = id;
    r.name = QStringLiteral("earn %1").arg(id);
    r.earnKind = EarnKind::PerAmount;
    r.points = points;
    r.perAmount = per;
    r.priority = priority;
    r.exclusive = exclusive;
    return r;
}

Rule bonusRule(Id id, EarnKind kind, Points points)
{
    Rule r;
    r.id = id;
    r.name = QStringLiteral("bonus %1").arg(id);
    r.earnKind = kind;
    r.points = points;
    return r;
}

Rule discount(Id id,
              DiscountTarget target,
              DiscountMode mode,
              int bp,
              Money fixed = 0,
              int priority = 100,
              bool exclusive = false)
{
    Rule r;
    r.id = id;
    r.name = QStringLiteral("discount %1").arg(id);
    r.family = RuleFamily::Discount;
    r.discountTarget = target;
    r.discountMode = mode;
    r.basisPoints = bp;
    r.fixedAmount = fixed;
    r.priority = priority;
    r.exclusive = exclusive;
    r.productId = 10;
    r.groupId = 2;
    r.cardTypeId = 7;
    r.tierKey = QStringLiteral("gold");
    return r;
}

RuleContext context(const QDateTime &now = tehran(2026, 3, 10))
{
    RuleContext c;
    c.memberId = 1;
    c.tier = QStringLiteral("gold");
    c.cardTypeId = 7;
    c.nowUtc = now;
    c.zone = kTehran;
    return c;
}

// Product 10 in group 2 (under root group 1); product 20 in group 3 (under 1).
BasketLine line(Id product, qint64 qty, Money price)
{
    BasketLine l;
    l.productId = product;
    l.groupPath = product == 10 ? QList<Id>{2, 1} : QList<Id>{3, 1};
    l.quantity = qty;
    l.unitPrice = price;
    return l;
}

QStringList reasons(const Quote &q)
{
    QStringList out;
    for (const QuoteLine &l : q.lines) {
        for (const RuleHit &h : l.why)
            out << QStringLiteral("%1:%2:d%3:p%4%5")
                       .arg(h.reason)
                       .arg(h.ruleId)
                       .arg(h.discount)
                       .arg(h.points)
                       .arg(h.cap == RuleHit::Cap::Day      ? QStringLiteral(":cap_day")
                            : h.cap == RuleHit::Cap::Member ? QStringLiteral(":cap_member")
                                                            : QString());
    }
    for (const BonusHit &b : q.bonuses)
        out << QStringLiteral("%1:%2:p%3:to%4:g%5x%6")
                   .arg(b.reason)
                   .arg(b.ruleId)
                   .arg(b.points)
                   .arg(b.beneficiaryId)
                   .arg(b.giftProductId)
                   .arg(b.giftCount);
    return out;
}
} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rounding_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("mul");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        const int F = int(RoundingPolicy::Floor), N = int(RoundingPolicy::Nearest), C = int(RoundingPolicy::Ceil);
        QTest::newRow("floor 1.5") << F << qint64(1500) << qint64(1) << qint64(1000) << qint64(1);
        QTest::newRow("nearest 1.5 half up") << N << qint64(1500) << qint64(1) << qint64(1000) << qint64(2);
        QTest::newRow("nearest 1.499") << N << qint64(1499) << qint64(1) << qint64(1000) << qint64(1);
        QTest::newRow("ceil 1.001") << C << qint64(1001) << qint64(1) << qint64(1000) << qint64(2);
        QTest::newRow("ceil exact") << C << qint64(2000) << qint64(1) << qint64(1000) << qint64(2);
        QTest::newRow("floor exact") << F << qint64(2000) << qint64(1) << qint64(1000) << qint64(2);
        // 10^13 rials × 10^5 would overflow 64 bits without the 128-bit step.
        QTest::newRow("no overflow") << F << qint64(10'000'000'000'000) << qint64(100'000) << qint64(1'000'000)
                                     << qint64(1'000'000'000'000);
        QTest::newRow("zero denominator") << C << qint64(5) << qint64(1) << qint64(0) << qint64(0);
    }
    void rounding()
    {
        QFETCH(int, policy);
        QFETCH(qint64, num);
        QFETCH(qint64, mul);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(RuleEngine::mulDiv(num, mul, den, RoundingPolicy(policy)), expected);
    }

    void roundingPolicyOnPoints_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("points");
        // 1 point per 1000 rials; a ×1.5 tier (1500‰) turns 1000 rials into 1.5 points.
        QTest::newRow("floor") << int(RoundingPolicy::Floor) << qint64(1000) << qint64(1);
        QTest::newRow("nearest") << int(RoundingPolicy::Nearest) << qint64(1000) << qint64(2);
        QTest::newRow("ceil") << int(RoundingPolicy::Ceil) << qint64(1000) << qint64(2);
        QTest::newRow("ceil small") << int(RoundingPolicy::Ceil) << qint64(100) << qint64(1);
        QTest::newRow("nearest small") << int(RoundingPolicy::Nearest) << qint64(300) << qint64(0);
        QTest::newRow("floor big") << int(RoundingPolicy::Floor) << qint64(99'999) << qint64(149);
    }
    void roundingPolicyOnPoints()
    {
        QFETCH(int, policy);
        QFETCH(qint64, price);
        QFETCH(qint64, points);
        Rule r = perAmount(1, 1, 1000);
        r.rounding = RoundingPolicy(policy);
        r.tierMultipliers.insert(QStringLiteral("gold"), 1500);
        const Quote q = RuleEngine::evaluate({line(10, 1, price)}, {}, context(), {r});
        QCOMPARE(q.linePoints, points);
        QCOMPARE(q.totalPoints, points);
    }

    void earnKinds_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QStringList>("why");
        QTest::addColumn<qint64>("totalPoints");

        // Basket: 2 × 10 (group 2) at 25 000 and 1 × 20 (group 3) at 10 000 = 60 000.
        QTest::newRow("per amount") << perAmount(1, 1, 1000)
                                    << QStringList{QStringLiteral("earn.per_amount:1:d0:p50"),
                                                   QStringLiteral("earn.per_amount:1:d0:p10")}
                                    << qint64(60);
        Rule group = perAmount(2, 3, 1000);
        group.earnKind = EarnKind::PerGroup;
        group.groupId = 1; // the root: both lines
        QTest::newRow("per group root") << group
                                        << QStringList{QStringLiteral("earn.per_group:2:d0:p150"),
                                                       QStringLiteral("earn.per_group:2:d0:p30")}
                                        << qint64(180);
        group.groupId = 3;
        QTest::newRow("per group leaf") << group << QStringList{QStringLiteral("earn.per_group:2:d0:p30")}
                                        << qint64(30);
        Rule product = bonusRule(3, EarnKind::PerProduct, 7);
        product.productId = 10;
        QTest::newRow("per product") << product << QStringList{QStringLiteral("earn.per_product:3:d0:p14")}
                                     << qint64(14);
        QTest::newRow("signup") << bonusRule(4, EarnKind::Signup, 500)
                                << QStringList{QStringLiteral("bonus.signup:4:p500:to1:g0x0")} << qint64(500);
        // The referrer gets the points, not the buyer.
        QTest::newRow("referral") << bonusRule(5, EarnKind::Referral, 300)
                                  << QStringList{QStringLiteral("bonus.referral:5:p300:to99:g0x0")} << qint64(0);
        QTest::newRow("birthday") << bonusRule(6, EarnKind::Birthday, 200)
                                  << QStringList{QStringLiteral("bonus.birthday:6:p200:to1:g0x0")} << qint64(200);
        QTest::newRow("anniversary") << bonusRule(7, EarnKind::Anniversary, 250)
                                     << QStringList{QStringLiteral("bonus.anniversary:7:p250:to1:g0x0")} << qint64(250);
        Rule threshold = bonusRule(8, EarnKind::Threshold, 0);
        threshold.thresholdEvery = 100'000;
        threshold.thresholdBasis = ThresholdBasis::Amount;
        threshold.giftProductId = 55;
        // 150 000 paid before + 60 000 now crosses 200 000 once.
        QTest::newRow("threshold amount")
            << threshold << QStringList{QStringLiteral("bonus.threshold:8:p0:to1:g55x1")} << qint64(0);
        threshold.thresholdBasis = ThresholdBasis::Points;
        threshold.thresholdEvery = 10;
        QTest::newRow("threshold points, no points earned") << threshold << QStringList{} << qint64(0);
    }
    void earnKinds()
    {
        QFETCH(Rule, rule);
        QFETCH(QStringList, why);
        QFETCH(qint64, totalPoints);
        QVERIFY2(RuleEngine::validate(rule).ok(), qPrintable(RuleEngine::validate(rule).error().message));
        RuleContext c = context(tehran(2026, 3, 10));
        c.birthDate = QDate(1990, 3, 10);
        c.marriageDate = QDate(2015, 3, 10);
        c.referrerId = 99;
        c.firstPurchase = true;
        c.amountPaidBefore = 150'000;
        c.pointsEarnedBefore = 5;
        const Quote q = RuleEngine::evaluate({line(10, 2, 25'000), line(20, 1, 10'000)}, {}, c, {rule});
        QCOMPARE(reasons(q), why);
        QCOMPARE(q.totalPoints, totalPoints);
        QCOMPARE(q.net, 60'000);
        QCOMPARE(q.availableAt, c.nowUtc.addDays(7)); // default pending: the return window
    }

    void bonusesOnlyOnce()
    {
        RuleContext c = context();
        c.birthDate = QDate(1990, 3, 10);
        c.usage.insert(6, RuleUsage{200, 200, 1, 1}); // already given today
        c.usage.insert(4, RuleUsage{0, 500, 0, 1});   // signup given long ago
        const Quote q = RuleEngine::evaluate(
            {line(10, 1, 1000)}, {}, c, {bonusRule(6, EarnKind::Birthday, 200), bonusRule(4, EarnKind::Signup, 500)});
        QCOMPARE(q.bonuses.size(), 0);
        c.firstPurchase = false;
        c.referrerId = 99;
        QCOMPARE(
            RuleEngine::evaluate({line(10, 1, 1000)}, {}, c, {bonusRule(5, EarnKind::Referral, 300)}).bonuses.size(),
            0);
    }

    void thresholdOnPointsCountsThisSale()
    {
        Rule t = bonusRule(8, EarnKind::Threshold, 0);
        t.thresholdEvery = 100;
        t.giftProductId = 55;
        RuleContext c = context();
        c.pointsEarnedBefore = 95;
        // 260 points now: 95 → 355 crosses 100, 200 and 300.
        const Quote q = RuleEngine::evaluate({line(10, 1, 260'000)}, {}, c, {perAmount(1, 1, 1000), t});
        QCOMPARE(q.bonuses.size(), 1);
        QCOMPARE(q.bonuses.first().giftCount, 3);
        QCOMPARE(q.bonuses.first().giftProductId, 55);
    }

    void stacking_data()
    {
        QTest::addColumn<QList<Rule>>("rules");
        QTest::addColumn<QStringList>("why");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("points");

        const Rule d10 = discount(1, DiscountTarget::Product, DiscountMode::Percent, 1000, 0, 10);
        const Rule d5 = discount(2, DiscountTarget::Tier, DiscountMode::Percent, 500, 0, 20);
        QTest::newRow("stack in priority order") << QList<Rule>{d5, d10}
                                                 << QStringList{QStringLiteral("discount.percent:1:d10000:p0"),
                                                                QStringLiteral("discount.percent:2:d4500:p0")}
                                                 << qint64(14'500) << qint64(0);
        Rule d10x = d10;
        d10x.exclusive = true;
        QTest::newRow("exclusive first stops the rest")
            << QList<Rule>{d5, d10x} << QStringList{QStringLiteral("discount.percent:1:d10000:p0")} << qint64(10'000)
            << qint64(0);
        Rule d5x = d5;
        d5x.exclusive = true;
        QTest::newRow("exclusive later keeps what ran before")
            << QList<Rule>{d5x, d10}
            << QStringList{QStringLiteral("discount.percent:1:d10000:p0"),
                           QStringLiteral("discount.percent:2:d4500:p0")}
            << qint64(14'500) << qint64(0);
        Rule same1 = discount(4, DiscountTarget::Group, DiscountMode::Fixed, 0, 3000, 50, true);
        Rule same2 = discount(3, DiscountTarget::Group, DiscountMode::Fixed, 0, 1000, 50, true);
        QTest::newRow("equal priority: smaller id first")
            << QList<Rule>{same1, same2} << QStringList{QStringLiteral("discount.fixed:3:d1000:p0")} << qint64(1000)
            << qint64(0);
        // An exclusive discount does not stop earn rules: families are separate.
        QTest::newRow("families independent")
            << QList<Rule>{d10x, perAmount(9, 1, 1000, 1, true), perAmount(8, 5, 1000, 2)}
            << QStringList{QStringLiteral("discount.percent:1:d10000:p0"), QStringLiteral("earn.per_amount:9:d0:p90")}
            << qint64(10'000) << qint64(90);
        QTest::newRow("earn stacks") << QList<Rule>{perAmount(9, 1, 1000, 1), perAmount(8, 2, 1000, 2)}
                                     << QStringList{QStringLiteral("earn.per_amount:9:d0:p100"),
                                                    QStringLiteral("earn.per_amount:8:d0:p200")}
                                     << qint64(0) << qint64(300);
        Rule fixedBig = discount(5, DiscountTarget::CardType, DiscountMode::Fixed, 0, 180'000);
        QTest::newRow("fixed never more than the line")
            << QList<Rule>{fixedBig} << QStringList{QStringLiteral("discount.fixed:5:d100000:p0")} << qint64(100'000)
            << qint64(0);
    }
    void stacking()
    {
        QFETCH(QList<Rule>, rules);
        QFETCH(QStringList, why);
        QFETCH(qint64, discount);
        QFETCH(qint64, points);
        // Order of the input must not matter.
        QList<Rule> reversed = rules;
        std::reverse(reversed.begin(), reversed.end());
        for (const QList<Rule> &set : {rules, reversed}) {
            const Quote q = RuleEngine::evaluate({line(10, 1, 100'000)}, {}, context(), set);
            QCOMPARE(reasons(q), why);
            QCOMPARE(q.discount, discount);
            QCOMPARE(q.net, 100'000 - discount);
            QCOMPARE(q.totalPoints, points);
        }
    }

    void caps_data()
    {
        QTest::addColumn<qint64>("capPerDay");
        QTest::addColumn<qint64>("capPerMember");
        QTest::addColumn<qint64>("usedToday");
        QTest::addColumn<qint64>("usedLifetime");
        QTest::addColumn<QStringList>("why");
        // Two lines of 50 000 at 1 point per 1000: 50 + 50 wanted.
        QTest::newRow("no cap") << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                << QStringList{QStringLiteral("earn.per_amount:1:d0:p50"),
                                               QStringLiteral("earn.per_amount:1:d0:p50")};
        QTest::newRow("day cap across lines") << qint64(70) << qint64(0) << qint64(0) << qint64(0)
                                              << QStringList{QStringLiteral("earn.per_amount:1:d0:p50"),
                                                             QStringLiteral("earn.per_amount:1:d0:p20:cap_day")};
        QTest::newRow("day cap counts earlier sales") << qint64(70) << qint64(0) << qint64(60) << qint64(60)
                                                      << QStringList{QStringLiteral("earn.per_amount:1:d0:p10:cap_day"),
                                                                     QStringLiteral("earn.per_amount:1:d0:p0:cap_day")};
        QTest::newRow("member cap") << qint64(0) << qint64(1000) << qint64(0) << qint64(960)
                                    << QStringList{QStringLiteral("earn.per_amount:1:d0:p40:cap_member"),
                                                   QStringLiteral("earn.per_amount:1:d0:p0:cap_member")};
        QTest::newRow("member cap tighter than day cap")
            << qint64(80) << qint64(1000) << qint64(0) << qint64(990)
            << QStringList{QStringLiteral("earn.per_amount:1:d0:p10:cap_member"),
                           QStringLiteral("earn.per_amount:1:d0:p0:cap_member")};
    }
    void caps()
    {
        QFETCH(qint64, capPerDay);
        QFETCH(qint64, capPerMember);
        QFETCH(qint64, usedToday);
        QFETCH(qint64, usedLifetime);
        QFETCH(QStringList, why);
        Rule r = perAmount(1, 1, 1000);
        r.capPerDay = capPerDay;
        r.capPerMember = capPerMember;
        RuleContext c = context();
        c.usage.insert(1, RuleUsage{usedToday, usedLifetime, 1, 1});
        const Quote q = RuleEngine::evaluate({line(10, 1, 50'000), line(20, 1, 50'000)}, {}, c, {r});
        QCOMPARE(reasons(q), why);
    }

    void discountCap()
    {
        Rule d = discount(1, DiscountTarget::Tier, DiscountMode::Percent, 2000);
        d.capPerDay = 15'000;
        const Quote q = RuleEngine::evaluate({line(10, 1, 50'000), line(20, 1, 50'000)}, {}, context(), {d});
        QCOMPARE(reasons(q), (QStringList{QStringLiteral("discount.percent:1:d10000:p0"),
                                          QStringLiteral("discount.percent:1:d5000:p0:cap_day")}));
        QCOMPARE(q.discount, 15'000);
    }

    void timeWindows_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("applies");

        Rule night = perAmount(1, 1, 1000);
        night.startMinute = 22 * 60;
        night.endMinute = 2 * 60; // 22:00 to 02:00 local, across midnight
        QTest::newRow("night 23:30") << night << tehran(2026, 3, 10, 23, 30) << true;
        QTest::newRow("night 01:59") << night << tehran(2026, 3, 11, 1, 59) << true;
        QTest::newRow("night 02:00") << night << tehran(2026, 3, 11, 2, 0) << false;
        QTest::newRow("night 21:59") << night << tehran(2026, 3, 10, 21, 59) << false;
        QTest::newRow("night 22:00") << night << tehran(2026, 3, 10, 22, 0) << true;
        Rule day = perAmount(1, 1, 1000);
        day.startMinute = 9 * 60;
        day.endMinute = 13 * 60;
        QTest::newRow("day 12:59") << day << tehran(2026, 3, 10, 12, 59) << true;
        QTest::newRow("day 13:00") << day << tehran(2026, 3, 10, 13, 0) << false;

        Rule friday = perAmount(1, 1, 1000);
        friday.weekdays = 1u << 6;                                                  // bit 6: Friday
        QTest::newRow("friday on friday") << friday << tehran(2026, 3, 13) << true; // 13 March 2026 is a Friday
        QTest::newRow("friday on saturday") << friday << tehran(2026, 3, 14) << false;
        Rule saturday = perAmount(1, 1, 1000);
        saturday.weekdays = 1u << 0;
        QTest::newRow("saturday on saturday") << saturday << tehran(2026, 3, 14) << true;
        // 23:30 UTC Friday is already Saturday 03:00 in Tehran: the local weekday counts.
        QTest::newRow("saturday by local time")
            << saturday << QDateTime(QDate(2026, 3, 13), QTime(23, 30), Qt::UTC) << true;

        // Valid through the end of Shahrivar 1403 (1403/06/31) in Tehran.
        Rule shahrivar = perAmount(1, 1, 1000);
        shahrivar.validFrom = RuleEngine::dayStartUtc(1403, 6, 1, kJalali, kTehran);
        shahrivar.validTo = RuleEngine::dayStartUtc(1403, 7, 1, kJalali, kTehran);
        QTest::newRow("month end 1403/06/31 23:59") << shahrivar << jalali(1403, 6, 31, 23, 59) << true;
        QTest::newRow("1403/07/01 00:00") << shahrivar << jalali(1403, 7, 1, 0, 0) << false;
        QTest::newRow("1403/06/01 00:00") << shahrivar << jalali(1403, 6, 1, 0, 0) << true;
        QTest::newRow("1403/05/31 23:59") << shahrivar << jalali(1403, 5, 31, 23, 59) << false;

        Rule campaign = perAmount(1, 1, 1000);
        campaign.campaign = QStringLiteral("nowruz");
        QTest::newRow("campaign active") << campaign << tehran(2026, 3, 10) << true;
        campaign.campaign = QStringLiteral("yalda");
        QTest::newRow("campaign not active") << campaign << tehran(2026, 3, 10) << false;
    }
    void timeWindows()
    {
        QFETCH(Rule, rule);
        QFETCH(QDateTime, now);
        QFETCH(bool, applies);
        QVERIFY(RuleEngine::validate(rule).ok());
        RuleContext c = context(now);
        c.activeCampaigns = {QStringLiteral("nowruz")};
        QCOMPARE(RuleEngine::inForce(rule, c), applies);
        QCOMPARE(RuleEngine::evaluate({line(10, 1, 10'000)}, {}, c, {rule}).totalPoints, applies ? 10 : 0);
    }

    void jalaliMonthEnd()
    {
        QCOMPARE(RuleEngine::dayStartUtc(1403, 7, 1, kJalali, kTehran),
                 QDateTime(QDate(2024, 9, 22), QTime(20, 30), Qt::UTC).addDays(-1));
        QVERIFY(!RuleEngine::dayStartUtc(1404, 12, 30, kJalali, kTehran).isValid()); // 1404 is a common year
    }

    void birthdayOnLeapDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("applies");
        // Born 1399/12/30 (a leap year). In common years the birthday is kept on 29 Esfand.
        QTest::newRow("1404/12/29 common year") << 1404 << 12 << 29 << true;
        QTest::newRow("1404/12/28") << 1404 << 12 << 28 << false;
        QTest::newRow("1405/01/01") << 1405 << 1 << 1 << false;
        QTest::newRow("1403/12/30 leap year") << 1403 << 12 << 30 << true;
        QTest::newRow("1403/12/29 leap year") << 1403 << 12 << 29 << false;
    }
    void birthdayOnLeapDay()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(bool, applies);
        QVERIFY(kJalali.isLeapYear(1399));
        QVERIFY(kJalali.isLeapYear(1403));
        QVERIFY(!kJalali.isLeapYear(1404));
        RuleContext c = context(jalali(year, month, day, 10));
        c.birthDate = kJalali.dateFromParts(1399, 12, 30);
        QVERIFY(c.birthDate.isValid());
        const Quote q = RuleEngine::evaluate({}, {}, c, {bonusRule(6, EarnKind::Birthday, 200)});
        QCOMPARE(q.bonusPoints, applies ? 200 : 0);
    }

    void paidPartOnly_data()
    {
        QTest::addColumn<Tender>("tender");
        QTest::addColumn<qint64>("points");
        QTest::addColumn<qint64>("productPoints");
        // 100 000 on one line: 100 points per amount, 10 points per unit (2 units).
        QTest::newRow("all cash") << Tender{100'000, 0, 0, 0} << qint64(100) << qint64(20);
        QTest::newRow("tender unknown yet") << Tender{} << qint64(100) << qint64(20);
        QTest::newRow("half with points") << Tender{50'000, 50'000, 0, 0} << qint64(50) << qint64(10);
        QTest::newRow("quarter gift, quarter credit") << Tender{50'000, 0, 25'000, 25'000} << qint64(50) << qint64(10);
        QTest::newRow("all with points") << Tender{0, 100'000, 0, 0} << qint64(0) << qint64(0);
        QTest::newRow("a third with gift") << Tender{66'667, 0, 33'333, 0} << qint64(66) << qint64(13);
    }
    void paidPartOnly()
    {
        QFETCH(Tender, tender);
        QFETCH(qint64, points);
        QFETCH(qint64, productPoints);
        const QList<BasketLine> basket{line(10, 2, 50'000)};
        QCOMPARE(RuleEngine::evaluate(basket, tender, context(), {perAmount(1, 1, 1000)}).totalPoints, points);
        Rule p = bonusRule(3, EarnKind::PerProduct, 10);
        p.productId = 10;
        QCOMPARE(RuleEngine::evaluate(basket, tender, context(), {p}).totalPoints, productPoints);
    }

    void hybrid()
    {
        // 20 % off, then 2 points per 1000 on what is left and paid with money.
        Rule h = discount(1, DiscountTarget::Group, DiscountMode::Hybrid, 2000);
        h.points = 2;
        h.perAmount = 1000;
        Quote q = RuleEngine::evaluate({line(10, 1, 100'000), line(20, 1, 100'000)}, {}, context(), {h});
        QCOMPARE(reasons(q), QStringList{QStringLiteral("discount.hybrid:1:d20000:p160")});
        QCOMPARE(q.discount, 20'000);
        QCOMPARE(q.net, 180'000);
        QCOMPARE(q.totalPoints, 160);
        // Half of the 180 000 paid with points: half the hybrid points.
        q = RuleEngine::evaluate({line(10, 1, 100'000), line(20, 1, 100'000)}, Tender{90'000, 90'000, 0, 0}, context(),
                                 {h});
        QCOMPARE(q.totalPoints, 80);
        // The line discount already given comes off before the rule's percentage.
        BasketLine pre = line(10, 1, 100'000);
        pre.lineDiscount = 50'000;
        q = RuleEngine::evaluate({pre}, {}, context(), {h});
        QCOMPARE(q.discount, 60'000);
        QCOMPARE(q.totalPoints, 80);
    }

    void discountTargets_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<qint64>("discount");
        // Basket: product 10 (group 2) 10 000 and product 20 (group 3) 10 000; 10 %.
        QTest::newRow("card type: both lines") << int(DiscountTarget::CardType) << qint64(2000);
        QTest::newRow("tier: both lines") << int(DiscountTarget::Tier) << qint64(2000);
        QTest::newRow("group 2: one line") << int(DiscountTarget::Group) << qint64(1000);
        QTest::newRow("product 10: one line") << int(DiscountTarget::Product) << qint64(1000);
    }
    void discountTargets()
    {
        QFETCH(int, target);
        QFETCH(qint64, discount);
        const Rule d = ::discount(1, DiscountTarget(target), DiscountMode::Percent, 1000);
        const QList<BasketLine> basket{line(10, 1, 10'000), line(20, 1, 10'000)};
        QCOMPARE(RuleEngine::evaluate(basket, {}, context(), {d}).discount, discount);
        RuleContext other = context();
        other.cardTypeId = 8;
        other.tier = QStringLiteral("silver");
        const qint64 forOther = target <= int(DiscountTarget::Tier) ? 0 : discount;
        QCOMPARE(RuleEngine::evaluate(basket, {}, other, {d}).discount, forOther);
    }

    void organisationScope_data()
    {
        QTest::addColumn<QList<Id>>("organisations");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("points");
        // Rule scoped to organisation 5: 10 % off product 10 and 1 point per 1 000 paid.
        QTest::newRow("member of 5") << QList<Id>{5} << qint64(1000) << qint64(9);
        QTest::newRow("member of 4 and 5") << QList<Id>{4, 5} << qint64(1000) << qint64(9);
        QTest::newRow("member of 4 only") << QList<Id>{4} << qint64(0) << qint64(0);
        QTest::newRow("no organisation") << QList<Id>{} << qint64(0) << qint64(0);
    }
    void organisationScope()
    {
        QFETCH(QList<Id>, organisations);
        QFETCH(qint64, discount);
        QFETCH(qint64, points);
        Rule d = ::discount(1, DiscountTarget::Product, DiscountMode::Percent, 1000);
        d.organisationId = 5;
        Rule e = perAmount(2, 1, 1000);
        e.organisationId = 5;
        RuleContext ctx = context();
        ctx.organisationIds = organisations;
        const Quote q = RuleEngine::evaluate({line(10, 1, 10'000)}, {}, ctx, {d, e});
        QCOMPARE(q.discount, discount);
        QCOMPARE(q.totalPoints, points);
        // An unscoped rule applies to everyone.
        d.organisationId = kNoId;
        QCOMPARE(RuleEngine::evaluate({line(10, 1, 10'000)}, {}, ctx, {d}).discount, qint64(1000));
    }

    void pendingPeriod()
    {
        RuleContext c = context();
        c.returnWindowDays = 14;
        QCOMPARE(RuleEngine::evaluate({}, {}, c, {}).availableAt, c.nowUtc.addDays(14));
        c.pendingDays = 0;
        QCOMPARE(RuleEngine::evaluate({}, {}, c, {}).availableAt, c.nowUtc);
    }

    void expiry_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("monthEnd");
        QTest::addColumn<QDateTime>("expiresAt");
        QTest::newRow("never") << jalali(1403, 6, 10, 18) << 0 << true << QDateTime();
        QTest::newRow("30 days") << jalali(1403, 6, 10, 18) << 30 << false << jalali(1403, 7, 9, 18);
        // 1403/06/10 + 30 days is 1403/07/09; Mehr has 30 days, so the points last through 1403/07/30.
        QTest::newRow("30 days to the Jalali month end")
            << jalali(1403, 6, 10, 18) << 30 << true << RuleEngine::dayStartUtc(1403, 8, 1, kJalali, kTehran);
        // Esfand of the common year 1404 has 29 days.
        QTest::newRow("Esfand of a common year")
            << jalali(1404, 11, 20, 9) << 20 << true << RuleEngine::dayStartUtc(1405, 1, 1, kJalali, kTehran);
    }
    void expiry()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, days);
        QFETCH(bool, monthEnd);
        QFETCH(QDateTime, expiresAt);
        RuleContext c = context(now);
        c.pointsLifetimeDays = days;
        c.expiryPolicy = days == 0 ? ExpiryPolicy::Never : monthEnd ? ExpiryPolicy::MonthEnd : ExpiryPolicy::AfterDays;
        const Quote q = RuleEngine::evaluate({line(10, 1, 10'000)}, {}, c, {perAmount(1, 1, 1000)});
        QCOMPARE(q.expiresAt, expiresAt);
        QCOMPARE(q.expiresAt.isValid(), expiresAt.isValid());
    }

    void refused_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("field");
        Rule r = perAmount(1, 1, 0);
        QTest::newRow("points per zero amount") << r << QStringLiteral("perAmount");
        r = perAmount(1, 0, 1000);
        QTest::newRow("zero points") << r << QStringLiteral("points");
        r = perAmount(1, -5, 1000);
        QTest::newRow("negative points") << r << QStringLiteral("values");
        r = perAmount(1, 1, 1000);
        r.name = QStringLiteral("  ");
        QTest::newRow("no name") << r << QStringLiteral("name");
        r = perAmount(1, 1, 1000);
        r.validFrom = tehran(2026, 3, 10);
        r.validTo = tehran(2026, 3, 9);
        QTest::newRow("ends before it starts") << r << QStringLiteral("validTo");
        r.validTo = r.validFrom;
        QTest::newRow("empty period") << r << QStringLiteral("validTo");
        r = perAmount(1, 1, 1000);
        r.weekdays = 0;
        QTest::newRow("no weekday") << r << QStringLiteral("weekdays");
        r = perAmount(1, 1, 1000);
        r.startMinute = 600;
        QTest::newRow("half an hour window") << r << QStringLiteral("hours");
        r.endMinute = 600;
        QTest::newRow("empty hour window") << r << QStringLiteral("hours");
        r.endMinute = 24 * 60;
        QTest::newRow("hour past midnight") << r << QStringLiteral("hours");
        r = perAmount(1, 1, 1000);
        r.tierMultipliers.insert(QStringLiteral("gold"), -1000);
        QTest::newRow("negative multiplier") << r << QStringLiteral("tierMultipliers");
        r = perAmount(1, 1, 1000);
        r.capPerDay = -1;
        QTest::newRow("negative cap") << r << QStringLiteral("values");
        r.earnKind = EarnKind::PerGroup;
        r.capPerDay = 0;
        QTest::newRow("group rule without group") << r << QStringLiteral("groupId");
        r = bonusRule(1, EarnKind::PerProduct, 5);
        QTest::newRow("product rule without product") << r << QStringLiteral("productId");
        QTest::newRow("birthday of nothing") << bonusRule(1, EarnKind::Birthday, 0) << QStringLiteral("points");
        r = bonusRule(1, EarnKind::Threshold, 0);
        r.giftProductId = 5;
        QTest::newRow("threshold of zero") << r << QStringLiteral("thresholdEvery");
        r.thresholdEvery = 100;
        r.giftProductId = kNoId;
        QTest::newRow("threshold without gift") << r << QStringLiteral("giftProductId");
        QTest::newRow("0 %") << discount(1, DiscountTarget::Product, DiscountMode::Percent, 0)
                             << QStringLiteral("basisPoints");
        QTest::newRow("over 100 %") << discount(1, DiscountTarget::Product, DiscountMode::Percent, 10001)
                                    << QStringLiteral("basisPoints");
        QTest::newRow("fixed 0") << discount(1, DiscountTarget::Product, DiscountMode::Fixed, 0, 0)
                                 << QStringLiteral("fixedAmount");
        QTest::newRow("negative fixed") << discount(1, DiscountTarget::Product, DiscountMode::Fixed, 0, -10)
                                        << QStringLiteral("values");
        r = discount(1, DiscountTarget::CardType, DiscountMode::Percent, 100);
        r.cardTypeId = kNoId;
        QTest::newRow("card type missing") << r << QStringLiteral("cardTypeId");
        r = discount(1, DiscountTarget::Tier, DiscountMode::Percent, 100);
        r.tierKey.clear();
        QTest::newRow("tier missing") << r << QStringLiteral("tierKey");
        r = discount(1, DiscountTarget::Product, DiscountMode::Hybrid, 100);
        r.points = 1;
        QTest::newRow("hybrid points for nothing") << r << QStringLiteral("perAmount");
        r = perAmount(1, 1, 1000);
        r.priority = -1;
        QTest::newRow("negative priority") << r << QStringLiteral("priority");
        r = perAmount(1, 1, 1000);
        r.guildIds = {4, 4};
        QTest::newRow("guild twice") << r << QStringLiteral("guildIds");
        r = perAmount(1, 1, 1000);
        r.merchantIds = {0};
        QTest::newRow("no merchant id") << r << QStringLiteral("merchantIds");
    }

    // A rule limited to guilds or merchants earns and discounts only where the sale happens
    // at one of them; an unscoped rule everywhere.
    void scope_data()
    {
        QTest::addColumn<QList<Id>>("guilds");
        QTest::addColumn<QList<Id>>("merchants");
        QTest::addColumn<Id>("merchant");
        QTest::addColumn<Id>("guild");
        QTest::addColumn<bool>("applies");
        const QList<Id> none;
        QTest::newRow("everywhere") << none << none << Id(5) << Id(2) << true;
        QTest::newRow("everywhere, place unknown") << none << none << kNoId << kNoId << true;
        QTest::newRow("guild X at a merchant of X") << QList<Id>{2} << none << Id(5) << Id(2) << true;
        QTest::newRow("guild X at a merchant of Y") << QList<Id>{2} << none << Id(6) << Id(3) << false;
        QTest::newRow("guild X, place unknown") << QList<Id>{2} << none << kNoId << kNoId << false;
        QTest::newRow("merchant listed") << none << QList<Id>{5, 9} << Id(9) << Id(3) << true;
        QTest::newRow("merchant not listed") << none << QList<Id>{5} << Id(6) << Id(2) << false;
        QTest::newRow("either guild or merchant") << QList<Id>{2} << QList<Id>{6} << Id(6) << Id(3) << true;
    }
    void scope()
    {
        QFETCH(QList<Id>, guilds);
        QFETCH(QList<Id>, merchants);
        QFETCH(Id, merchant);
        QFETCH(Id, guild);
        QFETCH(bool, applies);
        RuleContext c = context();
        c.merchantId = merchant;
        c.guildId = guild;
        Rule earn = perAmount(1, 1, 1000);
        earn.guildIds = guilds;
        earn.merchantIds = merchants;
        Rule off = discount(2, DiscountTarget::Product, DiscountMode::Percent, 1000);
        off.guildIds = guilds;
        off.merchantIds = merchants;
        QVERIFY(RuleEngine::validate(earn).ok());
        const Quote q = RuleEngine::evaluate({line(10, 1, 10'000)}, Tender{9'000}, c, {earn, off});
        QCOMPARE(q.totalPoints, applies ? 9 : 0);
        QCOMPARE(q.discount, applies ? 1'000 : 0);
    }
    void refused()
    {
        QFETCH(Rule, rule);
        QFETCH(QString, field);
        const Status s = RuleEngine::validate(rule);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
        // An invalid rule never gives anything.
        RuleContext c = context();
        c.birthDate = QDate(1990, 3, 10);
        const Quote q = RuleEngine::evaluate({line(10, 1, 100'000)}, {}, c, {rule});
        QCOMPARE(q.totalPoints, 0);
        QCOMPARE(q.discount, 0);
        QVERIFY(q.bonuses.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
