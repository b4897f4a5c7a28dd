// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Occasion messages sent by the daily jobs with a moved clock, on SQLite and PostgreSQL:
// a Jalali birthday once, not again on a second run the same day, again next year; a
// marriage anniversary; points about to expire warned once per expiry date.
#include "HttpSink.h"
#include "LoyaltyFixture.h"
#include "jobs/DailyJobs.h"
#include "TestMain.h"

#include <QUrlQuery>

using namespace Club::Core;
using Club::Test::HttpRequest;
using Club::Test::HttpSink;
using Club::Test::jalaliTehran;
using Club::Test::kJalali;
using Club::Test::LoyaltyFixture;

namespace {
QString receptor(const HttpRequest &r)
{
    return QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("receptor"), QUrl::FullyDecoded);
}
QString text(const HttpRequest &r)
{
    return QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
}

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, jalaliTehran(1404, 12, 28, 9))
        , jobs(hub.ledger(), hub.tiers(), clock)
    {
        jobs.setOccasions(&hub.occasions(), false);
        MessagingSettings s;
        s.sms = SmsGatewaySettings::presetNamed(QStringLiteral("kavenegar"));
        s.sms.urlTemplate = sink.base() + QStringLiteral("/v1/{apikey}/sms/send.json");
        s.sms.apiKey = QStringLiteral("KEY");
        s.sms.timeoutSecs = 2;
        sink.answer = [](const HttpRequest &) { return Club::Test::HttpAnswer{200, R"({"return":{"status":200}})"}; };
        configured = hub.messagingSettings().save(manager, s).ok();
    }

    bool rule(OccasionKind kind, const QString &body, int daysAhead = 7)
    {
        MessageTemplate t;
        t.name = occasionKindKey(kind);
        t.bodyFa = body;
        const Result<MessageTemplate> made = hub.campaigns().saveTemplate(manager, t);
        if (!made)
            return false;
        OccasionRule r;
        r.kind = kind;
        r.enabled = true;
        r.templateId = made->id;
        r.daysAhead = daysAhead;
        return hub.messagingSettings().saveOccasionRule(manager, r).ok();
    }

    Member born(int n, const QDate &birth, const QDate &marriage = {})
    {
        Member d = Club::Test::memberDraft(n);
        d.birthDate = birth;
        d.marriageDate = marriage;
        const Result<Member> m = hub.members().create(admin, d);
        return m ? *m : Member{};
    }

    // The daily jobs' occasion count, or -1.
    int runDaily()
    {
        const Result<DailyJobs::Summary> s = jobs.run(manager);
        return s ? s->occasionMessages : -1;
    }

    HttpSink sink;
    DailyJobs jobs;
    bool configured = false;
};
} // namespace

class TestOccasions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void birthdayOncePerYear_data() { CLUB_ADD_ENGINE_ROWS(); }
    void birthdayOncePerYear()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok() && f.configured, qPrintable(f.problem()));
        QVERIFY(f.rule(OccasionKind::Birthday, QStringLiteral("{first_name} عزیز، تولدتان مبارک! {date}")));
        const Member today = f.born(2, kJalali.dateFromParts(1370, 12, 28));
        const Member tomorrow = f.born(3, kJalali.dateFromParts(1371, 12, 29));
        QVERIFY(today.id != kNoId && tomorrow.id != kNoId);

        QCOMPARE(f.runDaily(), 1);
        QCOMPARE(f.sink.requests.size(), 1);
        QCOMPARE(receptor(f.sink.requests.constLast()), QStringLiteral("09120000002"));
        QCOMPARE(text(f.sink.requests.constLast()), QStringLiteral("Test عزیز، تولدتان مبارک! ۱۴۰۴/۱۲/۲۸"));

        // A second run the same day (another desk, a restart): nothing more.
        f.clock.advanceSecs(3600 * 5);
        QCOMPARE(f.runDaily(), 0);
        QCOMPARE(f.sink.requests.size(), 1);

        f.clock.set(jalaliTehran(1404, 12, 29, 9));
        QCOMPARE(f.runDaily(), 1);
        QCOMPARE(receptor(f.sink.requests.constLast()), QStringLiteral("09120000003"));

        // Next year, the same Jalali day: again.
        f.clock.set(jalaliTehran(1405, 12, 28, 9));
        QCOMPARE(f.runDaily(), 1);
        QCOMPARE(f.sink.requests.size(), 3);
        QCOMPARE(receptor(f.sink.requests.constLast()), QStringLiteral("09120000002"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM occasion_messages WHERE status = 'sent'")), 3);
    }

    void anniversaryAndFailures_data() { CLUB_ADD_ENGINE_ROWS(); }
    void anniversaryAndFailures()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok() && f.configured, qPrintable(f.problem()));
        QVERIFY(f.rule(OccasionKind::Anniversary, QStringLiteral("سالگرد ازدواجتان مبارک، {name}")));
        const Member couple = f.born(2, {}, kJalali.dateFromParts(1390, 12, 28));
        QVERIFY(couple.id != kNoId);
        // The gateway is down: queued once, failed with its reason, and not sent again the
        // same day (a manager sees it in the list).
        f.sink.answer = [](const HttpRequest &) { return Club::Test::HttpAnswer{503, "down"}; };
        QCOMPARE(f.runDaily(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM occasion_messages WHERE status = 'failed'")), 1);
        QCOMPARE(f.runDaily(), 0);
        QCOMPARE(f.sink.requests.size(), 1);
    }

    void pointsExpiring_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pointsExpiring()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok() && f.configured, qPrintable(f.problem()));
        SalesSettings settings = f.settings();
        settings.expiryPolicy = ExpiryPolicy::AfterDays;
        settings.pointsLifetimeDays = 30;
        f.hub.sales().setSettings(settings);
        QVERIFY(f.rule(OccasionKind::PointsExpiring,
                       QStringLiteral("{expiring_points} امتیاز شما در {expiry_date} منقضی می‌شود."), 7));
        LOYALTY_VERIFY_OK(f.sell(f.member, 3)); // 300 points, expiring in 30 days
        QCOMPARE(f.runDaily(), 0);
        f.clock.advanceDays(24);
        QCOMPARE(f.runDaily(), 1);
        const QString sent = text(f.sink.requests.constLast());
        QVERIFY2(sent.startsWith(QStringLiteral("۳۰۰ امتیاز شما در ۱۴۰۵/")), qPrintable(sent));
        // The next days warn no more about the same lots.
        f.clock.advanceDays(1);
        QCOMPARE(f.runDaily(), 0);
        QCOMPARE(f.sink.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOccasions)
#include "tst_occasions.moc"
