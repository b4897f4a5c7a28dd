// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the connected desk against the real clubserver (PostgreSQL fixture):
// - clubserver killed -9 (twice) in the middle of a stream of sales, started again: every
//   sale is on the server exactly once, the outbox drains, the ledger verifies clean;
// - the desk process killed -9 after the server took a replayed sale but before the desk
//   wrote it down as sent: the desk started again replays it, and it is still there once.
#include "ClubServerFixture.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Club::Core;
using Club::Test::TestDatabase;
using ClubTest::ClubServerFixture;

namespace {
constexpr int kWaitMs = 60000;
constexpr Money kPrice = 80'000;

using Club::Test::scalarInt;
} // namespace

class TestSyncRecovery : public QObject
{
    Q_OBJECT

    ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub;
    Actor m_admin;
    QTemporaryDir m_dir;
    QList<Card> m_cards;

    // A desk store with the server's reference data pulled into it, connected.
    std::unique_ptr<ConnectedDesk> connectDesk(TestDatabase &deskDb, ServiceHub &hub, const QString &keyFile)
    {
        auto desk = std::make_unique<ConnectedDesk>(deskDb.db(), hub.sales(), hub.catalog(), hub.cards(),
                                                    hub.members(), keyFile);
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = m_server.terminalId();
        settings.timeoutMs = 3000;
        if (!desk->settings().save(deskDb.admin(), settings, m_server.secret()))
            return nullptr;
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        desk->setOperator(deskDb.admin(), ClubServerFixture::kPassword);
        for (int i = 0; i < 40; ++i) {
            if (finished.isEmpty() && !finished.wait(kWaitMs))
                return nullptr;
            if (scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM cards")) == m_cards.size())
                return desk;
            finished.clear();
            QTest::qWait(250);
            desk->puller().pullNow();
        }
        return nullptr;
    }

    QuoteRequest basket(Database &db, int card)
    {
        QuoteRequest b;
        b.cardId = scalarInt(db, QStringLiteral("SELECT id FROM cards WHERE number = :k"), m_cards.at(card).number);
        b.memberId = scalarInt(db, QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_cards.at(card).number);
        b.lines = {{scalarInt(db, QStringLiteral("SELECT id FROM products WHERE code = 'P1'")), 1, 0}};
        return b;
    }

    void verifyLedger()
    {
        Result<LedgerCheck> check = m_hub->ledger().verify(m_admin);
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_server.setUp(QStringLiteral(CLUBSERVER_EXE));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_server.start());
        m_hub = std::make_unique<ServiceHub>(m_server.db());
        Result<Actor> admin =
            m_hub->auth().login(QStringLiteral("admin"), ClubServerFixture::kPassword, QStringLiteral("test"));
        QVERIFY(admin);
        m_admin = *admin;
        CardType t;
        t.name = QStringLiteral("Club");
        t.kind = CardKind::Loyalty;
        t.prefix = QStringLiteral("6282");
        t.numberLength = 16;
        t.validityMonths = 24;
        Result<CardType> type = m_hub->cards().createCardType(m_admin, t);
        QVERIFY(type);
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, m_admin.branchId, QStringLiteral("Main")));
        Product p;
        p.code = QStringLiteral("P1");
        p.nameEn = QStringLiteral("Tea");
        Result<Product> product = m_hub->catalog().createProduct(m_admin, p);
        QVERIFY(product);
        QVERIFY(m_hub->catalog().setPrice(m_admin, product->id, kNoId, kPrice,
                                          QDateTime::currentDateTimeUtc()));
        for (int i = 0; i < 2; ++i) {
            Result<Member> member = m_hub->members().create(m_admin, Club::Test::memberDraft(51 + i));
            QVERIFY(member);
            Result<Card> card = m_hub->cards().issue(m_admin, member->id, type->id);
            QVERIFY(card);
            m_cards << *card;
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void serverKilledDuringSales()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, m_dir.filePath(QStringLiteral("a.key")));
        QVERIFY(desk);
        desk->worker().setDelays(50, 300);
        desk->worker().setPollInterval(200);
        const QuoteRequest sale = basket(deskDb.db(), 0);

        // 30 sales; the server is killed -9 while the 8th and the 20th are on their way (a
        // timer inside the request's wait), and started again three sales later.
        constexpr int kSales = 30;
        QStringList keys;
        int online = 0;
        int kept = 0;
        for (int i = 0; i < kSales; ++i) {
            const QString key = QStringLiteral("crash-a-%1-0123456789").arg(i);
            keys << key;
            if (i == 7 || i == 19)
                QTimer::singleShot(1, this, [this] { m_server.crash(); });
            if (i == 10 || i == 22)
                QVERIFY(m_server.start());
            Result<Sale> done = desk->commit(admin, sale, key, {});
            QVERIFY2(done, qPrintable(done ? QString() : QStringLiteral("sale %1: %2").arg(i).arg(done.error().message)));
            done->pendingSync ? ++kept : ++online;
        }
        QVERIFY(kept >= 2);  // at least the sales made while it was down
        QVERIFY(online >= 10);
        QTRY_COMPARE_WITH_TIMEOUT(desk->pending(), 0, kWaitMs);
        QCOMPARE(desk->conflicts(), 0);
        for (const QString &key : keys)
            QCOMPARE(m_server.salesWithKey(key), 1);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE idempotency_key LIKE 'crash-a-%'")),
                 kSales);
        verifyLedger();
    }

    void deskKilledBeforeSent()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        ServiceHub hub(deskDb.db());
        const QString keyFile = m_dir.filePath(QStringLiteral("b.key"));
        QuoteRequest sale;
        {
            std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, keyFile);
            QVERIFY(desk);
            sale = basket(deskDb.db(), 1);
        }
        const QString helper = QStringLiteral(SYNCDESK_HELPER);
        const auto run = [&](const QStringList &args, QProcess &p) {
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(helper, QStringList{deskDb.sqlitePath(), keyFile} + args);
            return p.waitForStarted(10000);
        };

        // The server is down: the desk process keeps 5 sales in its outbox.
        m_server.stop();
        constexpr int kSales = 5;
        {
            QProcess record;
            QVERIFY(run({QStringLiteral("record"), QStringLiteral("crash-b-0123456789"), QString::number(kSales),
                         QString::number(sale.memberId), QString::number(sale.cardId),
                         QString::number(sale.lines.first().productId)},
                        record));
            QVERIFY(record.waitForFinished(kWaitMs));
            const QByteArray out = record.readAll();
            QVERIFY2(record.exitCode() == 0, out.constData());
            QCOMPARE(out.count("pending"), kSales);
        }
        const QString first = QStringLiteral("crash-b-0123456789-0");
        const auto sentEvents = [&] {
            return scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox_events e JOIN sync_outbox o "
                                                      "ON o.id = e.entry_id WHERE o.idempotency_key = :k"),
                          first);
        };
        QCOMPARE(scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), kSales);

        // The server is back but paused: the desk's replay of the first sale reaches its
        // socket and waits there. The desk is killed -9 while it waits; the server goes on
        // and records the sale the desk never heard about.
        QVERIFY(m_server.start());
        {
            QProcess drain;
            QVERIFY(run({QStringLiteral("drain")}, drain));
            QByteArray out;
            const auto said = [&](const char *word) {
                out += drain.readAll();
                return out.contains(word) || drain.state() == QProcess::NotRunning;
            };
            QTRY_VERIFY_WITH_TIMEOUT(said("session"), kWaitMs);
            QVERIFY2(drain.state() == QProcess::Running, out.constData());
            QVERIFY(m_server.pause());
            drain.write("go\n");
            QTRY_VERIFY_WITH_TIMEOUT(said("draining"), kWaitMs);
            QVERIFY2(drain.state() == QProcess::Running, out.constData());
            QTest::qWait(1500); // its first replay is on the wire, the answer never comes
            drain.kill();       // SIGKILL
            QVERIFY(drain.waitForFinished(10000));
        }
        QVERIFY(m_server.resume());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.salesWithKey(first), 1, kWaitMs);
        QCOMPARE(sentEvents(), 0); // the desk never wrote it down

        // The desk again: it replays everything; the server answers the first as a replay.
        {
            QProcess drain;
            QVERIFY(run({QStringLiteral("drain")}, drain));
            drain.write("go\n");
            QVERIFY(drain.waitForFinished(kWaitMs));
            const QByteArray out = drain.readAll();
            QVERIFY2(drain.exitStatus() == QProcess::NormalExit && drain.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("drained"), out.constData());
        }
        for (int i = 0; i < kSales; ++i)
            QCOMPARE(m_server.salesWithKey(QStringLiteral("crash-b-0123456789-%1").arg(i)), 1);
        QCOMPARE(sentEvents(), 1);
        QCOMPARE(scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox_events WHERE state = 'sent'")),
                 kSales);
        verifyLedger();
    }
};

QTEST_GUILESS_MAIN(TestSyncRecovery)
#include "tst_syncrecovery.moc"
