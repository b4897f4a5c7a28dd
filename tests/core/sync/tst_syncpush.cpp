// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Members, cards and card blocks made at a connected desk reach the real clubserver
// (PostgreSQL fixture) through the desk's outbox (migration 0030), so two desks share them:
// a member and card made at desk A are sold on at desk B and both desks see the same
// balance after each other's sales; a card blocked at A is refused at B at once; made
// offline at A (member, card, sale), everything arrives once and in order when the server is
// back; a card number another desk gave out already is a conflict for a manager.
#include "ClubServerFixture.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "rules/RuleService.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
using Club::Test::LogCapture;
using Club::Test::scalarInt;
using Club::Test::scalarText;
constexpr int kWaitMs = 60000;
const QString kPassword = ClubTest::ClubServerFixture::kPassword;
constexpr Money kPrice = 250'000;

// One desk store connected to the server.
struct Desk
{
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<ConnectedDesk> desk;

    Actor admin() const { return db->admin(); }
    Database &store() { return db->db(); }

    bool pull()
    {
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        desk->puller().pullNow();
        if (!finished.wait(kWaitMs) && finished.isEmpty())
            return false;
        return finished.first().at(0).toBool();
    }
    // Rounds until `done` holds (the server serves only changes older than the oldest
    // transaction running on its cluster).
    template<class Done> bool pullUntil(Done done)
    {
        for (int i = 0; i < 40 && !done(); ++i) {
            QTest::qWait(250);
            (void)pull();
        }
        return done();
    }
    Id cardId(const QString &cardNumber)
    {
        return scalarInt(store(), QStringLiteral("SELECT id FROM cards WHERE number = :k"), cardNumber);
    }
    Id typeId() { return scalarInt(store(), QStringLiteral("SELECT id FROM card_types WHERE name = 'Club'")); }
    QuoteRequest basket(Id memberId, Id cardId)
    {
        QuoteRequest b;
        b.memberId = memberId;
        b.cardId = cardId;
        b.lines = {{scalarInt(store(), QStringLiteral("SELECT id FROM products WHERE code = 'BAG'")), 1, 0}};
        return b;
    }
    Points serverPoints(Id memberId)
    {
        Result<RemoteBalances> b = desk->balances(admin(), memberId);
        return b ? b->points : -1;
    }
    int pending() { return int(desk->outbox().pending(admin())->size()); }
};
} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

    ClubTest::ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub; // the server's store
    Actor m_admin;
    QTemporaryDir m_dir;
    Desk m_a;
    Desk m_b;
    QString m_cardNumber; // made at desk A in the first test
    QStringList m_numbers;

    qint64 serverCards(const QString &cardNumber)
    {
        return m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM cards WHERE number = :k"), cardNumber);
    }
    QString serverStatus(const QString &cardNumber)
    {
        return scalarText(m_server.db(), QStringLiteral("SELECT status FROM cards WHERE number = :k"), cardNumber);
    }

    bool connectDesk(Desk &d, const QString &keyName)
    {
        d.db = std::make_unique<TestDatabase>(Database::Engine::SQLite);
        if (!d.db->ok())
            return false;
        d.hub = std::make_unique<ServiceHub>(d.db->db());
        d.desk = std::make_unique<ConnectedDesk>(d.db->db(), d.hub->sales(), d.hub->catalog(), d.hub->cards(),
                                                 d.hub->members(), m_dir.filePath(keyName));
        d.desk->worker().setDelays(200, 1000);
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = m_server.terminalId();
        settings.timeoutMs = 5000;
        if (!d.desk->settings().save(d.admin(), settings, m_server.secret()))
            return false;
        d.desk->setOperator(d.admin(), kPassword);
        return d.pullUntil([&] {
            return d.typeId() > 0 &&
                   scalarInt(d.store(), QStringLiteral("SELECT COUNT(*) FROM rules WHERE server_id IS NOT NULL")) == 1;
        });
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
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, m_admin.branchId, QStringLiteral("Main")));
        Product bag;
        bag.code = QStringLiteral("BAG");
        bag.nameEn = QStringLiteral("Bag");
        Result<Product> made = m_hub->catalog().createProduct(m_admin, bag);
        QVERIFY(made);
        QVERIFY(m_hub->catalog().setPrice(m_admin, made->id, kNoId, kPrice, QDateTime::currentDateTimeUtc()));
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 10'000;
        QVERIFY(m_hub->rules().create(m_admin, earn));
        // A card the server issued: a desk must not give its number out again.
        Result<Member> first = m_hub->members().create(m_admin, Club::Test::memberDraft(60));
        QVERIFY(first);
        Result<Card> serverCard = m_hub->cards().issue(m_admin, first->id, type->id);
        QVERIFY(serverCard);
        m_numbers << serverCard->number;

        QVERIFY(connectDesk(m_a, QStringLiteral("a.key")));
        QVERIFY(connectDesk(m_b, QStringLiteral("b.key")));
        QVERIFY(m_a.pullUntil([&] { return m_a.cardId(serverCard->number) > 0; }));
        QVERIFY(m_b.pullUntil([&] { return m_b.cardId(serverCard->number) > 0; }));
    }

    void cleanupTestCase()
    {
        m_a.desk.reset();
        m_b.desk.reset();
        m_server.stop();
    }

    void memberAndCardFromDeskAUsedAtDeskB()
    {
        const Member draft = Club::Test::memberDraft(61);
        Result<Member> member = m_a.hub->members().create(m_a.admin(), draft);
        QVERIFY(member);
        Result<Card> card = m_a.hub->cards().issue(m_a.admin(), member->id, m_a.typeId(), QStringLiteral("4826"));
        QVERIFY2(card, qPrintable(card ? QString() : card.error().message));
        QVERIFY(!m_numbers.contains(card->number)); // past the pulled server card's number
        m_cardNumber = card->number;
        m_numbers << card->number;
        // Online: on the server at once (the worker sends the outbox now, member first).
        QTRY_COMPARE_WITH_TIMEOUT(serverCards(m_cardNumber), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_a.pending(), 0, kWaitMs);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile), 1);
        const qint64 serverMember =
            m_server.scalar(QStringLiteral("SELECT id FROM members WHERE mobile = :k"), draft.mobile);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_cardNumber),
                 serverMember);
        QCOMPARE(scalarInt(m_a.store(), QStringLiteral("SELECT server_id FROM members WHERE id = :k"), member->id),
                 serverMember);
        QCOMPARE(m_a.desk->outbox().conflicts(m_a.admin())->size(), 0);
        // Its PIN (the hash) followed the card, not before it (it would have been lost).
        const QString hash =
            scalarText(m_a.store(), QStringLiteral("SELECT pin_hash FROM cards WHERE number = :k"), m_cardNumber);
        QVERIFY(hash.startsWith(QLatin1String("$argon2")));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalarText(m_server.db(), QStringLiteral("SELECT pin_hash FROM cards WHERE number = :k"), m_cardNumber),
            hash, kWaitMs);

        // Desk B pulls it and sells on it; desk A sells too: the same balance on both.
        QVERIFY(m_b.pullUntil([&] { return m_b.cardId(m_cardNumber) > 0; }));
        const Id memberAtB =
            scalarInt(m_b.store(), QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_cardNumber);
        Result<Sale> atB = m_b.desk->commit(m_b.admin(), m_b.basket(memberAtB, m_b.cardId(m_cardNumber)),
                                            QStringLiteral("syncpush-sale-at-desk-b-01"), {});
        QVERIFY2(atB, qPrintable(atB ? QString() : atB.error().message));
        QVERIFY(!atB->pendingSync);
        QVERIFY(atB->pointsEarned > 0);
        const Points afterB = m_b.serverPoints(memberAtB);
        QCOMPARE(afterB, atB->pointsEarned);
        QCOMPARE(m_a.serverPoints(member->id), afterB);
        Result<Sale> atA = m_a.desk->commit(m_a.admin(), m_a.basket(member->id, card->id),
                                            QStringLiteral("syncpush-sale-at-desk-a-01"), {});
        QVERIFY2(atA, qPrintable(atA ? QString() : atA.error().message));
        QVERIFY(!atA->pendingSync);
        const Points afterA = m_a.serverPoints(member->id);
        QCOMPARE(afterA, afterB + atA->pointsEarned);
        QCOMPARE(m_b.serverPoints(memberAtB), afterA);

        // Desk A's next pull brings its own member and card back: updated, not doubled.
        QVERIFY(m_a.pull());
        QCOMPARE(scalarInt(m_a.store(), QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile),
                 1);
        QCOMPARE(scalarInt(m_a.store(), QStringLiteral("SELECT COUNT(*) FROM cards WHERE number = :k"), m_cardNumber),
                 1);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile), 1);
    }

    void blockAtDeskARefusedAtDeskB()
    {
        QVERIFY(!m_cardNumber.isEmpty());
        QCOMPARE(serverStatus(m_cardNumber), QStringLiteral("active"));
        QVERIFY(m_a.hub->cards().block(m_a.admin(), m_a.cardId(m_cardNumber), BlockReason::Stolen));
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(m_cardNumber), QStringLiteral("blocked"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_a.pending(), 0, kWaitMs);
        // Desk B has not pulled since: the server refuses its sale, nothing is kept.
        const Id atB = m_b.cardId(m_cardNumber);
        QCOMPARE(scalarText(m_b.store(), QStringLiteral("SELECT status FROM cards WHERE id = :k"), atB),
                 QStringLiteral("active"));
        const Id memberAtB = scalarInt(m_b.store(), QStringLiteral("SELECT member_id FROM cards WHERE id = :k"), atB);
        Result<Sale> refused = m_b.desk->commit(m_b.admin(), m_b.basket(memberAtB, atB),
                                                QStringLiteral("syncpush-sale-blocked-at-b-1"), {});
        QVERIFY(!refused);
        QCOMPARE(m_b.pending(), 0);
        QCOMPARE(m_server.salesWithKey(QStringLiteral("syncpush-sale-blocked-at-b-1")), 0);

        // Blocking again here changes nothing more; unblocking at A lets B sell again.
        QVERIFY(m_a.hub->cards().unblock(m_a.admin(), m_a.cardId(m_cardNumber)));
        QTRY_COMPARE_WITH_TIMEOUT(serverStatus(m_cardNumber), QStringLiteral("active"), kWaitMs);
        Result<Sale> again = m_b.desk->commit(m_b.admin(), m_b.basket(memberAtB, atB),
                                              QStringLiteral("syncpush-sale-unblocked-at-b"), {});
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card.block'")), 1);
    }

    void offlineMemberCardSaleArriveOnceInOrder()
    {
        m_server.stop();
        const Member draft = Club::Test::memberDraft(62);
        Result<Member> member = m_a.hub->members().create(m_a.admin(), draft);
        QVERIFY(member);
        Result<Card> card = m_a.hub->cards().issue(m_a.admin(), member->id, m_a.typeId());
        QVERIFY(card);
        m_numbers << card->number;
        const QString key = QStringLiteral("syncpush-offline-sale-at-a-1");
        Result<Sale> sale = m_a.desk->commit(m_a.admin(), m_a.basket(member->id, card->id), key, {});
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        QVERIFY(sale->pendingSync);
        Result<QList<OutboxEntry>> kept = m_a.desk->outbox().pending(m_a.admin());
        QVERIFY(kept);
        QCOMPARE(kept->size(), 3);
        QCOMPARE(kept->at(0).operation, OutboxEntry::Operation::MemberCreate);
        QCOMPARE(kept->at(1).operation, OutboxEntry::Operation::CardIssue);
        QCOMPARE(kept->at(1).afterKey, kept->at(0).idempotencyKey);
        QCOMPARE(kept->at(2).operation, OutboxEntry::Operation::Sale);

        QVERIFY(m_server.start());
        m_a.desk->worker().kick();
        QTRY_COMPARE_WITH_TIMEOUT(m_a.pending(), 0, kWaitMs);
        QCOMPARE(m_a.desk->outbox().conflicts(m_a.admin())->size(), 0);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile), 1);
        QCOMPARE(serverCards(card->number), 1);
        QCOMPARE(m_server.salesWithKey(key), 1);
        QVERIFY(m_a.serverPoints(member->id) > 0);
        // Another round sends nothing again.
        m_a.desk->worker().kick();
        QTest::qWait(500);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile), 1);
        QCOMPARE(m_server.salesWithKey(key), 1);
    }

    void saleRightAfterIssueWaitsBehindTheCard()
    {
        // Online, but the card's push has not gone yet (the worker runs from the event
        // loop): the sale is kept behind it instead of being refused as an unknown card.
        const Member draft = Club::Test::memberDraft(64);
        Result<Member> member = m_a.hub->members().create(m_a.admin(), draft);
        QVERIFY(member);
        Result<Card> card = m_a.hub->cards().issue(m_a.admin(), member->id, m_a.typeId());
        QVERIFY(card);
        m_numbers << card->number;
        const QString key = QStringLiteral("syncpush-sale-behind-card-1");
        Result<Sale> sale = m_a.desk->commit(m_a.admin(), m_a.basket(member->id, card->id), key, {});
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        QVERIFY(sale->pendingSync);
        QTRY_COMPARE_WITH_TIMEOUT(m_a.pending(), 0, kWaitMs);
        QCOMPARE(m_a.desk->outbox().conflicts(m_a.admin())->size(), 0);
        QCOMPARE(serverCards(card->number), 1);
        QCOMPARE(m_server.salesWithKey(key), 1);
    }

    void cardNumberTakenIsAConflict()
    {
        // Desk B has not pulled desk A's offline card: its next number is that one.
        const Member draft = Club::Test::memberDraft(63);
        Result<Member> member = m_b.hub->members().create(m_b.admin(), draft);
        QVERIFY(member);
        Result<Card> card = m_b.hub->cards().issue(m_b.admin(), member->id, m_b.typeId());
        QVERIFY(card);
        QVERIFY(m_numbers.contains(card->number));
        QTRY_COMPARE_WITH_TIMEOUT(m_b.pending(), 0, kWaitMs);
        Result<QList<OutboxEntry>> conflicts = m_b.desk->outbox().conflicts(m_b.admin());
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().operation, OutboxEntry::Operation::CardIssue);
        QCOMPARE(conflicts->first().serverCode, QStringLiteral("card_number_taken"));
        // The member went; the server's card with that number is still desk A's member's.
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile = :k"), draft.mobile), 1);
        QCOMPARE(serverCards(card->number), 1);
        QVERIFY(m_server.scalar(QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), card->number) !=
                m_server.scalar(QStringLiteral("SELECT id FROM members WHERE mobile = :k"), draft.mobile));
        // Blocking the refused card here does not block the other desk's card of that number.
        const qint64 kept = scalarInt(m_b.store(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        QVERIFY(m_b.hub->cards().block(m_b.admin(), card->id, BlockReason::Damaged));
        QTest::qWait(300);
        QCOMPARE(scalarInt(m_b.store(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), kept);
        QCOMPARE(serverStatus(card->number), QStringLiteral("active"));
    }

    void newRoutesCheckRolesAndInput()
    {
        ServerClient &client = m_a.desk->client();
        const auto body = [](const QString &cardNumber) {
            return QJsonObject{{QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("cardNumber"), cardNumber}};
        };
        // Unknown fields, a bad reason, a card the server does not have: 4xx, nothing written.
        QJsonObject extra = body(m_cardNumber);
        extra.insert(QStringLiteral("status"), QStringLiteral("blocked"));
        QCOMPARE(client.call("POST", QStringLiteral("/v1/cards/block"), extra).status, 400);
        QJsonObject badReason = body(m_cardNumber);
        badReason.insert(QStringLiteral("reason"), QStringLiteral("'; DROP TABLE cards; --"));
        QCOMPARE(client.call("POST", QStringLiteral("/v1/cards/block"), badReason).status, 400);
        QCOMPARE(
            client.call("POST", QStringLiteral("/v1/cards/block"), body(QStringLiteral("6281999999999999"))).status,
            404);
        QCOMPARE(serverStatus(m_cardNumber), QStringLiteral("active"));

        // An operator whose role may not issue or block cards is refused by the server.
        Operator acct;
        acct.username = QStringLiteral("acct");
        acct.fullName = QStringLiteral("Accountant");
        acct.role = Role::Accountant;
        acct.branchId = m_admin.branchId;
        const QString acctPassword = QStringLiteral("Accountant-pass-77");
        QVERIFY(m_hub->auth().createOperator(m_admin, acct, acctPassword));
        QVERIFY(client.login(acct.username, acctPassword));
        QCOMPARE(client.call("POST", QStringLiteral("/v1/cards/block"), body(m_cardNumber)).status, 403);
        QJsonObject issue = body(QStringLiteral("6281000077770004"));
        issue.insert(QStringLiteral("memberId"),
                     m_server.scalar(QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), m_cardNumber));
        issue.insert(QStringLiteral("cardTypeCode"), QStringLiteral("Club"));
        QCOMPARE(client.call("POST", QStringLiteral("/v1/cards"), issue).status, 403);
        QVERIFY(client.login(QStringLiteral("admin"), kPassword));
        QCOMPARE(serverStatus(m_cardNumber), QStringLiteral("active"));
        QCOMPARE(serverCards(QStringLiteral("6281000077770004")), 0);
    }

    // Last: neither the desks nor the server logged a whole card number.
    void logsHoldNoCardNumbers()
    {
        QVERIFY(!m_numbers.isEmpty());
        QFile serverLog(qEnvironmentVariable("CLUB_TEST_SERVER_LOG",
                                             QDir(m_server.dir()).filePath(QStringLiteral("clubserver.log"))));
        QVERIFY(serverLog.open(QIODevice::ReadOnly));
        const QString server = QString::fromUtf8(serverLog.readAll());
        QVERIFY(server.contains(QLatin1String("/v1/cards/block"))); // the log is the one written above
        for (const QString &n : std::as_const(m_numbers))
            QVERIFY2(!server.contains(n), "the server logged a card number");
        for (const QString &line : LogCapture::messages()) {
            for (const QString &n : std::as_const(m_numbers))
                QVERIFY2(!line.contains(n), qPrintable(QStringLiteral("logged: ") + line.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
