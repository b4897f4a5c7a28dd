// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PullSql's product groups and card PINs (PullSqlRefs.cpp, migration 0028) on both engines,
// item by item without a server: a child group before its parent, a group typed here
// adopted, a deleted group leaving its products ungrouped; the newer of two PINs winning,
// a PIN set here kept until the server has it, and nothing but a hash taken.
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "auth/PasswordHasher.h"
#include "catalog/CatalogService.h"
#include "storage/SqlQuery.h"
#include "sync/PullSql.h"
#include "StoreProbe.h"
#include "TestMain.h"

#include <QJsonObject>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
using Club::Test::scalarInt;
using Club::Test::scalarText;
const QString kNow = QStringLiteral("2026-05-01T10:00:00Z");

QJsonObject pinItem(const QString &cardNumber, const QJsonValue &hash, const QString &at)
{
    return {{QStringLiteral("cardNumber"), cardNumber},
            {QStringLiteral("pinHash"), hash},
            {QStringLiteral("pinChangedAt"), at.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(at)}};
}
} // namespace

class TestPullSqlRefs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data() { CLUB_ADD_ENGINE_ROWS(); }
    void groups()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Database &db = t.db();
        ServiceHub hub(db);
        const PullSql sql(db, kNow);

        // A child met before its parent: the parent's row is held, then filled in.
        QVERIFY(sql.apply(QStringLiteral("product-groups"), {{QStringLiteral("groupId"), 20},
                                                             {QStringLiteral("parentId"), 10},
                                                             {QStringLiteral("name"), QStringLiteral("Drinks")}}));
        QVERIFY(sql.apply(QStringLiteral("product-groups"), {{QStringLiteral("groupId"), 10},
                                                             {QStringLiteral("parentId"), QJsonValue::Null},
                                                             {QStringLiteral("name"), QStringLiteral("Shop")}}));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM product_groups")), 2);
        const qint64 shop = scalarInt(db, QStringLiteral("SELECT id FROM product_groups WHERE server_id = 10"));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT name FROM product_groups WHERE id = :k"), shop),
                 QStringLiteral("Shop"));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT parent_id FROM product_groups WHERE server_id = 20")), shop);

        // A group typed here is adopted by name, not doubled; a product typed here stays in it.
        Result<ProductGroup> bags = hub.catalog().createGroup(t.admin(), QStringLiteral("Bags"));
        QVERIFY(bags);
        Product p;
        p.code = QStringLiteral("B1");
        p.nameEn = QStringLiteral("Bag");
        p.groupId = bags->id;
        QVERIFY(hub.catalog().createProduct(t.admin(), p));
        QVERIFY(sql.apply(QStringLiteral("product-groups"), {{QStringLiteral("groupId"), 30},
                                                             {QStringLiteral("parentId"), 10},
                                                             {QStringLiteral("name"), QStringLiteral("Bags")}}));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT server_id FROM product_groups WHERE id = :k"), bags->id), 30);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT parent_id FROM product_groups WHERE id = :k"), bags->id), shop);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM product_groups")), 3);

        // A pulled product names its group by the server's id; one not here yet stops the page.
        QVERIFY(sql.apply(QStringLiteral("products"), {{QStringLiteral("productCode"), QStringLiteral("TEA")},
                                                       {QStringLiteral("nameEn"), QStringLiteral("Tea")},
                                                       {QStringLiteral("groupId"), 20},
                                                       {QStringLiteral("active"), true}}));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT g.server_id FROM products p JOIN product_groups g ON g.id = "
                                              "p.group_id WHERE p.code = 'TEA'")),
                 20);
        Status early = sql.apply(QStringLiteral("products"), {{QStringLiteral("productCode"), QStringLiteral("NEW")},
                                                              {QStringLiteral("nameEn"), QStringLiteral("New")},
                                                              {QStringLiteral("groupId"), 77}});
        QVERIFY(!early);
        QCOMPARE(early.error().code, Error::Code::NotFound);

        // Deleted on the server: gone here, what this desk put in it left ungrouped.
        QVERIFY(sql.apply(QStringLiteral("product-groups"),
                          {{QStringLiteral("groupId"), 30}, {QStringLiteral("deleted"), true}}));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM product_groups WHERE id = :k"), bags->id), 0);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT COUNT(*) FROM products WHERE code = 'B1' AND group_id IS NULL")),
                 1);
        QVERIFY(sql.apply(QStringLiteral("product-groups"),
                          {{QStringLiteral("groupId"), 99}, {QStringLiteral("deleted"), true}}));
    }

    void pins_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pins()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Database &db = t.db();
        ServiceHub hub(db);
        const Actor admin = t.admin();
        CardType type;
        type.name = QStringLiteral("Club");
        type.kind = CardKind::Loyalty;
        type.prefix = QStringLiteral("6281");
        type.numberLength = 16;
        type.validityMonths = 24;
        Result<CardType> madeType = hub.cards().createCardType(admin, type);
        QVERIFY(madeType);
        Result<Member> member = hub.members().create(admin, Club::Test::memberDraft(7));
        QVERIFY(member);
        Result<Card> card = hub.cards().issue(admin, member->id, madeType->id);
        QVERIFY(card);
        const PullSql sql(db, kNow);
        const auto hash = [&] {
            return scalarText(db, QStringLiteral("SELECT pin_hash FROM cards WHERE id = :k"), card->id);
        };
        const auto pending = [&] {
            return scalarInt(db, QStringLiteral("SELECT pin_push_pending FROM cards WHERE id = :k"), card->id);
        };

        // From the server onto a card without a PIN: taken, nothing to send back.
        const QString serverHash = PasswordHasher::hash(QStringLiteral("2580"), PasswordHasher::Cost::Minimum);
        QVERIFY(sql.cardPin(pinItem(card->number, serverHash, QStringLiteral("2026-05-01T08:00:00.000Z"))));
        QCOMPARE(hash(), serverHash);
        QCOMPARE(pending(), 0);
        QVERIFY(hub.cards().verifyPin(admin, card->id, QStringLiteral("2580")));
        QCOMPARE(sql.pinsToPush()->size(), 0);

        // Set here (after it): waits to be sent; an older pulled PIN does not replace it.
        QVERIFY(hub.cards().setPin(admin, card->id, QStringLiteral("7391")));
        const QString deskHash = hash();
        QCOMPARE(pending(), 1);
        // A card made here goes to the server first (migration 0030): its PIN waits for that.
        QCOMPARE(sql.pinsToPush()->size(), 0);
        SqlQuery onServer(db, QStringLiteral("UPDATE cards SET status_pushed = status WHERE id = :id"));
        onServer.bind(QStringLiteral(":id"), card->id);
        QVERIFY(onServer.exec());
        Result<QList<QJsonObject>> toPush = sql.pinsToPush();
        QVERIFY(toPush);
        QCOMPARE(toPush->size(), 1);
        QCOMPARE(toPush->first().value(QLatin1String("pinHash")).toString(), deskHash);
        QVERIFY(toPush->first().value(QLatin1String("pinChangedAt")).toString().endsWith(QLatin1Char('Z')));
        const QString older = PasswordHasher::hash(QStringLiteral("1357"), PasswordHasher::Cost::Minimum);
        QVERIFY(sql.cardPin(pinItem(card->number, older, QStringLiteral("2000-01-01T00:00:00.000Z"))));
        QCOMPARE(hash(), deskHash);
        QCOMPARE(pending(), 1);
        // The server took another hash meanwhile: this one stays pending.
        QVERIFY(sql.pinPushed(card->number, older));
        QCOMPARE(pending(), 1);
        QVERIFY(sql.pinPushed(card->number, deskHash));
        QCOMPARE(pending(), 0);

        // Not a hash libsodium can check: skipped, the PIN here stays.
        QVERIFY(sql.cardPin(pinItem(card->number, QStringLiteral("9731"), QStringLiteral("2099-01-01T00:00:00.000Z"))));
        QCOMPARE(hash(), deskHash);

        // A wrong try here, then a newer PIN from the server: taken, the count starts again.
        QVERIFY(!hub.cards().verifyPin(admin, card->id, QStringLiteral("1111")));
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT pin_failures FROM cards WHERE id = :k"), card->id), 1);
        const QString newer = PasswordHasher::hash(QStringLiteral("4862"), PasswordHasher::Cost::Minimum);
        QVERIFY(sql.cardPin(pinItem(card->number, newer, QStringLiteral("2099-01-01T00:00:00.000Z"))));
        QCOMPARE(hash(), newer);
        QCOMPARE(scalarInt(db, QStringLiteral("SELECT pin_failures FROM cards WHERE id = :k"), card->id), 0);
        QVERIFY(hub.cards().verifyPin(admin, card->id, QStringLiteral("4862")));
        QVERIFY(!hub.cards().verifyPin(admin, card->id, QStringLiteral("7391")));

        // A card not pulled yet stops the page, to come again.
        Status early = sql.cardPin(pinItem(QStringLiteral("6281000000000000"), newer, {}));
        QVERIFY(!early);
        QCOMPARE(early.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPullSqlRefs)
#include "tst_pullsqlrefs.moc"
