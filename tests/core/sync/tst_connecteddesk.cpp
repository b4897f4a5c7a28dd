// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the desk's sync layer against the real clubserver on the PostgreSQL fixture.
// A sale online; the server stopped → the sale goes to the outbox, pending; the server
// started again → the worker replays in order, exactly once even when the server had the
// sale already (sent twice); a card blocked on the server meanwhile → a conflict.
#include "ClubServerProcess.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "TestMain.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
constexpr int kWaitMs = 30000;
const QString kPassword = QStringLiteral("admin-pass"); // TestDatabase's admin, on both sides
constexpr Money kPrice = 100'000;

// The same reference data on the server's store and the desk's: card numbers come from a
// per-prefix counter, so the same steps give the same numbers on both.
struct Shop
{
    Id product = kNoId;
    QList<Id> members;
    QList<Card> cards; // one per member
};

Shop stock(ServiceHub &hub, const Actor &admin)
{
    Shop shop;
    CardType t;
    t.name = QStringLiteral("Club");
    t.kind = CardKind::Loyalty;
    t.prefix = QStringLiteral("6280");
    t.numberLength = 16;
    t.validityMonths = 24;
    Result<CardType> type = hub.cards().createCardType(admin, t);
    if (!type || !hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main")))
        return shop;
    Product p;
    p.code = QStringLiteral("P1");
    p.nameEn = QStringLiteral("Tea");
    Result<Product> product = hub.catalog().createProduct(admin, p);
    if (!product
        || !hub.catalog().setPrice(admin, product->id, kNoId, kPrice, QDateTime::currentDateTimeUtc()))
        return shop;
    for (int i = 0; i < 2; ++i) {
        Result<Member> member = hub.members().create(admin, Club::Test::memberDraft(7 + i));
        if (!member)
            return shop;
        Result<Card> card = hub.cards().issue(admin, member->id, type->id);
        if (!card)
            return shop;
        shop.members << member->id;
        shop.cards << *card;
    }
    shop.product = product->id;
    return shop;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

class TestConnectedDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_server; // the server's PostgreSQL database
    QTemporaryDir m_dir;
    QString m_config;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_terminalId;
    QString m_secret;

    int run(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
    {
        return ClubTest::runClubserver(QStringLiteral(CLUBSERVER_EXE), m_config, args, input, out);
    }

    bool startServer()
    {
        m_process.start(QStringLiteral(CLUBSERVER_EXE), {QStringLiteral("--config"), m_config});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("listening"); ++i) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        return out.contains("listening");
    }

    void stopServer()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    qint64 serverSales(const QString &key)
    {
        SqlQuery q(m_server->db(), QStringLiteral("SELECT COUNT(*) FROM sales WHERE idempotency_key = :k"));
        q.bind(QStringLiteral(":k"), key);
        Result<QVariant> n = q.scalar();
        return n ? n->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestDatabase>(Database::Engine::PostgreSQL, false);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_port = freePort();
        QVERIFY(m_port != 0);
        const Database::Config db = m_server->db().config();
        m_config = m_dir.filePath(QStringLiteral("clubserver.conf"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=%1\nmaster_key_file=master.key\n"
                               "[database]\nhost=%2\nport=%3\nname=%4\nuser=%5\n")
                    .arg(m_port)
                    .arg(db.host)
                    .arg(db.port)
                    .arg(db.name, db.user)
                    .toUtf8());
        f.close();
        QCOMPARE(run({QStringLiteral("--init-db"), QStringLiteral("--store-name"), QStringLiteral("Chain"),
                      QStringLiteral("--branch-code"), QStringLiteral("main"), QStringLiteral("--branch-name"),
                      QStringLiteral("Main")},
                     kPassword.toUtf8() + '\n'),
                 0);
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--create-terminal"), QStringLiteral("Desk 1"), QStringLiteral("--branch"),
                      QStringLiteral("main")},
                     {}, &out),
                 0);
        const QString text = QString::fromUtf8(out);
        const auto id = QRegularExpression(QStringLiteral("terminal_id=(t_[0-9a-f]+)")).match(text);
        const auto secret = QRegularExpression(QStringLiteral("secret=([A-Za-z0-9_-]+)")).match(text);
        QVERIFY2(id.hasMatch() && secret.hasMatch(), out.constData());
        m_terminalId = id.captured(1);
        m_secret = secret.captured(1);
    }

    void cleanupTestCase() { stopServer(); }

    void offlineAndBack()
    {
        // The server's store: its admin, the shop's reference data.
        ServiceHub serverHub(m_server->db());
        Result<Actor> serverAdmin = serverHub.auth().login(QStringLiteral("admin"), kPassword, QStringLiteral("test"));
        QVERIFY2(serverAdmin, qPrintable(serverAdmin ? QString() : serverAdmin.error().message));
        const Shop onServer = stock(serverHub, *serverAdmin);
        QCOMPARE(onServer.cards.size(), 2);

        // The desk's own store with the same reference data.
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        const Shop shop = stock(hub, admin);
        QCOMPARE(shop.cards.size(), 2);
        QCOMPARE(shop.cards.at(0).number, onServer.cards.at(0).number);
        QCOMPARE(shop.cards.at(1).number, onServer.cards.at(1).number);

        ConnectedDesk desk(deskDb.db(), hub.sales(), hub.catalog(), hub.cards(), hub.members(),
                           m_dir.filePath(QStringLiteral("terminal.key")));
        desk.worker().setDelays(50, 500);
        ConnectionSettings settings;
        settings.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        settings.terminalId = m_terminalId;
        settings.offline = {100, 0};
        settings.timeoutMs = 1500;
        QVERIFY(desk.settings().save(admin, settings, m_secret));
        QVERIFY(desk.isConnected());
        QVERIFY(startServer());
        desk.setOperator(admin, kPassword);
        QVERIFY(desk.client().hasSession());
        QVERIFY(desk.testConnection(admin));

        QuoteRequest basket;
        basket.memberId = shop.members.at(0);
        basket.cardId = shop.cards.at(0).id;
        basket.lines = {{shop.product, 2, 0}};

        // Online: the server's sale.
        const QString k1 = QStringLiteral("e2e-1-0123456789abcdef");
        Result<Sale> online = desk.commit(admin, basket, k1, {});
        QVERIFY2(online, qPrintable(online ? QString() : online.error().message));
        QVERIFY(!online->pendingSync);
        QVERIFY(online->receiptNo > 0);
        QCOMPARE(online->net, 2 * kPrice);
        QCOMPARE(serverSales(k1), 1);

        // The server stops: the sales are kept, pending.
        stopServer();
        const QString k2 = QStringLiteral("e2e-2-0123456789abcdef");
        const QString k3 = QStringLiteral("e2e-3-0123456789abcdef");
        const QString k4 = QStringLiteral("e2e-4-0123456789abcdef");
        Result<Sale> kept = desk.commit(admin, basket, k2, {});
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QVERIFY(kept->pendingSync);
        QCOMPARE(kept->receiptNo, 0);
        QuoteRequest other = basket;
        other.memberId = shop.members.at(1);
        other.cardId = shop.cards.at(1).id;
        QVERIFY(desk.commit(admin, other, k3, {}));
        QVERIFY(desk.commit(admin, basket, k4, {}));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.online(), kWaitMs);
        QCOMPARE(desk.pending(), 3);
        QCOMPARE(serverSales(k2), 0);

        // Meanwhile the second card is blocked at another branch.
        QVERIFY(serverHub.cards().block(*serverAdmin, onServer.cards.at(1).id, BlockReason::Lost));

        // The server is back; before the worker goes, the first kept sale reaches it once
        // already (as when a replay's answer is lost): sent twice, posted once.
        desk.worker().setActor({});
        QVERIFY(startServer());
        const QJsonObject keptBody =
            QJsonDocument::fromJson(desk.outbox().pending(admin)->first().requestJson).object();
        QCOMPARE(keptBody.value(QLatin1String("idempotencyKey")).toString(), k2);
        QVERIFY(keptBody.value(QLatin1String("offline")).toBool());
        QVERIFY(!keptBody.contains(QLatin1String("pin")));
        QVERIFY(desk.client().commitSale(keptBody));
        QCOMPARE(serverSales(k2), 1);

        QSignalSpy sent(&desk.worker(), &OutboxWorker::entrySent);
        QSignalSpy conflicts(&desk.worker(), &OutboxWorker::entryConflict);
        desk.worker().setActor(admin);
        QTRY_COMPARE_WITH_TIMEOUT(desk.pending(), 0, kWaitMs);
        QVERIFY(desk.online());
        QCOMPARE(sent.count(), 2);
        QCOMPARE(sent.at(0).at(2).toBool(), true); // k2 came back as a replay
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.first().at(1).toString(), QStringLiteral("card_not_usable"));
        QCOMPARE(desk.conflicts(), 1);
        QCOMPARE(serverSales(k1), 1);
        QCOMPARE(serverSales(k2), 1);
        QCOMPARE(serverSales(k3), 0);
        QCOMPARE(serverSales(k4), 1);
        // In order: k2's sale was recorded before k4's.
        SqlQuery order(m_server->db(), QStringLiteral("SELECT idempotency_key FROM sales ORDER BY id"));
        QVERIFY(order.exec());
        QStringList keys;
        while (order.next())
            keys << order.value(0).toString();
        QCOMPARE(keys, QStringList({k1, k2, k4}));
        // A server that takes the request but answers too late (stopped after accepting):
        // the desk keeps the sale; the server, resumed, records the first try; the replay
        // (marked offline, so not the same body) still posts nothing twice.
        const QString k5 = QStringLiteral("e2e-5-0123456789abcdef");
        QVERIFY(::kill(pid_t(m_process.processId()), SIGSTOP) == 0);
        Result<Sale> late = desk.commit(admin, basket, k5, {});
        QVERIFY(::kill(pid_t(m_process.processId()), SIGCONT) == 0);
        QVERIFY2(late, qPrintable(late ? QString() : late.error().message));
        QVERIFY(late->pendingSync);
        QTRY_COMPARE_WITH_TIMEOUT(desk.pending(), 0, kWaitMs);
        QCOMPARE(serverSales(k5), 1);
        QCOMPARE(desk.conflicts(), 1); // still only the blocked card's

        // The ledger on the server still balances.
        Result<LedgerCheck> check = serverHub.ledger().verify(*serverAdmin);
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestConnectedDesk)
#include "tst_connecteddesk.moc"
