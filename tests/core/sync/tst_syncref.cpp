// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Card PINs and product groups shared through the real clubserver (PostgreSQL fixture):
// a PIN changed on the server is checked on the desk after a pull while the server is down,
// the old one refused; a PIN changed on the desk reaches the server (POST /v1/cards/pin:
// hash only, role-checked, idempotent, the newer PIN winning); product groups arrive with
// their tree, a deleted one goes, and a group rule prices a quote on the desk as the
// server's /v1/sales/quote does.
#include "ClubServerFixture.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
using Club::Test::LogCapture;
using Club::Test::scalarInt;
using Club::Test::scalarText;
constexpr int kWaitMs = 60000;
const QString kPassword = ClubTest::ClubServerFixture::kPassword;
constexpr Money kPrice = 250'000;
const QString kServerPin = QStringLiteral("2580");

// Every message of this process, for the last test to search.
} // namespace

class TestSyncRef : public QObject
{
    Q_OBJECT

    ClubTest::ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub; // the server's store
    Actor m_admin;
    QTemporaryDir m_dir;
    Id m_cardType = kNoId;
    Id m_shop = kNoId;   // top group on the server
    Id m_drinks = kNoId; // under m_shop; holds m_tea
    Id m_tea = kNoId;
    Id m_plain = kNoId; // in no group
    Id m_member = kNoId;
    Card m_card;

    std::unique_ptr<TestDatabase> m_deskDb;
    std::unique_ptr<ServiceHub> m_deskHub;
    std::unique_ptr<ConnectedDesk> m_desk;

    QString serverHash()
    {
        return scalarText(m_server.db(), QStringLiteral("SELECT pin_hash FROM cards WHERE id = :k"), m_card.id);
    }
    QString deskHash()
    {
        return scalarText(m_deskDb->db(), QStringLiteral("SELECT pin_hash FROM cards WHERE number = :k"),
                          m_card.number);
    }
    Id deskCard()
    {
        return scalarInt(m_deskDb->db(), QStringLiteral("SELECT id FROM cards WHERE number = :k"), m_card.number);
    }

    bool pull()
    {
        QSignalSpy finished(&m_desk->puller(), &SyncPuller::finished);
        m_desk->puller().pullNow();
        if (!finished.wait(kWaitMs) && finished.isEmpty())
            return false;
        return finished.first().at(0).toBool();
    }

    // Rounds until `done` holds (the server serves only changes older than the oldest
    // transaction running on its cluster, which another test may hold open a while).
    template<class Done> bool pullUntil(Done done)
    {
        for (int i = 0; i < 40 && !done(); ++i) {
            QTest::qWait(250);
            (void)pull();
        }
        return done();
    }

    QJsonObject pinBody(const QString &hash, const QDateTime &at) const
    {
        return {{QStringLiteral("cardNumber"), m_card.number},
                {QStringLiteral("pinHash"), hash},
                {QStringLiteral("pinChangedAt"), at.toUTC().toString(Qt::ISODateWithMs)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("club.*=true"));
        LogCapture::start();
        const QString failed = m_server.setUp(QStringLiteral(CLUBSERVER_EXE));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_server.start());

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

        // Drinks is made first at the top, then moved under Shop (newer than it): the desk
        // meets the child before its parent in the same page.
        Result<ProductGroup> drinks = m_hub->catalog().createGroup(m_admin, QStringLiteral("Drinks"));
        QVERIFY(drinks);
        m_drinks = drinks->id;
        Result<ProductGroup> shop = m_hub->catalog().createGroup(m_admin, QStringLiteral("Shop"));
        QVERIFY(shop);
        m_shop = shop->id;
        QVERIFY(m_hub->catalog().moveGroup(m_admin, m_drinks, m_shop));

        Product tea;
        tea.code = QStringLiteral("TEA");
        tea.nameEn = QStringLiteral("Tea");
        tea.groupId = m_drinks;
        Result<Product> made = m_hub->catalog().createProduct(m_admin, tea);
        QVERIFY(made);
        m_tea = made->id;
        Product plain;
        plain.code = QStringLiteral("BAG");
        plain.nameEn = QStringLiteral("Bag");
        Result<Product> bag = m_hub->catalog().createProduct(m_admin, plain);
        QVERIFY(bag);
        m_plain = bag->id;
        const QDateTime from = QDateTime::currentDateTimeUtc();
        QVERIFY(m_hub->catalog().setPrice(m_admin, m_tea, kNoId, kPrice, from));
        QVERIFY(m_hub->catalog().setPrice(m_admin, m_plain, kNoId, kPrice, from));

        // 15 % off everything in Shop (Tea, through Drinks), and points per amount on Drinks.
        Rule off;
        off.name = QStringLiteral("Shop discount");
        off.family = RuleFamily::Discount;
        off.discountTarget = DiscountTarget::Group;
        off.discountMode = DiscountMode::Percent;
        off.basisPoints = 1500;
        off.groupId = m_shop;
        QVERIFY(m_hub->rules().create(m_admin, off));
        Rule earn;
        earn.name = QStringLiteral("Drinks points");
        earn.earnKind = EarnKind::PerGroup;
        earn.points = 3;
        earn.perAmount = 10'000;
        earn.groupId = m_drinks;
        QVERIFY(m_hub->rules().create(m_admin, earn));

        Result<Member> member = m_hub->members().create(m_admin, Club::Test::memberDraft(51));
        QVERIFY(member);
        m_member = member->id;
        Result<Card> card = m_hub->cards().issue(m_admin, m_member, m_cardType, kServerPin);
        QVERIFY(card);
        m_card = *card;

        // One desk for the whole test, its first pull at log-in.
        m_deskDb = std::make_unique<TestDatabase>(Database::Engine::SQLite);
        QVERIFY2(m_deskDb->ok(), qPrintable(m_deskDb->error()));
        m_deskHub = std::make_unique<ServiceHub>(m_deskDb->db());
        m_desk = std::make_unique<ConnectedDesk>(m_deskDb->db(), m_deskHub->sales(), m_deskHub->catalog(),
                                                 m_deskHub->cards(), m_deskHub->members(),
                                                 m_dir.filePath(QStringLiteral("terminal.key")));
        m_desk->puller().setPageSize(1); // a page per item: a child group's page before its parent's
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = m_server.terminalId();
        settings.timeoutMs = 5000;
        QVERIFY(m_desk->settings().save(m_deskDb->admin(), settings, m_server.secret()));
        QSignalSpy finished(&m_desk->puller(), &SyncPuller::finished);
        m_desk->setOperator(m_deskDb->admin(), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
        QVERIFY(pullUntil([&] { return deskCard() > 0 && !deskHash().isEmpty(); }));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_server.stop();
    }

    void pinFromServerCheckedOfflineOnDesk()
    {
        Database &desk = m_deskDb->db();
        const Actor admin = m_deskDb->admin();
        QCOMPARE(deskHash(), serverHash());
        QVERIFY(m_deskHub->cards().verifyPin(admin, deskCard(), kServerPin));

        // Changed on the server (as at another branch): the desk takes it at the next pull.
        const QString newPin = QStringLiteral("7391");
        QVERIFY(m_hub->cards().changePin(m_admin, m_card.id, kServerPin, newPin));
        QVERIFY(pullUntil([&] { return deskHash() == serverHash(); }));
        QVERIFY(PasswordHasher::verify(deskHash(), newPin));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 0);

        // Offline: a sale with the PIN is checked against this store only.
        m_server.stop();
        QuoteRequest basket;
        basket.memberId = scalarInt(desk, QStringLiteral("SELECT id FROM members WHERE server_id = :k"), m_member);
        basket.cardId = deskCard();
        basket.lines = {{scalarInt(desk, QStringLiteral("SELECT id FROM products WHERE code = 'BAG'")), 1, 0}};
        Result<Sale> wrong = m_desk->commit(admin, basket, QStringLiteral("syncref-offline-wrong-pin-01"), kServerPin);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Forbidden); // wrong, tries left
        QCOMPARE(m_desk->outbox().pending(admin)->size(), 0);
        Result<Sale> right = m_desk->commit(admin, basket, QStringLiteral("syncref-offline-right-pin-1"), newPin);
        QVERIFY2(right, qPrintable(right ? QString() : right.error().message));
        QVERIFY(right->pendingSync);
        // The wrong try counted here only: failure counts stay per place.
        QCOMPARE(scalarInt(m_server.db(), QStringLiteral("SELECT pin_failures FROM cards WHERE id = :k"), m_card.id),
                 0);
        QVERIFY(m_server.start());
    }

    void pinFromDeskReachesServer()
    {
        Database &desk = m_deskDb->db();
        const Actor admin = m_deskDb->admin();
        const QString oldPin = QStringLiteral("7391");
        const QString newPin = QStringLiteral("4862");
        QVERIFY(m_deskHub->cards().changePin(admin, deskCard(), oldPin, newPin));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 1);
        const QString hash = deskHash();
        // The change itself asks for a round (no waiting for the timer).
        QTRY_COMPARE_WITH_TIMEOUT(serverHash(), hash, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number), 0,
            kWaitMs);
        QVERIFY(m_hub->cards().verifyPin(m_admin, m_card.id, newPin));
        QVERIFY(!m_hub->cards().verifyPin(m_admin, m_card.id, oldPin));
        QVERIFY(m_hub->cards().verifyPin(m_admin, m_card.id, newPin)); // resets the server's count
        // Its own push, pulled back, changes nothing here.
        QVERIFY(pull());
        QCOMPARE(deskHash(), hash);

        ServerClient &client = m_desk->client();
        const QString at =
            scalarText(m_server.db(), QStringLiteral("SELECT pin_changed_at FROM cards WHERE id = :k"), m_card.id);
        // Again: unchanged, nothing written.
        const qint64 audits =
            scalarInt(m_server.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :k"),
                      QStringLiteral("card.pin_synced"));
        QCOMPARE(audits, 1);
        ServerAnswer again = client.call("POST", QStringLiteral("/v1/cards/pin"),
                                         pinBody(hash, QDateTime::fromString(at, Qt::ISODateWithMs)));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QLatin1String("result")).toString(), QStringLiteral("unchanged"));
        // An older PIN from elsewhere: the server keeps the newer one.
        const QString older = PasswordHasher::hash(QStringLiteral("1357"), PasswordHasher::Cost::Minimum);
        ServerAnswer stale = client.call("POST", QStringLiteral("/v1/cards/pin"),
                                         pinBody(older, QDateTime::currentDateTimeUtc().addDays(-1)));
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.body.value(QLatin1String("result")).toString(), QStringLiteral("superseded"));
        QCOMPARE(serverHash(), hash);
        // Not a hash (a PIN sent by mistake): refused, nothing written.
        ServerAnswer plain = client.call("POST", QStringLiteral("/v1/cards/pin"),
                                         pinBody(QStringLiteral("9731"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(plain.status, 400);
        QCOMPARE(serverHash(), hash);
        QCOMPARE(scalarInt(m_server.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :k"),
                           QStringLiteral("card.pin_synced")),
                 audits);

        // An operator who may not set PINs cannot send one.
        Operator acct;
        acct.username = QStringLiteral("acct");
        acct.fullName = QStringLiteral("Accountant");
        acct.role = Role::Accountant;
        acct.branchId = m_admin.branchId;
        const QString acctPassword = QStringLiteral("Accountant-pass-77");
        QVERIFY(m_hub->auth().createOperator(m_admin, acct, acctPassword));
        QVERIFY(client.login(acct.username, acctPassword));
        const QString newer = PasswordHasher::hash(QStringLiteral("8642"), PasswordHasher::Cost::Minimum);
        ServerAnswer refused =
            client.call("POST", QStringLiteral("/v1/cards/pin"), pinBody(newer, QDateTime::currentDateTimeUtc()));
        QCOMPARE(refused.status, 403);
        QCOMPARE(serverHash(), hash);
        QVERIFY(client.login(QStringLiteral("admin"), kPassword));

        // Changed on both sides while the desk cannot send: the newer PIN wins on both.
        // Server newer: the desk's waiting PIN is superseded and the server's comes back.
        m_server.stop();
        QVERIFY(m_deskHub->cards().changePin(admin, deskCard(), newPin, QStringLiteral("1593")));
        QTest::qWait(20);
        QVERIFY(m_hub->cards().setPin(m_admin, m_card.id, QStringLiteral("9517")));
        QVERIFY(m_server.start());
        QVERIFY(pullUntil([&] { return PasswordHasher::verify(deskHash(), QStringLiteral("9517")); }));
        QVERIFY(PasswordHasher::verify(serverHash(), QStringLiteral("9517")));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 0);
        // Desk newer: its PIN replaces the server's older one.
        m_server.stop();
        QVERIFY(m_hub->cards().setPin(m_admin, m_card.id, QStringLiteral("3579")));
        QTest::qWait(20);
        QVERIFY(m_deskHub->cards().setPin(admin, deskCard(), QStringLiteral("8024")));
        QVERIFY(m_server.start());
        QVERIFY(pullUntil([&] { return PasswordHasher::verify(serverHash(), QStringLiteral("8024")); }));
        QVERIFY(PasswordHasher::verify(deskHash(), QStringLiteral("8024")));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 0);

        // The desk's operator at the server may not send PINs: the desk's newer PIN waits,
        // and an older one pulled meanwhile does not replace it. An operator who may sends it.
        QVERIFY(client.login(acct.username, acctPassword));
        m_server.stop();
        QVERIFY(m_hub->cards().setPin(m_admin, m_card.id, QStringLiteral("2468")));
        QTest::qWait(20);
        QVERIFY(m_deskHub->cards().setPin(admin, deskCard(), QStringLiteral("1357")));
        QVERIFY(m_server.start());
        const QString before = *m_desk->puller().cursor(QStringLiteral("card-pins"));
        QVERIFY(pullUntil([&] { return *m_desk->puller().cursor(QStringLiteral("card-pins")) != before; }));
        QVERIFY(PasswordHasher::verify(deskHash(), QStringLiteral("1357")));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 1);
        QVERIFY(PasswordHasher::verify(serverHash(), QStringLiteral("2468")));
        QVERIFY(client.login(QStringLiteral("admin"), kPassword));
        QVERIFY(pullUntil([&] { return PasswordHasher::verify(serverHash(), QStringLiteral("1357")); }));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT pin_push_pending FROM cards WHERE number = :k"), m_card.number),
                 0);
    }

    void groupsArriveAndPriceTheSame()
    {
        Database &desk = m_deskDb->db();
        const Actor admin = m_deskDb->admin();
        QVERIFY(pullUntil([&] {
            return scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM rules WHERE server_id IS NOT NULL")) == 2;
        }));
        const Id shop = scalarInt(desk, QStringLiteral("SELECT id FROM product_groups WHERE server_id = :k"), m_shop);
        const Id drinks =
            scalarInt(desk, QStringLiteral("SELECT id FROM product_groups WHERE server_id = :k"), m_drinks);
        QVERIFY(shop > 0 && drinks > 0);
        QCOMPARE(scalarText(desk, QStringLiteral("SELECT name FROM product_groups WHERE id = :k"), shop),
                 QStringLiteral("Shop"));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT parent_id FROM product_groups WHERE id = :k"), drinks), shop);
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM product_groups")), 2); // no placeholder left over
        const Id tea = scalarInt(desk, QStringLiteral("SELECT id FROM products WHERE code = 'TEA'"));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT group_id FROM products WHERE id = :k"), tea), drinks);
        QCOMPARE(
            scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM products WHERE code = 'BAG' AND group_id IS NULL")),
            1);

        // The same basket priced here and by the server: the group rules apply on both.
        QuoteRequest basket;
        basket.memberId = scalarInt(desk, QStringLiteral("SELECT id FROM members WHERE server_id = :k"), m_member);
        basket.cardId = deskCard();
        basket.lines = {{tea, 2, 0},
                        {scalarInt(desk, QStringLiteral("SELECT id FROM products WHERE code = 'BAG'")), 1, 0}};
        Result<SaleQuote> here = m_deskHub->sales().quote(admin, basket);
        QVERIFY2(here, qPrintable(here ? QString() : here.error().message));
        const QJsonArray lines{
            QJsonObject{{QStringLiteral("productCode"), QStringLiteral("TEA")}, {QStringLiteral("qty"), 2}},
            QJsonObject{{QStringLiteral("productCode"), QStringLiteral("BAG")}, {QStringLiteral("qty"), 1}}};
        ServerAnswer there =
            m_desk->client().call("POST", QStringLiteral("/v1/sales/quote"),
                                  {{QStringLiteral("cardNumber"), m_card.number}, {QStringLiteral("lines"), lines}});
        QCOMPARE(there.status, 200);
        QCOMPARE(here->quote.discount, 2 * kPrice * 15 / 100); // Tea only, through Drinks under Shop
        QCOMPARE(here->quote.gross, there.body.value(QLatin1String("gross")).toInteger());
        QCOMPARE(here->quote.discount, there.body.value(QLatin1String("discount")).toInteger());
        QCOMPARE(here->quote.net, there.body.value(QLatin1String("net")).toInteger());
        QVERIFY(here->quote.totalPoints > 0);
        QCOMPARE(here->quote.totalPoints, there.body.value(QLatin1String("pointsEarned")).toInteger());

        // A group renamed, and an empty one made and deleted on the server: the desk follows.
        QVERIFY(m_hub->catalog().renameGroup(m_admin, m_shop, QStringLiteral("Store")));
        Result<ProductGroup> spare = m_hub->catalog().createGroup(m_admin, QStringLiteral("Spare"), m_shop);
        QVERIFY(spare);
        QVERIFY(pullUntil([&] {
            return scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM product_groups WHERE server_id = :k"),
                             spare->id) == 1;
        }));
        QVERIFY(m_hub->catalog().deleteGroup(m_admin, spare->id));
        QVERIFY(pullUntil([&] {
            return scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM product_groups WHERE server_id = :k"),
                             spare->id) == 0;
        }));
        QCOMPARE(scalarText(desk, QStringLiteral("SELECT name FROM product_groups WHERE id = :k"), shop),
                 QStringLiteral("Store"));
        QCOMPARE(scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM product_groups")), 2);

        // A rule for a group deleted before the desk saw either: it comes (the sync does not
        // stall on it) and matches no line, as on the server.
        Result<ProductGroup> gone = m_hub->catalog().createGroup(m_admin, QStringLiteral("Gone"));
        QVERIFY(gone);
        Rule lost;
        lost.name = QStringLiteral("Gone discount");
        lost.family = RuleFamily::Discount;
        lost.discountTarget = DiscountTarget::Group;
        lost.basisPoints = 500;
        lost.groupId = gone->id;
        QVERIFY(m_hub->rules().create(m_admin, lost));
        QVERIFY(m_hub->catalog().deleteGroup(m_admin, gone->id));
        QVERIFY(pullUntil([&] {
            return scalarInt(desk, QStringLiteral("SELECT COUNT(*) FROM rules WHERE server_id IS NOT NULL")) == 3;
        }));
        const QJsonObject params =
            QJsonDocument::fromJson(scalarText(desk, QStringLiteral("SELECT params FROM rules WHERE name = :k"),
                                               QStringLiteral("Gone discount"))
                                        .toUtf8())
                .object();
        QCOMPARE(params.value(QLatin1String("group_id")).toString(), QStringLiteral("0"));
        QVERIFY(pull());
    }

    // Last: nothing this desk or the server logged shows a PIN hash or a whole card number
    // (the PINs typed above are 4 digits, too short to search for without false hits).
    void logsHoldNoHashOrCardNumber()
    {
        QFile serverLog(qEnvironmentVariable("CLUB_TEST_SERVER_LOG",
                                             QDir(m_server.dir()).filePath(QStringLiteral("clubserver.log"))));
        QVERIFY(serverLog.open(QIODevice::ReadOnly));
        const QString server = QString::fromUtf8(serverLog.readAll());
        QVERIFY(server.contains(QLatin1String("/v1/cards/pin"))); // the log is the one written above
        const QString desk = LogCapture::messages().join(QLatin1Char('\n'));
        QVERIFY(desk.contains(QLatin1String("/v1/cards/pin")));
        for (const QString &log : {server, desk}) {
            QVERIFY(!log.contains(QLatin1String("$argon2")));
            QVERIFY(!log.contains(m_card.number));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncRef)
#include "tst_syncref.moc"
