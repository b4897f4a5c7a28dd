// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "catalog/CatalogService.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , catalog(t.db(), clock)
    {}
    bool ok() const { return t.ok() && admin.operatorId != kNoId; }

    Id product(const QString &code, const QString &barcode = {}, const QString &nameFa = QStringLiteral("کالا"))
    {
        Product d;
        d.code = code;
        d.barcode = barcode;
        d.nameFa = nameFa;
        const Result<Product> made = catalog.createProduct(admin, d);
        if (!made)
            qWarning() << "product refused:" << made.error().message << made.error().detail;
        return made ? made->id : kNoId;
    }

    Id branch(const QString &code)
    {
        SqlQuery q(t.db(), QStringLiteral("INSERT INTO branches (code, name, active, created_at) "
                                          "VALUES (:c, :n, 1, '2026-01-01T00:00:00Z') RETURNING id"));
        q.bind(QStringLiteral(":c"), code).bind(QStringLiteral(":n"), code);
        const Result<QVariant> id = q.scalar();
        return id ? id->toLongLong() : kNoId;
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
    CatalogService catalog;
};

QDateTime day(int n)
{
    return kStart.addDays(n);
}
} // namespace

class TestCatalogService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productValidation_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("nameFa");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<bool>("isGift");
        QTest::addColumn<qint64>("giftPoints");
        QTest::addColumn<int>("code_");
        QTest::addColumn<QString>("field");
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            const QString e = TestDatabase::engineName(Database::Engine(engine)) + QLatin1Char(':');
            // An existing product holds code "A100" and barcode "6260001".
            QTest::newRow(qPrintable(QString(e + QStringLiteral("ok")))) << engine << QStringLiteral("B200") << QString()
                                                                << QString() << QStringLiteral("Cake") << false
                                                                << qint64(0) << -1 << QString();
            QTest::newRow(qPrintable(QString(e + QStringLiteral("empty barcode twice")))) << engine << QStringLiteral("B201")
                                                                                << QStringLiteral("  ") << QString()
                                                                                << QStringLiteral("Tea") << false
                                                                                << qint64(0) << -1 << QString();
            QTest::newRow(qPrintable(QString(e + QStringLiteral("duplicate code")))) << engine << QStringLiteral("A100")
                                                                           << QString() << QStringLiteral("نان")
                                                                           << QString() << false << qint64(0)
                                                                           << int(Error::Code::Duplicate)
                                                                           << QStringLiteral("code");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("duplicate code in Persian digits"))))
                << engine << QStringLiteral("A۱۰۰") << QString() << QStringLiteral("نان") << QString() << false
                << qint64(0) << int(Error::Code::Duplicate) << QStringLiteral("code");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("duplicate barcode")))) << engine << QStringLiteral("C1")
                                                                              << QStringLiteral("626 0001")
                                                                              << QStringLiteral("نان") << QString()
                                                                              << false << qint64(0)
                                                                              << int(Error::Code::Duplicate)
                                                                              << QStringLiteral("barcode");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("no name")))) << engine << QStringLiteral("C2") << QString()
                                                                    << QStringLiteral("  ") << QString() << false
                                                                    << qint64(0) << int(Error::Code::Invalid)
                                                                    << QStringLiteral("name");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("no code")))) << engine << QStringLiteral(" ") << QString()
                                                                    << QStringLiteral("نان") << QString() << false
                                                                    << qint64(0) << int(Error::Code::Invalid)
                                                                    << QStringLiteral("code");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("gift without points"))))
                << engine << QStringLiteral("C3") << QString() << QStringLiteral("هدیه") << QString() << true
                << qint64(0) << int(Error::Code::Invalid) << QStringLiteral("giftPoints");
            QTest::newRow(qPrintable(QString(e + QStringLiteral("gift")))) << engine << QStringLiteral("C4") << QString()
                                                                 << QStringLiteral("هدیه") << QString() << true
                                                                 << qint64(500) << -1 << QString();
        }
    }
    void productValidation()
    {
        QFETCH(int, engine);
        QFETCH(QString, code);
        QFETCH(QString, barcode);
        QFETCH(QString, nameFa);
        QFETCH(QString, nameEn);
        QFETCH(bool, isGift);
        QFETCH(qint64, giftPoints);
        QFETCH(int, code_);
        QFETCH(QString, field);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QVERIFY(f.product(QStringLiteral("A100"), QStringLiteral("6260001")) != kNoId);
        QVERIFY(f.product(QStringLiteral("A101")) != kNoId); // a NULL barcode already stored

        Product d;
        d.code = code;
        d.barcode = barcode;
        d.nameFa = nameFa;
        d.nameEn = nameEn;
        d.isGift = isGift;
        d.giftPoints = giftPoints;
        const Result<Product> made = f.catalog.createProduct(f.admin, d);
        if (code_ < 0) {
            QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message + made.error().detail));
            const Result<Product> back = f.catalog.product(f.admin, made->id);
            QVERIFY(back.ok());
            QCOMPARE(back->code, code);
            QCOMPARE(back->giftPoints, giftPoints);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM products")), 3);
        } else {
            QVERIFY(!made);
            QCOMPARE(int(made.error().code), code_);
            QCOMPARE(made.error().field, field);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM products")), 2);
        }
    }

    void updateKeepsCodesUnique_data() { CLUB_ADD_ENGINE_ROWS(); }
    void updateKeepsCodesUnique()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        f.product(QStringLiteral("A1"), QStringLiteral("111"));
        const Id b = f.product(QStringLiteral("B1"));
        Result<Product> p = f.catalog.product(f.admin, b);
        QVERIFY(p.ok());
        Product changed = *p;
        changed.barcode = QStringLiteral("111");
        Status s = f.catalog.updateProduct(f.admin, changed);
        QVERIFY(!s);
        QCOMPARE(s.error().field, QStringLiteral("barcode"));
        changed.barcode = QStringLiteral("222");
        changed.nameEn = QStringLiteral("Bread");
        QVERIFY(f.catalog.updateProduct(f.admin, changed).ok());
        QCOMPARE(f.catalog.product(f.admin, b)->barcode, QStringLiteral("222"));
    }

    void groupTree_data() { CLUB_ADD_ENGINE_ROWS(); }
    void groupTree()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        QSignalSpy changed(&f.catalog, &CatalogService::groupsChanged);
        const Result<ProductGroup> a = f.catalog.createGroup(f.admin, QStringLiteral("Food"));
        QVERIFY(a.ok());
        const Result<ProductGroup> b = f.catalog.createGroup(f.admin, QStringLiteral("Sweets"), a->id);
        QVERIFY(b.ok());
        const Result<ProductGroup> c = f.catalog.createGroup(f.admin, QStringLiteral("Cakes"), b->id);
        QVERIFY(c.ok());
        QVERIFY(!f.catalog.createGroup(f.admin, QStringLiteral(" "), a->id));
        QCOMPARE(f.catalog.createGroup(f.admin, QStringLiteral("X"), 9999).error().code, Error::Code::NotFound);

        for (Id target : {a->id, b->id, c->id}) {
            const Status cycle = f.catalog.moveGroup(f.admin, a->id, target);
            QVERIFY(!cycle);
            QCOMPARE(cycle.error().code, Error::Code::Conflict);
        }
        QVERIFY(f.catalog.moveGroup(f.admin, c->id, kNoId).ok());
        QVERIFY(f.catalog.moveGroup(f.admin, a->id, c->id).ok()); // now Cakes > Food > Sweets
        QCOMPARE(f.catalog.moveGroup(f.admin, c->id, b->id).error().code, Error::Code::Conflict);

        QCOMPARE(f.catalog.deleteGroup(f.admin, c->id).error().code, Error::Code::Conflict); // has a subgroup
        Product p;
        p.code = QStringLiteral("K1");
        p.nameEn = QStringLiteral("Cheesecake");
        p.groupId = b->id;
        QVERIFY(f.catalog.createProduct(f.admin, p).ok());
        QCOMPARE(f.catalog.deleteGroup(f.admin, b->id).error().code, Error::Code::Conflict); // has a product
        const Result<ProductGroup> empty = f.catalog.createGroup(f.admin, QStringLiteral("Empty"), b->id);
        QVERIFY(f.catalog.deleteGroup(f.admin, empty->id).ok());
        QVERIFY(f.catalog.renameGroup(f.admin, a->id, QStringLiteral("Groceries")).ok());

        const Result<QList<ProductGroup>> all = f.catalog.groups(f.admin);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QHash<Id, Id> parent;
        for (const ProductGroup &g : *all)
            parent.insert(g.id, g.parentId);
        QCOMPARE(parent.value(c->id), kNoId);
        QCOMPARE(parent.value(a->id), c->id);
        QCOMPARE(parent.value(b->id), a->id);
        QCOMPARE(f.catalog.products(f.admin, b->id)->size(), 1);
        QCOMPARE(changed.count(), 8);
    }

    void search_data() { CLUB_ADD_ENGINE_ROWS(); }
    void search()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id cake = f.product(QStringLiteral("K12"), QStringLiteral("6261234"), QStringLiteral("کیک شکلاتی"));
        const Id tea = f.product(QStringLiteral("T1"), {}, QStringLiteral("چای"));
        const Id other = f.product(QStringLiteral("Z9"), QStringLiteral("K12"), QStringLiteral("50%_off"));
        auto ids = [&](const QString &text) {
            QList<Id> out;
            const Result<QList<Product>> r = f.catalog.search(f.admin, text);
            if (r) {
                for (const Product &p : *r)
                    out << p.id;
            }
            return out;
        };
        QCOMPARE(ids(QStringLiteral("كيك")), QList<Id>{cake}); // Arabic kaf and yeh
        QCOMPARE(ids(QStringLiteral("۶۲۶۱۲۳۴")), QList<Id>{cake}); // barcode in Persian digits
        QCOMPARE(ids(QStringLiteral("چاي")), QList<Id>{tea});
        QCOMPARE(ids(QStringLiteral("K12")), (QList<Id>{cake, other})); // code and barcode both match
        QCOMPARE(ids(QStringLiteral("%")), QList<Id>{other});           // wildcards are literal
        QCOMPARE(ids(QStringLiteral("_")), QList<Id>{other});
        QCOMPARE(ids(QStringLiteral("  ")), QList<Id>{});
    }

    void pricePeriods_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pricePeriods()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P1"));
        const Id main = f.admin.branchId;
        const Id north = f.branch(QStringLiteral("north"));
        QVERIFY(north != kNoId);
        QSignalSpy changed(&f.catalog, &CatalogService::pricesChanged);

        QCOMPARE(f.catalog.priceAt(f.admin, p, main, day(0)).error().code, Error::Code::NotFound);
        QVERIFY(f.catalog.setPrice(f.admin, p, kNoId, 1000, day(0)).ok());
        QVERIFY(f.catalog.setPrice(f.admin, p, kNoId, 1200, day(10)).ok()); // scheduled
        // Refused: negative, in the past, overlapping the scheduled period, the same start.
        QCOMPARE(f.catalog.setPrice(f.admin, p, kNoId, -1, day(20)).error().code, Error::Code::Invalid);
        QCOMPARE(f.catalog.setPrice(f.admin, p, kNoId, 900, day(0).addSecs(-1)).error().code, Error::Code::Invalid);
        QCOMPARE(f.catalog.setPrice(f.admin, p, kNoId, 1100, day(5)).error().code, Error::Code::Conflict);
        QCOMPARE(f.catalog.setPrice(f.admin, p, kNoId, 1100, day(10)).error().code, Error::Code::Conflict);
        QCOMPARE(f.catalog.setPrice(f.admin, p, 9999, 1100, day(10)).error().code, Error::Code::NotFound);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM product_prices")), 2);

        QCOMPARE(f.catalog.priceAt(f.admin, p, main, day(0).addSecs(-1)).error().code, Error::Code::NotFound);
        QCOMPARE(*f.catalog.priceAt(f.admin, p, main, day(0)), Money(1000));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, main, day(10).addSecs(-1)), Money(1000));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, main, day(10)), Money(1200));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, kNoId, day(400)), Money(1200));

        // The north branch has its own price from day 2 until it hands back on day 12.
        f.clock.set(day(1));
        QVERIFY(f.catalog.setPrice(f.admin, p, north, 900, day(2)).ok());
        QVERIFY(f.catalog.clearBranchPrice(f.admin, p, north, day(12)).ok());
        QCOMPARE(f.catalog.clearBranchPrice(f.admin, p, kNoId, day(13)).error().code, Error::Code::Invalid);
        QCOMPARE(*f.catalog.priceAt(f.admin, p, north, day(1)), Money(1000));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, north, day(2)), Money(900));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, north, day(11)), Money(900)); // override beats the new price
        QCOMPARE(*f.catalog.priceAt(f.admin, p, north, day(12)), Money(1200));
        QCOMPARE(*f.catalog.priceAt(f.admin, p, main, day(3)), Money(1000));

        const Result<QList<PricePeriod>> all = f.catalog.priceHistory(f.admin, p);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).price, Money(1000));
        QCOMPARE(all->at(0).from, day(0));
        QCOMPARE(all->at(0).until, day(10));
        QCOMPARE(all->at(1).price, Money(1200));
        QVERIFY(!all->at(1).until.isValid());

        const Result<QList<PricePeriod>> n = f.catalog.priceHistory(f.admin, p, north);
        QVERIFY(n.ok());
        QCOMPARE(n->size(), 3);
        QCOMPARE(n->at(0).price, Money(1000));
        QCOMPARE(n->at(0).branchId, kNoId);
        QCOMPARE(n->at(0).until, day(2));
        QCOMPARE(n->at(1).price, Money(900));
        QCOMPARE(n->at(1).branchId, north);
        QCOMPARE(n->at(1).from, day(2));
        QCOMPARE(n->at(1).until, day(12));
        QCOMPARE(n->at(2).price, Money(1200));
        QCOMPARE(n->at(2).from, day(12));
        QVERIFY(!n->at(2).until.isValid());
        QCOMPARE(changed.count(), 4);
    }

    void roles_data() { CLUB_ADD_ENGINE_ROWS(); }
    void roles()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P1"));
        for (Role role : {Role::Staff, Role::Accountant}) {
            const Actor who = f.t.actorWithRole(role);
            QVERIFY(who.operatorId != kNoId);
            QVERIFY(f.catalog.product(who, p).ok());
            QVERIFY(f.catalog.search(who, QStringLiteral("P1")).ok());
            Product d;
            d.code = QStringLiteral("X");
            d.nameEn = QStringLiteral("X");
            QCOMPARE(f.catalog.createProduct(who, d).error().code, Error::Code::Forbidden);
            QCOMPARE(f.catalog.setPrice(who, p, kNoId, 5, day(1)).error().code, Error::Code::Forbidden);
            QCOMPARE(f.catalog.createGroup(who, QStringLiteral("G")).error().code, Error::Code::Forbidden);
        }
        const Actor manager = f.t.actorWithRole(Role::Manager);
        QVERIFY(f.catalog.setPrice(manager, p, kNoId, 5, day(1)).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM products")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM product_prices")), 1);
    }

    void pricesAreAppendOnly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pricesAreAppendOnly()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P1"));
        QVERIFY(f.catalog.setPrice(f.admin, p, kNoId, 1000, day(0)).ok());
        SqlQuery update(f.t.db(), QStringLiteral("UPDATE product_prices SET price = 1"));
        QVERIFY(!update.exec());
        SqlQuery remove(f.t.db(), QStringLiteral("DELETE FROM product_prices"));
        QVERIFY(!remove.exec());
        QCOMPARE(*f.catalog.priceAt(f.admin, p, kNoId, day(0)), Money(1000));
    }
};

QTEST_GUILESS_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
