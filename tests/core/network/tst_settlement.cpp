// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QRandomGenerator>

using namespace Club::Core;
using namespace Club::Test;

namespace {
const QDateTime kStart = jalaliTehran(1405, 3, 1, 9);

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : errorText(r.error());
}

#define SET_OK(var, expr)                                                                                              \
    auto var = (expr);                                                                                                 \
    QVERIFY2(var.ok(), qPrintable(why(var)))

// The loyalty store with a network: the home merchant A (the fixture's branch) and merchants
// of a second guild, each with a branch, a warehouse with stock and a desk.
struct Network
{
    explicit Network(LoyaltyFixture &f)
        : f(f)
    {
        Result<Guild> g = f.hub.network().saveGuild(f.admin, Guild{kNoId, QStringLiteral("Grocers"), true});
        Result<QList<Merchant>> all = f.hub.network().merchants(f.admin);
        if (!g || !all)
            return;
        guild = g->id;
        home = all->first().id;
    }

    // A new merchant with one branch; its desk, or an actor with no operator on failure.
    Actor addMerchant(const QString &name, Id *merchantId = nullptr, bool noCrossSpend = false)
    {
        Merchant m;
        m.name = name;
        m.guildId = guild;
        m.noCrossSpend = noCrossSpend;
        Result<Merchant> made = f.hub.network().saveMerchant(f.admin, m);
        if (!made)
            return {};
        NetworkBranch b;
        b.code = name.left(3).toUpper() + QString::number(made->id);
        b.name = name;
        b.merchantId = made->id;
        Result<NetworkBranch> branch = f.hub.network().saveBranch(f.admin, b);
        if (!branch)
            return {};
        Result<Warehouse> w = f.hub.inventory().createWarehouse(f.admin, branch->id, name);
        if (!w)
            return {};
        StockMovement stock;
        stock.productId = f.product;
        stock.warehouseId = w->id;
        stock.kind = MovementKind::Receipt;
        stock.qty = 1000;
        if (!f.hub.inventory().record(f.admin, stock))
            return {};
        if (merchantId)
            *merchantId = made->id;
        Actor desk = f.staff;
        desk.branchId = branch->id;
        return desk;
    }

    Result<Sale> sell(const Actor &desk, const Member &who, qint64 qty, Points redeem = 0)
    {
        return f.hub.sales().commit(desk, f.basket(who, qty, redeem), QStringLiteral("net-sale-%1").arg(++keys));
    }

    // The transaction's legs on settlement accounts, by merchant.
    QMap<Id, Money> legs(Id transactionId)
    {
        QMap<Id, Money> out;
        SqlQuery q(f.t.db(), QStringLiteral("SELECT a.code, e.amount FROM journal_entries e JOIN ledger_accounts a "
                                            "ON a.id = e.ledger_account_id WHERE e.transaction_id = :t "
                                            "AND a.code LIKE 'system:settlement:%'"));
        q.bind(QStringLiteral(":t"), transactionId);
        if (q.exec())
            while (q.next())
                out[q.value(0).toString().section(QLatin1Char(':'), 2).toLongLong()] += q.value(1).toLongLong();
        return out;
    }

    Money settlementBalance(Id merchantId)
    {
        SqlQuery q(f.t.db(), QStringLiteral("SELECT balance FROM ledger_accounts WHERE code = :c"));
        q.bind(QStringLiteral(":c"), QStringLiteral("system:settlement:%1").arg(merchantId));
        Result<QVariant> v = q.scalar();
        return v && v->isValid() ? v->toLongLong() : 0;
    }

    static const SettlementLine *line(const SettlementReport &r, Id merchantId)
    {
        for (const SettlementLine &l : r.merchants) {
            if (l.merchantId == merchantId)
                return &l;
        }
        return nullptr;
    }

    LoyaltyFixture &f;
    Id guild = kNoId;
    Id home = kNoId;
    int keys = 0;
};

#define SETTLEMENT_FIXTURE()                                                                                           \
    QFETCH(int, engine);                                                                                               \
    LoyaltyFixture f(Database::Engine(engine), kStart);                                                                \
    QVERIFY2(f.ok(), qPrintable(f.problem()));                                                                         \
    Network n(f);                                                                                                      \
    QVERIFY(n.home != kNoId)
} // namespace

class TestSettlement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Earned at A, spent at B: the sale's own transaction says A owes B the points' value;
    // a return of half reverses half of it; settling pays the rest and clears both accounts.
    void earnAtASpendAtB_data() { CLUB_ADD_ENGINE_ROWS(); }
    void earnAtASpendAtB()
    {
        SETTLEMENT_FIXTURE();
        Id b = kNoId;
        const Actor deskB = n.addMerchant(QStringLiteral("Bazaar"), &b);
        QVERIFY(deskB.operatorId != kNoId);

        SET_OK(earned, f.sell(f.member, 3)); // 300 points at A, pending a week
        f.clock.advanceDays(8);
        SET_OK(spent, n.sell(deskB, f.member, 2, 200));
        QCOMPARE(spent->pointsValue, 200 * LoyaltyFixture::kPointValue);
        const QMap<Id, Money> legs = n.legs(spent->transactionId);
        QCOMPARE(legs.value(n.home), -20'000);
        QCOMPARE(legs.value(b), 20'000);
        QCOMPARE(n.legs(earned->transactionId).size(), 0); // earning settles nothing

        f.clock.advanceSecs(60);
        const QDateTime to = f.clock.nowUtc();
        SET_OK(report, f.hub.network().settlement(f.manager, kStart, to));
        QCOMPARE(report->total, 0);
        QCOMPARE(report->pairs.size(), 1);
        QCOMPARE(report->pairs.first().debtorId, n.home);
        QCOMPARE(report->pairs.first().creditorId, b);
        QCOMPARE(report->pairs.first().amount, 20'000);
        QCOMPARE(Network::line(*report, n.home)->owes, 20'000);
        QCOMPARE(Network::line(*report, b)->owedTo, 20'000);
        QCOMPARE(Network::line(*report, b)->net(), 20'000);

        // One of the two units back: half the redeemed points return to lots of A, and half
        // of what A owed B is reversed in the return's own transaction.
        SET_OK(ret, f.hub.sales().returnSale(deskB, spent->id, {{spent->lines.first().id, 1}},
                                             QStringLiteral("ret-1")));
        QCOMPARE(ret->pointsRefunded, 100);
        const QMap<Id, Money> back = n.legs(ret->transactionId);
        QCOMPARE(back.value(n.home), 10'000);
        QCOMPARE(back.value(b), -10'000);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM points_lots WHERE transaction_id = %1 AND merchant_id = %2")
                             .arg(ret->transactionId)
                             .arg(n.home)),
                 1);
        f.clock.advanceSecs(60);
        const QDateTime end = f.clock.nowUtc();
        SET_OK(after, f.hub.network().settlement(f.manager, kStart, end));
        QCOMPARE(after->pairs.size(), 1);
        QCOMPARE(after->pairs.first().amount, 10'000);
        QCOMPARE(after->total, 0);
        QCOMPARE(n.settlementBalance(b), 10'000);

        // Settle: one payment transaction clears the period; the same period again replays it.
        QCOMPARE(f.hub.network().settle(f.staff, kStart, end).error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.network().settle(f.manager, kStart, end.addDays(1)).error().code, Error::Code::Conflict);
        SET_OK(paid, f.hub.network().settle(f.manager, kStart, end));
        QVERIFY(paid->paymentTransactionId != kNoId);
        QCOMPARE(n.settlementBalance(b), 0);
        QCOMPARE(n.settlementBalance(n.home), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'settlement.payment'")), 1);
        SET_OK(again, f.hub.network().settle(f.manager, kStart, end));
        QCOMPARE(again->paymentTransactionId, paid->paymentTransactionId);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'settlement.payment'")), 1);
        SET_OK(settledReport, f.hub.network().settlement(f.admin, kStart, end));
        QCOMPARE(settledReport->paymentTransactionId, paid->paymentTransactionId);
        QCOMPARE(settledReport->pairs.first().amount, 10'000); // the flows stay as they were
        // An overlapping period is refused: nothing is paid twice.
        QCOMPARE(f.hub.network().settle(f.manager, kStart.addDays(1), end).error().code, Error::Code::Conflict);
        QCOMPARE(f.ledgerProblems(), QString());

        // The CSV: a header and one row per merchant, money as plain minor units.
        const ReportTable table = f.hub.network().settlementTable(*after);
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.columns.size(), 4);
    }

    // The programme may keep points where they were earned, and a merchant may opt out.
    void crossSpendOffAndOptOut_data() { CLUB_ADD_ENGINE_ROWS(); }
    void crossSpendOffAndOptOut()
    {
        SETTLEMENT_FIXTURE();
        Id b = kNoId;
        const Actor deskB = n.addMerchant(QStringLiteral("Bazaar"), &b);
        QVERIFY(deskB.operatorId != kNoId);
        SET_OK(earned, f.sell(f.member, 3));
        f.clock.advanceDays(8);
        const qint64 txBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions"));

        QVERIFY(f.hub.network().setCrossMerchantSpend(f.admin, false).ok());
        const Result<Sale> off = n.sell(deskB, f.member, 1, 100);
        QVERIFY(!off);
        QCOMPARE(off.error().code, Error::Code::InsufficientFunds);
        SET_OK(atHome, f.sell(f.member, 1, 100)); // at A its own points still spend
        QVERIFY(n.legs(atHome->transactionId).isEmpty());

        QVERIFY(f.hub.network().setCrossMerchantSpend(f.admin, true).ok());
        SET_OK(merchants, f.hub.network().merchants(f.admin));
        Merchant optOut;
        for (const Merchant &m : *merchants) {
            if (m.id == b)
                optOut = m;
        }
        optOut.noCrossSpend = true;
        SET_OK(saved, f.hub.network().saveMerchant(f.admin, optOut));
        QCOMPARE(n.sell(deskB, f.member, 1, 100).error().code, Error::Code::InsufficientFunds);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions")), txBefore + 1);

        optOut.noCrossSpend = false;
        SET_OK(back, f.hub.network().saveMerchant(f.admin, optOut));
        SET_OK(crossed, n.sell(deskB, f.member, 1, 100));
        QCOMPARE(n.legs(crossed->transactionId).value(b), 10'000);
        QCOMPARE(f.ledgerProblems(), QString());
    }

    // A generated dataset: three merchants, members earning and spending at random desks,
    // some returns. Whatever happens, the report nets to zero, each merchant's net is its
    // settlement account's movement, and settling leaves every settlement account at zero.
    void generatedDatasetNetsToZero_data() { CLUB_ADD_ENGINE_ROWS(); }
    void generatedDatasetNetsToZero()
    {
        SETTLEMENT_FIXTURE();
        Id b = kNoId, c = kNoId;
        QList<Actor> desks{f.staff, n.addMerchant(QStringLiteral("Bazaar"), &b),
                           n.addMerchant(QStringLiteral("Corner"), &c)};
        for (const Actor &d : std::as_const(desks))
            QVERIFY(d.operatorId != kNoId);
        QList<Member> members{f.member};
        for (int i = 2; i <= 5; ++i)
            members.append(f.newMember(i));
        for (const Member &m : std::as_const(members))
            QVERIFY(m.id != kNoId);

        QRandomGenerator dice(20260315);
        QList<Sale> sales;
        int crossed = 0;
        for (int i = 0; i < 36; ++i) {
            f.clock.advanceSecs(qint64(dice.bounded(6, 30)) * 3600);
            const Member &who = members.at(dice.bounded(int(members.size())));
            const Actor &desk = desks.at(dice.bounded(int(desks.size())));
            if (!sales.isEmpty() && dice.bounded(6) == 0) {
                const int which = dice.bounded(int(sales.size()));
                const Sale &s = sales.at(which);
                Actor at = desk;
                at.branchId = s.branchId; // returned where it was bought
                if (s.lines.first().qty > s.lines.first().returnedQty) {
                    SET_OK(r, f.hub.sales().returnSale(at, s.id, {{s.lines.first().id, 1}},
                                                       QStringLiteral("gen-ret-%1").arg(i)));
                    SET_OK(reloaded, f.hub.sales().sale(f.admin, s.id));
                    sales.replace(which, *reloaded);
                }
                continue;
            }
            const qint64 qty = dice.bounded(1, 4);
            const Points available = f.balance(who).pointsAvailable;
            const Points redeem = available > 0 ? dice.bounded(int(qMin<Points>(available, 500)) + 1) : 0;
            SET_OK(sale, n.sell(desk, who, qty, redeem));
            if (!n.legs(sale->transactionId).isEmpty())
                ++crossed;
            sales.append(*sale);
        }
        QVERIFY2(crossed >= 3, qPrintable(QString::number(crossed)));

        f.clock.advanceSecs(60);
        const QDateTime end = f.clock.nowUtc();
        SET_OK(report, f.hub.network().settlement(f.admin, kStart, end));
        QCOMPARE(report->total, 0);
        Money owes = 0, owedTo = 0;
        for (const SettlementLine &l : std::as_const(report->merchants)) {
            owes += l.owes;
            owedTo += l.owedTo;
            QCOMPARE(l.net(), n.settlementBalance(l.merchantId));
            Money viaPairs = 0;
            for (const SettlementPair &p : std::as_const(report->pairs))
                viaPairs += (p.creditorId == l.merchantId ? p.amount : 0) - (p.debtorId == l.merchantId ? p.amount : 0);
            QCOMPARE(viaPairs, l.net());
        }
        QCOMPARE(owes, owedTo);
        QVERIFY(owes > 0);
        Money all = 0;
        for (Id m : {n.home, b, c})
            all += n.settlementBalance(m);
        QCOMPARE(all, 0);
        QCOMPARE(f.ledgerProblems(), QString());

        SET_OK(paid, f.hub.network().settle(f.manager, kStart, end));
        for (Id m : {n.home, b, c})
            QCOMPARE(n.settlementBalance(m), 0);
        QCOMPARE(f.ledgerProblems(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSettlement)
#include "tst_settlement.moc"
