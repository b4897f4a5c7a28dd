// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Failed occasion messages: the daily scheduler's checks try them again after a backoff, a
// bounded number of times, and never send one twice once it went out. The email server is a
// real SMTP server on loopback (aiosmtpd) that is down first, then up on the same port; the
// clock is moved by hand. Also: the member's own message language, then the store's.
#include "LoyaltyFixture.h"
#include "SmtpSink.h"
#include "jobs/DailyJobs.h"
#include "messaging/MessagingSql.h"
#include "TestMain.h"

#include <QTcpServer>

#include <memory>

using namespace Club::Core;
using Club::Test::jalaliTehran;
using Club::Test::kJalali;
using Club::Test::LoyaltyFixture;
using Club::Test::SmtpSink;

namespace {
// A loopback port nothing listens on (yet).
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, jalaliTehran(1404, 12, 28, 9))
        , jobs(hub.ledger(), hub.tiers(), clock)
        , port(freePort())
    {
        hub.messagingSettings().setKeyFile(keys.filePath(QStringLiteral("messaging.key")));
        jobs.setOccasions(&hub.occasions(), false);
        MessagingSettings s;
        s.language = QStringLiteral("fa");
        s.smtp.host = QStringLiteral("127.0.0.1");
        s.smtp.port = port;
        s.smtp.security = SmtpSettings::Security::None;
        s.smtp.fromAddress = QStringLiteral("club@example.com");
        s.smtp.timeoutSecs = 5;
        configured = port > 0 && hub.messagingSettings().save(manager, s).ok();
        MessageTemplate t;
        t.name = QStringLiteral("birthday");
        t.channel = Channel::Email;
        t.subjectFa = QStringLiteral("تولدتان مبارک");
        t.bodyFa = QStringLiteral("{first_name} عزیز، تولدتان مبارک!");
        t.subjectEn = QStringLiteral("Happy birthday");
        t.bodyEn = QStringLiteral("Happy birthday, {first_name}!");
        const Result<MessageTemplate> made = hub.campaigns().saveTemplate(manager, t);
        OccasionRule r;
        r.kind = OccasionKind::Birthday;
        r.enabled = true;
        r.templateId = made ? made->id : kNoId;
        configured = configured && made && hub.messagingSettings().saveOccasionRule(manager, r).ok();
    }

    Member born(int n, const QString &language = {})
    {
        Member d = Club::Test::memberDraft(n);
        d.birthDate = kJalali.dateFromParts(1370, 12, 28);
        d.email = QStringLiteral("m%1@example.com").arg(n);
        d.language = language;
        const Result<Member> m = hub.members().create(admin, d);
        return m ? *m : Member{};
    }

    qint64 attempts()
    {
        return count(QStringLiteral("SELECT attempts FROM occasion_messages"));
    }
    qint64 sent() { return count(QStringLiteral("SELECT COUNT(*) FROM occasion_messages WHERE status = 'sent'")); }
    void check() { (void)jobs.runIfDue(manager, kTehranZone()); }
    static QTimeZone kTehranZone() { return Club::Test::kTehran; }

    QTemporaryDir keys;
    DailyJobs jobs;
    int port = 0;
    bool configured = false;
};

#define STORE()                                                                                                        \
    QFETCH(int, engine);                                                                                               \
    Store f{Database::Engine(engine)};                                                                                 \
    if (!f.t.ok())                                                                                                     \
        QSKIP(qPrintable(f.t.error()));                                                                                \
    QVERIFY2(f.ok() && f.configured, qPrintable(f.problem()))
} // namespace

class TestOccasionRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downThenUp_data() { CLUB_ADD_ENGINE_ROWS(); }
    void downThenUp()
    {
        STORE();
        const Member member = f.born(2);
        QVERIFY(member.id != kNoId);
        // The server is down: the first send fails with the reason, and a next try is due
        // after the backoff, not before.
        QCOMPARE(f.jobs.runIfDue(f.manager, Store::kTehranZone())->occasionMessages, 1);
        QCOMPARE(f.attempts(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM occasion_messages WHERE status = 'failed'")), 1);
        const Result<QList<OccasionMessage>> failed = f.hub.occasions().recent(f.manager, 10, true);
        LOYALTY_VERIFY_OK(failed);
        QCOMPARE(failed->size(), 1);
        QVERIFY(!failed->at(0).reason.isEmpty());
        QCOMPARE(failed->at(0).nextAttemptAt, f.clock.nowUtc().addSecs(MessagingSql::kOccasionRetryBaseSecs));
        f.clock.advanceSecs(MessagingSql::kOccasionRetryBaseSecs - 60);
        f.check();
        QCOMPARE(f.attempts(), 1);
        // Still down when it is due: a second failure, the wait doubles.
        f.clock.advanceSecs(60);
        f.check();
        QCOMPARE(f.attempts(), 2);
        QCOMPARE(f.hub.occasions().recent(f.manager, 10, true)->at(0).nextAttemptAt,
                 f.clock.nowUtc().addSecs(2 * MessagingSql::kOccasionRetryBaseSecs));

        // The server comes back on the same port: the next due check delivers it, once.
        SmtpSink sink({QStringLiteral("--port"), QString::number(f.port)});
        QVERIFY2(sink.port() == f.port, qPrintable(sink.error()));
        f.clock.advanceSecs(2 * MessagingSql::kOccasionRetryBaseSecs);
        f.check();
        QCOMPARE(f.sent(), 1);
        QCOMPARE(sink.mail(1).body.trimmed(), QStringLiteral("Test عزیز، تولدتان مبارک!"));
        QVERIFY(f.hub.occasions().recent(f.manager, 10, true)->isEmpty());
        // Never again: later checks, a next day, a manager's retry.
        f.clock.advanceDays(1);
        f.check();
        f.clock.advanceSecs(3600);
        f.check();
        const Id id = f.hub.occasions().recent(f.manager, 10)->at(0).id;
        QVERIFY(!f.hub.occasions().retryNow(f.manager, id).ok());
        QCOMPARE(sink.files().size(), 1);
        QCOMPARE(f.attempts(), 3);
    }

    void boundedAttemptsAndRetryNow_data() { CLUB_ADD_ENGINE_ROWS(); }
    void boundedAttemptsAndRetryNow()
    {
        STORE();
        QVERIFY(f.born(2).id != kNoId);
        (void)f.jobs.runIfDue(f.manager, Store::kTehranZone());
        for (int i = 0; i < 10; ++i) {
            f.clock.advanceSecs(MessagingSql::kOccasionRetryBaseSecs << std::min(i, 10));
            f.check();
        }
        // Down all along: tried kOccasionMaxAttempts times, then left for a person.
        QCOMPARE(f.attempts(), MessagingSql::kOccasionMaxAttempts);
        const OccasionMessage m = f.hub.occasions().recent(f.manager, 10, true)->at(0);
        QVERIFY(!m.nextAttemptAt.isValid());
        // Staff may not retry; a manager may, at once, whatever the attempts.
        QCOMPARE(f.hub.occasions().retryNow(f.staff, m.id).error().code, Error::Code::Forbidden);
        SmtpSink sink({QStringLiteral("--port"), QString::number(f.port)});
        QVERIFY2(sink.port() == f.port, qPrintable(sink.error()));
        const Result<DeliveryStatus> retried = f.hub.occasions().retryNow(f.manager, m.id);
        LOYALTY_VERIFY_OK(retried);
        QCOMPARE(*retried, DeliveryStatus::Sent);
        QCOMPARE(sink.files().size(), 1);
        QCOMPARE(f.sent(), 1);
    }

    void memberLanguageFirst_data() { CLUB_ADD_ENGINE_ROWS(); }
    void memberLanguageFirst()
    {
        STORE();
        SmtpSink sink({QStringLiteral("--port"), QString::number(f.port)});
        QVERIFY2(sink.port() == f.port, qPrintable(sink.error()));
        // English: the template has it. Arabic: it does not, so the store's (Persian).
        const Member english = f.born(2, QStringLiteral("en"));
        const Member arabic = f.born(3, QStringLiteral("ar"));
        QVERIFY(english.id != kNoId && arabic.id != kNoId);
        QCOMPARE(f.hub.members().member(f.admin, english.id)->language, QStringLiteral("en"));
        QCOMPARE(f.jobs.runIfDue(f.manager, Store::kTehranZone())->occasionMessages, 2);
        QCOMPARE(f.sent(), 2);
        QStringList bodies{sink.mail(1).body.trimmed(), sink.mail(2).body.trimmed()};
        bodies.sort();
        QCOMPARE(bodies, (QStringList{QStringLiteral("Happy birthday, Test!"), QStringLiteral("Test عزیز، تولدتان مبارک!")}));
        // Not a language the club writes in.
        Member wrong = *f.hub.members().member(f.admin, english.id);
        wrong.language = QStringLiteral("de");
        const Status refused = f.hub.members().update(f.admin, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("language"));
    }
};

QTEST_GUILESS_MAIN(TestOccasionRetries)
#include "tst_occasionretries.moc"
