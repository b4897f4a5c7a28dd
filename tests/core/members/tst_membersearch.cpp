// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberFixture.h"
#include "cards/CardService.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::memberDraft;
using Club::Test::MemberFixture;

namespace {
// A small club: Arabic-keyboard and Persian-keyboard names, Iranian and Gulf mobiles.
struct SmallClub
{
    Member ali;   // typed on an Arabic keyboard
    Member sara;  // Persian, with an email
    Member saraJ; // Latin, Emirati mobile
    Member reza;  // name with a ZWNJ
    QString saraCard;
};

Member make(MemberFixture &f,
            int n,
            const QString &first,
            const QString &last,
            const QString &mobile,
            const QString &nationalCode = {},
            const QString &email = {})
{
    Member d = memberDraft(n);
    d.firstName = first;
    d.lastName = last;
    d.mobile = mobile;
    d.nationalCode = nationalCode;
    d.email = email;
    Result<Member> m = f.members.create(f.admin, d);
    return m ? *m : Member{};
}

SmallClub makeClub(MemberFixture &f)
{
    SmallClub c;
    c.ali = make(f, 1, QStringLiteral("علي"), QStringLiteral("كاظمي"), QStringLiteral("09121234567"),
                 QStringLiteral("0012345679"));
    c.sara = make(f, 2, QStringLiteral("سارا"), QStringLiteral("کریمی"), QStringLiteral("+98 935 765 4321"), {},
                  QStringLiteral("sara@example.com"));
    c.saraJ = make(f, 3, QStringLiteral("Sara"), QStringLiteral("Jones"), QStringLiteral("+971 50 123 4567"));
    c.reza = make(f, 4, QStringLiteral("محمد\u200cرضا"), QStringLiteral("احمدی"), QStringLiteral("09301112222"),
                  QStringLiteral("4987654326"));
    return c;
}

QList<Id> ids(const Result<QList<MemberSummary>> &rows)
{
    QList<Id> out;
    if (rows) {
        for (const MemberSummary &s : *rows)
            out << s.id;
    }
    return out;
}
} // namespace

class TestMemberSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // member keys, in order when more than one
        struct Row
        {
            const char *name;
            QString query;
            QStringList expected;
        };
        const QList<Row> rows{
            {"persian-yeh-finds-arabic", QStringLiteral("علی"), {QStringLiteral("ali")}},
            {"arabic-kaf-yeh", QStringLiteral("كاظمي"), {QStringLiteral("ali")}},
            {"persian-kaf-yeh", QStringLiteral("کاظمی"), {QStringLiteral("ali")}},
            {"partial-name", QStringLiteral("کاظ"), {QStringLiteral("ali")}},
            {"two-words", QStringLiteral("علی کاظمی"), {QStringLiteral("ali")}},
            {"two-words-reversed", QStringLiteral("كاظمي علي"), {QStringLiteral("ali")}},
            {"two-partial-words", QStringLiteral("سا کری"), {QStringLiteral("sara")}},
            {"words-must-all-match", QStringLiteral("علی کریمی"), {}},
            {"zwnj-optional", QStringLiteral("محمدرضا"), {QStringLiteral("reza")}},
            {"latin-case", QStringLiteral("JONES"), {QStringLiteral("saraJ")}},
            {"whole-word-first", QStringLiteral("sara"), {QStringLiteral("saraJ"), QStringLiteral("sara")}},
            {"email", QStringLiteral("sara@example"), {QStringLiteral("sara")}},
            {"mobile-national", QStringLiteral("09121234567"), {QStringLiteral("ali")}},
            {"mobile-spaced", QStringLiteral("0912 123 4567"), {QStringLiteral("ali")}},
            {"mobile-e164", QStringLiteral("+989121234567"), {QStringLiteral("ali")}},
            {"mobile-e164-spaced", QStringLiteral("+98 912 123 4567"), {QStringLiteral("ali")}},
            {"mobile-0098", QStringLiteral("00989121234567"), {QStringLiteral("ali")}},
            {"mobile-bare", QStringLiteral("9121234567"), {QStringLiteral("ali")}},
            {"mobile-persian", QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"), {QStringLiteral("ali")}},
            {"mobile-arabic-partial", QStringLiteral("٠٩١٢١٢٣"), {QStringLiteral("ali")}},
            {"mobile-dashes", QStringLiteral("0935-765-43"), {QStringLiteral("sara")}},
            {"mobile-gulf", QStringLiteral("+971 50 123"), {QStringLiteral("saraJ")}},
            {"mobile-gulf-00", QStringLiteral("00971501234567"), {QStringLiteral("saraJ")}},
            {"national-code", QStringLiteral("0012345679"), {QStringLiteral("ali")}},
            {"national-code-persian", QStringLiteral("۴۹۸۷۶۵۴۳۲۶"), {QStringLiteral("reza")}},
            {"national-code-partial", QStringLiteral("498765"), {QStringLiteral("reza")}},
            {"nobody", QStringLiteral("زهرا"), {}},
            {"percent-is-literal", QStringLiteral("%"), {}},
            {"underscore-is-literal", QStringLiteral("_"), {}},
            {"digits-nobody", QStringLiteral("0999 999"), {}},
        };
        for (Database::Engine engine : {Database::Engine::SQLite, Database::Engine::PostgreSQL}) {
            for (const Row &row : rows) {
                const QString name =
                    Club::Test::TestDatabase::engineName(engine) + QLatin1Char('-') + QLatin1String(row.name);
                QTest::newRow(qPrintable(name)) << int(engine) << row.query << row.expected;
            }
        }
    }
    void finds()
    {
        QFETCH(int, engine);
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const SmallClub c = makeClub(f);
        const QHash<QString, Id> byKey{{QStringLiteral("ali"), c.ali.id},
                                       {QStringLiteral("sara"), c.sara.id},
                                       {QStringLiteral("saraJ"), c.saraJ.id},
                                       {QStringLiteral("reza"), c.reza.id}};
        for (Id id : byKey)
            QVERIFY(id != kNoId);
        QList<Id> want;
        for (const QString &key : expected)
            want << byKey.value(key);

        Result<QList<MemberSummary>> found = f.members.search(f.admin, query);
        QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().detail));
        QCOMPARE(ids(found), want);
    }

    void summaryCarriesTheCard_data() { CLUB_ADD_ENGINE_ROWS(); }
    void summaryCarriesTheCard()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const SmallClub c = makeClub(f);
        CardService cards(f.t.db(), f.clock);
        CardType type;
        type.name = QStringLiteral("Club card");
        type.prefix = QStringLiteral("6280");
        type.maxPerMember = 0;
        Result<CardType> created = cards.createCardType(f.admin, type);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        Result<Card> first = cards.issue(f.admin, c.sara.id, created->id);
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        f.clock.advanceSecs(60);
        Result<Card> second = cards.issue(f.admin, c.sara.id, created->id);
        QVERIFY(second.ok());

        Result<QList<MemberSummary>> byName = f.members.search(f.admin, QStringLiteral("کریمی"));
        QCOMPARE(byName->size(), 1);
        const MemberSummary &s = byName->first();
        QCOMPARE(s.id, c.sara.id);
        QCOMPARE(s.accountId, c.sara.accountId);
        QCOMPARE(s.fullName, QStringLiteral("سارا کریمی"));
        QCOMPARE(s.mobile, QStringLiteral("+989357654321"));
        QCOMPARE(s.tier, QStringLiteral("white"));
        QCOMPARE(s.active, true);
        QCOMPARE(s.cardNumber, second->number); // the newest active card

        // By card number, whole or in part, in any digits; a blocked card still finds its member.
        QCOMPARE(ids(f.members.search(f.admin, first->number)), QList<Id>{c.sara.id});
        QCOMPARE(ids(f.members.search(f.admin, second->number.right(8))), QList<Id>{c.sara.id});
        QVERIFY(cards.block(f.admin, second->id, BlockReason::Lost).ok());
        QCOMPARE(ids(f.members.search(f.admin, second->number)), QList<Id>{c.sara.id});
        QCOMPARE(f.members.search(f.admin, QStringLiteral("کریمی"))->first().cardNumber, first->number);
        QCOMPARE(f.members.search(f.admin, QStringLiteral("علی"))->first().cardNumber, QString());
    }

    void emptyQueryListsTheNewest_data() { CLUB_ADD_ENGINE_ROWS(); }
    void emptyQueryListsTheNewest()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QList<Id> made;
        for (int n = 1; n <= 5; ++n)
            made.prepend(f.create(n).id);
        QCOMPARE(ids(f.members.search(f.admin, QString())), made);
        QCOMPARE(ids(f.members.search(f.admin, QStringLiteral("   "))), made);
        QCOMPARE(ids(f.members.search(f.admin, QString(), 2)), made.mid(0, 2));
        QCOMPARE(f.members.search(f.admin, QStringLiteral("Test"), 3)->size(), 3);
        QCOMPARE(f.members.search(f.admin, QStringLiteral("Test"))->size(), 5);
    }

    void exactMatchFirst_data() { CLUB_ADD_ENGINE_ROWS(); }
    void exactMatchFirst()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        // "0012345679" is one member's national code and part of the other's mobile.
        Member partial = make(f, 1, QStringLiteral("Aa"), QStringLiteral("Aa"), QStringLiteral("+44 7001 234 5679"));
        Member exact = make(f, 2, QStringLiteral("Zz"), QStringLiteral("Zz"), QStringLiteral("09121110000"),
                            QStringLiteral("0012345679"));
        // Both only contain it: by last name.
        QCOMPARE(ids(f.members.search(f.admin, QStringLiteral("2345679"))), (QList<Id>{partial.id, exact.id}));
        // The whole national code, even without its leading zeros: the exact member first.
        QCOMPARE(ids(f.members.search(f.admin, QStringLiteral("12345679"))), (QList<Id>{exact.id, partial.id}));
        QCOMPARE(ids(f.members.search(f.admin, QStringLiteral("0012345679"))), (QList<Id>{exact.id, partial.id}));
        QCOMPARE(ids(f.members.search(f.admin, QStringLiteral("۰۰۱۲۳۴۵۶۷۹"))), (QList<Id>{exact.id, partial.id}));
    }
};

QTEST_GUILESS_MAIN(TestMemberSearch)
#include "tst_membersearch.moc"
