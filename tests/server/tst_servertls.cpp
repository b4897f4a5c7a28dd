// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// clubserver over TLS with a certificate the test makes with openssl, and the config's
// refusal of plain HTTP off loopback.
#include "ServerTestSupport.h"
#include "TestMain.h"

#include <QProcess>
#include <QSslCertificate>

using namespace Club::Core;
using namespace Club::Test;

class TestServerTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;
    std::unique_ptr<Club::Server::ClubServer> m_tls;
    quint16 m_port = 0;
    QSslCertificate m_cert;

private slots:
    void initTestCase()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY2(f->ok(), qPrintable(f->problem));
        const QString cert = f->dir.filePath(QStringLiteral("cert.pem"));
        const QString key = f->dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert);
        QCOMPARE(certs.size(), 1);
        m_cert = certs.first();

        Club::Server::ServerConfig tls = f->config;
        tls.tlsCert = cert;
        tls.tlsKey = key;
        m_tls = std::make_unique<Club::Server::ClubServer>(f->t.db(), tls, Clock::system());
        Result<quint16> port = m_tls->start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        m_port = *port;
    }

    void signedRequestOverTls()
    {
        ApiClient c;
        f->attach(c);
        c.base = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({m_cert});
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        c.ssl = ssl;
        const ApiReply health = c.get(QStringLiteral("/v1/health"), {.sign = false});
        QCOMPARE(health.status, 200);
        QVERIFY(c.login(QStringLiteral("admin"), QStringLiteral("admin-pass")));
        const ApiReply member = c.get(QStringLiteral("/v1/members/%1").arg(f->member.id));
        QCOMPARE(member.status, 200);
        QCOMPARE(member.json.value(QStringLiteral("memberId")).toInteger(), f->member.id);
    }

    void untrustedCertificateRefused()
    {
        ApiClient c;
        f->attach(c);
        c.base = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
        // The system's CAs only: the test's self-signed certificate is not among them.
        const ApiReply r = c.get(QStringLiteral("/v1/health"), {.sign = false});
        QCOMPARE(r.status, 0);
    }

    void plainHttpOffLoopbackRefused()
    {
        Club::Server::ServerConfig c = f->config;
        c.listen = QStringLiteral("0.0.0.0");
        QVERIFY(!c.check().ok());
        c.allowInsecure = true;
        QVERIFY(c.check().ok());
        c.allowInsecure = false;
        c.tlsCert = QStringLiteral("cert.pem");
        QVERIFY(!c.check().ok()); // a certificate without its key
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
