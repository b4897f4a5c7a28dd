// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "cards/CardStockService.h"
#include "demo/DemoData.h"
#include "inventory/InventoryService.h"
#include "reports/ReportCsv.h"
#include "reports/ReportSql.h"
#include "sales/SalesService.h"
#include "TestMain.h"

#include <QFile>
#include <QTest>

using namespace Club::Core;
using namespace Club::Test;

namespace {

// The demo club on a clock that stands still: the same club on both engines, every run.
const QDateTime kDemoNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); // 1405/08/29 in Tehran

// Jalali 1405/04/01 to the end of 1405/08 (Tir to Aban), Tehran days.
ReportFilters demoRange()
{
    ReportFilters f;
    f.from = jalaliTehran(1405, 4, 1, 0, 0);
    f.to = jalaliTehran(1405, 9, 1, 0, 0);
    return f;
}

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(CLUB_GOLDEN_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeGolden(const QString &name, const QByteArray &csv)
{
    QFile file(QStringLiteral(CLUB_GOLDEN_DIR "/") + name);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(csv) == csv.size();
}

// The first differing line, for the failure message.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return QStringLiteral("line %1:\n  got      %2\n  expected %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(e.value(i)));
    }
    return {};
}

SalesSettings tehranSettings(SalesSettings s)
{
    s.zone = kTehran;
    s.calendar = kJalali;
    return s;
}


// The demo club sells nothing on credit and has no tier programme: three members buy on
// credit 100, 50 and 10 days before the demo's "now" with a credit card type that needs no
// PIN and has a programme, so the debts report has aging buckets to show and the tiers
// report moves.
QString addDebts(ServiceHub &hub, ManualClock &clock, const Actor &admin, const Actor &staff)
{
    CardType type;
    type.name = QStringLiteral("Store credit");
    type.kind = CardKind::Credit;
    type.prefix = QStringLiteral("6289");
    type.maxPerMember = 0;
    Result<CardType> made = hub.cards().createCardType(admin, type);
    if (!made)
        return errorText(made.error());
    if (Status s = hub.credit().setCardTypeLimit(admin, made->id, 50'000'000, QStringLiteral("test"),
                                                   clock.nowUtc().addDays(-200)); !s)
        return errorText(s.error());
    // A tier programme on the type, so these members move between tiers as they buy.
    TierProgram program;
    program.cardTypeId = made->id;
    program.basis = TierBasis::AmountSpent;
    program.windowDays = 365;
    program.reviewDays = 30;
    program.tiers = {{QStringLiteral("bronze"), QStringLiteral("برنزی"), QStringLiteral("برونزي"),
                      QStringLiteral("Bronze"), 1, 0},
                     {QStringLiteral("silver"), QStringLiteral("نقره‌ای"), QStringLiteral("فضي"),
                      QStringLiteral("Silver"), 2, 5'000'000},
                     {QStringLiteral("gold"), QStringLiteral("طلایی"), QStringLiteral("ذهبي"), QStringLiteral("Gold"),
                      3, 20'000'000}};
    if (Status s = hub.tiers().saveProgram(admin, program); !s)
        return errorText(s.error());
    SqlQuery product(hub.database(), QStringLiteral("SELECT id FROM products WHERE is_gift = 0 AND active = 1 ORDER "
                                                    "BY code LIMIT 1"));
    SqlQuery members(hub.database(), QStringLiteral("SELECT id FROM members ORDER BY mobile LIMIT 3"));
    if (!product.exec() || !product.next() || !members.exec())
        return QStringLiteral("no product or members");
    const Id productId = product.value(0).toLongLong();
    const QDateTime now = clock.nowUtc();
    int n = 0;
    for (int daysAgo : {100, 50, 10}) {
        if (!members.next())
            return QStringLiteral("too few members");
        const Id member = members.value(0).toLongLong();
        clock.set(now.addDays(-daysAgo));
        Result<Card> card = hub.cards().issue(admin, member, made->id);
        if (!card)
            return errorText(card.error());
        QuoteRequest r;
        r.memberId = member;
        r.lines = {{productId, 1 + n, 0}};
        r.credit = 100'000 * (n + 1);
        r.tenderCardId = card->id;
        Result<Sale> sale = hub.sales().commit(staff, r, QStringLiteral("credit-sale-%1").arg(++n));
        if (!sale)
            return errorText(sale.error());
    }
    clock.set(now);
    return {};
}


// The demo club gives no gifts, takes no stock and nobody signs in: two members take a
// catalog gift for their points, a product moves to a second warehouse, the main warehouse
// is counted with two differences and posted, and the staff signs in (once mistyping).
QString addStoreLife(ServiceHub &hub, ManualClock &clock, const Actor &admin, const Actor &staff)
{
    const QDateTime now = clock.nowUtc();
    clock.set(now.addDays(-30));
    SqlQuery gift(hub.database(), QStringLiteral("SELECT id FROM products WHERE is_gift = 1 ORDER BY gift_points, code "
                                                 "LIMIT 1"));
    // The two richest points accounts (a family shares one), each through its first member.
    SqlQuery rich(hub.database(), QStringLiteral("SELECT MIN(m.id) FROM members m JOIN ledger_accounts a ON "
                                                 "a.member_account_id = m.account_id AND a.kind = 'points' WHERE "
                                                 "m.active = 1 GROUP BY a.id, a.balance ORDER BY a.balance DESC, a.id "
                                                 "LIMIT 2"));
    if (!gift.exec() || !gift.next() || !rich.exec())
        return QStringLiteral("no gift or members");
    int n = 0;
    while (rich.next()) {
        ++n;
        Result<GiftRedemption> given = hub.sales().registerGift(staff, rich.value(0).toLongLong(),
                                                                gift.value(0).toLongLong(), n,
                                                                QStringLiteral("golden-gift-%1").arg(n));
        if (!given)
            return errorText(given.error());
    }

    clock.set(now.addDays(-20));
    Result<QList<Warehouse>> warehouses = hub.inventory().warehouses(admin, admin.branchId);
    if (!warehouses || warehouses->isEmpty())
        return QStringLiteral("no warehouse");
    const Id main = warehouses->first().id;
    Result<Warehouse> back = hub.inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Back store"));
    if (!back)
        return errorText(back.error());
    Result<QList<StockLevel>> levels = hub.inventory().levels(admin, main);
    if (!levels || levels->size() < 3)
        return QStringLiteral("too few stocked products");
    QList<StockLevel> stocked = *levels;
    std::sort(stocked.begin(), stocked.end(),
              [](const StockLevel &a, const StockLevel &b) { return a.quantity > b.quantity; });
    if (Status s = hub.inventory().transfer(staff, stocked.at(0).productId, main, back->id, 5, QStringLiteral("golden"));
        !s)
        return errorText(s.error());

    clock.set(now.addDays(-15));
    Result<CountSheet> sheet = hub.inventory().openCountSheet(staff, main);
    if (!sheet)
        return errorText(sheet.error());
    Result<QList<CountLine>> lines = hub.inventory().countLines(staff, sheet->id);
    if (!lines)
        return errorText(lines.error());
    for (const CountLine &line : std::as_const(*lines)) {
        const qint64 counted = line.productId == stocked.at(1).productId   ? line.expected - 2
                               : line.productId == stocked.at(2).productId ? line.expected + 1
                                                                           : line.expected;
        if (Status s = hub.inventory().enterCount(staff, sheet->id, line.productId, counted); !s)
            return errorText(s.error());
    }
    if (Status s = hub.inventory().postCountSheet(admin, sheet->id); !s)
        return errorText(s.error());

    clock.set(now.addDays(-5));
    if (Result<Actor> in = hub.auth().login(staff.username, QStringLiteral("secret-pass")); !in)
        return errorText(in.error());
    if (hub.auth().login(staff.username, QStringLiteral("not-the-password")).ok())
        return QStringLiteral("a wrong password signed in");

    // A promotional gift stock card activated for a member who holds no gift card yet: the
    // value the club gave away, for the promotion costs report.
    clock.set(now.addDays(-3));
    CardType promo;
    promo.name = QStringLiteral("Spring promotion");
    promo.kind = CardKind::Gift;
    promo.prefix = QStringLiteral("6289");
    Result<CardType> promoType = hub.cards().createCardType(admin, promo);
    if (!promoType)
        return errorText(promoType.error());
    StockBatchDraft draft;
    draft.cardTypeId = promoType->id;
    draft.quantity = 2;
    draft.preloadedValue = 300'000;
    draft.promotional = true;
    Result<StockBatch> batch = hub.cardStock().createBatch(admin, draft);
    if (!batch)
        return errorText(batch.error());
    StockDistribution handOut;
    handOut.batchId = batch->id;
    handOut.recipient = QStringLiteral("Spring fair");
    if (Result<int> out = hub.cardStock().distribute(admin, handOut); !out)
        return errorText(out.error());
    SqlQuery member(hub.database(), QStringLiteral("SELECT MIN(m.id) FROM members m WHERE m.active = 1 AND NOT EXISTS "
                                                   "(SELECT 1 FROM cards c JOIN card_types t ON t.id = c.card_type_id "
                                                   "WHERE c.member_id = m.id AND t.kind = 'gift')"));
    if (!member.exec() || !member.next())
        return QStringLiteral("no member without a gift card");
    Result<QList<StockCard>> stock = hub.cardStock().cardsOfBatch(admin, batch->id);
    if (!stock || stock->isEmpty())
        return QStringLiteral("no stock cards");
    StockActivation activation;
    activation.stockCardId = stock->first().id;
    activation.memberId = member.value(0).toLongLong();
    if (Result<StockActivationResult> act = hub.cardStock().activate(admin, activation); !act)
        return errorText(act.error());
    clock.set(now);
    return {};
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("شعبه مرکزی") << QStringLiteral("شعبه مرکزی");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void csv()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        ReportTable t;
        t.calendar = kJalali;
        t.columns = {{QStringLiteral("t"), QStringLiteral("Name"), ColumnKind::Text},
                     {QStringLiteral("m"), QStringLiteral("Month"), ColumnKind::Month},
                     {QStringLiteral("d"), QStringLiteral("Day"), ColumnKind::Date},
                     {QStringLiteral("money"), QStringLiteral("Net"), ColumnKind::Money},
                     {QStringLiteral("p"), QStringLiteral("Share"), ColumnKind::Percent}};
        t.rows = {{text, kJalali.dateFromParts(1405, 1, 1), QDate(2026, 3, 21), qint64(-1'250'000), qint64(2505)}};
        const QByteArray csv = ReportCsv::toCsv(t);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString expected = QStringLiteral("Name,Month,Day,Net,Share\r\n") + cell +
                                 QStringLiteral(",1405-01,1405-01-01,-1250000,25.05\r\n");
        QCOMPARE(QString::fromUtf8(csv.mid(3)), expected);
        QCOMPARE(ReportCsv::percentText(-7), QStringLiteral("-0.07"));
    }

    // Each report of the demo club, as CSV, against its golden file; the same files on both
    // engines. CLUB_UPDATE_GOLDENS=1 writes them (look at each before committing it).
    void goldens_data() { CLUB_ADD_ENGINE_ROWS(); }
    void goldens()
    {
        QFETCH(int, engine);
        TestDatabase t{Database::Engine(engine)};
        const Actor admin = t.admin();
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ManualClock clock(kDemoNow);
        {
            DemoDataGenerator generator(t.db(), clock);
            LOYALTY_VERIFY_OK(generator.generate(admin, {40, 1405, 5}));
        }
        ServiceHub hub(t.db(), clock);
        hub.sales().setSettings(tehranSettings(hub.sales().settings()));
        const Actor accountant = t.actorWithRole(Role::Accountant);
        const Actor staff = t.actorWithRole(Role::Staff);
        const QString debts = addDebts(hub, clock, admin, staff);
        QVERIFY2(debts.isEmpty(), qPrintable(debts));
        const QString life = addStoreLife(hub, clock, admin, staff);
        QVERIFY2(life.isEmpty(), qPrintable(life));
        const bool update = qEnvironmentVariableIntValue("CLUB_UPDATE_GOLDENS") == 1;
        QStringList failures;
        for (const ReportService::Info &info : ReportService::catalogue()) {
            ReportFilters f = demoRange();
            for (ReportPeriod period : {ReportPeriod::Month, ReportPeriod::Day}) {
                if (period == ReportPeriod::Day && !(info.filters & FilterPeriod))
                    continue;
                f.period = period;
                const QString name = reportKindKey(info.kind) +
                                     (period == ReportPeriod::Day ? QStringLiteral("_daily.csv") : QStringLiteral(".csv"));
                Result<ReportTable> table = hub.reports().run(accountant, info.kind, f);
                QVERIFY2(table.ok(), qPrintable(name + QLatin1Char(' ') + (table.ok() ? QString() : errorText(table.error()))));
                QVERIFY2(!table->rows.isEmpty(), qPrintable(name + QStringLiteral(": no rows")));
                const QByteArray csv = ReportCsv::toCsv(*table);
                if (update) {
                    QVERIFY(writeGolden(name, csv));
                    continue;
                }
                const QByteArray expected = golden(name);
                if (csv != expected)
                    failures << name + QLatin1Char(' ') + firstDifference(csv, expected);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Exact figures of a tiny store: two sales, a return, a redemption, pending points.
    void knownFigures_data() { CLUB_ADD_ENGINE_ROWS(); }
    void knownFigures()
    {
        QFETCH(int, engine);
        // 1405/02/10 12:00 Tehran; points stay pending 7 days (LoyaltyFixture).
        LoyaltyFixture fx(Database::Engine(engine), jalaliTehran(1405, 2, 10));
        QVERIFY2(fx.ok(), qPrintable(fx.problem()));
        fx.hub.sales().setSettings(tehranSettings(fx.settings()));
        LOYALTY_VERIFY_OK(fx.sell(fx.member, 2)); // 200,000: 200 points, pending
        fx.clock.set(jalaliTehran(1405, 3, 5));
        LOYALTY_VERIFY_OK(fx.sell(fx.member, 1, 100)); // pays 100 points (10,000), earns 90
        fx.clock.set(jalaliTehran(1405, 3, 6));
        ReportFilters f;
        f.from = jalaliTehran(1405, 2, 1, 0, 0);
        f.to = jalaliTehran(1405, 4, 1, 0, 0);

        Result<ReportTable> sales = fx.hub.reports().run(fx.manager, ReportKind::Sales, f);
        LOYALTY_VERIFY_OK(sales);
        QCOMPARE(sales->rows.size(), 2);
        QCOMPARE(sales->rows.at(0).at(0).toDate(), kJalali.dateFromParts(1405, 2, 1));
        QCOMPARE(sales->rows.at(0).at(sales->column(QStringLiteral("net"))).toLongLong(), qint64(200'000));
        QCOMPARE(sales->rows.at(1).at(sales->column(QStringLiteral("receipts"))).toLongLong(), qint64(1));
        QCOMPARE(sales->rows.at(1).at(sales->column(QStringLiteral("net"))).toLongLong(), qint64(100'000));

        Result<ReportTable> points = fx.hub.reports().run(fx.manager, ReportKind::PointsActivity, f);
        LOYALTY_VERIFY_OK(points);
        QCOMPARE(points->rows.size(), 2); // Ordibehesht and Khordad, both shown
        const int issued = points->column(QStringLiteral("issued"));
        const int redeemed = points->column(QStringLiteral("redeemed"));
        const int pending = points->column(QStringLiteral("pending"));
        QCOMPARE(points->rows.at(0).at(issued).toLongLong(), qint64(200));
        QCOMPARE(points->rows.at(0).at(pending).toLongLong(), qint64(0)); // available since 1405/02/17
        QCOMPARE(points->rows.at(1).at(redeemed).toLongLong(), qint64(100));
        QCOMPARE(points->rows.at(1).at(issued).toLongLong(), qint64(90));
        QCOMPARE(points->rows.at(1).at(pending).toLongLong(), qint64(90));

        Result<ReportTable> liability = fx.hub.reports().run(fx.manager, ReportKind::PointsLiability, f);
        LOYALTY_VERIFY_OK(liability);
        const int held = liability->column(QStringLiteral("outstanding"));
        QCOMPARE(liability->rows.at(0).at(held).toLongLong(), qint64(200));
        QCOMPARE(liability->rows.at(1).at(held).toLongLong(), qint64(190));
        QCOMPARE(liability->rows.at(1).at(liability->column(QStringLiteral("liability"))).toLongLong(),
                 qint64(190 * LoyaltyFixture::kPointValue));
        QCOMPARE(liability->rows.at(2 - 1).at(0).toDate(), kJalali.dateFromParts(1405, 3, 1));

        // Filters narrow: a tier nobody holds leaves no sales.
        f.tier = QStringLiteral("platinum");
        Result<ReportTable> none = fx.hub.reports().run(fx.manager, ReportKind::Sales, f);
        LOYALTY_VERIFY_OK(none);
        QVERIFY(none->rows.isEmpty());

        Result<QList<MemberMonth>> months = fx.hub.reports().memberMonths(fx.staff, fx.member.id);
        LOYALTY_VERIFY_OK(months);
        QCOMPARE(months->size(), 12);
        QCOMPARE(months->last().month, kJalali.dateFromParts(1405, 3, 1));
        QCOMPARE(months->last().spend, qint64(100'000));
        QCOMPARE(months->last().spent, qint64(100));
        QCOMPARE(months->last().earned, qint64(90));
        QCOMPARE(months->at(10).spend, qint64(200'000));
        QCOMPARE(months->at(10).earned, qint64(200));
    }

    // Exact figures of the newer reports on a tiny store: five members, member k buying k
    // times, the last time k days after the 20th; members 2 to 5 brought in by member 1.
    void moreFigures_data() { CLUB_ADD_ENGINE_ROWS(); }
    void moreFigures()
    {
        QFETCH(int, engine);
        LoyaltyFixture fx(Database::Engine(engine), jalaliTehran(1405, 2, 10));
        QVERIFY2(fx.ok(), qPrintable(fx.problem()));
        fx.hub.sales().setSettings(tehranSettings(fx.settings()));
        QList<Member> members{fx.member};
        for (int n = 2; n <= 5; ++n) {
            Member draft = memberDraft(n);
            draft.referrerId = fx.member.id;
            Result<Member> made = fx.hub.members().create(fx.admin, draft);
            LOYALTY_VERIFY_OK(made);
            members << *made;
        }
        QList<std::pair<QDateTime, int>> visits;
        for (int k = 1; k <= 5; ++k) {
            for (int j = 0; j < k - 1; ++j)
                visits.append({jalaliTehran(1405, 2, 11 + j), k});
            visits.append({jalaliTehran(1405, 2, 20 + k), k});
        }
        std::sort(visits.begin(), visits.end());
        for (const auto &v : std::as_const(visits)) {
            fx.clock.set(v.first);
            LOYALTY_VERIFY_OK(fx.sell(members.at(v.second - 1), 1));
        }
        fx.clock.set(jalaliTehran(1405, 3, 2));
        ReportFilters f;
        f.from = jalaliTehran(1405, 2, 1, 0, 0);
        f.to = jalaliTehran(1405, 3, 1, 0, 0);

        // Stock: 1,000 received at the opening, 15 sold, valued at the selling price.
        Result<ReportTable> stock = fx.hub.reports().run(fx.manager, ReportKind::Stock, f);
        LOYALTY_VERIFY_OK(stock);
        QCOMPARE(stock->rows.size(), 1);
        const QVariantList &line = stock->rows.at(0);
        QCOMPARE(line.at(stock->column(QStringLiteral("opening"))).toLongLong(), qint64(0));
        QCOMPARE(line.at(stock->column(QStringLiteral("received"))).toLongLong(), qint64(1000));
        QCOMPARE(line.at(stock->column(QStringLiteral("sold"))).toLongLong(), qint64(15));
        QCOMPARE(line.at(stock->column(QStringLiteral("closing"))).toLongLong(), qint64(985));
        QCOMPARE(line.at(stock->column(QStringLiteral("value"))).toLongLong(), qint64(985) * LoyaltyFixture::kPrice);

        // RFM: scores k, k, k for member k; two champions, one loyal, two lost.
        Result<ReportTable> top = fx.hub.reports().run(fx.manager, ReportKind::TopCustomers, f);
        LOYALTY_VERIFY_OK(top);
        QCOMPARE(top->rows.size(), 5);
        for (int rank = 1; rank <= 5; ++rank) {
            const QVariantList &row = top->rows.at(rank - 1);
            const int k = 6 - rank;
            QCOMPARE(row.at(top->column(QStringLiteral("member"))).toString(), members.at(k - 1).fullName());
            QCOMPARE(row.at(top->column(QStringLiteral("spend"))).toLongLong(), k * LoyaltyFixture::kPrice);
            QCOMPARE(row.at(top->column(QStringLiteral("receipts"))).toLongLong(), qint64(k));
            QCOMPARE(row.at(top->column(QStringLiteral("days"))).toLongLong(), qint64(11 - k));
            QCOMPARE(row.at(top->column(QStringLiteral("r"))).toLongLong(), qint64(k));
            QCOMPARE(row.at(top->column(QStringLiteral("f"))).toLongLong(), qint64(k));
            QCOMPARE(row.at(top->column(QStringLiteral("m"))).toLongLong(), qint64(k));
        }
        Result<ReportTable> rfm = fx.hub.reports().run(fx.manager, ReportKind::Rfm, f);
        LOYALTY_VERIFY_OK(rfm);
        QList<qint64> perSegment;
        for (const QVariantList &row : rfm->rows)
            perSegment << row.at(rfm->column(QStringLiteral("members"))).toLongLong();
        QCOMPARE(perSegment, (QList<qint64>{2, 1, 0, 0, 0, 2}));
        QCOMPARE(rfm->rows.at(0).at(rfm->column(QStringLiteral("spend"))).toLongLong(), 9 * LoyaltyFixture::kPrice);

        // Referrals: four brought in, all of them bought.
        Result<ReportTable> referrals = fx.hub.reports().run(fx.manager, ReportKind::Referrals, f);
        LOYALTY_VERIFY_OK(referrals);
        QCOMPARE(referrals->rows.size(), 1);
        QCOMPARE(referrals->rows.at(0).at(0).toString(), fx.member.fullName());
        QCOMPARE(referrals->rows.at(0).at(referrals->column(QStringLiteral("joined"))).toLongLong(), qint64(4));
        QCOMPARE(referrals->rows.at(0).at(referrals->column(QStringLiteral("active"))).toLongLong(), qint64(4));
        QCOMPARE(referrals->rows.at(0).at(referrals->column(QStringLiteral("spend"))).toLongLong(),
                 14 * LoyaltyFixture::kPrice);

        // Operator activity: the staff sold 15 times.
        Result<ReportTable> operators = fx.hub.reports().run(fx.manager, ReportKind::OperatorActivity, f);
        LOYALTY_VERIFY_OK(operators);
        qint64 sales = 0;
        for (const QVariantList &row : operators->rows) {
            if (row.at(1).toString() == fx.staff.fullName)
                sales += row.at(operators->column(QStringLiteral("sales"))).toLongLong();
        }
        QCOMPARE(sales, qint64(15));

        // A tier filter on the operator report makes no sense: refused with the filter at fault.
        f.tier = QStringLiteral("gold");
        Result<ReportTable> refused = fx.hub.reports().run(fx.manager, ReportKind::OperatorActivity, f);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("tier"));
    }

    void refusals()
    {
        LoyaltyFixture fx(Database::Engine::SQLite, jalaliTehran(1405, 2, 10));
        QVERIFY2(fx.ok(), qPrintable(fx.problem()));
        ReportFilters f;
        f.from = jalaliTehran(1405, 2, 1, 0, 0);
        f.to = jalaliTehran(1405, 3, 1, 0, 0);

        Result<ReportTable> staff = fx.hub.reports().run(fx.staff, ReportKind::Sales, f);
        QVERIFY(!staff.ok());
        QCOMPARE(staff.error().code, Error::Code::Forbidden);

        ReportFilters backwards = f;
        std::swap(backwards.from, backwards.to);
        Result<ReportTable> r = fx.hub.reports().run(fx.manager, ReportKind::Sales, backwards);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("from"));

        ReportFilters long_ = f;
        long_.from = f.from.addDays(-500);
        long_.period = ReportPeriod::Day;
        r = fx.hub.reports().run(fx.manager, ReportKind::Sales, long_);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("period"));

        ReportFilters group = f;
        group.productGroupId = 1;
        r = fx.hub.reports().run(fx.manager, ReportKind::PointsActivity, group);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("productGroup"));
        QVERIFY(fx.hub.reports().run(fx.manager, ReportKind::Sales, group).ok());

        // Stopping: the progress callback says no.
        r = fx.hub.reports().run(fx.manager, ReportKind::Sales, f, [](int, int) { return false; });
        QVERIFY(!r.ok());
        QVERIFY(ReportSql::isCancelled(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
