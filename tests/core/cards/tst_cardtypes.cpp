// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFixture.h"
#include "auth/AuditLog.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Club::Core;
using Club::Test::CardFixture;

using TypeChange = std::function<void(CardType &)>;
Q_DECLARE_METATYPE(TypeChange)

class TestCardTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        for (CardKind k : {CardKind::Loyalty, CardKind::Discount, CardKind::Gift, CardKind::Warranty, CardKind::Credit,
                           CardKind::Installment})
            QCOMPARE(cardKindFromKey(cardKindKey(k)).value_or(CardKind(-1)), k);
        QVERIFY(!cardKindFromKey(QStringLiteral("bogus")).has_value());
        for (CardStatus s : {CardStatus::Active, CardStatus::Blocked, CardStatus::Replaced})
            QCOMPARE(cardStatusFromKey(cardStatusKey(s)).value_or(CardStatus(-1)), s);
        for (BlockReason r : {BlockReason::Lost, BlockReason::Stolen, BlockReason::Damaged, BlockReason::Other})
            QCOMPARE(blockReasonFromKey(blockReasonKey(r)).value_or(BlockReason(-1)), r);
        QCOMPARE(blockReasonFromKey(QStringLiteral("stolen: at the gym")).value_or(BlockReason(-1)),
                 BlockReason::Stolen);
        QVERIFY(!blockReasonFromKey(QStringLiteral("misplaced")).has_value());
    }

    void validation_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<TypeChange>("change");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::addColumn<QString>("storedPrefix");

        struct Case
        {
            const char *name;
            TypeChange change;
            const char *field;
            const char *prefix;
        };
        const QList<Case> cases = {
            {"plain", [](CardType &) {}, "", "6280"},
            {"empty name", [](CardType &t) { t.name = QString(); }, "name", ""},
            {"blank name", [](CardType &t) { t.name = QStringLiteral("   "); }, "name", ""},
            {"empty prefix", [](CardType &t) { t.prefix = QString(); }, "prefix", ""},
            {"letter in prefix", [](CardType &t) { t.prefix = QStringLiteral("62a0"); }, "prefix", ""},
            {"dash in prefix", [](CardType &t) { t.prefix = QStringLiteral("62-80"); }, "prefix", ""},
            {"nine-digit prefix", [](CardType &t) { t.prefix = QStringLiteral("123456789"); }, "prefix", ""},
            {"eight-digit prefix",
             [](CardType &t) {
                 t.prefix = QStringLiteral("12345678");
                 t.numberLength = 12;
             },
             "", "12345678"},
            {"persian prefix", [](CardType &t) { t.prefix = QStringLiteral("۶۲۸۰"); }, "", "6280"},
            {"arabic-indic prefix", [](CardType &t) { t.prefix = QStringLiteral("٥٠٢٢"); }, "", "5022"},
            {"length 11", [](CardType &t) { t.numberLength = 11; }, "numberLength", ""},
            {"length 12", [](CardType &t) { t.numberLength = 12; }, "", "6280"},
            {"length 19", [](CardType &t) { t.numberLength = 19; }, "", "6280"},
            {"length 20", [](CardType &t) { t.numberLength = 20; }, "numberLength", ""},
            {"validity -1", [](CardType &t) { t.validityMonths = -1; }, "validityMonths", ""},
            {"validity 0", [](CardType &t) { t.validityMonths = 0; }, "", "6280"},
            {"validity 120", [](CardType &t) { t.validityMonths = 120; }, "", "6280"},
            {"validity 121", [](CardType &t) { t.validityMonths = 121; }, "validityMonths", ""},
            {"max -1", [](CardType &t) { t.maxPerMember = -1; }, "maxPerMember", ""},
            {"max 0", [](CardType &t) { t.maxPerMember = 0; }, "", "6280"},
            {"max 10", [](CardType &t) { t.maxPerMember = 10; }, "", "6280"},
            {"max 11", [](CardType &t) { t.maxPerMember = 11; }, "maxPerMember", ""},
        };
        for (const char *engine : {"sqlite", "postgresql"}) {
            const int e =
                qstrcmp(engine, "sqlite") == 0 ? int(Database::Engine::SQLite) : int(Database::Engine::PostgreSQL);
            for (const Case &c : cases)
                QTest::addRow("%s/%s", engine, c.name)
                    << e << c.change << QString::fromLatin1(c.field) << QString::fromLatin1(c.prefix);
        }
    }
    void validation()
    {
        QFETCH(int, engine);
        QFETCH(TypeChange, change);
        QFETCH(QString, field);
        QFETCH(QString, storedPrefix);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType draft = CardFixture::typeDraft(QStringLiteral("Gold"));
        change(draft);
        QSignalSpy changed(&f.cards, &CardService::cardTypesChanged);

        Result<CardType> made = f.cards.createCardType(f.admin, draft);
        if (!field.isEmpty()) {
            QVERIFY(!made);
            QCOMPARE(made.error().code, Error::Code::Invalid);
            QCOMPARE(made.error().field, field);
            QVERIFY(!made.error().message.isEmpty());
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_types")), 0);
            QCOMPARE(changed.count(), 0);
            return;
        }
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        QCOMPARE(changed.count(), 1);
        Result<CardType> stored = f.cards.cardType(f.admin, made->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->prefix, storedPrefix);
        QCOMPARE(stored->name, QStringLiteral("Gold"));
        QCOMPARE(stored->numberLength, draft.numberLength);
        QCOMPARE(stored->validityMonths, draft.validityMonths);
        QCOMPARE(stored->maxPerMember, draft.maxPerMember);
    }

    void duplicatesAndUpdates_data() { CLUB_ADD_ENGINE_ROWS(); }
    void duplicatesAndUpdates()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType gold = CardFixture::typeDraft(QStringLiteral("طلایی"));
        gold.kind = CardKind::Discount;
        gold.pinRequired = true;
        gold.trackStock = true;
        gold.validityMonths = 24;
        Result<CardType> made = f.cards.createCardType(f.admin, gold);
        QVERIFY(made.ok());
        QCOMPARE(made->kind, CardKind::Discount);

        // The same name typed on an Arabic keyboard (ي for ی) is the same name.
        Result<CardType> again = f.cards.createCardType(f.admin, CardFixture::typeDraft(QStringLiteral("طلايي")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Invalid);
        QCOMPARE(again.error().field, QStringLiteral("name"));

        Result<CardType> silver = f.cards.createCardType(f.admin, CardFixture::typeDraft(QStringLiteral("Silver")));
        QVERIFY(silver.ok());
        CardType renamed = *silver;
        renamed.name = QStringLiteral("طلایی");
        Status clash = f.cards.updateCardType(f.admin, renamed);
        QVERIFY(!clash);
        QCOMPARE(clash.error().field, QStringLiteral("name"));

        QSignalSpy changed(&f.cards, &CardService::cardTypesChanged);
        CardType edited = *silver;
        edited.name = QStringLiteral("Silver plus");
        edited.kind = CardKind::Gift;
        edited.prefix = QStringLiteral("۵۰۲۲");
        edited.numberLength = 19;
        edited.validityMonths = 36;
        edited.maxPerMember = 0;
        edited.pinRequired = true;
        edited.trackStock = true;
        edited.active = false;
        QVERIFY(f.cards.updateCardType(f.admin, edited).ok());
        QCOMPARE(changed.count(), 1);
        Result<CardType> read = f.cards.cardType(f.admin, silver->id);
        QVERIFY(read.ok());
        QCOMPARE(read->name, QStringLiteral("Silver plus"));
        QCOMPARE(read->kind, CardKind::Gift);
        QCOMPARE(read->prefix, QStringLiteral("5022"));
        QCOMPARE(read->numberLength, 19);
        QCOMPARE(read->validityMonths, 36);
        QCOMPARE(read->maxPerMember, 0);
        QVERIFY(read->pinRequired);
        QVERIFY(read->trackStock);
        QVERIFY(!read->active);

        // Inactive types are listed only when asked for.
        QCOMPARE(f.cards.cardTypes(f.admin)->size(), 1);
        QCOMPARE(f.cards.cardTypes(f.admin, true)->size(), 2);

        CardType ghost = edited;
        ghost.id = 999999;
        QCOMPARE(f.cards.updateCardType(f.admin, ghost).error().code, Error::Code::NotFound);
        QCOMPARE(f.cards.cardType(f.admin, 999999).error().code, Error::Code::NotFound);

        AuditLog audit(f.db());
        Result<QList<AuditEntry>> lines = audit.list(f.admin, QStringLiteral("card_type"));
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 3); // two creations, one update; refusals write nothing
        QCOMPARE(lines->first().action, QStringLiteral("cardtype.update"));
        QCOMPARE(lines->first().entityId, silver->id);
    }

    void roles_data() { CLUB_ADD_ENGINE_ROWS(); }
    void roles()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Actor manager = f.t.actorWithRole(Role::Manager);
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);

        Result<CardType> made = f.cards.createCardType(manager, CardFixture::typeDraft(QStringLiteral("Gold")));
        QVERIFY(made.ok());
        for (const Actor &who : {staff, accountant}) {
            Result<CardType> refused = f.cards.createCardType(who, CardFixture::typeDraft(QStringLiteral("Other")));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Forbidden);
            CardType changed = *made;
            changed.maxPerMember = 5;
            QCOMPARE(f.cards.updateCardType(who, changed).error().code, Error::Code::Forbidden);
            // Reading is allowed to both.
            QCOMPARE(f.cards.cardTypes(who)->size(), 1);
            QCOMPARE(f.cards.cardType(who, made->id)->maxPerMember, 1);
        }
        QCOMPARE(f.cards.cardTypes(Actor{}).error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestCardTypes)
#include "tst_cardtypes.moc"
