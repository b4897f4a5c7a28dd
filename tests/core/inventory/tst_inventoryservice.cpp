// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC))
        , admin(t.admin())
        , catalog(t.db(), clock)
        , inventory(t.db(), clock)
    {}
    bool ok() const { return t.ok() && admin.operatorId != kNoId; }

    Id product(const QString &code, bool tracksStock = true)
    {
        Product d;
        d.code = code;
        d.nameEn = code;
        d.tracksStock = tracksStock;
        const Result<Product> made = catalog.createProduct(admin, d);
        return made ? made->id : kNoId;
    }

    Id warehouse(const QString &name)
    {
        const Result<Warehouse> w = inventory.createWarehouse(admin, admin.branchId, name);
        return w ? w->id : kNoId;
    }

    Result<Id> move(const Actor &who, Id p, Id w, MovementKind kind, qint64 qty, const QString &note = {})
    {
        StockMovement m;
        m.productId = p;
        m.warehouseId = w;
        m.kind = kind;
        m.qty = qty;
        m.reference = QStringLiteral("ref");
        m.note = note;
        return inventory.record(who, m);
    }

    qint64 level(Id p, Id w) { return inventory.level(admin, p, w).value(); }

    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    bool clean()
    {
        const Result<QList<StockMismatch>> v = inventory.verify(admin);
        return v && v->isEmpty();
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    CatalogService catalog;
    InventoryService inventory;
};
} // namespace

class TestInventoryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsAndKinds_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<bool>("accepted");
        const QList<std::tuple<const char *, MovementKind, qint64, bool>> rows = {
            {"receipt in", MovementKind::Receipt, 5, true},
            {"receipt out", MovementKind::Receipt, -5, false},
            {"return in", MovementKind::Return, 2, true},
            {"return zero", MovementKind::Return, 0, false},
            {"sale out", MovementKind::Sale, -3, true},
            {"sale in", MovementKind::Sale, 3, false},
            {"gift out", MovementKind::GiftIssue, -1, true},
            {"gift in", MovementKind::GiftIssue, 1, false},
            {"adjustment in", MovementKind::Adjustment, 4, true},
            {"adjustment out", MovementKind::Adjustment, -4, true},
            {"transfer by hand", MovementKind::TransferIn, 4, false},
            {"count by hand", MovementKind::CountAdjustment, 4, false},
        };
        for (int engine : {int(Database::Engine::SQLite), int(Database::Engine::PostgreSQL)}) {
            for (const auto &[name, kind, qty, accepted] : rows)
                QTest::newRow(qPrintable(QString(TestDatabase::engineName(Database::Engine(engine)) +
                                                 QLatin1Char(':') + QLatin1String(name))))
                    << engine << int(kind) << qty << accepted;
        }
    }
    void signsAndKinds()
    {
        QFETCH(int, engine);
        QFETCH(int, kind);
        QFETCH(qint64, qty);
        QFETCH(bool, accepted);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Id p = f.product(QStringLiteral("P"));
        const Id w = f.warehouse(QStringLiteral("Main"));
        QVERIFY(f.move(f.admin, p, w, MovementKind::Receipt, 10).ok());
        const Result<Id> r = f.move(f.admin, p, w, MovementKind(kind), qty, QStringLiteral("why"));
        QCOMPARE(r.ok(), accepted);
        QCOMPARE(f.level(p, w), accepted ? 10 + qty : 10);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), accepted ? 2 : 1);
        QVERIFY(f.clean());
    }

    void randomSequenceKeepsTheInvariant_data() { CLUB_ADD_ENGINE_ROWS(); }
    void randomSequenceKeepsTheInvariant()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const QList<Id> products = {f.product(QStringLiteral("A")), f.product(QStringLiteral("B")),
                                    f.product(QStringLiteral("C"))};
        const QList<Id> stores = {f.warehouse(QStringLiteral("Shop")), f.warehouse(QStringLiteral("Back"))};
        std::map<std::pair<Id, Id>, qint64> model;
        QRandomGenerator rng(20261123);
        int refused = 0;
        int movements = 0;
        for (int i = 0; i < 250; ++i) {
            const Id p = products.at(rng.bounded(products.size()));
            const Id w = stores.at(rng.bounded(stores.size()));
            const qint64 n = rng.bounded(1, 8);
            qint64 &have = model[{p, w}];
            switch (rng.bounded(6)) {
            case 0:
                QVERIFY(f.move(f.admin, p, w, MovementKind::Receipt, n).ok());
                have += n;
                ++movements;
                break;
            case 1: // sales may go below zero
                QVERIFY(f.move(f.admin, p, w, MovementKind::Sale, -n).ok());
                have -= n;
                ++movements;
                break;
            case 2:
                QVERIFY(f.move(f.admin, p, w, MovementKind::Return, n).ok());
                have += n;
                ++movements;
                break;
            case 3:
            case 4: {
                const Id other = stores.at(w == stores.at(0) ? 1 : 0);
                const Status s = f.inventory.transfer(f.admin, p, w, other, n);
                QCOMPARE(s.ok(), have - n >= 0);
                if (s) {
                    have -= n;
                    model[{p, other}] += n;
                    movements += 2;
                } else {
                    QCOMPARE(s.error().code, Error::Code::Conflict);
                    ++refused;
                }
                break;
            }
            case 5: {
                const qint64 d = rng.bounded(2) ? n : -n;
                const Result<Id> r = f.move(f.admin, p, w, MovementKind::Adjustment, d, QStringLiteral("found"));
                QCOMPARE(r.ok(), d > 0 || have + d >= 0); // stock coming in is never refused
                if (r) {
                    have += d;
                    ++movements;
                } else {
                    ++refused;
                }
                break;
            }
            }
        }
        QVERIFY(refused > 0);
        for (const auto &[key, qty] : model)
            QCOMPARE(f.level(key.first, key.second), qty);
        for (Id w : stores) {
            const Result<QList<StockLevel>> all = f.inventory.levels(f.admin, w);
            QVERIFY(all.ok());
            for (const StockLevel &l : *all)
                QCOMPARE(l.quantity, (model[{l.productId, w}]));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), movements);
        QVERIFY(f.clean());

        // verify() is able to see a damaged cache (the level table is not append only).
        SqlQuery damage(f.t.db(), QStringLiteral("UPDATE stock_levels SET quantity = quantity + 1 WHERE product_id = :p "
                                                 "AND warehouse_id = :w"));
        damage.bind(QStringLiteral(":p"), products.at(0)).bind(QStringLiteral(":w"), stores.at(0));
        QVERIFY(damage.exec().ok());
        const Result<QList<StockMismatch>> bad = f.inventory.verify(f.admin);
        QVERIFY(bad.ok());
        QCOMPARE(bad->size(), 1);
        QCOMPARE(bad->at(0).productId, products.at(0));
        QCOMPARE(bad->at(0).cached, bad->at(0).movements + 1);
    }

    void refusedNegativeWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusedNegativeWritesNothing()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P"));
        const Id shop = f.warehouse(QStringLiteral("Shop"));
        const Id back = f.warehouse(QStringLiteral("Back"));
        QVERIFY(f.move(f.admin, p, shop, MovementKind::Receipt, 3).ok());
        const qint64 audit = f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QSignalSpy changed(&f.inventory, &InventoryService::stockChanged);

        QCOMPARE(f.move(f.admin, p, shop, MovementKind::Adjustment, -4, QStringLiteral("x")).error().code,
                 Error::Code::Conflict);
        QCOMPARE(f.inventory.transfer(f.admin, p, shop, back, 4).error().code, Error::Code::Conflict);
        QCOMPARE(f.level(p, shop), 3);
        QCOMPARE(f.level(p, back), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        QCOMPARE(changed.count(), 0);

        // A sale may go below zero; it then shows as low stock.
        QVERIFY(f.move(f.admin, p, shop, MovementKind::Sale, -5).ok());
        QCOMPARE(f.level(p, shop), -2);
        const Result<QList<StockLevel>> low = f.inventory.lowStock(f.admin, shop);
        QVERIFY(low.ok());
        QCOMPARE(low->size(), 1);
        QCOMPARE(low->at(0).quantity, -2);
        // Stock coming in is accepted even while the level stays below zero.
        QVERIFY(f.move(f.admin, p, shop, MovementKind::Return, 1).ok());
        QCOMPARE(f.level(p, shop), -1);
        QVERIFY(f.clean());
    }

    void transferBothSidesOrNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void transferBothSidesOrNothing()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P"));
        const Id service = f.product(QStringLiteral("S"), false);
        const Id shop = f.warehouse(QStringLiteral("Shop"));
        const Id back = f.warehouse(QStringLiteral("Back"));
        QVERIFY(f.move(f.admin, p, shop, MovementKind::Receipt, 10).ok());
        // The leaving side succeeds, the arriving side fails: nothing remains.
        QCOMPARE(f.inventory.transfer(f.admin, p, shop, 9999, 4).error().code, Error::Code::NotFound);
        QCOMPARE(f.inventory.transfer(f.admin, service, shop, back, 1).error().code, Error::Code::Conflict);
        QCOMPARE(f.inventory.transfer(f.admin, p, shop, shop, 1).error().code, Error::Code::Invalid);
        QCOMPARE(f.level(p, shop), 10);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);

        QVERIFY(f.inventory.transfer(f.admin, p, shop, back, 4, QStringLiteral("TR-7")).ok());
        QCOMPARE(f.level(p, shop), 6);
        QCOMPARE(f.level(p, back), 4);
        const Result<QList<StockMovement>> out = f.inventory.movements(f.admin, p, shop);
        const Result<QList<StockMovement>> in = f.inventory.movements(f.admin, p, back);
        QCOMPARE(out->last().kind, MovementKind::TransferOut);
        QCOMPARE(out->last().qty, -4);
        QCOMPARE(in->last().kind, MovementKind::TransferIn);
        QCOMPARE(in->last().reference, QStringLiteral("TR-7 transfer:%1").arg(out->last().id));
        QVERIFY(f.clean());
    }

    void countSheetFlow_data() { CLUB_ADD_ENGINE_ROWS(); }
    void countSheetFlow()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor manager = f.t.actorWithRole(Role::Manager);
        const Id a = f.product(QStringLiteral("A"));
        const Id b = f.product(QStringLiteral("B"));
        const Id c = f.product(QStringLiteral("C"));
        f.product(QStringLiteral("S"), false); // no stock: not on the sheet
        const Id w = f.warehouse(QStringLiteral("Shop"));
        QVERIFY(f.move(staff, a, w, MovementKind::Receipt, 10).ok());
        QVERIFY(f.move(staff, b, w, MovementKind::Receipt, 5).ok());

        const Result<std::optional<CountSheet>> none = f.inventory.currentCountSheet(staff, w);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        const Result<CountSheet> sheet = f.inventory.openCountSheet(staff, w);
        QVERIFY(sheet.ok());
        const Result<std::optional<CountSheet>> current = f.inventory.currentCountSheet(staff, w);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->id, sheet->id);
        QCOMPARE((*current)->status, CountSheetStatus::Open);
        QCOMPARE(f.inventory.openCountSheet(staff, w).error().code, Error::Code::Conflict);
        // The database holds the same line, for a writer that got past the service's check.
        SqlQuery second(f.t.db(), QStringLiteral("INSERT INTO count_sheets (warehouse_id, status, opened_at) "
                                                 "VALUES (:w, 'open', '2026-03-10T08:00:00Z')"));
        second.bind(QStringLiteral(":w"), w);
        QCOMPARE(second.exec().error().code, Error::Code::Duplicate);
        const Result<QList<CountLine>> lines = f.inventory.countLines(staff, sheet->id);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 3);
        QCOMPARE(lines->at(0).expected, 10);
        QCOMPARE(lines->at(1).expected, 5);
        QCOMPARE(lines->at(2).expected, 0);

        QVERIFY(f.inventory.enterCount(staff, sheet->id, a, 8).ok());
        QVERIFY(f.inventory.enterCount(staff, sheet->id, b, 5).ok());
        QVERIFY(f.inventory.enterCount(staff, sheet->id, c, 2).ok());
        QCOMPARE(f.inventory.enterCount(staff, sheet->id, c, -1).error().code, Error::Code::Invalid);
        QCOMPARE(f.inventory.enterCount(staff, sheet->id, 9999, 1).error().code, Error::Code::NotFound);
        const Result<QList<CountLine>> diff = f.inventory.variances(staff, sheet->id);
        QVERIFY(diff.ok());
        QCOMPARE(diff->size(), 2);
        QCOMPARE(diff->at(0).variance(), -2);
        QCOMPARE(diff->at(1).variance(), 2);

        QCOMPARE(f.inventory.postCountSheet(staff, sheet->id).error().code, Error::Code::Forbidden);
        QVERIFY(f.move(staff, a, w, MovementKind::Sale, -1).ok()); // sold while counting
        QSignalSpy posted(&f.inventory, &InventoryService::countSheetPosted);
        QVERIFY(f.inventory.postCountSheet(manager, sheet->id).ok());
        QCOMPARE(posted.count(), 1);
        QCOMPARE(f.level(a, w), 7); // 10 - 1 sold - 2 missing
        QCOMPARE(f.level(b, w), 5);
        QCOMPARE(f.level(c, w), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'count_adjustment'")), 2);

        QCOMPARE(f.inventory.postCountSheet(manager, sheet->id).error().code, Error::Code::Conflict);
        QVERIFY(f.inventory.currentCountSheet(staff, w).ok());
        QVERIFY(!f.inventory.currentCountSheet(staff, w)->has_value()); // posted is no longer current
        QCOMPARE(f.inventory.enterCount(staff, sheet->id, a, 1).error().code, Error::Code::Conflict);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'count_adjustment'")), 2);
        QVERIFY(f.inventory.openCountSheet(staff, w).ok()); // the next count may begin
        QVERIFY(f.clean());
    }

    void countAdjustmentBelowZeroPostsNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void countAdjustmentBelowZeroPostsNothing()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id a = f.product(QStringLiteral("A"));
        const Id b = f.product(QStringLiteral("B"));
        const Id w = f.warehouse(QStringLiteral("Shop"));
        QVERIFY(f.move(f.admin, a, w, MovementKind::Receipt, 5).ok());
        QVERIFY(f.move(f.admin, b, w, MovementKind::Receipt, 5).ok());
        const Result<CountSheet> sheet = f.inventory.openCountSheet(f.admin, w);
        QVERIFY(f.inventory.enterCount(f.admin, sheet->id, a, 9).ok());
        QVERIFY(f.inventory.enterCount(f.admin, sheet->id, b, 1).ok());
        QVERIFY(f.move(f.admin, b, w, MovementKind::Sale, -5).ok()); // b is at 0 now; -4 would go below
        QCOMPARE(f.inventory.postCountSheet(f.admin, sheet->id).error().code, Error::Code::Conflict);
        QCOMPARE(f.level(a, w), 5); // a's line was written first and rolled back
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'count_adjustment'")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM count_sheets WHERE status = 'open'")), 1);
        QVERIFY(f.clean());
    }

    void roles_data() { CLUB_ADD_ENGINE_ROWS(); }
    void roles()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Actor staff = f.t.actorWithRole(Role::Staff);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        const Id p = f.product(QStringLiteral("P"));
        const Id w = f.warehouse(QStringLiteral("Shop"));
        const Id back = f.warehouse(QStringLiteral("Back"));
        QVERIFY(f.move(staff, p, w, MovementKind::Receipt, 5).ok());
        QCOMPARE(f.move(staff, p, w, MovementKind::Adjustment, 1, QStringLiteral("x")).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(f.inventory.createWarehouse(staff, staff.branchId, QStringLiteral("X")).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(f.inventory.setThreshold(staff, p, w, 3).error().code, Error::Code::Forbidden);
        QCOMPARE(f.move(accountant, p, w, MovementKind::Receipt, 1).error().code, Error::Code::Forbidden);
        QCOMPARE(f.inventory.transfer(accountant, p, w, back, 1).error().code, Error::Code::Forbidden);
        QCOMPARE(f.inventory.openCountSheet(accountant, w).error().code, Error::Code::Forbidden);
        QVERIFY(f.inventory.levels(accountant, w).ok());
        QCOMPARE(*f.inventory.level(accountant, p, w), 5);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);
    }

    void thresholds_data() { CLUB_ADD_ENGINE_ROWS(); }
    void thresholds()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id a = f.product(QStringLiteral("A"));
        const Id b = f.product(QStringLiteral("B"));
        const Id c = f.product(QStringLiteral("C"));
        const Id w = f.warehouse(QStringLiteral("Shop"));
        QVERIFY(f.move(f.admin, a, w, MovementKind::Receipt, 3).ok());
        QVERIFY(f.move(f.admin, b, w, MovementKind::Receipt, 10).ok());
        QVERIFY(f.inventory.setThreshold(f.admin, a, w, 3).ok()); // at the threshold: low
        QVERIFY(f.inventory.setThreshold(f.admin, b, w, 3).ok());
        QVERIFY(f.inventory.setThreshold(f.admin, c, w, 1).ok()); // never moved: level 0
        QCOMPARE(f.inventory.setThreshold(f.admin, c, w, -1).error().code, Error::Code::Invalid);
        Result<QList<StockLevel>> low = f.inventory.lowStock(f.admin, w);
        QVERIFY(low.ok());
        QCOMPARE(low->size(), 2);
        QCOMPARE(low->at(0).productId, a);
        QCOMPARE(low->at(0).minimum, 3);
        QCOMPARE(low->at(1).productId, c);
        QCOMPARE(low->at(1).quantity, 0);
        QVERIFY(f.inventory.setThreshold(f.admin, a, w, 0).ok()); // removed
        QVERIFY(f.inventory.setThreshold(f.admin, b, w, 12).ok()); // raised
        low = f.inventory.lowStock(f.admin, w);
        QCOMPARE(low->size(), 2);
        QCOMPARE(low->at(0).productId, b);
        QCOMPARE(low->at(1).productId, c);
    }

    void movementsAreAppendOnly_data() { CLUB_ADD_ENGINE_ROWS(); }
    void movementsAreAppendOnly()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Id p = f.product(QStringLiteral("P"));
        const Id w = f.warehouse(QStringLiteral("Shop"));
        QVERIFY(f.move(f.admin, p, w, MovementKind::Receipt, 5).ok());
        SqlQuery update(f.t.db(), QStringLiteral("UPDATE stock_movements SET qty = 50"));
        QVERIFY(!update.exec());
        SqlQuery remove(f.t.db(), QStringLiteral("DELETE FROM stock_movements"));
        QVERIFY(!remove.exec());
        QCOMPARE(f.count(QStringLiteral("SELECT SUM(qty) FROM stock_movements")), 5);
        QVERIFY(f.clean());
    }
};

QTEST_GUILESS_MAIN(TestInventoryService)
#include "tst_inventoryservice.moc"
