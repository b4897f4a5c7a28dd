// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "demo/DemoData.h"
#include "demo/DemoShop.h"
#include "inventory/InventoryService.h"
#include "rules/RuleService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {

QString why(const Status &s)
{
    return s ? QString() : s.error().message + QLatin1Char(' ') + s.error().detail;
}

qint64 count(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}

// Members in the order they were created (the services have no such listing).
QList<Id> memberIds(Database &db)
{
    QList<Id> ids;
    SqlQuery q(db, QStringLiteral("SELECT id FROM members ORDER BY id"));
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool hasAnyOf(const QString &text, const QString &letters)
{
    for (QChar c : letters) {
        if (text.contains(c))
            return true;
    }
    return false;
}

// What the services say about one loaded club.
struct ClubView
{
    QStringList names;
    QStringList mobiles;
    QList<Points> points; // per member, through its account
};

ClubView view(Database &db, const Actor &actor)
{
    LedgerService ledger(db);
    MemberService members(db, ledger);
    ClubView v;
    for (Id id : memberIds(db)) {
        Result<Member> m = members.member(actor, id);
        if (!m)
            continue;
        v.names.append(m->fullName());
        v.mobiles.append(m->mobile);
        Result<AccountBalance> b = ledger.balance(actor, m->accountId);
        v.points.append(b ? b->points : -1);
    }
    return v;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of postings: keep the services' own chatter out of the test log.
        QLoggingCategory::setFilterRules(QStringLiteral("club.*.debug=false\nclub.*.info=false\nclub.demo.info=true"));
    }

    void smallClub_data() { CLUB_ADD_ENGINE_ROWS(); }
    void smallClub()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        const Actor admin = t.admin();
        QVERIFY2(t.ok(), qPrintable(t.error()));

        QList<int> calls;
        DemoDataGenerator generator(t.db());
        const Status s = generator.generate(admin, {60, 1403, 4}, [&](int done, int total) {
            calls.append(total == 60 ? done : -1);
            return true;
        });
        QVERIFY2(s.ok(), qPrintable(why(s)));
        QList<int> expectedCalls;
        for (int i = 1; i <= 60; ++i)
            expectedCalls.append(i);
        QCOMPARE(calls, expectedCalls);

        LedgerService ledger(t.db());
        MemberService members(t.db(), ledger);
        CardService cards(t.db());
        const QList<Id> ids = memberIds(t.db());
        QCOMPARE(ids.size(), 60);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        int persian = 0;
        int arabic = 0;
        int inFamilies = 0;
        int replaced = 0;
        int withPin = 0;
        QSet<QString> tiers;
        QSet<Id> accounts;
        for (Id id : ids) {
            Result<Member> m = members.member(admin, id);
            QVERIFY(m.ok());
            const QString name = m->fullName();
            // Persian letters; Arabic family names with the article. Arabic ي and ك were typed
            // and are stored as the Persian letters.
            if (hasAnyOf(name, QStringLiteral("پچژگ")) && m->mobile.startsWith(QLatin1String("+98")))
                ++persian;
            if (m->lastName.startsWith(QStringLiteral("ال")))
                ++arabic;
            QVERIFY2(!hasAnyOf(name, QStringLiteral("يك")), qPrintable(name));
            tiers.insert(m->tier);
            accounts.insert(m->accountId);

            Result<QList<Card>> own = cards.cardsOfMember(admin, id);
            QVERIFY(own.ok());
            bool loyalty = false;
            for (const Card &c : *own) {
                loyalty = loyalty || (c.kind == CardKind::Loyalty && c.status == CardStatus::Active);
                replaced += c.status == CardStatus::Replaced ? 1 : 0;
                withPin += c.hasPin ? 1 : 0;
            }
            QVERIFY2(loyalty, qPrintable(name));

            Result<QList<Member>> family = members.family(admin, id);
            QVERIFY(family.ok());
            inFamilies += family->size() > 1 ? 1 : 0;
        }
        QVERIFY(persian > 0);
        QVERIFY(arabic > 0);
        QVERIFY(inFamilies >= 2);
        QVERIFY(replaced >= 1);
        QVERIFY(withPin >= 1);
        QVERIFY(tiers.size() >= 3);
        QVERIFY(accounts.size() < ids.size()); // families share one account

        Result<QList<MemberGroup>> groups = members.groups(admin);
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 8);
        qint64 grouped = 0;
        for (const MemberGroup &g : *groups)
            grouped += g.memberCount;
        QVERIFY(grouped > 0);

        Result<QList<CardType>> types = cards.cardTypes(admin);
        QVERIFY(types.ok());
        QCOMPARE(types->size(), 5);
        QSet<QString> prefixes;
        for (const CardType &type : *types) {
            prefixes.insert(type.prefix);
            if (type.kind == CardKind::Credit)
                QVERIFY(type.pinRequired);
            if (type.trackStock)
                QVERIFY(*cards.stock(admin, admin.branchId, type.id) > 0);
        }
        QCOMPARE(prefixes.size(), 5);

        // Points history over the months, all of it in the past.
        QList<QDateTime> dates;
        for (Id account : accounts) {
            Result<QList<JournalTransaction>> history = ledger.history(admin, account, 1000);
            QVERIFY(history.ok());
            for (const JournalTransaction &tx : *history)
                dates.append(tx.createdAt);
        }
        QVERIFY(dates.size() > 120);
        std::sort(dates.begin(), dates.end());
        QVERIFY(dates.last() <= now);
        QVERIFY(dates.first() < now.addDays(-90));
        QVERIFY(dates.first() > now.addMonths(-4).addDays(-1));
        QSet<int> months;
        for (const QDateTime &d : dates)
            months.insert(d.date().year() * 12 + d.date().month());
        QVERIFY(months.size() >= 4);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'expire'")) > 0);

        Result<LedgerCheck> check = ledger.verify(admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    void sameSeedSameClub_data() { CLUB_ADD_ENGINE_ROWS(); }
    void sameSeedSameClub()
    {
        QFETCH(int, engine);
        // The last run loads at another hour of another day: the same people, though their
        // history is dated from that day.
        const ManualClock earlier(QDateTime::currentDateTimeUtc().addDays(-40).addSecs(-13 * 3600));
        const struct
        {
            quint32 seed;
            const Clock &clock;
        } runs[] = {{7, Clock::system()}, {7, Clock::system()}, {8, Clock::system()}, {7, earlier}};
        QList<ClubView> clubs;
        for (const auto &run : runs) {
            TestDatabase t{Database::Engine(engine)};
            const Actor admin = t.admin();
            QVERIFY2(t.ok(), qPrintable(t.error()));
            const Status s = DemoDataGenerator(t.db(), run.clock).generate(admin, {25, run.seed, 3});
            QVERIFY2(s.ok(), qPrintable(why(s)));
            clubs.append(view(t.db(), admin));
        }
        QCOMPARE(clubs[0].names.size(), 25);
        QCOMPARE(clubs[1].names, clubs[0].names);
        QCOMPARE(clubs[1].mobiles, clubs[0].mobiles);
        QCOMPARE(clubs[1].points, clubs[0].points);
        QVERIFY(clubs[2].names != clubs[0].names);
        QCOMPARE(clubs[3].names, clubs[0].names);
        QCOMPARE(clubs[3].mobiles, clubs[0].mobiles);
    }

    void cancelStopsAfterAMember_data() { CLUB_ADD_ENGINE_ROWS(); }
    void cancelStopsAfterAMember()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        const Actor admin = t.admin();
        QVERIFY2(t.ok(), qPrintable(t.error()));
        int calls = 0;
        const Status s = DemoDataGenerator(t.db()).generate(admin, {40, 1403, 4}, [&](int done, int) {
            ++calls;
            return done < 7;
        });
        QVERIFY2(s.ok(), qPrintable(why(s)));
        QCOMPARE(calls, 7);
        QCOMPARE(memberIds(t.db()).size(), 7);
        // Each member is whole: its loyalty card and welcome points are there.
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM cards")), 7);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'signup'")), 7);

        LedgerService ledger(t.db());
        Result<LedgerCheck> check = ledger.verify(admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));

        // The same seed cut short is the start of the full club.
        TestDatabase full{Database::Engine(engine)};
        const Actor fullAdmin = full.admin();
        QVERIFY2(full.ok(), qPrintable(full.error()));
        QVERIFY(DemoDataGenerator(full.db()).generate(fullAdmin, {40, 1403, 4}).ok());
        QCOMPARE(view(full.db(), fullAdmin).names.mid(0, 7), view(t.db(), admin).names);
    }

    void refusals_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusals()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        const Actor admin = t.admin();
        const Actor manager = t.actorWithRole(Role::Manager);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        DemoDataGenerator generator(t.db());

        Status s = generator.generate(manager, {5, 1, 1});
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Forbidden);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM member_groups")), 0);

        s = generator.generate(admin, {-1, 1, 1});
        QVERIFY(!s);
        QCOMPARE(s.error().field, QStringLiteral("members"));
        s = generator.generate(admin, {5, 1, 0});
        QVERIFY(!s);
        QCOMPARE(s.error().field, QStringLiteral("monthsOfHistory"));

        QVERIFY(generator.generate(admin, {5, 1, 1}).ok());
        QCOMPARE(memberIds(t.db()).size(), 5);
        // A store with members is not filled again.
        s = generator.generate(admin, {5, 2, 1});
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(memberIds(t.db()).size(), 5);
    }

    // The shop side: groups, products with three names, codes and valid EAN-13 barcodes,
    // prices with a history, gifts with points prices, the branch's warehouse (the one the
    // wizard made is reused), opening stock whose levels are the sum of their movements,
    // and minimums with a couple of products already low.
    void shopIsStocked_data() { CLUB_ADD_ENGINE_ROWS(); }
    void shopIsStocked()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        const Actor admin = t.admin();
        QVERIFY2(t.ok(), qPrintable(t.error()));
        InventoryService inventory(t.db());
        const Result<Warehouse> main = inventory.createWarehouse(admin, admin.branchId, QStringLiteral("انبار اصلی"));
        QVERIFY(main.ok());
        const Status s = DemoDataGenerator(t.db()).generate(admin, {10, 1403, 4});
        QVERIFY2(s.ok(), qPrintable(why(s)));

        CatalogService catalog(t.db());
        const Result<QList<ProductGroup>> groups = catalog.groups(admin);
        QVERIFY(groups.ok());
        QVERIFY(groups->size() >= 5);
        QVERIFY(std::any_of(groups->cbegin(), groups->cend(), [](const ProductGroup &g) { return g.parentId != kNoId; }));
        const Result<QList<Product>> products = catalog.products(admin);
        QVERIFY(products.ok());
        QVERIFY2(products->size() >= 28, qPrintable(QString::number(products->size())));
        const Result<QList<Product>> gifts = catalog.giftCatalog(admin);
        QVERIFY(gifts.ok());
        QVERIFY(gifts->size() >= 3);
        for (const Product &g : *gifts)
            QVERIFY(g.giftPoints > 0);

        const Result<QList<Warehouse>> warehouses = inventory.warehouses(admin);
        QVERIFY(warehouses.ok());
        QCOMPARE(warehouses->size(), 1); // the existing one, not a second
        const Id w = main->id;
        int withHistory = 0;
        for (const Product &p : *products) {
            QVERIFY(!p.nameFa.isEmpty() && !p.nameAr.isEmpty() && !p.nameEn.isEmpty());
            QCOMPARE(p.barcode.size(), 13);
            QCOMPARE(p.barcode.right(1).toInt(), Demo::ean13CheckDigit(p.barcode.left(12)));
            if (!p.isGift) {
                const Result<QList<PricePeriod>> history = catalog.priceHistory(admin, p.id);
                QVERIFY(history.ok());
                QVERIFY2(history->size() >= 2, qPrintable(p.nameEn));
                withHistory += history->size() >= 2;
                // The first price started months ago, so past sales have a price.
                QDateTime first = history->first().from;
                for (const PricePeriod &period : *history)
                    first = std::min(first, period.from);
                QVERIFY(first < QDateTime::currentDateTimeUtc().addMonths(-2));
            }
            const Result<QList<StockMovement>> moves = inventory.movements(admin, p.id, w);
            QVERIFY(moves.ok());
            QVERIFY(!moves->isEmpty());
            qint64 sum = 0;
            for (const StockMovement &m : *moves)
                sum += m.qty;
            QCOMPARE(inventory.level(admin, p.id, w).value(), sum);
        }
        QVERIFY(withHistory >= 20);
        const Result<QList<StockLevel>> low = inventory.lowStock(admin, w);
        QVERIFY(low.ok());
        QVERIFY2(low->size() >= 2, qPrintable(QString::number(low->size())));
        QVERIFY(inventory.verify(admin)->isEmpty());

        // The rules, and sales through the sales desk's service: spread over the months,
        // most to members (with points), a few returned; stock moved with them.
        RuleService rules(t.db());
        const Result<QList<Rule>> active = rules.activeRules(admin, QDateTime::currentDateTimeUtc());
        QVERIFY(active.ok());
        QSet<int> earnKinds;
        bool groupDiscount = false;
        for (const Rule &r : *active) {
            if (r.family == RuleFamily::Earn)
                earnKinds.insert(int(r.earnKind));
            groupDiscount = groupDiscount || (r.family == RuleFamily::Discount && r.groupId != kNoId);
        }
        QVERIFY(earnKinds.contains(int(EarnKind::PerAmount)));
        QVERIFY(earnKinds.contains(int(EarnKind::Birthday)));
        QVERIFY(groupDiscount);
        const qint64 sales = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales"));
        QVERIFY2(sales >= 40, qPrintable(QString::number(sales)));
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales WHERE member_id IS NOT NULL")) > sales / 2);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM returns")) >= 1);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'sale'")) >= sales);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'return'")) >= 1);
        QVERIFY(count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT substr(created_at, 1, 7)) FROM sales")) >= 3);

        LedgerService ledger(t.db());
        Result<LedgerCheck> check = ledger.verify(admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }

    // The size the wizard offers, on the embedded engine; the time is printed, not judged.
    void fullSizeOnSQLite()
    {
        TestDatabase t{Database::Engine::SQLite};
        const Actor admin = t.admin();
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QElapsedTimer timer;
        timer.start();
        const Status s = DemoDataGenerator(t.db()).generate(admin, {});
        const qint64 ms = timer.elapsed();
        QVERIFY2(s.ok(), qPrintable(why(s)));
        qInfo("500 demo members on SQLite in %lld ms", ms);

        Database &db = t.db();
        QCOMPARE(memberIds(db).size(), 500);
        const qint64 iranian = count(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE mobile LIKE '+98%'"));
        QVERIFY2(iranian > 325 && iranian < 425, qPrintable(QString::number(iranian)));
        const qint64 families = count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT account_id FROM members "
                                                         "GROUP BY account_id HAVING COUNT(*) > 1) f"));
        QVERIFY2(families >= 15 && families <= 20, qPrintable(QString::number(families)));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT tier) FROM members")), 4);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE pin_hash IS NOT NULL")), 10);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'replaced'")) >= 10);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'blocked'")) >= 1);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM member_group_members")) > 200);

        LedgerService ledger(db);
        Result<LedgerCheck> check = ledger.verify(admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
