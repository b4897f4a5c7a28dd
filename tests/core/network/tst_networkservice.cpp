// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QSignalSpy>

using namespace Club::Core;
using namespace Club::Test;

namespace {
const QDateTime kStart = jalaliTehran(1405, 2, 1, 10);

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : errorText(r.error());
}

// Evaluates `expr` once and keeps its value.
#define NET_OK(var, expr)                                                                                              \
    auto var = (expr);                                                                                                 \
    QVERIFY2(var.ok(), qPrintable(why(var)))

#define NET_FIXTURE()                                                                                                  \
    QFETCH(int, engine);                                                                                               \
    LoyaltyFixture f(Database::Engine(engine), kStart);                                                                \
    QVERIFY2(f.ok(), qPrintable(f.problem()))

template<typename T>
const T *byId(const QList<T> &list, Id id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

class TestNetworkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guildsCreateEditDeactivate_data() { CLUB_ADD_ENGINE_ROWS(); }
    void guildsCreateEditDeactivate()
    {
        NET_FIXTURE();
        NetworkService &net = f.hub.network();
        QSignalSpy changed(&net, &NetworkService::networkChanged);
        NET_OK(made, net.saveGuild(f.admin, Guild{kNoId, QStringLiteral("  Pharmacy  "), true}));
        QVERIFY(made->id != kNoId);
        QCOMPARE(made->name, QStringLiteral("Pharmacy"));
        QCOMPARE(changed.count(), 1);

        Guild renamed = *made;
        renamed.name = QStringLiteral("Pharmacies");
        NET_OK(saved, net.saveGuild(f.admin, renamed));
        QVERIFY(net.setActive(f.admin, renamed, false).ok());
        NET_OK(all, net.guilds(f.manager));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, QStringLiteral("Pharmacies"));
        QVERIFY(!all->first().active); // deactivated, never deleted
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM guilds")), 1);

        const Result<Guild> empty = net.saveGuild(f.admin, Guild{kNoId, QStringLiteral(" "), true});
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("name"));
        const Result<Guild> twice = net.saveGuild(f.admin, Guild{kNoId, QStringLiteral("Pharmacies"), true});
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Duplicate);
        QVERIFY(twice.error().message.contains(QStringLiteral("Pharmacies")));
        const Result<Guild> missing = net.saveGuild(f.admin, Guild{4242, QStringLiteral("Ghost"), true});
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void merchantsCreateEditDeactivate_data() { CLUB_ADD_ENGINE_ROWS(); }
    void merchantsCreateEditDeactivate()
    {
        NET_FIXTURE();
        NetworkService &net = f.hub.network();
        NET_OK(guild, net.saveGuild(f.admin, Guild{kNoId, QStringLiteral("Restaurants"), true}));
        NET_OK(before, net.merchants(f.admin));
        QCOMPARE(before->size(), 1); // the store itself, from the migration
        QVERIFY(before->first().home);
        QVERIFY(!before->first().name.isEmpty()); // shown under the store's name

        Merchant draft;
        draft.name = QStringLiteral("Kabab House");
        const Result<Merchant> noGuild = net.saveMerchant(f.admin, draft);
        QVERIFY(!noGuild);
        QCOMPARE(noGuild.error().field, QStringLiteral("guildId"));
        draft.guildId = guild->id;
        NET_OK(made, net.saveMerchant(f.admin, draft));
        QVERIFY(!made->home);
        Merchant edit = *made;
        edit.noCrossSpend = true;
        edit.name = QStringLiteral("Kabab House 2");
        NET_OK(edited, net.saveMerchant(f.admin, edit));
        QVERIFY(net.setActive(f.admin, edit, false).ok());
        NET_OK(after, net.merchants(f.admin));
        const Merchant *m = byId(*after, made->id);
        QVERIFY(m);
        QCOMPARE(m->name, QStringLiteral("Kabab House 2"));
        QCOMPARE(m->guildName, QStringLiteral("Restaurants"));
        QVERIFY(m->noCrossSpend);
        QVERIFY(!m->active);

        const Status home = net.setActive(f.admin, before->first(), false);
        QVERIFY(!home.ok());
        QCOMPARE(home.error().code, Error::Code::Conflict);
        // Saving the home merchant under the name it is shown with keeps it following the store.
        NET_OK(homeSaved, net.saveMerchant(f.admin, before->first()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM merchants WHERE is_home = 1 AND name = ''")), 1);
    }

    void branchesWithMerchantsAndTerminals_data() { CLUB_ADD_ENGINE_ROWS(); }
    void branchesWithMerchantsAndTerminals()
    {
        NET_FIXTURE();
        NetworkService &net = f.hub.network();
        NET_OK(guild, net.saveGuild(f.admin, Guild{kNoId, QStringLiteral("Supermarkets"), true}));
        Merchant draft;
        draft.name = QStringLiteral("Chain B");
        draft.guildId = guild->id;
        NET_OK(merchant, net.saveMerchant(f.admin, draft));

        NET_OK(before, net.branches(f.admin));
        QCOMPARE(before->size(), 1);
        QVERIFY(before->first().merchantId != kNoId); // the home merchant

        NetworkBranch b;
        b.code = QStringLiteral("B-01");
        b.name = QStringLiteral("Chain B north");
        b.merchantId = merchant->id;
        NET_OK(made, net.saveBranch(f.admin, b));
        QCOMPARE(made->merchantName, QStringLiteral("Chain B"));
        b.name.clear();
        QCOMPARE(net.saveBranch(f.admin, b).error().field, QStringLiteral("name"));
        NetworkBranch dup = *made;
        dup.id = kNoId;
        const Result<NetworkBranch> twice = net.saveBranch(f.admin, dup);
        QCOMPARE(twice.error().code, Error::Code::Duplicate);
        QCOMPARE(twice.error().field, QStringLiteral("code"));

        // A sale from a terminal of the new branch makes the terminal known there.
        Actor desk = f.staff;
        desk.branchId = made->id;
        desk.terminal = QStringLiteral("POS-7");
        NET_OK(w, f.hub.inventory().createWarehouse(f.admin, made->id, QStringLiteral("North")));
        NET_OK(credit, f.hub.ledger().earnPoints(desk, f.member.accountId, 5, EarnOptions{}, QStringLiteral("t-1")));
        NET_OK(after, net.branches(f.admin));
        const NetworkBranch *north = byId(*after, made->id);
        QVERIFY(north);
        QCOMPARE(north->terminals, QStringList{QStringLiteral("POS-7")});

        // Deactivated, still listed; the branch the operator works at cannot be.
        QVERIFY(net.setActive(f.admin, *north, false).ok());
        NET_OK(last, net.branches(f.admin));
        QVERIFY(!byId(*last, made->id)->active);
        const Status own = net.setActive(f.admin, *byId(*last, f.admin.branchId), false);
        QCOMPARE(own.error().code, Error::Code::Conflict);
    }

    void staffAndManagersRefused_data() { CLUB_ADD_ENGINE_ROWS(); }
    void staffAndManagersRefused()
    {
        NET_FIXTURE();
        NetworkService &net = f.hub.network();
        for (const Actor &who : {f.staff, f.manager}) {
            QCOMPARE(net.saveGuild(who, Guild{kNoId, QStringLiteral("X"), true}).error().code,
                     Error::Code::Forbidden);
            Merchant m;
            m.name = QStringLiteral("X");
            QCOMPARE(net.saveMerchant(who, m).error().code, Error::Code::Forbidden);
            NetworkBranch b;
            b.code = b.name = QStringLiteral("X");
            QCOMPARE(net.saveBranch(who, b).error().code, Error::Code::Forbidden);
            QCOMPARE(net.setCrossMerchantSpend(who, false).error().code, Error::Code::Forbidden);
        }
        QCOMPARE(net.guilds(f.staff).error().code, Error::Code::Forbidden);
        QCOMPARE(net.settlement(f.staff, kStart, kStart.addDays(1)).error().code, Error::Code::Forbidden);
        QCOMPARE(net.settle(f.staff, kStart.addDays(-2), kStart.addDays(-1)).error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM guilds")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM merchants")), 1);
        QVERIFY(net.guilds(f.manager).ok());
        QVERIFY(net.crossMerchantSpend(f.manager).value());
    }

    // A rule limited to guild X earns at a merchant of X and not at the home merchant; the
    // rules refuse a scope naming a guild or merchant that does not exist.
    void guildScopedRuleEarnsOnlyThere_data() { CLUB_ADD_ENGINE_ROWS(); }
    void guildScopedRuleEarnsOnlyThere()
    {
        NET_FIXTURE();
        NetworkService &net = f.hub.network();
        NET_OK(guild, net.saveGuild(f.admin, Guild{kNoId, QStringLiteral("Bakeries"), true}));
        Merchant draft;
        draft.name = QStringLiteral("Baker");
        draft.guildId = guild->id;
        NET_OK(baker, net.saveMerchant(f.admin, draft));
        NetworkBranch b;
        b.code = QStringLiteral("BK");
        b.name = QStringLiteral("Baker one");
        b.merchantId = baker->id;
        NET_OK(branch, net.saveBranch(f.admin, b));

        Rule bonus; // 5 more points per 1,000 paid, only in bakeries
        bonus.name = QStringLiteral("Bakery bonus");
        bonus.points = 5;
        bonus.perAmount = 1000;
        bonus.guildIds = {guild->id + 100};
        const Result<Rule> unknown = f.hub.rules().create(f.admin, bonus);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("guildIds"));
        bonus.guildIds.clear();
        bonus.merchantIds = {baker->id + 100};
        QCOMPARE(f.hub.rules().create(f.admin, bonus).error().field, QStringLiteral("merchantIds"));
        bonus.merchantIds.clear();
        bonus.guildIds = {guild->id};
        NET_OK(rule, f.hub.rules().create(f.admin, bonus));
        NET_OK(stored, f.hub.rules().rule(f.admin, rule->id));
        QCOMPARE(stored->guildIds, QList<Id>{guild->id});

        Actor atBaker = f.staff;
        atBaker.branchId = branch->id;
        NET_OK(there, f.hub.sales().quote(atBaker, f.basket(f.member, 1)));
        NET_OK(home, f.hub.sales().quote(f.staff, f.basket(f.member, 1)));
        QCOMPARE(home->quote.totalPoints, 100);  // the base rule only
        QCOMPARE(there->quote.totalPoints, 600); // base + bakery bonus
    }
};

QTEST_GUILESS_MAIN(TestNetworkService)
#include "tst_networkservice.moc"
