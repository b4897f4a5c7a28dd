// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk pulls the chain's reference data from the real clubserver (PostgreSQL fixture):
// from an empty desk, then only what changed; a page that fails half-way (a crash in the
// middle of it) is rolled back with its cursor and comes again, nothing applied twice; and
// a sale made online with the pulled member, card and product is the server's.
#include "ClubServerFixture.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "rules/RuleService.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
using Club::Test::scalarInt;
using Club::Test::scalarText;
constexpr int kWaitMs = 60000;
const QString kPassword = ClubTest::ClubServerFixture::kPassword;
constexpr Money kPrice = 120'000;

} // namespace

class TestSyncPuller : public QObject
{
    Q_OBJECT

    ClubTest::ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub; // the server's store, written behind the server's back
    Actor m_admin;
    QTemporaryDir m_dir;
    Id m_cardType = kNoId;
    Id m_product = kNoId;
    QList<Id> m_members;
    QList<Card> m_cards;

    bool addMember(int n)
    {
        Result<Member> member = m_hub->members().create(m_admin, Club::Test::memberDraft(n));
        if (!member)
            return false;
        Result<Card> card = m_hub->cards().issue(m_admin, member->id, m_cardType);
        if (!card)
            return false;
        m_members << member->id;
        m_cards << *card;
        return true;
    }

    // A desk connected to the test's server, pulling `pageSize` items at a time.
    std::unique_ptr<ConnectedDesk> connectDesk(TestDatabase &deskDb, ServiceHub &hub, int pageSize)
    {
        auto desk = std::make_unique<ConnectedDesk>(deskDb.db(), hub.sales(), hub.catalog(), hub.cards(),
                                                    hub.members(), m_dir.filePath(QStringLiteral("terminal.key")));
        desk->puller().setPageSize(pageSize);
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = m_server.terminalId();
        settings.timeoutMs = 5000;
        if (!desk->settings().save(deskDb.admin(), settings, m_server.secret()))
            return nullptr;
        return desk;
    }

    // One round; its `ok`.
    static bool pull(ConnectedDesk &desk)
    {
        QSignalSpy finished(&desk.puller(), &SyncPuller::finished);
        desk.puller().pullNow();
        if (!finished.wait(kWaitMs) && finished.isEmpty())
            return false;
        return finished.first().at(0).toBool();
    }

    // Rounds until `done` holds. The server serves only changes older than the oldest
    // transaction running on its cluster, which another test may hold open for a while.
    template <class Done>
    static bool pullUntil(ConnectedDesk &desk, Done done)
    {
        for (int i = 0; i < 40 && !done(); ++i) {
            QTest::qWait(250);
            (void)pull(desk);
        }
        return done();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_server.setUp(QStringLiteral(CLUBSERVER_EXE));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_server.start());

        // The chain's reference data, made on the server's store.
        m_hub = std::make_unique<ServiceHub>(m_server.db());
        Result<Actor> admin = m_hub->auth().login(QStringLiteral("admin"), kPassword, QStringLiteral("test"));
        QVERIFY(admin);
        m_admin = *admin;
        CardType t;
        t.name = QStringLiteral("Club");
        t.kind = CardKind::Loyalty;
        t.prefix = QStringLiteral("6281");
        t.numberLength = 16;
        t.validityMonths = 24;
        Result<CardType> type = m_hub->cards().createCardType(m_admin, t);
        QVERIFY(type);
        m_cardType = type->id;
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, m_admin.branchId, QStringLiteral("Main")));
        Product p;
        p.code = QStringLiteral("P1");
        p.nameEn = QStringLiteral("Tea");
        Result<Product> product = m_hub->catalog().createProduct(m_admin, p);
        QVERIFY(product);
        m_product = product->id;
        QVERIFY(m_hub->catalog().setPrice(m_admin, m_product, kNoId, kPrice,
                                          QDateTime::currentDateTimeUtc()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(addMember(31 + i));
        Rule earn;
        earn.name = QStringLiteral("Tea points");
        earn.points = 1;
        earn.perAmount = 1000;
        earn.productId = m_product; // the server's id: the desk must store its own
        QVERIFY(m_hub->rules().create(m_admin, earn));
    }

    void cleanupTestCase() { m_server.stop(); }

    void fromEmptyThenChanges()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, 2); // pages of two: several per entity
        QVERIFY(desk);
        Database &db = deskDb.db();

        // Logging in pulls at once.
        QSignalSpy started(&desk->puller(), &SyncPuller::started);
        QSignalSpy progress(&desk->puller(), &SyncPuller::progress);
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        desk->setOperator(admin, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(started.count(), 1);
        QVERIFY(pullUntil(*desk, [&] {
            return scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM cards")) == m_cards.size() &&
                   scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM rules")) == 1;
        }));
        QVERIFY(progress.count() >= 6);
        Result<QDateTime> last = desk->puller().lastPulled();
        QVERIFY(last && last->isValid());
        for (const QString &entity : SyncPuller::entities()) {
            // This server has no product group and no PIN (tst_syncref pulls those).
            if (entity == QLatin1String("product-groups") || entity == QLatin1String("card-pins"))
                continue;
            Result<QString> cursor = desk->puller().cursor(entity);
            QVERIFY(cursor);
            QVERIFY2(*cursor != QLatin1String("0"), qPrintable(entity));
        }

        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM card_types WHERE name = 'Club'")), 1);
        const Id product = scalarInt(db, QStringLiteral("SELECT id FROM products WHERE code = 'P1'"));
        QVERIFY(product > 0);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM product_prices WHERE product_id = :k"), product),
                 1);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT price FROM product_prices WHERE product_id = :k"), product),
                 kPrice);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE server_id IS NOT NULL")), 3);
        for (int i = 0; i < m_cards.size(); ++i) {
            // The card is the member's with the same server id.
            QCOMPARE(scalarInt(db,
                               QStringLiteral("SELECT m.server_id FROM cards c JOIN members m ON m.id = c.member_id "
                                              "WHERE c.number = :k"),
                               m_cards.at(i).number),
                     m_members.at(i));
        }
        // The rule names the desk's own product, not the server's id.
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM rules WHERE server_id IS NOT NULL")), 1);
        const QJsonObject params =
            QJsonDocument::fromJson(
                scalarText(db, QStringLiteral("SELECT params FROM rules WHERE name = :k"), QStringLiteral("Tea points"))
                    .toUtf8())
                .object();
        QCOMPARE(params.value(QLatin1String("product_id")).toString().toLongLong(), product);

        // Changes on the server: a name, a blocked card, a new product with a price, a new member.
        Result<Member> first = m_hub->members().member(m_admin, m_members.at(0));
        QVERIFY(first);
        Member renamed = *first;
        renamed.lastName = QStringLiteral("Renamed");
        QVERIFY(m_hub->members().update(m_admin, renamed));
        QVERIFY(m_hub->cards().block(m_admin, m_cards.at(1).id, BlockReason::Lost));
        Product p2;
        p2.code = QStringLiteral("P2");
        p2.nameEn = QStringLiteral("Coffee");
        Result<Product> coffee = m_hub->catalog().createProduct(m_admin, p2);
        QVERIFY(coffee);
        QVERIFY(m_hub->catalog().setPrice(m_admin, coffee->id, kNoId, 2 * kPrice,
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(addMember(34));

        const QString membersBefore = *desk->puller().cursor(QStringLiteral("members"));
        QVERIFY(pull(*desk));
        QVERIFY(pullUntil(*desk, [&] {
            return scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM cards")) == 4 &&
                   scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE code = 'P2'")) == 1 &&
                   scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'blocked'")) == 1 &&
                   scalarText(db, QStringLiteral("SELECT last_name FROM members WHERE server_id = :k"),
                              m_members.at(0)) == QLatin1String("Renamed");
        }));
        QVERIFY(*desk->puller().cursor(QStringLiteral("members")) != membersBefore);
        QCOMPARE(scalarText(db, QStringLiteral("SELECT last_name FROM members WHERE server_id = :k"), m_members.at(0)),
                 QStringLiteral("Renamed"));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT status FROM cards WHERE number = :k"), m_cards.at(1).number),
                 QStringLiteral("blocked"));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE server_id IS NOT NULL")), 4);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM cards")), 4);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM product_prices WHERE product_id = :k"), product),
                 1);
        QCOMPARE(scalarInt(db,
                           QStringLiteral("SELECT p.price FROM product_prices p JOIN products x ON x.id = "
                                          "p.product_id WHERE x.code = :k"),
                           QStringLiteral("P2")),
                 2 * kPrice);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM rules")), 1);

        // Nothing changed: a round applies nothing and still ends well.
        progress.clear();
        QVERIFY(pull(*desk));
        int applied = 0;
        for (const QList<QVariant> &p : progress)
            applied = qMax(applied, p.at(1).toInt());
        QCOMPARE(applied, 0);

        // A sale with what was pulled: the desk's ids become the server's natural keys.
        QuoteRequest basket;
        basket.memberId = scalarInt(db, QStringLiteral("SELECT id FROM members WHERE server_id = :k"), m_members.at(2));
        basket.cardId = scalarInt(db, QStringLiteral("SELECT id FROM cards WHERE number = :k"), m_cards.at(2).number);
        basket.lines = {{product, 1, 0}};
        const QString key = QStringLiteral("pull-sale-0123456789abcdef");
        Result<Sale> sale = desk->commit(admin, basket, key, {});
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        QVERIFY(!sale->pendingSync);
        QCOMPARE(sale->net, kPrice);
        QCOMPARE(m_server.salesWithKey(key), 1);
    }

    void failedPageComesAgain()
    {
        QVERIFY(addMember(41));
        QVERIFY(addMember(42));
        QVERIFY(addMember(43));
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        // All members in one page, so the failing page is the round's whole members page.
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, 1000);
        QVERIFY(desk);
        Database &db = deskDb.db();

        // The newest member fails, as a crash would in the middle of the page.
        Result<Member> victim = m_hub->members().member(m_admin, m_members.last());
        QVERIFY(victim);
        int failures = 0;
        int appliedBefore = 0; // members of this round written before the failure
        desk->puller().setItemHook([&](const QString &entity, const QJsonObject &item) -> Status {
            if (entity != QLatin1String("members") || failures > 0)
                return {};
            if (item.value(QLatin1String("mobile")).toString() == victim->mobile) {
                ++failures;
                return Error::make(Error::Code::Storage, QStringLiteral("simulated crash"));
            }
            ++appliedBefore;
            return {};
        });
        QObject::connect(&desk->puller(), &SyncPuller::started, this, [&] {
            if (failures == 0)
                appliedBefore = 0;
        });
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        qint64 before = 0;
        QString cursorBefore = QStringLiteral("0");
        desk->setOperator(admin, kPassword);
        for (int round = 0; round < 40; ++round) {
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), round + 1, kWaitMs);
            if (failures > 0)
                break;
            before = scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members"));
            cursorBefore = *desk->puller().cursor(QStringLiteral("members"));
            QTest::qWait(250);
            desk->puller().pullNow();
        }
        QCOMPARE(failures, 1);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(appliedBefore > 0);
        // Nothing of the failed page stayed (its first items were written, then rolled back
        // with the page), and its cursor did not move.
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members")), before);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), victim->mobile), 0);
        QCOMPARE(*desk->puller().cursor(QStringLiteral("members")), cursorBefore);

        // Again: the page comes again and every member is here once, with every card.
        QVERIFY(pullUntil(
            *desk, [&] { return scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM cards")) == m_cards.size(); }));
        QCOMPARE(failures, 1);
        QVERIFY(*desk->puller().cursor(QStringLiteral("members")) != cursorBefore);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE server_id IS NOT NULL")),
                 qint64(m_members.size()));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT server_id FROM members GROUP BY server_id "
                                              "HAVING COUNT(*) > 1) d")),
                 0);
    }

    void slowServerLeavesTheDeskResponsive()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, 1000);
        QVERIFY(desk);
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        desk->setOperator(admin, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        finished.clear();

        // The server hangs (SIGSTOP): a sync waits for it in the background, pullNow()
        // returns at once and the event loop keeps turning until the request gives up.
        QVERIFY(m_server.pause());
        int ticks = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(20);
        desk->puller().pullNow();
        QVERIFY(desk->puller().isRunning());
        QCOMPARE(ticks, 0); // nothing waited inside pullNow()
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(m_server.resume());
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), ServerClient::tr("The central server cannot be reached."));
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        QVERIFY(!desk->puller().isRunning());
        // And once it answers again, the next round ends well.
        QVERIFY(pullUntil(*desk, [&] {
            return scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM cards")) == m_cards.size();
        }));
    }
};

QTEST_GUILESS_MAIN(TestSyncPuller)
#include "tst_syncpuller.moc"
