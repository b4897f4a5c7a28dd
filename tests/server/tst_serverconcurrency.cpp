// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two clubserver instances (two threads, two connections) on one PostgreSQL database, as
// behind a load balancer: concurrent redemptions from one account never overspend, and
// one idempotency key sent to both at once writes once.
#include "ServerTestSupport.h"
#include "TestMain.h"

#include <QThread>

using namespace Club::Core;
using namespace Club::Test;

namespace {
QNetworkRequest signedPost(const ApiClient &c, quint16 port, const QString &path, const QByteArray &body)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(20000);
    for (const auto &h : RequestSigning::headers(c.terminalId.toUtf8(), c.secret, "POST", path.toUtf8(), body, c.token,
                                                 QDateTime::currentSecsSinceEpoch()))
        req.setRawHeader(h.first, h.second);
    return req;
}

QByteArray redeemBody(const QString &key, const QString &card)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("idempotencyKey"), key},
                                     {QStringLiteral("cardNumber"), card},
                                     {QStringLiteral("productCode"), QStringLiteral("G1")}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;
    ApiClient c;
    QThread m_thread;
    QObject *m_context = nullptr;
    Club::Server::ClubServer *m_second = nullptr;
    quint16 m_secondPort = 0;

    // Sends both requests before waiting for either; returns the two statuses and codes.
    QList<ApiReply> both(const QNetworkRequest &a, const QByteArray &bodyA, const QNetworkRequest &b,
                         const QByteArray &bodyB)
    {
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies = {nam.post(a, bodyA), nam.post(b, bodyB)};
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        for (QNetworkReply *r : replies)
            connect(r, &QNetworkReply::finished, &loop, [&]() {
                if (replies.at(0)->isFinished() && replies.at(1)->isFinished())
                    loop.quit();
            });
        timer.start(30000);
        loop.exec();
        QList<ApiReply> out;
        for (QNetworkReply *r : replies) {
            ApiReply a;
            if (r->isFinished()) {
                a.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                a.raw = r->readAll();
                a.json = QJsonDocument::fromJson(a.raw).object();
                for (const auto &h : r->rawHeaderPairs())
                    a.headers.insert(h.first.toLower(), h.second);
            }
            r->abort();
            r->deleteLater();
            out.append(a);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY2(f->ok(), qPrintable(f->problem));
        f->attach(c);
        QVERIFY(c.login(QStringLiteral("admin"), QStringLiteral("admin-pass")));

        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QString problem;
        QMetaObject::invokeMethod(
            m_context,
            [&]() {
                m_second = new Club::Server::ClubServer(f->t.db(), f->config, Clock::system());
                Result<quint16> port = m_second->start();
                if (port)
                    m_secondPort = *port;
                else
                    problem = port.error().message;
            },
            Qt::BlockingQueuedConnection);
        QVERIFY2(m_secondPort != 0, qPrintable(problem));
    }

    void cleanupTestCase()
    {
        if (m_context) {
            QMetaObject::invokeMethod(
                m_context, [&]() { delete m_second; }, Qt::BlockingQueuedConnection);
            m_context->deleteLater();
        }
        m_thread.quit();
        m_thread.wait(10000);
    }

    void concurrentRedemptionsNeverOverspend()
    {
        // 100 points; two gifts of 70 at once through two servers: exactly one can be paid.
        for (int round = 0; round < 5; ++round) {
            const QByteArray a = redeemBody(newKey(), f->cardNumber);
            const QByteArray b = redeemBody(newKey(), f->cardNumber);
            const QList<ApiReply> r = both(signedPost(c, f->port, QStringLiteral("/v1/gifts/redeem"), a), a,
                                           signedPost(c, m_secondPort, QStringLiteral("/v1/gifts/redeem"), b), b);
            QList<int> statuses = {r.at(0).status, r.at(1).status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{201, 409}));
            const ApiReply &loser = r.at(0).status == 409 ? r.at(0) : r.at(1);
            QCOMPARE(loser.code(), QStringLiteral("insufficient_points"));
            Result<AccountBalance> bal = f->hub->ledger().balance(f->admin, f->member.accountId);
            QVERIFY(bal.ok());
            QCOMPARE(bal->pointsAvailable, Points(30));
            QVERIFY(f->hub->ledger().adjustPoints(f->admin, f->member.accountId, 70, QStringLiteral("next round"), newKey()));
        }
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM server_requests")), 5);
        Result<LedgerCheck> check = f->hub->ledger().verify(f->admin);
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    void oneKeyTwoServersOneWrite()
    {
        const QString key = newKey();
        const QByteArray body = redeemBody(key, f->cardNumber);
        const QList<ApiReply> r = both(signedPost(c, f->port, QStringLiteral("/v1/gifts/redeem"), body), body,
                                       signedPost(c, m_secondPort, QStringLiteral("/v1/gifts/redeem"), body), body);
        QList<int> statuses = {r.at(0).status, r.at(1).status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 201}));
        QCOMPARE(r.at(0).json.value(QStringLiteral("redemptionId")), r.at(1).json.value(QStringLiteral("redemptionId")));
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM server_requests WHERE idempotency_key = '%1'").arg(key)), 1);
        Result<AccountBalance> bal = f->hub->ledger().balance(f->admin, f->member.accountId);
        QCOMPARE(bal->pointsAvailable, Points(30));
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
