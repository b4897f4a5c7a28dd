// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPrice = 50'000;

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , hub(t.db(), clock)
    {
        if (admin.operatorId == kNoId)
            return;
        staff = t.actorWithRole(Role::Staff);
        Result<Warehouse> w = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        Product d;
        d.code = QStringLiteral("Q1");
        d.nameEn = QStringLiteral("Tea");
        Result<Product> p = hub.catalog().createProduct(admin, d);
        if (!w || !p || !hub.catalog().setPrice(admin, p->id, kNoId, kPrice, kStart))
            return;
        product = p->id;
        StockMovement m;
        m.productId = product;
        m.warehouseId = w->id;
        m.kind = MovementKind::Receipt;
        m.qty = 100;
        if (!hub.inventory().record(admin, m))
            product = kNoId;
        for (int n : {1, 2}) {
            Result<Member> made = hub.members().create(admin, Club::Test::memberDraft(n));
            members.append(made ? made->id : kNoId);
        }
    }
    bool ok() const
    {
        return t.ok() && staff.operatorId != kNoId && product != kNoId && members.size() == 2 &&
               !members.contains(kNoId);
    }
    // A sale of `qty` units to `memberId` (kNoId: walk-in), an hour after the previous one.
    Sale sell(Id memberId, qint64 qty)
    {
        clock.advanceSecs(3600);
        QuoteRequest r;
        r.memberId = memberId;
        r.lines = {{product, qty, 0}};
        Result<Sale> s = hub.sales().commit(staff, r, QStringLiteral("q%1").arg(++keys));
        return s ? *s : Sale{};
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    ServiceHub hub;
    Id product = kNoId;
    QList<Id> members;
    int keys = 0;
};

QList<qint64> receipts(const QList<Sale> &sales)
{
    QList<qint64> out;
    for (const Sale &s : sales)
        out << s.receiptNo;
    return out;
}
} // namespace

#define QUERIES_FIXTURE()                                                                                              \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestSalesQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byReceiptFindsTheBranchSale_data() { CLUB_ADD_ENGINE_ROWS(); }
    void byReceiptFindsTheBranchSale()
    {
        QUERIES_FIXTURE();
        const Sale first = f.sell(f.members.at(0), 2);
        const Sale second = f.sell(kNoId, 3);
        QCOMPARE(first.receiptNo, 1);
        QCOMPARE(second.receiptNo, 2);

        const Result<Sale> found = f.hub.sales().saleByReceipt(f.staff, f.staff.branchId, 2);
        QVERIFY(found.ok());
        QCOMPARE(found->id, second.id);
        QCOMPARE(found->memberId, kNoId);
        QCOMPARE(found->lines.size(), 1);
        QCOMPARE(found->lines.at(0).qty, 3);
        QCOMPARE(found->net, 3 * kPrice);

        const Result<Sale> missing = f.hub.sales().saleByReceipt(f.staff, f.staff.branchId, 3);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        const Result<Sale> otherBranch = f.hub.sales().saleByReceipt(f.staff, f.staff.branchId + 1000, 1);
        QVERIFY(!otherBranch.ok());
        QCOMPARE(otherBranch.error().code, Error::Code::NotFound);
        QVERIFY(!f.hub.sales().saleByReceipt(Actor{}, f.staff.branchId, 1).ok());
    }

    void byReceiptCountsReturnedQuantities_data() { CLUB_ADD_ENGINE_ROWS(); }
    void byReceiptCountsReturnedQuantities()
    {
        QUERIES_FIXTURE();
        const Sale sale = f.sell(f.members.at(0), 4);
        QVERIFY(sale.id != kNoId);
        QVERIFY(f.hub.sales().returnSale(f.staff, sale.id, {{sale.lines.at(0).id, 1}}, QStringLiteral("r1")).ok());
        const Result<Sale> found = f.hub.sales().saleByReceipt(f.staff, f.staff.branchId, sale.receiptNo);
        QVERIFY(found.ok());
        QCOMPARE(found->lines.at(0).returnedQty, 1);
    }

    void memberSalesNewestFirst_data() { CLUB_ADD_ENGINE_ROWS(); }
    void memberSalesNewestFirst()
    {
        QUERIES_FIXTURE();
        const Id mine = f.members.at(0);
        const Id other = f.members.at(1);
        f.sell(mine, 1);  // receipt 1
        f.sell(other, 1); // 2
        f.sell(kNoId, 1); // 3
        f.sell(mine, 2);  // 4
        f.sell(mine, 3);  // 5

        Result<QList<Sale>> all = f.hub.sales().salesOfMember(f.staff, mine, 20);
        QVERIFY(all.ok());
        QCOMPARE(receipts(*all), (QList<qint64>{5, 4, 1}));
        QCOMPARE(all->at(0).lines.at(0).qty, 3);
        QCOMPARE(all->at(0).memberId, mine);

        Result<QList<Sale>> two = f.hub.sales().salesOfMember(f.staff, mine, 2);
        QVERIFY(two.ok());
        QCOMPARE(receipts(*two), (QList<qint64>{5, 4}));

        Result<QList<Sale>> theirs = f.hub.sales().salesOfMember(f.staff, other, 20);
        QVERIFY(theirs.ok());
        QCOMPARE(receipts(*theirs), (QList<qint64>{2}));
        Result<QList<Sale>> none = f.hub.sales().salesOfMember(f.staff, other + 1000, 20);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QVERIFY(!f.hub.sales().salesOfMember(Actor{}, mine, 20).ok());
    }
};

QTEST_GUILESS_MAIN(TestSalesQueries)
#include "tst_salesqueries.moc"
