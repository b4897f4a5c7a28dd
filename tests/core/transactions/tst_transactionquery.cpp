// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TransactionService's list, detail and CSV: filters, keyset paging, permissions.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QSet>
#include <QTest>

using namespace Club::Core;
using namespace Club::Test;

namespace {
const QDateTime kStart = jalaliTehran(1405, 9, 10, 9, 0);

// Three days of activity: earns of two members, a charge, a sale, at two branches by two
// operators.
struct QueryFixture : LoyaltyFixture
{
    explicit QueryFixture(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {
        if (!LoyaltyFixture::ok())
            return;
        other = newMember(2);
        Branch b;
        b.code = QStringLiteral("B2");
        b.name = QStringLiteral("North");
        Result<Branch> made = hub.auth().createBranch(admin, b);
        branch2 = made ? made->id : kNoId;
        manager2 = manager;
        manager2.branchId = branch2;
        CardType type;
        type.name = QStringLiteral("Loyalty");
        type.prefix = QStringLiteral("6280");
        type.numberLength = 16;
        Result<CardType> t = hub.cards().createCardType(admin, type);
        if (t) {
            Result<Card> c = hub.cards().issue(admin, other.id, t->id);
            card = c ? c->id : kNoId;
        }
    }
    bool ok() const { return LoyaltyFixture::ok() && branch2 != kNoId && card != kNoId && other.id != kNoId; }

    Id earn(const Actor &who, const Member &m, Points points)
    {
        Result<PostResult> r =
            hub.ledger().earnPoints(who, m.accountId, points, {}, QStringLiteral("earn-%1").arg(++keys));
        if (!r)
            qWarning() << r.error().message << r.error().detail;
        return r ? r->transactionId : kNoId;
    }

    QList<Id> ids(const TransactionFilter &filter, const Actor &who)
    {
        QList<Id> out;
        Result<TransactionPage> page = hub.transactions().list(who, filter, {}, 1000);
        if (!page) {
            qWarning() << page.error().message << page.error().detail;
            return {-1};
        }
        for (const TransactionRow &r : page->rows)
            out.append(r.id);
        return out;
    }
    QList<Id> ids(const TransactionFilter &filter) { return ids(filter, t.actorWithRole(Role::Accountant)); }

    Member other;
    Id branch2 = kNoId;
    Id card = kNoId;
    Actor manager2;
    int keys = 0;
};
} // namespace

class TestTransactionQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data() { CLUB_ADD_ENGINE_ROWS(); }
    void filters()
    {
        QFETCH(int, engine);
        QueryFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Id e1 = f.earn(f.admin, f.member, 10); // day 1, branch 1, admin
        f.clock.advanceDays(1);
        const Id e2 = f.earn(f.manager2, f.other, 250); // day 2, branch 2, manager
        Result<PostResult> charge =
            f.hub.ledger().chargeStoredValue(f.manager2, f.other.accountId, 70'000, {}, QStringLiteral("c"));
        LOYALTY_VERIFY_OK(charge);
        f.clock.advanceDays(1);
        Result<Sale> sale = f.sell(f.member, 3); // day 3, branch 1, staff: 300 points, 300,000 money
        LOYALTY_VERIFY_OK(sale);
        const Id c = charge->transactionId;
        const Id s = sale->transactionId;

        // Newest first; everything without a filter.
        QCOMPARE(f.ids({}), (QList<Id>{s, c, e2, e1}));
        TransactionFilter day2;
        day2.from = jalaliTehran(1405, 9, 11, 0, 0);
        day2.to = jalaliTehran(1405, 9, 12, 0, 0);
        QCOMPARE(f.ids(day2), (QList<Id>{c, e2}));
        TransactionFilter branch;
        branch.branchId = f.branch2;
        QCOMPARE(f.ids(branch), (QList<Id>{c, e2}));
        TransactionFilter op;
        op.operatorId = f.staff.operatorId;
        QCOMPARE(f.ids(op), (QList<Id>{s}));
        TransactionFilter member;
        member.memberId = f.member.id;
        QCOMPARE(f.ids(member), (QList<Id>{s, e1}));
        TransactionFilter card;
        card.cardId = f.card;
        QCOMPARE(f.ids(card), (QList<Id>{c, e2}));
        TransactionFilter kind;
        kind.kinds = {QStringLiteral("stored_value.charge"), QStringLiteral("sale")};
        QCOMPARE(f.ids(kind), (QList<Id>{s, c}));
        TransactionFilter points;
        points.amountUnit = Unit::Points;
        points.minAmount = 100;
        points.maxAmount = 260;
        QCOMPARE(f.ids(points), (QList<Id>{e2}));
        TransactionFilter money;
        money.amountUnit = Unit::Money;
        money.minAmount = 70'000;
        QCOMPARE(f.ids(money), (QList<Id>{s, c}));
        money.maxAmount = 100'000;
        QCOMPARE(f.ids(money), (QList<Id>{c}));
        // Filters combine.
        TransactionFilter both = branch;
        both.kinds = {QStringLiteral("earn")};
        QCOMPARE(f.ids(both), (QList<Id>{e2}));

        // A row says who, where, what and how much.
        Result<TransactionPage> page = f.hub.transactions().list(f.admin, kind);
        LOYALTY_VERIFY_OK(page);
        const TransactionRow &row = page->rows.first();
        QCOMPARE(row.kind, QStringLiteral("sale"));
        QCOMPARE(row.operatorName, f.staff.fullName);
        QCOMPARE(row.memberId, f.member.id);
        QCOMPARE(row.points, 300);
        QCOMPARE(row.money, 300'000);
        QCOMPARE(row.branchId, f.admin.branchId);

        // Detail: every entry, the sale and the rule behind each point.
        Result<TransactionDetail> d = f.hub.transactions().detail(f.admin, s);
        LOYALTY_VERIFY_OK(d);
        QCOMPARE(d->saleId, sale->id);
        QCOMPARE(d->receiptNo, sale->receiptNo);
        QCOMPARE(d->lines.size(), 1);
        QCOMPARE(d->lines.first().why.size(), 1);
        QCOMPARE(d->lines.first().why.first().ruleName, QStringLiteral("Base earn"));
        QCOMPARE(d->lines.first().why.first().hit.points, 300);
        qint64 sum = 0;
        bool lot = false;
        for (const TransactionEntry &e : d->entries) {
            sum += e.entry.amount;
            lot = lot || (e.entry.lotId == sale->earnedLotId && e.entry.accountKind == QLatin1String("points"));
        }
        QCOMPARE(sum, 0);
        QVERIFY(lot);
        QVERIFY2(d->voidable, qPrintable(d->notVoidable)); // made today
        Result<TransactionDetail> old = f.hub.transactions().detail(f.admin, e1);
        LOYALTY_VERIFY_OK(old);
        QVERIFY(!old->voidable); // two days old
        QVERIFY(!old->notVoidable.isEmpty());
        QCOMPARE(old->saleId, kNoId);

        // Bad ranges are refused.
        TransactionFilter backwards;
        backwards.from = day2.to;
        backwards.to = day2.from;
        QVERIFY(!f.hub.transactions().list(f.admin, backwards));
    }

    void paging_data() { CLUB_ADD_ENGINE_ROWS(); }
    void paging()
    {
        QFETCH(int, engine);
        QueryFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        // Many in the same second (created_at has whole seconds): the id breaks the tie.
        QList<Id> all;
        for (int i = 0; i < 11; ++i) {
            all.prepend(f.earn(f.admin, f.member, i + 1));
            if (i % 3 == 0)
                f.clock.advanceSecs(1);
        }
        QList<Id> seen;
        TransactionCursor after;
        int pages = 0;
        while (true) {
            Result<TransactionPage> page = f.hub.transactions().list(f.admin, {}, after, 4);
            LOYALTY_VERIFY_OK(page);
            for (const TransactionRow &r : page->rows)
                seen.append(r.id);
            ++pages;
            // New transactions while the list is read: they are newer and never enter a later page.
            f.earn(f.admin, f.other, 1);
            f.clock.advanceSecs(1);
            if (!page->more)
                break;
            after = page->next;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, all);
    }

    void permissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void permissions()
    {
        QFETCH(int, engine);
        QueryFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Id e = f.earn(f.admin, f.member, 10);
        for (Role role : {Role::Admin, Role::Manager, Role::Accountant}) {
            const Actor who = f.t.actorWithRole(role);
            QVERIFY(f.hub.transactions().list(who, {}));
            QVERIFY(f.hub.transactions().detail(who, e));
            QVERIFY(f.hub.transactions().exportCsv(who, {}, kJalali));
        }
        Result<TransactionPage> list = f.hub.transactions().list(f.staff, {});
        QVERIFY(!list);
        QCOMPARE(list.error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.transactions().detail(f.staff, e).error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.transactions().exportCsv(f.staff, {}, kJalali).error().code, Error::Code::Forbidden);
    }

    void csv_data() { CLUB_ADD_ENGINE_ROWS(); }
    void csv()
    {
        QFETCH(int, engine);
        QueryFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Id e = f.earn(f.admin, f.member, 10);
        LOYALTY_VERIFY_OK(f.hub.transactions().voidTransaction(f.manager, e, QStringLiteral("typo, \"test\"")));
        Result<QByteArray> csv = f.hub.transactions().exportCsv(f.admin, {}, kJalali);
        LOYALTY_VERIFY_OK(csv);
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // The void first (newest), dated in the Jalali calendar, local Tehran time.
        QVERIFY2(lines.at(1).contains(QStringLiteral(",1405-09-10,09:00:00,void,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"typo, \"\"test\"\"\"")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral(",%1").arg(e + 1)), qPrintable(lines.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestTransactionQuery)
#include "tst_transactionquery.moc"
