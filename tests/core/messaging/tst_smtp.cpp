// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Email through libcurl to a real SMTP server on loopback (aiosmtpd): plain, STARTTLS and
// implicit TLS with a certificate the test makes with openssl, AUTH; the received message
// decodes to the Persian subject, sender name and body. Refusals come back as errors.
#include "SmtpSink.h"
#include "messaging/SmtpMailer.h"
#include "TestMain.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Club::Core;
using Club::Test::SmtpSink;

namespace {
const QString kSubject = QStringLiteral("تولدتان مبارک، مریم! 🎂 یک پیام با موضوعی بلند که باید در چند واژه رمزگذاری شود");
const QString kBody = QStringLiteral("سلام مریم خانم،\nامتیاز شما: ۱٬۲۵۰\nفروشگاه گلستان");
} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;

    SmtpSettings settings(int port, SmtpSettings::Security security) const
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.fromAddress = QStringLiteral("club@example.com");
        s.fromName = QStringLiteral("باشگاه مشتریان گلستان");
        s.timeoutSecs = 5;
        return s;
    }

    void checkMail(const Club::Test::ReceivedMail &mail)
    {
        QCOMPARE(mail.headers.value("subject"), kSubject);
        QCOMPARE(mail.body, QString(kBody).replace(u'\n', QStringLiteral("\r\n")));
        QCOMPARE(mail.headers.value("from"), QStringLiteral("باشگاه مشتریان گلستان <club@example.com>"));
        QCOMPARE(mail.headers.value("to"), QStringLiteral("<maryam@example.org>"));
        QCOMPARE(mail.headers.value("content-type"), QStringLiteral("text/plain; charset=UTF-8"));
        QCOMPARE(mail.headers.value("mime-version"), QStringLiteral("1.0"));
        QVERIFY(!mail.headers.value("date").isEmpty());
        QVERIFY(mail.headers.value("message-id").endsWith(QLatin1String("@example.com>")));
        QCOMPARE(mail.headers.value("x-sink-from"), QStringLiteral("club@example.com"));
        QCOMPARE(mail.headers.value("x-sink-to"), QStringLiteral("maryam@example.org"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        m_cert = m_certDir.filePath(QStringLiteral("cert.pem"));
        m_key = m_certDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
                       QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void plain()
    {
        SmtpSink sink;
        QVERIFY2(sink.port() > 0, qPrintable(sink.error()));
        const Status sent = SmtpMailer(settings(sink.port(), SmtpSettings::Security::None))
                                .send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail));
        const auto mail = sink.mail(1);
        checkMail(mail);
        QCOMPARE(mail.headers.value("x-sink-tls"), QStringLiteral("no"));
    }

    void startTlsWithAuth()
    {
        SmtpSink sink({QStringLiteral("--starttls"), m_cert, m_key, QStringLiteral("--auth"),
                       QStringLiteral("club:secret-pass")});
        QVERIFY2(sink.port() > 0, qPrintable(sink.error()));
        SmtpSettings s = settings(sink.port(), SmtpSettings::Security::StartTls);
        s.user = QStringLiteral("club");
        s.password = QStringLiteral("secret-pass");
        s.caFile = m_cert;
        const Status sent = SmtpMailer(s).send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail));
        const auto mail = sink.mail(1);
        checkMail(mail);
        QCOMPARE(mail.headers.value("x-sink-tls"), QStringLiteral("yes"));
        QCOMPARE(mail.headers.value("x-sink-auth"), QStringLiteral("club"));

        // A wrong password: refused, with a message for the operator; nothing delivered.
        s.password = QStringLiteral("wrong");
        const Status refused = SmtpMailer(s).send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(!refused.error().detail.contains(QLatin1String("wrong")));
        // A certificate nobody vouches for: no secure connection, nothing sent.
        s.password = QStringLiteral("secret-pass");
        s.caFile.clear();
        QVERIFY(!SmtpMailer(s).send(QStringLiteral("maryam@example.org"), kSubject, kBody).ok());
        QTest::qWait(200);
        QCOMPARE(sink.files().size(), 1);
    }

    void implicitTls()
    {
        SmtpSink sink({QStringLiteral("--tls"), m_cert, m_key, QStringLiteral("--auth"),
                       QStringLiteral("club:secret-pass")});
        QVERIFY2(sink.port() > 0, qPrintable(sink.error()));
        SmtpSettings s = settings(sink.port(), SmtpSettings::Security::Tls);
        s.user = QStringLiteral("club");
        s.password = QStringLiteral("secret-pass");
        s.caFile = m_cert;
        const Status sent = SmtpMailer(s).send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail));
        const auto mail = sink.mail(1);
        checkMail(mail);
        QCOMPARE(mail.headers.value("x-sink-tls"), QStringLiteral("yes"));
        QCOMPARE(mail.headers.value("x-sink-auth"), QStringLiteral("club"));
    }

    void refusals()
    {
        SmtpSink sink;
        QVERIFY2(sink.port() > 0, qPrintable(sink.error()));
        // STARTTLS asked for, the server has none: never sent in clear instead.
        const Status clear = SmtpMailer(settings(sink.port(), SmtpSettings::Security::StartTls))
                                 .send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY(!clear.ok());
        // A recipient the server refuses: the address is named.
        const Status rejected = SmtpMailer(settings(sink.port(), SmtpSettings::Security::None))
                                    .send(QStringLiteral("rejected@example.org"), kSubject, kBody);
        QVERIFY(!rejected.ok());
        QVERIFY2(rejected.error().message.contains(QLatin1String("rejected@example.org")),
                 qPrintable(rejected.error().message));
        QVERIFY(!SmtpMailer(settings(sink.port(), SmtpSettings::Security::None))
                     .send(QStringLiteral("not an address"), kSubject, kBody)
                     .ok());
        QTest::qWait(200);
        QVERIFY(sink.files().isEmpty());

        // Nobody listening: a clear error, quickly.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        const Status unreachable = SmtpMailer(settings(port, SmtpSettings::Security::None))
                                       .send(QStringLiteral("maryam@example.org"), kSubject, kBody);
        QVERIFY(!unreachable.ok());
        QVERIFY(unreachable.error().message.contains(QLatin1String("127.0.0.1")));
    }

    void composeWrapsAndEncodes()
    {
        SmtpSettings s = settings(25, SmtpSettings::Security::None);
        const QByteArray m = SmtpMailer::compose(s, QStringLiteral("a@b.example"), kSubject, QString(500, u'ش'),
                                                 QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        for (const QByteArray &line : m.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(m.contains("Date: 10 Mar 2026 08:00:00 +0000\r\n")); // the day name is optional (RFC 5322)
        QCOMPARE(Club::Test::parseMail(m).headers.value("subject"), kSubject);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
