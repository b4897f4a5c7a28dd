// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two clubserver instances (each with its workers) on one PostgreSQL database, as behind a
// load balancer: concurrent redemptions from one account never overspend, and one
// idempotency key sent to both at once writes once. Within one server: one key on two
// workers at the same moment writes once, and 16 desks × 500 one-point redemptions from an
// account holding 5,000 spend exactly 5,000.
#include "ServerTestSupport.h"
#include "TestMain.h"
#include "storage/Transaction.h"

#include <QSet>
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

QByteArray redeemBody(const QString &key, const QString &card, const QString &product = QStringLiteral("G1"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("idempotencyKey"), key},
                                     {QStringLiteral("cardNumber"), card},
                                     {QStringLiteral("productCode"), product}})
        .toJson(QJsonDocument::Compact);
}

ApiReply replyOf(QNetworkReply *r)
{
    ApiReply a;
    if (r->isFinished()) {
        a.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = r->readAll();
        a.json = QJsonDocument::fromJson(a.raw).object();
        for (const auto &h : r->rawHeaderPairs())
            a.headers.insert(h.first.toLower(), h.second);
    }
    return a;
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
            const ApiReply a = replyOf(r);
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

    // Backends of this database waiting for a lock (live: pg_locks is not a snapshot).
    qint64 waitingForLocks()
    {
        SqlQuery clear(f->t.db(), QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        (void)clear.exec();
        return f->count(QStringLiteral("SELECT COUNT(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                       "WHERE NOT l.granted AND a.datname = current_database()"));
    }

    void oneKeyTwoWorkersOneWrite()
    {
        // The test holds the member's ledger rows, so the first request stops inside its
        // transaction with the key claimed but not committed; its twin, on another worker,
        // stops on the claim. Both waiting at once proves two workers had them; then one
        // posts and the other answers with its result.
        QVERIFY(f->server->workerCount() >= 2);
        QVERIFY(f->hub->ledger().adjustPoints(f->admin, f->member.accountId, 70, QStringLiteral("twin"), newKey()));
        const Points before = f->hub->ledger().balance(f->admin, f->member.accountId)->pointsAvailable;
        const QString key = newKey();
        const QByteArray body = redeemBody(key, f->cardNumber);
        QNetworkAccessManager first, second; // one connection each
        QList<QNetworkReply *> replies;
        bool bothWaited = false;
        {
            Transaction hold(f->t.db());
            QVERIFY(hold.ok());
            SqlQuery lock(f->t.db(),
                          QStringLiteral("SELECT id FROM ledger_accounts WHERE member_account_id = :m FOR UPDATE"));
            lock.bind(QStringLiteral(":m"), f->member.accountId);
            QVERIFY(lock.exec().ok());
            const QNetworkRequest req = signedPost(c, f->port, QStringLiteral("/v1/gifts/redeem"), body);
            replies = {first.post(req, body),
                       second.post(signedPost(c, f->port, QStringLiteral("/v1/gifts/redeem"), body), body)};
            bothWaited = QTest::qWaitFor([&] { return waitingForLocks() >= 2; }, 20000);
        } // rolled back: the ledger rows are free
        QVERIFY(QTest::qWaitFor([&] { return replies.at(0)->isFinished() && replies.at(1)->isFinished(); }, 30000));
        const QList<ApiReply> r = {replyOf(replies.at(0)), replyOf(replies.at(1))};
        QVERIFY2(bothWaited, "the two requests were never in the database at the same time");
        QList<int> statuses = {r.at(0).status, r.at(1).status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 201}));
        const ApiReply &replayed = r.at(0).status == 200 ? r.at(0) : r.at(1);
        QCOMPARE(replayed.headers.value("x-club-replayed"), QByteArray("1"));
        QCOMPARE(r.at(0).json.value(QStringLiteral("redemptionId")), r.at(1).json.value(QStringLiteral("redemptionId")));
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM server_requests WHERE idempotency_key = '%1'").arg(key)), 1);
        QCOMPARE(f->hub->ledger().balance(f->admin, f->member.accountId)->pointsAvailable,
                 before - ServerFixture::kGiftPoints);
        for (QNetworkReply *reply : replies)
            reply->deleteLater();
    }

    void sixteenDesksSpendFiveThousandPointsExactly()
    {
        constexpr int kDesks = 16;
        constexpr int kEach = 500;
        constexpr Points kHeld = 5000;
        // A one-point gift, in stock for every try.
        Product gift;
        gift.code = QStringLiteral("G1PT");
        gift.nameEn = gift.code;
        gift.isGift = true;
        gift.giftPoints = 1;
        Result<Product> made = f->hub->catalog().createProduct(f->admin, gift);
        QVERIFY(made.ok());
        QVERIFY(f->hub->catalog().setPrice(f->admin, made->id, kNoId, 1000, f->setupClock.nowUtc()).ok());
        Result<QList<Warehouse>> warehouses = f->hub->inventory().warehouses(f->admin);
        QVERIFY(warehouses.ok() && !warehouses->isEmpty());
        StockMovement m;
        m.productId = made->id;
        m.warehouseId = warehouses->first().id;
        m.kind = MovementKind::Receipt;
        m.qty = kDesks * kEach;
        QVERIFY(f->hub->inventory().record(f->admin, m).ok());
        const Points now = f->hub->ledger().balance(f->admin, f->member.accountId)->pointsAvailable;
        QVERIFY(f->hub->ledger().adjustPoints(f->admin, f->member.accountId, kHeld - now, QStringLiteral("held"), newKey()));
        QCOMPARE(f->hub->ledger().balance(f->admin, f->member.accountId)->pointsAvailable, kHeld);
        const qint64 requestsBefore = f->count(QStringLiteral("SELECT COUNT(*) FROM server_requests"));

        // Each desk its own connection, sending its next redemption when the last is answered.
        std::vector<std::unique_ptr<QNetworkAccessManager>> desks;
        std::vector<int> sent(kDesks, 0);
        int desksDone = 0;
        QSet<qint64> redemptions;
        int spent = 0, refused = 0;
        QStringList odd;
        std::function<void(int)> next = [&](int desk) {
            if (sent[desk] == kEach) {
                ++desksDone;
                return;
            }
            ++sent[desk];
            const QByteArray body = redeemBody(newKey(), f->cardNumber, gift.code);
            QNetworkReply *reply =
                desks[desk]->post(signedPost(c, f->port, QStringLiteral("/v1/gifts/redeem"), body), body);
            connect(reply, &QNetworkReply::finished, this, [&, reply, desk] {
                const ApiReply a = replyOf(reply);
                reply->deleteLater();
                if (a.status == 201) {
                    ++spent;
                    redemptions.insert(a.json.value(QStringLiteral("redemptionId")).toInteger());
                } else if (a.status == 409 && a.code() == QLatin1String("insufficient_points")) {
                    ++refused;
                } else if (odd.size() < 5) {
                    odd << QStringLiteral("%1 %2").arg(a.status).arg(QString::fromUtf8(a.raw.left(200)));
                }
                next(desk);
            });
        };
        for (int i = 0; i < kDesks; ++i)
            desks.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < kDesks; ++i)
            next(i);
        QVERIFY2(QTest::qWaitFor([&] { return desksDone == kDesks; }, 840000),
                 qPrintable(QStringLiteral("%1 spent, %2 refused after the wait").arg(spent).arg(refused)));
        QVERIFY2(odd.isEmpty(), qPrintable(odd.join(QLatin1Char('\n'))));
        QCOMPARE(spent, int(kHeld));
        QCOMPARE(refused, kDesks * kEach - int(kHeld));
        QCOMPARE(redemptions.size(), int(kHeld)); // no answer given twice
        QCOMPARE(f->hub->ledger().balance(f->admin, f->member.accountId)->pointsAvailable, Points(0));
        QCOMPARE(f->count(QStringLiteral("SELECT COUNT(*) FROM server_requests")), requestsBefore + kHeld);
        Result<LedgerCheck> check = f->hub->ledger().verify(f->admin);
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
