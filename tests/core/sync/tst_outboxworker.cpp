// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox worker against a signed HTTP peer on loopback: order, exactly once (an answer
// lost after the commit is replayed, not posted again), conflicts, bounded retries.
#include "HttpPeer.h"
#include "TestDatabase.h"
#include "sync/Outbox.h"
#include "sync/OutboxWorker.h"
#include "sync/ServerClient.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::HttpPeer;
using Club::Test::TestDatabase;

namespace {
constexpr int kWaitMs = 10000; // bound for every wait; the work takes far less

// The peer as a server that keeps one sale per idempotency key.
struct Ledger
{
    QHash<QString, qint64> sales; // key -> sale id
    QStringList order;            // keys in the order they were first recorded
    QHash<QString, int> tries;    // key -> requests seen

    HttpPeer::Reply record(const HttpPeer::Request &r)
    {
        const QString key = r.json().value(QLatin1String("idempotencyKey")).toString();
        ++tries[key];
        HttpPeer::Reply reply;
        if (sales.contains(key)) {
            reply.headers.append({QByteArrayLiteral("X-Club-Replayed"), QByteArrayLiteral("1")});
        } else {
            sales.insert(key, 1000 + sales.size());
            order << key;
            reply.status = 201;
        }
        reply.body = QJsonObject{{QStringLiteral("saleId"), sales.value(key)},
                                 {QStringLiteral("receiptNo"), sales.value(key) - 900},
                                 {QStringLiteral("replayed"), reply.status == 200}};
        return reply;
    }
};

HttpPeer::Reply session(const HttpPeer::Request &)
{
    HttpPeer::Reply r;
    r.body = QJsonObject{{QStringLiteral("token"), QStringLiteral("tok-1")},
                         {QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00Z")}};
    return r;
}

bool isSession(const HttpPeer::Request &r)
{
    return r.path == "/v1/session";
}
} // namespace

class TestOutboxWorker : public QObject
{
    Q_OBJECT

    struct Desk
    {
        TestDatabase t{Database::Engine::SQLite};
        Actor staff = t.actorWithRole(Role::Staff);
        Outbox outbox{t.db()};
        ServerClient client;
        OutboxWorker worker{outbox, client};
        QByteArray secret = RequestSigning::randomBytes(32);
        HttpPeer peer{secret};
        QList<Id> ids;

        void configure(quint16 port, const QByteArray &withSecret = {})
        {
            ServerConfig c;
            c.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            c.terminalId = QStringLiteral("t_test");
            c.secret = withSecret.isEmpty() ? secret : withSecret;
            c.timeoutMs = 3000;
            client.setConfig(c);
            worker.setDelays(20, 200);
            worker.setPollInterval(0);
        }
        bool add(int n)
        {
            for (int i = 1; i <= n; ++i) {
                OutboxEntry e;
                e.idempotencyKey = QStringLiteral("sale-%1-0123456789abcdef").arg(i);
                e.requestJson = QByteArrayLiteral("{\"idempotencyKey\":\"") + e.idempotencyKey.toLatin1()
                                + QByteArrayLiteral("\",\"lines\":[{\"productCode\":\"P1\",\"qty\":1}],\"offline\":true}");
                Result<OutboxEntry> added = outbox.add(staff, e);
                if (!added)
                    return false;
                ids << added->id;
            }
            return true;
        }
        int pending() { return int(outbox.pending(staff)->size()); }
        OutboxEntry::State state(int i) { return outbox.entry(staff, ids.at(i))->state; }
    };

private Q_SLOTS:
    void replaysInOrderWhenTheServerIsBack()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        Ledger ledger;
        d.peer.setHandler([&](const HttpPeer::Request &r) { return isSession(r) ? session(r) : ledger.record(r); });
        // A port nobody listens on yet: the worker finds no server and waits.
        QVERIFY(d.peer.listen());
        const quint16 port = d.peer.port();
        d.peer.close();
        d.configure(port);
        QVERIFY(d.add(3));
        QSignalSpy idle(&d.worker, &OutboxWorker::idle);
        d.worker.setActor(d.staff);
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() >= 3, kWaitMs); // three tries without an answer
        QCOMPARE(d.pending(), 3);
        QVERIFY(!d.client.isReachable());
        QVERIFY(d.worker.currentDelayMs() > 20); // backing off

        QSignalSpy sent(&d.worker, &OutboxWorker::entrySent);
        QVERIFY(d.peer.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(sent.count(), 3);
        QCOMPARE(ledger.order, QStringList({QStringLiteral("sale-1-0123456789abcdef"),
                                            QStringLiteral("sale-2-0123456789abcdef"),
                                            QStringLiteral("sale-3-0123456789abcdef")}));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(d.state(i), OutboxEntry::State::Sent);
            QCOMPARE(ledger.tries.value(ledger.order.at(i)), 1);
            QCOMPARE(d.outbox.entry(d.staff, d.ids.at(i))->serverSaleId, 1000 + i);
        }
        QCOMPARE(d.peer.badSignatures(), 0);
        // Every replay carried the offline mark and the terminal's headers.
        for (const HttpPeer::Request &r : d.peer.requests()) {
            QCOMPARE(r.headers.value("x-club-terminal"), QByteArrayLiteral("t_test"));
            if (r.path == "/v1/sales")
                QVERIFY(r.json().value(QLatin1String("offline")).toBool());
        }
    }

    void answerLostAfterCommitIsNotPostedTwice()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        Ledger ledger;
        int dropped = 0;
        d.peer.setHandler([&](const HttpPeer::Request &r) {
            if (isSession(r))
                return session(r);
            HttpPeer::Reply reply = ledger.record(r);
            if (dropped++ == 0)
                reply.drop = true; // the server committed, then its answer never arrived
            return reply;
        });
        QVERIFY(d.peer.listen());
        d.configure(d.peer.port());
        QVERIFY(d.add(2));
        QSignalSpy sent(&d.worker, &OutboxWorker::entrySent);
        d.worker.setActor(d.staff);
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(ledger.sales.size(), 2);
        QCOMPARE(ledger.tries.value(QStringLiteral("sale-1-0123456789abcdef")), 2);
        QCOMPARE(ledger.tries.value(QStringLiteral("sale-2-0123456789abcdef")), 1);
        QCOMPARE(sent.count(), 2);
        QCOMPARE(sent.at(0).at(2).toBool(), true); // the first came back as a replay
        QCOMPARE(sent.at(1).at(2).toBool(), false);
        QCOMPARE(d.outbox.entry(d.staff, d.ids.at(0))->serverSaleId, 1000);
    }

    void firstTryThatArrivedIsFoundAgain()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        // The server compares whole bodies: the desk's online try (no "offline" mark) got
        // there, its answer did not; the replay is marked offline.
        QHash<QString, QByteArray> bodies;
        Ledger ledger;
        d.peer.setHandler([&](const HttpPeer::Request &r) {
            if (isSession(r))
                return session(r);
            const QString key = r.json().value(QLatin1String("idempotencyKey")).toString();
            const QByteArray body = QJsonDocument(r.json()).toJson(QJsonDocument::Compact);
            if (bodies.contains(key) && bodies.value(key) != body)
                return HttpPeer::error(409, QStringLiteral("idempotency_mismatch"));
            bodies.insert(key, body);
            return ledger.record(r);
        });
        QVERIFY(d.peer.listen());
        d.configure(d.peer.port());
        QVERIFY(d.add(1));
        QJsonObject online = QJsonDocument::fromJson(d.outbox.pending(d.staff)->first().requestJson).object();
        online.remove(QStringLiteral("offline"));
        QVERIFY(d.client.call("POST", QStringLiteral("/v1/sales"), online).ok());
        QSignalSpy sent(&d.worker, &OutboxWorker::entrySent);
        d.worker.setActor(d.staff);
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(d.state(0), OutboxEntry::State::Sent);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.first().at(2).toBool(), true);
        QCOMPARE(ledger.sales.size(), 1);
    }

    void refusalsBecomeConflictsAndTheRestGoesOn()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        Ledger ledger;
        int serverErrors = 0;
        d.peer.setHandler([&](const HttpPeer::Request &r) {
            if (isSession(r))
                return session(r);
            const QString key = r.json().value(QLatin1String("idempotencyKey")).toString();
            if (key.startsWith(QLatin1String("sale-1-")))
                return HttpPeer::error(422, QStringLiteral("card_not_usable"));
            if (key.startsWith(QLatin1String("sale-2-"))) {
                ++serverErrors;
                return HttpPeer::error(500, QStringLiteral("internal"));
            }
            return ledger.record(r);
        });
        QVERIFY(d.peer.listen());
        d.configure(d.peer.port());
        QVERIFY(d.add(3));
        QSignalSpy conflicts(&d.worker, &OutboxWorker::entryConflict);
        d.worker.setActor(d.staff);
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(d.state(0), OutboxEntry::State::Conflict);
        QCOMPARE(d.state(1), OutboxEntry::State::Conflict);
        QCOMPARE(d.state(2), OutboxEntry::State::Sent);
        QCOMPARE(serverErrors, OutboxWorker::kMaxServerFailures);
        QCOMPARE(conflicts.count(), 2);
        const OutboxEntry refused = *d.outbox.entry(d.staff, d.ids.at(0));
        QCOMPARE(refused.serverCode, QStringLiteral("card_not_usable"));
        QVERIFY(!refused.message.isEmpty());
        QCOMPARE(ledger.sales.size(), 1);
    }

    void aDeskProblemKeepsTheSalePending()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        Ledger ledger;
        d.peer.setHandler([&](const HttpPeer::Request &r) { return isSession(r) ? session(r) : ledger.record(r); });
        QVERIFY(d.peer.listen());
        // A wrong secret: the peer refuses every signature, the sale is not at fault.
        d.configure(d.peer.port(), RequestSigning::randomBytes(32));
        QVERIFY(d.add(1));
        QSignalSpy idle(&d.worker, &OutboxWorker::idle);
        d.worker.setActor(d.staff);
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() >= 3, kWaitMs);
        QVERIFY(d.peer.badSignatures() >= 3);
        QCOMPARE(d.state(0), OutboxEntry::State::Pending);
        QVERIFY(ledger.sales.isEmpty());
        QVERIFY(d.client.isReachable());

        // With the right secret it goes.
        d.configure(d.peer.port());
        d.worker.kick();
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(ledger.sales.size(), 1);
    }

    void expiredSessionIsReopened()
    {
        Desk d;
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        Ledger ledger;
        int sessions = 0;
        d.peer.setHandler([&](const HttpPeer::Request &r) {
            if (isSession(r)) {
                ++sessions;
                HttpPeer::Reply s = session(r);
                s.body.insert(QStringLiteral("token"), QStringLiteral("tok-%1").arg(sessions));
                return s;
            }
            if (r.headers.value("x-club-session") != "tok-2")
                return HttpPeer::error(401, QStringLiteral("session_expired"));
            return ledger.record(r);
        });
        QVERIFY(d.peer.listen());
        d.configure(d.peer.port());
        QVERIFY(d.client.login(QStringLiteral("staff-user"), QStringLiteral("secret-pass")));
        QVERIFY(d.add(1));
        d.worker.setActor(d.staff);
        QTRY_COMPARE_WITH_TIMEOUT(d.pending(), 0, kWaitMs);
        QCOMPARE(sessions, 2);
        QCOMPARE(ledger.sales.size(), 1);
        // The password went to /v1/session only.
        for (const HttpPeer::Request &r : d.peer.requests()) {
            if (!isSession(r))
                QVERIFY(!r.body.contains("secret-pass"));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxWorker)
#include "tst_outboxworker.moc"
