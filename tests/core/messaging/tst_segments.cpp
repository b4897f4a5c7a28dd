// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Segments: each condition evaluated in SQL on SQLite and PostgreSQL, birthdays in the
// Jalali calendar across the turn of the year (Esfand to Farvardin, 30 Esfand in a leap
// year), saving and reading a segment back, and impossible combinations refused.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::jalaliTehran;
using Club::Test::kJalali;
using Club::Test::LoyaltyFixture;

namespace {
// 1404/12/28 in Tehran, noon. 1404 is a common Jalali year; 1403 was a leap year.
const QDateTime kStart = jalaliTehran(1404, 12, 28);

QDate jalali(int y, int m, int d)
{
    return kJalali.dateFromParts(y, m, d);
}

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {}

    Member add(int n, const std::function<void(Member &)> &change)
    {
        Member d = Club::Test::memberDraft(n);
        change(d);
        Result<Member> m = hub.members().create(admin, d);
        return m ? *m : Member{};
    }

    QList<Id> ids(const SegmentFilter &filter)
    {
        const Result<QList<Member>> members = hub.segments().members(manager, filter, 0, 1000);
        if (!members)
            return {-1};
        QList<Id> out;
        for (const Member &m : *members)
            out << m.id;
        const Result<qint64> n = hub.segments().count(manager, filter);
        if (!n || *n != out.size())
            return {-2};
        return out;
    }
};
} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarAssumptions()
    {
        QVERIFY(kJalali.isLeapYear(1403));
        QVERIFY(!kJalali.isLeapYear(1404));
        QVERIFY(jalali(1403, 12, 30).isValid());
        QVERIFY(!jalali(1404, 12, 30).isValid());
    }

    void memberConditions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void memberConditions()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Member gold = f.add(2, [](Member &m) {
            m.tier = QStringLiteral("gold");
            m.city = QStringLiteral("شیراز");
            m.email = QStringLiteral("gold@example.com");
        });
        const Member optedOut = f.add(3, [](Member &m) {
            m.smsOptOut = true;
            m.emailOptOut = true;
            m.email = QStringLiteral("quiet@example.com");
            m.city = QStringLiteral("تهران");
        });
        const Member gone = f.add(4, [](Member &) {});
        QVERIFY(gold.id != kNoId && optedOut.id != kNoId && gone.id != kNoId);
        LOYALTY_VERIFY_OK(f.hub.members().setActive(f.admin, gone.id, false));
        const Id all1 = f.member.id;

        // No condition: every active member.
        QCOMPARE(f.ids({}), (QList<Id>{all1, gold.id, optedOut.id}));

        SegmentFilter tier;
        tier.tiers = {QStringLiteral("gold"), QStringLiteral("silver")};
        QCOMPARE(f.ids(tier), QList<Id>{gold.id});

        SegmentFilter city;
        city.city = QStringLiteral(" شیراز ");
        QCOMPARE(f.ids(city), QList<Id>{gold.id});

        SegmentFilter sms;
        sms.smsReachable = true;
        QCOMPARE(f.ids(sms), (QList<Id>{all1, gold.id}));
        SegmentFilter email;
        email.emailReachable = true;
        QCOMPARE(f.ids(email), QList<Id>{gold.id});

        const Result<MemberGroup> group = f.hub.members().createGroup(f.admin, QStringLiteral("VIP"));
        LOYALTY_VERIFY_OK(group);
        LOYALTY_VERIFY_OK(f.hub.members().setMemberGroups(f.admin, optedOut.id, {group->id}));
        SegmentFilter inGroup;
        inGroup.groupId = group->id;
        QCOMPARE(f.ids(inGroup), QList<Id>{optedOut.id});

        CardType type;
        type.name = QStringLiteral("Club");
        type.prefix = QStringLiteral("6280");
        const Result<CardType> made = f.hub.cards().createCardType(f.admin, type);
        LOYALTY_VERIFY_OK(made);
        LOYALTY_VERIFY_OK(f.hub.cards().issue(f.admin, gold.id, made->id));
        SegmentFilter holds;
        holds.cardTypeId = made->id;
        QCOMPARE(f.ids(holds), QList<Id>{gold.id});

        // Both conditions must hold.
        SegmentFilter both = tier;
        both.smsReachable = true;
        both.city = QStringLiteral("تهران");
        QVERIFY(f.ids(both).isEmpty());
    }

    void purchasesPointsAndExpiry_data() { CLUB_ADD_ENGINE_ROWS(); }
    void purchasesPointsAndExpiry()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        SalesSettings settings = f.settings();
        settings.expiryPolicy = ExpiryPolicy::AfterDays;
        settings.pointsLifetimeDays = 40;
        f.hub.sales().setSettings(settings);
        const Member other = f.newMember(2);
        LOYALTY_VERIFY_OK(f.sell(f.member, 5)); // 500 points, expiring in 40 days
        f.clock.advanceDays(20);

        SegmentFilter recent;
        recent.purchasedWithinDays = 30;
        QCOMPARE(f.ids(recent), QList<Id>{f.member.id});
        recent.purchasedWithinDays = 10;
        QVERIFY(f.ids(recent).isEmpty());

        SegmentFilter lapsed;
        lapsed.noPurchaseForDays = 10; // never bought counts as lapsed
        QCOMPARE(f.ids(lapsed), (QList<Id>{f.member.id, other.id}));
        lapsed.noPurchaseForDays = 30;
        QCOMPARE(f.ids(lapsed), QList<Id>{other.id});

        SegmentFilter rich;
        rich.minPoints = 500;
        QCOMPARE(f.ids(rich), QList<Id>{f.member.id});
        rich.minPoints = 501;
        QVERIFY(f.ids(rich).isEmpty());
        rich.minPoints = 0;
        QCOMPARE(f.ids(rich), (QList<Id>{f.member.id, other.id}));

        SegmentFilter expiring;
        expiring.pointsExpiringWithinDays = 10;
        QVERIFY(f.ids(expiring).isEmpty());
        expiring.pointsExpiringWithinDays = 21;
        QCOMPARE(f.ids(expiring), QList<Id>{f.member.id});
        f.clock.advanceDays(21); // expired now: no longer "about to"
        QVERIFY(f.ids(expiring).isEmpty());
    }

    void jalaliBirthdays_data() { CLUB_ADD_ENGINE_ROWS(); }
    void jalaliBirthdays()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const auto born = [&](int n, const QDate &date) {
            return f.add(n, [date](Member &m) { m.birthDate = date; }).id;
        };
        const Id yesterday = born(2, jalali(1369, 12, 27));
        const Id today = born(3, jalali(1370, 12, 28));
        const Id leapDay = born(4, jalali(1403, 12, 30)); // 30 Esfand: on 29 Esfand in 1404
        const Id nowruz = born(5, jalali(1375, 1, 1));
        const Id thirdFarvardin = born(6, jalali(1380, 1, 3));
        const Id fourthFarvardin = born(7, jalali(1380, 1, 4));
        QVERIFY(yesterday > 0 && today > 0 && leapDay > 0 && nowruz > 0 && thirdFarvardin > 0 && fourthFarvardin > 0);

        SegmentFilter week;
        week.birthdayWithinDays = 0;
        QCOMPARE(f.ids(week), QList<Id>{today});
        // 28 and 29 Esfand 1404 (which has no 30th), then 1, 2 and 3 Farvardin 1405.
        week.birthdayWithinDays = 4;
        QCOMPARE(f.ids(week), (QList<Id>{today, leapDay, nowruz, thirdFarvardin}));

        // In the leap year 1403 the 30 Esfand birthday is on its own day, not on the 29th.
        f.clock.set(jalaliTehran(1403, 12, 29));
        week.birthdayWithinDays = 0;
        QVERIFY(f.ids(week).isEmpty());
        f.clock.set(jalaliTehran(1403, 12, 30));
        QCOMPARE(f.ids(week), QList<Id>{leapDay});
        // Gregorian dates do not matter: 1405/01/04 is another Gregorian day than 1380/01/04.
        f.clock.set(jalaliTehran(1405, 1, 4));
        QCOMPARE(f.ids(week), QList<Id>{fourthFarvardin});
    }

    void saveAndRefuse_data() { CLUB_ADD_ENGINE_ROWS(); }
    void saveAndRefuse()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        Segment s;
        s.name = QStringLiteral("طلایی‌های بی‌خرید");
        s.filter.tiers = {QStringLiteral("gold")};
        s.filter.noPurchaseForDays = 60;
        s.filter.minPoints = 9'007'199'254'740'993; // beyond a double's exact integers
        s.filter.smsReachable = true;
        const Result<Segment> saved = f.hub.segments().save(f.manager, s);
        LOYALTY_VERIFY_OK(saved);
        const Result<QList<Segment>> list = f.hub.segments().segments(f.staff);
        LOYALTY_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().name, s.name);
        QVERIFY(list->constFirst().filter == s.filter);

        QCOMPARE(f.hub.segments().save(f.staff, s).error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.segments().save(f.manager, s).error().code, Error::Code::Duplicate);
        Segment impossible;
        impossible.name = QStringLiteral("never");
        impossible.filter.noPurchaseForDays = 30;
        impossible.filter.purchasedWithinDays = 20;
        const Result<Segment> refused = f.hub.segments().save(f.manager, impossible);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("purchasedWithinDays"));
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM segments")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
