// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "auth/AuditLog.h"
#include "cards/CardService.h"
#include "storage/SqlQuery.h"
#include "templates/CardTemplateService.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
const QByteArray kDesignA = QByteArrayLiteral(R"({"format":"club.card-layout","version":1,"name":"A"})");
const QByteArray kDesignB = QByteArrayLiteral(R"({"format":"club.card-layout","version":1,"name":"B"})");

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , cards(t.db(), clock)
        , templates(t.db(), clock)
    {}
    bool ok() const { return t.ok() && admin.operatorId != kNoId; }

    Id cardType(const QString &name)
    {
        CardType d;
        d.name = name;
        d.prefix = QStringLiteral("6280");
        const Result<CardType> made = cards.createCardType(admin, d);
        return made ? made->id : kNoId;
    }

    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    CardService cards;
    CardTemplateService templates;
};
} // namespace

class TestCardTemplateService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveKeepsHistory_data() { CLUB_ADD_ENGINE_ROWS(); }
    void saveKeepsHistory()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Id gold = f.cardType(QStringLiteral("Gold"));
        const Id silver = f.cardType(QStringLiteral("Silver"));
        QVERIFY(gold != kNoId && silver != kNoId);

        Result<std::optional<CardTemplate>> none = f.templates.templateFor(f.admin, gold);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());

        QSignalSpy saved(&f.templates, &CardTemplateService::templateSaved);
        Result<CardTemplate> first = f.templates.save(f.admin, gold, kDesignA);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
        f.clock.set(kStart.addSecs(3600));
        Result<CardTemplate> second = f.templates.save(f.admin, gold, kDesignB);
        QVERIFY(second.ok());
        QCOMPARE(saved.count(), 2);
        QCOMPARE(saved.at(1).at(0).toLongLong(), gold);

        Result<std::optional<CardTemplate>> current = f.templates.templateFor(f.admin, gold);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->json, kDesignB);
        QCOMPARE((*current)->updatedAt, kStart.addSecs(3600));
        QCOMPARE((*current)->updatedBy, f.admin.operatorId);
        QCOMPARE((*current)->updatedByName, QStringLiteral("Test Admin"));

        // The other type has its own design (none yet).
        Result<std::optional<CardTemplate>> other = f.templates.templateFor(f.admin, silver);
        QVERIFY(other.ok());
        QVERIFY(!other->has_value());

        Result<QList<CardTemplate>> history = f.templates.history(f.admin, gold);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).json, kDesignB);
        QCOMPARE(history->at(1).json, kDesignA);
        QCOMPARE(history->at(1).updatedAt, kStart);

        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card_template.save'")), 2);
        // The table is append only: the database itself refuses to edit an old design.
        SqlQuery edit(f.t.db(), QStringLiteral("UPDATE card_templates SET layout_json = '{}'"));
        QVERIFY(!edit.exec().ok());
    }

    void refusesWhatIsNotADesign_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QByteArray>("json");
        const QList<QPair<const char *, QByteArray>> bad{
            {"not json", QByteArrayLiteral("card, please")},
            {"array", QByteArrayLiteral("[1, 2]")},
            {"no version", QByteArrayLiteral(R"({"front":{}})")},
            {"version as text", QByteArrayLiteral(R"({"version":"1"})")},
            {"empty", QByteArray()},
        };
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            for (const auto &[name, json] : bad)
                QTest::addRow("%s %s", engine == int(Database::Engine::SQLite) ? "sqlite" : "postgresql", name)
                    << engine << json;
        }
    }
    void refusesWhatIsNotADesign()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, json);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Id gold = f.cardType(QStringLiteral("Gold"));
        QVERIFY(f.templates.save(f.admin, gold, kDesignA).ok());
        Result<CardTemplate> refused = f.templates.save(f.admin, gold, json);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY(!refused.error().message.isEmpty());
        Result<std::optional<CardTemplate>> current = f.templates.templateFor(f.admin, gold);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->json, kDesignA);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_templates")), 1);
    }

    void unknownCardType_data() { CLUB_ADD_ENGINE_ROWS(); }
    void unknownCardType()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        Result<CardTemplate> refused = f.templates.save(f.admin, 4242, kDesignA);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotFound);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_templates")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card_template.save'")), 0);
    }

    void permissions_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("mayRead");
        QTest::addColumn<bool>("maySave");
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const char *e = engine == int(Database::Engine::SQLite) ? "sqlite" : "postgresql";
            QTest::addRow("%s manager", e) << engine << int(Role::Manager) << true << true;
            QTest::addRow("%s staff", e) << engine << int(Role::Staff) << true << false;
            QTest::addRow("%s accountant", e)
                << engine << int(Role::Accountant) << roleAllows(Role::Accountant, Permission::CardRead) << false;
        }
    }
    void permissions()
    {
        QFETCH(int, engine);
        QFETCH(int, role);
        QFETCH(bool, mayRead);
        QFETCH(bool, maySave);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Id gold = f.cardType(QStringLiteral("Gold"));
        QVERIFY(f.templates.save(f.admin, gold, kDesignA).ok());
        const Actor actor = f.t.actorWithRole(Role(role));
        QVERIFY(actor.operatorId != kNoId);

        Result<std::optional<CardTemplate>> read = f.templates.templateFor(actor, gold);
        QCOMPARE(read.ok(), mayRead);
        if (!mayRead)
            QCOMPARE(read.error().code, Error::Code::Forbidden);
        Result<CardTemplate> saved = f.templates.save(actor, gold, kDesignB);
        QCOMPARE(saved.ok(), maySave);
        if (!maySave)
            QCOMPARE(saved.error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM card_templates")), maySave ? 2 : 1);
    }
};

QTEST_GUILESS_MAIN(TestCardTemplateService)
#include "tst_cardtemplateservice.moc"
