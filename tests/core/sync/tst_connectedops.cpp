// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Returns, gift redemptions, gift card charges and bought points from a connected desk,
// against the real clubserver on the PostgreSQL fixture:
// - online each posts once on the server, the same request twice still once, and the
//   balances the desk reads from the server are the server's ledger;
// - with the server stopped each is kept in the outbox (pending sync) — gifts within the
//   card's offline points limit — and, the server started again, drained in order exactly
//   once; a return of a sale made offline goes after its sale, with the server's sale id;
// - refused at replay (points spent elsewhere, a card blocked meanwhile): conflicts for a
//   manager, and a return behind a refused sale is not sent alone.
#include "ClubServerFixture.h"
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "sales/SalesSettingsStore.h"
#include "storage/SqlQuery.h"
#include "sync/ConnectedDesk.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Club::Core;
using Club::Test::TestDatabase;
using ClubTest::ClubServerFixture;

namespace {
constexpr int kWaitMs = 60000;
constexpr Money kPrice = 90'000;
constexpr Money kPointPrice = 1'000;
constexpr Points kGiftPoints = 50;

using Club::Test::scalarInt;
} // namespace

class TestConnectedOps : public QObject
{
    Q_OBJECT

    ClubServerFixture m_server;
    std::unique_ptr<ServiceHub> m_hub;
    Actor m_admin;
    QTemporaryDir m_dir;
    QList<Card> m_cards; // loyalty cards of members 0..2
    Card m_giftCard;     // member 0's gift card
    QList<Member> m_members;

    std::unique_ptr<ConnectedDesk> connectDesk(TestDatabase &deskDb, ServiceHub &hub, const QString &keyFile)
    {
        auto desk = std::make_unique<ConnectedDesk>(deskDb.db(), hub.sales(), hub.catalog(), hub.cards(), hub.members(),
                                                    keyFile);
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.terminalId = m_server.terminalId();
        settings.timeoutMs = 3000;
        settings.offline = {kGiftPoints * 2, 0};
        if (!desk->settings().save(deskDb.admin(), settings, m_server.secret()))
            return nullptr;
        QSignalSpy finished(&desk->puller(), &SyncPuller::finished);
        desk->setOperator(deskDb.admin(), ClubServerFixture::kPassword);
        for (int i = 0; i < 40; ++i) {
            if (finished.isEmpty() && !finished.wait(kWaitMs))
                return nullptr;
            if (scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM cards")) == m_cards.size() + 1 &&
                scalarInt(deskDb.db(), QStringLiteral("SELECT COUNT(*) FROM products")) == 2)
                return desk;
            finished.clear();
            QTest::qWait(250);
            desk->puller().pullNow();
        }
        return nullptr;
    }

    static Id local(Database &db, const QString &sql, const QString &key) { return scalarInt(db, sql, key); }
    static Id cardId(Database &db, const QString &number)
    {
        return local(db, QStringLiteral("SELECT id FROM cards WHERE number = :k"), number);
    }
    static Id memberOf(Database &db, const QString &number)
    {
        return local(db, QStringLiteral("SELECT member_id FROM cards WHERE number = :k"), number);
    }
    static Id product(Database &db, const QString &code)
    {
        return local(db, QStringLiteral("SELECT id FROM products WHERE code = :k"), code);
    }

    // Journal transactions on the server made under this desk key (each operation posts one).
    qint64 posted(const QString &key)
    {
        return m_server.scalar(
            QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE idempotency_key LIKE :k"),
            QString(QStringLiteral("%:") + key));
    }

    AccountBalance serverBalance(int member)
    {
        Result<AccountBalance> b = m_hub->ledger().balance(m_admin, m_members.at(member).accountId);
        return b ? *b : AccountBalance{};
    }

    // What the desk reads from the server is the server's ledger.
    void compareBalances(ConnectedDesk &desk, Database &deskDb, const Actor &admin, int member)
    {
        Result<RemoteBalances> seen = desk.balances(admin, memberOf(deskDb, m_cards.at(member).number));
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().message));
        const AccountBalance b = serverBalance(member);
        QCOMPARE(seen->points, b.points);
        QCOMPARE(seen->storedValue, b.storedValue);
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
        m_hub = std::make_unique<ServiceHub>(m_server.db());
        Result<Actor> admin =
            m_hub->auth().login(QStringLiteral("admin"), ClubServerFixture::kPassword, QStringLiteral("test"));
        QVERIFY(admin);
        m_admin = *admin;
        // Points are for sale on the server (before it starts: it reads its settings then).
        Result<SalesSettings> sales = m_hub->salesSettings().settings(m_admin);
        QVERIFY(sales);
        SalesSettings s = *sales;
        s.pointsPrice = kPointPrice;
        s.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
        const Status saved = m_hub->salesSettings().save(m_admin, s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail + saved.error().message));
        CardType t;
        t.name = QStringLiteral("Club");
        t.kind = CardKind::Loyalty;
        t.prefix = QStringLiteral("6283");
        t.numberLength = 16;
        t.validityMonths = 24;
        Result<CardType> type = m_hub->cards().createCardType(m_admin, t);
        QVERIFY(type);
        CardType g = t;
        g.name = QStringLiteral("Gift");
        g.kind = CardKind::Gift;
        g.prefix = QStringLiteral("6284");
        Result<CardType> giftType = m_hub->cards().createCardType(m_admin, g);
        QVERIFY(giftType);
        QVERIFY(m_hub->inventory().createWarehouse(m_admin, m_admin.branchId, QStringLiteral("Main")));
        Product p;
        p.code = QStringLiteral("P1");
        p.nameEn = QStringLiteral("Tea");
        Result<Product> product = m_hub->catalog().createProduct(m_admin, p);
        QVERIFY(product);
        QVERIFY(m_hub->catalog().setPrice(m_admin, product->id, kNoId, kPrice, QDateTime::currentDateTimeUtc()));
        Product gift;
        gift.code = QStringLiteral("G1");
        gift.nameEn = QStringLiteral("Mug");
        gift.isGift = true;
        gift.giftPoints = kGiftPoints;
        gift.tracksStock = false;
        QVERIFY(m_hub->catalog().createProduct(m_admin, gift));
        for (int i = 0; i < 3; ++i) {
            Result<Member> member = m_hub->members().create(m_admin, Club::Test::memberDraft(61 + i));
            QVERIFY(member);
            Result<Card> card = m_hub->cards().issue(m_admin, member->id, type->id);
            QVERIFY(card);
            m_members << *member;
            m_cards << *card;
        }
        Result<Card> giftCard = m_hub->cards().issue(m_admin, m_members.first().id, giftType->id);
        QVERIFY(giftCard);
        m_giftCard = *giftCard;
        QVERIFY(m_server.start());
    }

    void cleanupTestCase() { m_server.stop(); }

    void online()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, m_dir.filePath(QStringLiteral("a.key")));
        QVERIFY(desk);
        Database &db = deskDb.db();
        const Id member = memberOf(db, m_cards.at(0).number);

        // Bought points: on the server once, the same request twice still once.
        const QString buyKey = QStringLiteral("ops-buy-0123456789abcdef");
        Result<DeskPosted<PointsPurchase>> bought = desk->buyPoints(admin, member, 200, buyKey);
        QVERIFY2(bought, qPrintable(bought ? QString() : bought.error().message));
        QVERIFY(!bought->pendingSync);
        QCOMPARE(bought->value.price, 200 * kPointPrice);
        QVERIFY(!bought->value.replayed);
        Result<DeskPosted<PointsPurchase>> again = desk->buyPoints(admin, member, 200, buyKey);
        QVERIFY(again);
        QVERIFY(again->value.replayed);
        QCOMPARE(posted(buyKey), 1);
        QCOMPARE(serverBalance(0).points, 200);
        compareBalances(*desk, db, admin, 0);

        // A gift for points.
        const QString giftKey = QStringLiteral("ops-gift-0123456789abcdef");
        Result<DeskPosted<GiftRedemption>> gift =
            desk->registerGift(admin, member, product(db, QStringLiteral("G1")), 1, giftKey, {});
        QVERIFY2(gift, qPrintable(gift ? QString() : gift.error().message));
        QVERIFY(!gift->pendingSync);
        QCOMPARE(gift->value.pointsSpent, kGiftPoints);
        QVERIFY(desk->registerGift(admin, member, product(db, QStringLiteral("G1")), 1, giftKey, {})->value.replayed);
        QCOMPARE(posted(giftKey), 1);
        QCOMPARE(serverBalance(0).points, 200 - kGiftPoints);
        compareBalances(*desk, db, admin, 0);

        // A gift card charge.
        const QString chargeKey = QStringLiteral("ops-charge-0123456789abcdef");
        Result<DeskPosted<GiftCardCharge>> charge =
            desk->chargeGiftCard(admin, cardId(db, m_giftCard.number), 30'000, chargeKey);
        QVERIFY2(charge, qPrintable(charge ? QString() : charge.error().message));
        QVERIFY(!charge->pendingSync);
        QVERIFY(charge->value.id > 0);
        QVERIFY(desk->chargeGiftCard(admin, cardId(db, m_giftCard.number), 30'000, chargeKey)->value.replayed);
        QCOMPARE(posted(chargeKey), 1);
        QCOMPARE(serverBalance(0).storedValue, 30'000);
        compareBalances(*desk, db, admin, 0);

        // A sale, then a return of one of its two items, by the server's sale id.
        QuoteRequest basket;
        basket.cardId = cardId(db, m_cards.at(0).number);
        basket.memberId = member;
        basket.lines = {{product(db, QStringLiteral("P1")), 2, 0}};
        Result<Sale> sale = desk->commit(admin, basket, QStringLiteral("ops-sale-0123456789abcdef"), {});
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        QVERIFY(!sale->pendingSync);
        const QString returnKey = QStringLiteral("ops-return-0123456789abcdef");
        const QList<ReturnRequestLine> one{{sale->lines.first().id, 1}};
        Result<DeskPosted<SaleReturn>> ret = desk->returnSale(admin, *sale, one, returnKey);
        QVERIFY2(ret, qPrintable(ret ? QString() : ret.error().message));
        QVERIFY(!ret->pendingSync);
        QCOMPARE(ret->value.saleId, sale->id);
        QCOMPARE(ret->value.refundCash, kPrice);
        QVERIFY(desk->returnSale(admin, *sale, one, returnKey)->value.replayed);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM returns WHERE sale_id = :k"), sale->id), 1);
        compareBalances(*desk, db, admin, 0);
        // The return dialog finds the sale on the server by its receipt, with what came back.
        Result<Sale> byReceipt = desk->saleByReceipt(admin, sale->receiptNo);
        QVERIFY2(byReceipt, qPrintable(byReceipt ? QString() : byReceipt.error().message));
        QCOMPARE(byReceipt->id, sale->id);
        QCOMPARE(byReceipt->lines.size(), 1);
        QCOMPARE(byReceipt->lines.first().productId, product(db, QStringLiteral("P1")));
        QCOMPARE(byReceipt->lines.first().qty, 2);
        QCOMPARE(byReceipt->lines.first().returnedQty, 1);
        QCOMPARE(byReceipt->lines.first().net, 2 * kPrice);
        Result<QList<Sale>> recent = desk->recentSales(admin, member, 20);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QCOMPARE(recent->first().id, sale->id);

        // A refusal is returned as it is and keeps nothing: more points than the member has.
        Result<DeskPosted<GiftRedemption>> tooMuch = desk->registerGift(
            admin, member, product(db, QStringLiteral("G1")), 10, QStringLiteral("ops-gift-big-0123456789ab"), {});
        QVERIFY(!tooMuch);
        QCOMPARE(desk->pending(), 0);
        QCOMPARE(desk->outbox().counts(admin)->pending, 0);
        verifyLedger();
    }

    void offlineThenDrained()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, m_dir.filePath(QStringLiteral("b.key")));
        QVERIFY(desk);
        desk->worker().setDelays(50, 300);
        desk->worker().setPollInterval(200);
        Database &db = deskDb.db();
        const Id member = memberOf(db, m_cards.at(0).number);
        const Id gift = product(db, QStringLiteral("G1"));
        const Points pointsBefore = serverBalance(0).points;
        const Money storedBefore = serverBalance(0).storedValue;

        m_server.stop();
        // A sale and the return of one of its items: both kept, the return behind the sale.
        QuoteRequest basket;
        basket.cardId = cardId(db, m_cards.at(0).number);
        basket.memberId = member;
        basket.lines = {{product(db, QStringLiteral("P1")), 2, 0}};
        const QString saleKey = QStringLiteral("off-sale-0123456789abcdef");
        Result<Sale> sale = desk->commit(admin, basket, saleKey, {});
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));
        QVERIFY(sale->pendingSync);
        const QString returnKey = QStringLiteral("off-return-0123456789abcdef");
        Result<DeskPosted<SaleReturn>> ret = desk->returnSale(admin, *sale, {{sale->lines.first().id, 1}}, returnKey);
        QVERIFY2(ret, qPrintable(ret ? QString() : ret.error().message));
        QVERIFY(ret->pendingSync);
        QCOMPARE(ret->value.refundCash, kPrice); // this desk's estimate

        const QString buyKey = QStringLiteral("off-buy-0123456789abcdef");
        Result<DeskPosted<PointsPurchase>> bought = desk->buyPoints(admin, member, 40, buyKey);
        QVERIFY2(bought, qPrintable(bought ? QString() : bought.error().message));
        QVERIFY(bought->pendingSync);
        const QString chargeKey = QStringLiteral("off-charge-0123456789abcdef");
        Result<DeskPosted<GiftCardCharge>> charge =
            desk->chargeGiftCard(admin, cardId(db, m_giftCard.number), 5'000, chargeKey);
        QVERIFY2(charge, qPrintable(charge ? QString() : charge.error().message));
        QVERIFY(charge->pendingSync);

        // Gifts keep to the card's offline limit (two gifts' points here): the third is refused.
        const QString giftKey1 = QStringLiteral("off-gift-1-0123456789abcdef");
        const QString giftKey2 = QStringLiteral("off-gift-2-0123456789abcdef");
        QCOMPARE(*desk->offlinePointsLeft(admin, member), 2 * kGiftPoints);
        QVERIFY(desk->registerGift(admin, member, gift, 1, giftKey1, {}));
        QVERIFY(desk->registerGift(admin, member, gift, 1, giftKey2, {}));
        QCOMPARE(*desk->offlinePointsLeft(admin, member), 0);
        // The same request again (a second press, the limit now reached) finds what was kept.
        Result<DeskPosted<GiftRedemption>> twice = desk->registerGift(admin, member, gift, 1, giftKey1, {});
        QVERIFY2(twice, qPrintable(twice ? QString() : twice.error().message));
        QVERIFY(twice->pendingSync);
        Result<DeskPosted<GiftRedemption>> over =
            desk->registerGift(admin, member, gift, 1, QStringLiteral("off-gift-3-0123456789abcdef"), {});
        QVERIFY(!over);
        QCOMPARE(over.error().detail, Outbox::kFloorLimit);
        QCOMPARE(desk->outbox().counts(admin)->pending, 6);
        QCOMPARE(posted(buyKey), 0);

        // The server is back: all of it drained, exactly once, in order.
        QSignalSpy sent(&desk->worker(), &OutboxWorker::entrySent);
        QVERIFY(m_server.start());
        desk->worker().kick();
        QTRY_COMPARE_WITH_TIMEOUT(desk->pending(), 0, kWaitMs);
        QCOMPARE(sent.count(), 6);
        QCOMPARE(desk->conflicts(), 0);
        QCOMPARE(m_server.salesWithKey(saleKey), 1);
        for (const QString &key : {buyKey, chargeKey, giftKey1, giftKey2})
            QCOMPARE(posted(key), 1);
        const qint64 serverSale =
            m_server.scalar(QStringLiteral("SELECT id FROM sales WHERE idempotency_key = :k"), saleKey);
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT COUNT(*) FROM returns WHERE sale_id = :k"), serverSale), 1);
        // The sale made offline is among the member's recent ones, now with the server's ids.
        Result<QList<Sale>> recent = desk->recentSales(admin, member, 20);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QVERIFY(!recent->first().pendingSync);
        QCOMPARE(recent->first().id, serverSale);
        QVERIFY(recent->first().receiptNo > 0);
        QCOMPARE(serverBalance(0).points, pointsBefore + 40 - 2 * kGiftPoints);
        QCOMPARE(serverBalance(0).storedValue, storedBefore + 5'000);
        compareBalances(*desk, db, admin, 0);

        // Sent again by hand (an answer lost on the way): nothing more is posted.
        const QList<OutboxEntry> all = *desk->outbox().conflicts(admin, true);
        QVERIFY(all.isEmpty());
        Result<std::optional<OutboxEntry>> kept = desk->outbox().byKey(admin, giftKey1);
        QVERIFY(kept && kept->has_value());
        const ServerAnswer replay = desk->client().call("POST", QStringLiteral("/v1/gifts/redeem"),
                                                        QJsonDocument::fromJson((*kept)->requestJson).object());
        QVERIFY(replay.ok());
        QVERIFY(replay.replayed);
        QCOMPARE(posted(giftKey1), 1);
        verifyLedger();
    }

    void conflictsAtReplay()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, m_dir.filePath(QStringLiteral("c.key")));
        QVERIFY(desk);
        desk->worker().setDelays(50, 300);
        desk->worker().setPollInterval(200);
        Database &db = deskDb.db();

        m_server.stop();
        // Member 1 has no points on the server: the gift is kept (within the offline limit)
        // but refused at replay.
        const QString giftKey = QStringLiteral("cf-gift-0123456789abcdef");
        Result<DeskPosted<GiftRedemption>> gift = desk->registerGift(admin, memberOf(db, m_cards.at(1).number),
                                                                     product(db, QStringLiteral("G1")), 1, giftKey, {});
        QVERIFY2(gift, qPrintable(gift ? QString() : gift.error().message));
        QVERIFY(gift->pendingSync);
        // Member 2's card is blocked at another branch meanwhile: the sale is refused, and the
        // return of it is not sent alone.
        QuoteRequest basket;
        basket.cardId = cardId(db, m_cards.at(2).number);
        basket.memberId = memberOf(db, m_cards.at(2).number);
        basket.lines = {{product(db, QStringLiteral("P1")), 1, 0}};
        const QString saleKey = QStringLiteral("cf-sale-0123456789abcdef");
        Result<Sale> sale = desk->commit(admin, basket, saleKey, {});
        QVERIFY(sale && sale->pendingSync);
        const QString returnKey = QStringLiteral("cf-return-0123456789abcdef");
        QVERIFY(desk->returnSale(admin, *sale, {{sale->lines.first().id, 1}}, returnKey));
        QVERIFY(m_hub->cards().block(m_admin, m_cards.at(2).id, BlockReason::Lost));

        QSignalSpy conflicts(&desk->worker(), &OutboxWorker::entryConflict);
        QVERIFY(m_server.start());
        desk->worker().kick();
        QTRY_COMPARE_WITH_TIMEOUT(desk->pending(), 0, kWaitMs);
        QCOMPARE(conflicts.count(), 3);
        QCOMPARE(conflicts.at(0).at(1).toString(), QStringLiteral("insufficient_points"));
        QCOMPARE(conflicts.at(1).at(1).toString(), QStringLiteral("card_not_usable"));
        QCOMPARE(conflicts.at(2).at(1).toString(), QStringLiteral("sale_refused"));
        QCOMPARE(desk->conflicts(), 3);
        // The manager's conflicts list has them, with what the server said.
        Result<QList<OutboxEntry>> listed = desk->outbox().conflicts(admin);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(0).operation, OutboxEntry::Operation::Gift);
        QCOMPARE(listed->at(2).operation, OutboxEntry::Operation::Return);
        QVERIFY(!listed->at(2).message.isEmpty());
        QCOMPARE(posted(giftKey), 0);
        QCOMPARE(m_server.salesWithKey(saleKey), 0);
        QCOMPARE(posted(returnKey), 0);
        verifyLedger();
    }

    // A gift on a card whose type needs its PIN on the server, although this desk's copy of
    // the type does not say so yet: the server's pin_required asks for it, a wrong PIN is
    // refused (and counted), the right one redeems once; nothing of it is kept.
    void giftPinFromTheServer()
    {
        TestDatabase deskDb(Database::Engine::SQLite);
        QVERIFY2(deskDb.ok(), qPrintable(deskDb.error()));
        const Actor admin = deskDb.admin();
        ServiceHub hub(deskDb.db());
        std::unique_ptr<ConnectedDesk> desk = connectDesk(deskDb, hub, m_dir.filePath(QStringLiteral("p.key")));
        QVERIFY(desk);
        Database &db = deskDb.db();
        QVERIFY(m_hub->ledger().adjustPoints(m_admin, m_members.at(0).accountId, 100, QStringLiteral("test"),
                                             QStringLiteral("pin-test-points-0123456789")));
        Result<CardType> type = m_hub->cards().cardType(m_admin, m_cards.at(0).cardTypeId);
        QVERIFY(type);
        CardType changed = *type;
        changed.pinRequired = true;
        QVERIFY(m_hub->cards().updateCardType(m_admin, changed));
        QVERIFY(m_hub->cards().setPin(m_admin, m_cards.at(0).id, QStringLiteral("2468")));
        const Id member = memberOf(db, m_cards.at(0).number);
        const Id gift = product(db, QStringLiteral("G1"));
        const QString key = QStringLiteral("pin-gift-0123456789abcdef");

        Result<DeskPosted<GiftRedemption>> asked = desk->registerGift(admin, member, gift, 1, key, {});
        QVERIFY(!asked);
        QCOMPARE(asked.error().field, QStringLiteral("pin"));
        QCOMPARE(asked.error().code, Error::Code::Invalid);
        Result<DeskPosted<GiftRedemption>> wrong = desk->registerGift(admin, member, gift, 1, key, QStringLiteral("1111"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().field, QStringLiteral("pin"));
        QCOMPARE(wrong.error().detail, QStringLiteral("pin_wrong"));
        QCOMPARE(m_server.scalar(QStringLiteral("SELECT pin_failures FROM cards WHERE number = :k"),
                                 m_cards.at(0).number),
                 1);
        QCOMPARE(posted(key), 0);
        Result<DeskPosted<GiftRedemption>> right = desk->registerGift(admin, member, gift, 1, key, QStringLiteral("2468"));
        QVERIFY2(right, qPrintable(right ? QString() : right.error().message));
        QVERIFY(!right->pendingSync);
        QCOMPARE(right->value.pointsSpent, kGiftPoints);
        QCOMPARE(posted(key), 1);
        QVERIFY(desk->registerGift(admin, member, gift, 1, key, QStringLiteral("2468"))->value.replayed);
        QCOMPARE(posted(key), 1);
        Result<std::optional<OutboxEntry>> kept = desk->outbox().byKey(admin, key);
        QVERIFY(kept);
        QVERIFY(!kept->has_value());
        verifyLedger();
    }
};

QTEST_GUILESS_MAIN(TestConnectedOps)
#include "tst_connectedops.moc"
