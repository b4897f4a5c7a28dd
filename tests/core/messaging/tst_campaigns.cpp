// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns over SMS to a gateway on loopback, on SQLite and PostgreSQL: templates (unknown
// placeholders refused), preview, test send, a run with opt-outs skipped and a refused
// number failed, never a second message to a member, retry of the failed only, and an
// unreachable gateway failing every message while the run goes on.
#include "HttpSink.h"
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QUrlQuery>

using namespace Club::Core;
using Club::Test::HttpAnswer;
using Club::Test::HttpRequest;
using Club::Test::HttpSink;
using Club::Test::LoyaltyFixture;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
const QString kRefused = QStringLiteral("09120000004"); // the gateway refuses this number

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
        : LoyaltyFixture(engine, kStart)
    {
        sink.answer = [](const HttpRequest &r) {
            return receptor(r) == kRefused ? HttpAnswer{200, R"({"return":{"status":411,"message":"receptor invalid"}})"}
                                           : HttpAnswer{200, R"({"return":{"status":200}})"};
        };
    }

    bool configure(const QString &base)
    {
        MessagingSettings s;
        s.language = QStringLiteral("fa");
        s.sms = SmsGatewaySettings::presetNamed(QStringLiteral("kavenegar"));
        s.sms.urlTemplate = base + QStringLiteral("/v1/{apikey}/sms/send.json");
        s.sms.apiKey = QStringLiteral("KEY");
        s.sms.sender = QStringLiteral("3000");
        s.sms.timeoutSecs = 2;
        return hub.messagingSettings().save(manager, s).ok();
    }

    HttpSink sink;
};
} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templates_data() { CLUB_ADD_ENGINE_ROWS(); }
    void templates()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        MessageTemplate t;
        t.name = QStringLiteral("تولد");
        t.bodyFa = QStringLiteral("{name} عزیز، {birthday} مبارک");
        const Result<MessageTemplate> unknown = f.hub.campaigns().saveTemplate(f.manager, t);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("{birthday}")));
        t.bodyFa = QStringLiteral("{name} عزیز، تولدتان مبارک");
        QCOMPARE(f.hub.campaigns().saveTemplate(f.staff, t).error().code, Error::Code::Forbidden);
        const Result<MessageTemplate> saved = f.hub.campaigns().saveTemplate(f.manager, t);
        LOYALTY_VERIFY_OK(saved);
        MessageTemplate changed = *saved;
        changed.bodyEn = QStringLiteral("Happy birthday, {first_name}!");
        LOYALTY_VERIFY_OK(f.hub.campaigns().saveTemplate(f.manager, changed));
        const Result<QList<MessageTemplate>> list = f.hub.campaigns().templates(f.manager);
        LOYALTY_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().bodyEn, changed.bodyEn);
        QCOMPARE(list->constFirst().body(QStringLiteral("ar")), t.bodyFa); // Arabic left empty: Persian
        MessageTemplate same = t;
        QCOMPARE(f.hub.campaigns().saveTemplate(f.manager, same).error().code, Error::Code::Duplicate);
    }

    void runRetryNeverTwice_data() { CLUB_ADD_ENGINE_ROWS(); }
    void runRetryNeverTwice()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        QVERIFY(f.configure(f.sink.base()));
        LOYALTY_VERIFY_OK(f.hub.auth().setSetting(f.admin, QStringLiteral("store.name"), QStringLiteral("گلستان")));
        const Member second = f.newMember(2);
        Member quiet = Club::Test::memberDraft(3);
        quiet.smsOptOut = true;
        const Result<Member> quietMade = f.hub.members().create(f.admin, quiet);
        LOYALTY_VERIFY_OK(quietMade);
        const Member refused = f.newMember(4);
        QVERIFY(second.id != kNoId && refused.id != kNoId);
        LOYALTY_VERIFY_OK(f.sell(f.member, 5)); // 500 points

        MessageTemplate t;
        t.name = QStringLiteral("امتیاز");
        t.bodyFa = QStringLiteral("{first_name} عزیز، امتیاز شما {points} است. {store}");
        const Result<MessageTemplate> tmpl = f.hub.campaigns().saveTemplate(f.manager, t);
        LOYALTY_VERIFY_OK(tmpl);
        Segment everyone;
        everyone.name = QStringLiteral("همه");
        const Result<Segment> segment = f.hub.segments().save(f.manager, everyone);
        LOYALTY_VERIFY_OK(segment);

        // Preview: the first two, rendered, nothing sent.
        const Result<QList<Recipient>> preview = f.hub.campaigns().preview(f.manager, segment->id, tmpl->id, 2);
        LOYALTY_VERIFY_OK(preview);
        QCOMPARE(preview->size(), 2);
        QCOMPARE(preview->at(0).body, QStringLiteral("Test عزیز، امتیاز شما ۵۰۰ است. گلستان"));
        QCOMPARE(preview->at(1).body, QStringLiteral("Test عزیز، امتیاز شما ۰ است. گلستان"));
        QVERIFY(f.sink.requests.isEmpty());

        // Test send to one number.
        LOYALTY_VERIFY_OK(f.hub.campaigns().testSend(f.manager, tmpl->id, segment->id, QStringLiteral("+989350000000")));
        QCOMPARE(f.sink.requests.size(), 1);
        QCOMPARE(receptor(f.sink.requests.constFirst()), QStringLiteral("09350000000"));
        QCOMPARE(text(f.sink.requests.constFirst()), preview->at(0).body);
        f.sink.requests.clear();

        const Result<Campaign> made = f.hub.campaigns().create(f.manager, QStringLiteral("اسفند"), segment->id, tmpl->id);
        LOYALTY_VERIFY_OK(made);
        QList<int> progress;
        const Result<Campaign> ran = f.hub.campaigns().run(f.manager, made->id, [&](int done, int total) {
            progress << done << total;
        });
        LOYALTY_VERIFY_OK(ran);
        QCOMPARE(ran->sent, 2);
        QCOMPARE(ran->failed, 1);
        QCOMPARE(ran->skipped, 1);
        QCOMPARE(ran->pending, 0);
        QCOMPARE(progress.mid(progress.size() - 2), (QList<int>{3, 3}));
        QCOMPARE(f.sink.requests.size(), 3); // the opted-out member is never asked for
        const Result<QList<Recipient>> rows = f.hub.campaigns().recipients(f.manager, made->id);
        LOYALTY_VERIFY_OK(rows);
        QHash<Id, Recipient> byMember;
        for (const Recipient &r : *rows)
            byMember.insert(r.memberId, r);
        QCOMPARE(byMember.value(f.member.id).status, DeliveryStatus::Sent);
        QCOMPARE(byMember.value(quietMade->id).status, DeliveryStatus::Skipped);
        QVERIFY(!byMember.value(quietMade->id).reason.isEmpty());
        QCOMPARE(byMember.value(refused.id).status, DeliveryStatus::Failed);
        QVERIFY2(byMember.value(refused.id).reason.contains(QLatin1String("receptor invalid")),
                 qPrintable(byMember.value(refused.id).reason));

        // Running again sends nothing more; a member new to the segment gets one message.
        const Member late = f.newMember(5);
        LOYALTY_VERIFY_OK(f.hub.campaigns().run(f.manager, made->id));
        QCOMPARE(f.sink.requests.size(), 4);
        QCOMPARE(receptor(f.sink.requests.constLast()), QStringLiteral("09120000005"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM campaign_recipients WHERE member_id = %1").arg(late.id)), 1);

        // The database itself refuses a second row for a member.
        SqlQuery twice(f.t.db(), QStringLiteral("INSERT INTO campaign_recipients (campaign_id, member_id, status, "
                                                "updated_at) VALUES (:c, :m, 'pending', 'x')"));
        twice.bind(QStringLiteral(":c"), made->id).bind(QStringLiteral(":m"), f.member.id);
        QCOMPARE(twice.exec().error().code, Error::Code::Duplicate);

        // Retry: only the failed one, now accepted.
        f.sink.answer = [](const HttpRequest &) { return HttpAnswer{200, R"({"return":{"status":200}})"}; };
        const Result<Campaign> retried = f.hub.campaigns().retryFailed(f.manager, made->id);
        LOYALTY_VERIFY_OK(retried);
        QCOMPARE(f.sink.requests.size(), 5);
        QCOMPARE(receptor(f.sink.requests.constLast()), kRefused);
        QCOMPARE(retried->sent, 4);
        QCOMPARE(retried->failed, 0);
        QCOMPARE(retried->skipped, 1);
        LOYALTY_VERIFY_OK(f.hub.campaigns().retryFailed(f.manager, made->id));
        QCOMPARE(f.sink.requests.size(), 5);
        QCOMPARE(f.hub.campaigns().run(f.staff, made->id).error().code, Error::Code::Forbidden);
    }

    void unreachableGatewayFailsEach_data() { CLUB_ADD_ENGINE_ROWS(); }
    void unreachableGatewayFailsEach()
    {
        QFETCH(int, engine);
        Store f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        QVERIFY(f.configure(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(f.newMember(2).id != kNoId);
        MessageTemplate t;
        t.name = QStringLiteral("t");
        t.bodyFa = QStringLiteral("سلام {name}");
        const Result<MessageTemplate> tmpl = f.hub.campaigns().saveTemplate(f.manager, t);
        Segment all;
        all.name = QStringLiteral("all");
        const Result<Segment> segment = f.hub.segments().save(f.manager, all);
        LOYALTY_VERIFY_OK(tmpl);
        LOYALTY_VERIFY_OK(segment);
        const Result<Campaign> made = f.hub.campaigns().create(f.manager, QStringLiteral("c"), segment->id, tmpl->id);
        LOYALTY_VERIFY_OK(made);
        const Result<Campaign> ran = f.hub.campaigns().run(f.manager, made->id);
        LOYALTY_VERIFY_OK(ran);
        QCOMPARE(ran->failed, 2);
        QCOMPARE(ran->sent, 0);
        const Result<QList<Recipient>> rows = f.hub.campaigns().recipients(f.manager, made->id);
        LOYALTY_VERIFY_OK(rows);
        for (const Recipient &r : *rows) {
            QCOMPARE(r.status, DeliveryStatus::Failed);
            QVERIFY2(r.reason.contains(QLatin1String("127.0.0.1")), qPrintable(r.reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
