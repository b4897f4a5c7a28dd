// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "rules/RuleEngine.h"
#include "rules/RuleService.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

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
        , rules(t.db(), clock)
    {}
    bool ok() const { return t.ok() && admin.operatorId != kNoId; }

    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    RuleService rules;
};

// A rule using every stored field, to prove the round trip.
Rule fullRule()
{
    Rule r;
    r.name = QStringLiteral("  طلایی   نوروز ");
    r.family = RuleFamily::Discount;
    r.discountTarget = DiscountTarget::Group;
    r.discountMode = DiscountMode::Hybrid;
    r.priority = 7;
    r.exclusive = true;
    r.validTo = kStart.addDays(30);
    r.weekdays = 0x15;
    r.startMinute = 22 * 60;
    r.endMinute = 90;
    r.campaign = QStringLiteral("nowruz");
    r.productId = 11;
    r.groupId = 12;
    r.cardTypeId = 13;
    r.tierKey = QStringLiteral("gold");
    r.points = 3;
    r.perAmount = 10'000;
    r.rounding = RoundingPolicy::Nearest;
    r.tierMultipliers = {{QStringLiteral("gold"), 1500}, {QStringLiteral("silver"), 1250}};
    r.thresholdBasis = ThresholdBasis::Amount;
    r.thresholdEvery = 9'000'000'000'000; // past 2^32: stored as text, not a double
    r.giftProductId = 14;
    r.basisPoints = 1250;
    r.fixedAmount = 5;
    r.capPerDay = 100;
    r.capPerMember = 1000;
    return r;
}

Rule earnRule(const QString &name, Points points, int priority = 100)
{
    Rule r;
    r.name = name;
    r.points = points;
    r.perAmount = 1000;
    r.priority = priority;
    return r;
}

QStringList names(const QList<Rule> &rules)
{
    QStringList out;
    for (const Rule &r : rules)
        out << r.name;
    return out;
}
} // namespace

class TestRuleService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data() { CLUB_ADD_ENGINE_ROWS(); }
    void roundTrip()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        QSignalSpy changed(&f.rules, &RuleService::rulesChanged);
        const Result<Rule> made = f.rules.create(f.admin, fullRule());
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
        QCOMPARE(changed.count(), 1);
        Rule expected = fullRule();
        expected.name = QStringLiteral("طلایی نوروز");
        expected.id = made->id;
        expected.seriesId = made->id;
        expected.validFrom = kStart;
        QCOMPARE(*made, expected);
        const Result<Rule> read = f.rules.rule(f.admin, made->id);
        QVERIFY(read.ok());
        QCOMPARE(*read, expected);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rule.create'")), 1);
    }

    void refusedWritesNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusedWritesNothing()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        Rule bad = earnRule(QStringLiteral("nothing"), 1);
        bad.perAmount = 0;
        Result<Rule> r = f.rules.create(f.admin, bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("perAmount"));
        Rule past = earnRule(QStringLiteral("past"), 1);
        past.validFrom = kStart.addSecs(-60);
        r = f.rules.create(f.admin, past);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("validFrom"));
        Rule backwards = earnRule(QStringLiteral("backwards"), 1);
        backwards.validFrom = kStart.addDays(2);
        backwards.validTo = kStart.addDays(1);
        r = f.rules.create(f.admin, backwards);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("validTo"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM rules")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'rule'")), 0);
    }

    void versioning_data() { CLUB_ADD_ENGINE_ROWS(); }
    void versioning()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Result<Rule> v1 = f.rules.create(f.admin, earnRule(QStringLiteral("v1"), 1));
        QVERIFY(v1.ok());
        f.clock.advanceDays(1);
        const QDateTime t2 = kStart.addDays(3);
        const Result<Rule> v2 = f.rules.revise(f.admin, v1->id, earnRule(QStringLiteral("v2"), 2), t2);
        QVERIFY2(v2.ok(), qPrintable(v2 ? QString() : v2.error().message));
        QCOMPARE(v2->seriesId, v1->id);
        QCOMPARE(v2->validFrom, t2);

        // The old version was ended, not edited: it still says 1 point.
        const Result<QList<Rule>> all = f.rules.versions(f.admin, v1->id);
        QVERIFY(all.ok());
        QCOMPARE(names(*all), (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
        QCOMPARE(all->at(0).points, 1);
        QCOMPARE(all->at(0).validTo, t2);
        QVERIFY(!all->at(1).validTo.isValid());

        // Only the latest version can be revised; not from the past; not before its start.
        Result<Rule> refused = f.rules.revise(f.admin, v1->id, earnRule(QStringLiteral("x"), 3), kStart.addDays(5));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        refused = f.rules.revise(f.admin, v2->id, earnRule(QStringLiteral("x"), 3), kStart);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("validFrom"));
        refused = f.rules.revise(f.admin, v2->id, earnRule(QStringLiteral("x"), 3), t2);
        QVERIFY(!refused.ok());
        Rule zero = earnRule(QStringLiteral("zero"), 0);
        refused = f.rules.revise(f.admin, v2->id, zero, kStart.addDays(5));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("points"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM rules")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM rules WHERE valid_to IS NULL")), 1);

        // End the series later; it can only be brought forward, never pushed back.
        QVERIFY(f.rules.end(f.admin, v2->id, kStart.addDays(10)).ok());
        QVERIFY(!f.rules.end(f.admin, v2->id, kStart.addDays(11)).ok());
        QVERIFY(f.rules.end(f.admin, v2->id, kStart.addDays(9)).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'rule'")), 4);
    }

    void activeAtInstants_data() { CLUB_ADD_ENGINE_ROWS(); }
    void activeAtInstants()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Result<Rule> a = f.rules.create(f.admin, earnRule(QStringLiteral("a"), 1, 50));
        Rule bDraft = earnRule(QStringLiteral("b"), 1, 10);
        bDraft.validFrom = kStart.addDays(2);
        bDraft.validTo = kStart.addDays(4);
        const Result<Rule> b = f.rules.create(f.admin, bDraft);
        QVERIFY(a.ok() && b.ok());
        const Result<Rule> a2 =
            f.rules.revise(f.admin, a->id, earnRule(QStringLiteral("a2"), 2, 50), kStart.addDays(3));
        QVERIFY(a2.ok());

        const QList<std::pair<QDateTime, QStringList>> cases{
            {kStart.addSecs(-1), {}},
            {kStart, {QStringLiteral("a")}},
            {kStart.addDays(2).addSecs(-1), {QStringLiteral("a")}},
            {kStart.addDays(2), {QStringLiteral("b"), QStringLiteral("a")}}, // priority 10 before 50
            {kStart.addDays(3).addSecs(-1), {QStringLiteral("b"), QStringLiteral("a")}},
            {kStart.addDays(3), {QStringLiteral("b"), QStringLiteral("a2")}},
            {kStart.addDays(4), {QStringLiteral("a2")}},
            {kStart.addYears(5), {QStringLiteral("a2")}},
        };
        for (const auto &[at, expected] : cases) {
            const Result<QList<Rule>> active = f.rules.activeRules(f.admin, at);
            QVERIFY(active.ok());
            QCOMPARE(names(*active), expected);
        }
        // What the service returns is what the engine evaluates.
        RuleContext c;
        c.memberId = 1;
        c.nowUtc = kStart.addDays(3);
        BasketLine l;
        l.productId = 1;
        l.unitPrice = 10'000;
        const Quote q = RuleEngine::evaluate({l}, {}, c, *f.rules.activeRules(f.admin, c.nowUtc));
        QCOMPARE(q.totalPoints, 30); // b: 10, a2: 20
    }

    void latestVersions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void latestVersions()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Result<Rule> a = f.rules.create(f.admin, earnRule(QStringLiteral("a"), 1, 50));
        Rule laterDraft = earnRule(QStringLiteral("later"), 1, 10);
        laterDraft.validFrom = kStart.addDays(20);
        const Result<Rule> later = f.rules.create(f.admin, laterDraft);
        const Result<Rule> gone = f.rules.create(f.admin, earnRule(QStringLiteral("gone"), 1, 5));
        QVERIFY(a.ok() && later.ok() && gone.ok());
        QVERIFY(f.rules.revise(f.admin, a->id, earnRule(QStringLiteral("a2"), 2, 50), kStart.addDays(3)).ok());
        QVERIFY(f.rules.end(f.admin, gone->id, kStart.addDays(1)).ok());

        // Before the end: every series by its latest version, ordered by priority.
        Result<QList<Rule>> list = f.rules.latestVersions(f.admin, false);
        QVERIFY(list.ok());
        QCOMPARE(names(*list), (QStringList{QStringLiteral("gone"), QStringLiteral("later"), QStringLiteral("a2")}));
        QCOMPARE(list->at(2).seriesId, a->id);

        f.clock.advanceDays(2);
        list = f.rules.latestVersions(f.admin, false);
        QVERIFY(list.ok());
        QCOMPARE(names(*list), (QStringList{QStringLiteral("later"), QStringLiteral("a2")}));
        list = f.rules.latestVersions(f.admin, true);
        QVERIFY(list.ok());
        QCOMPARE(names(*list), (QStringList{QStringLiteral("gone"), QStringLiteral("later"), QStringLiteral("a2")}));
    }

    void databaseRefusesEdits_data() { CLUB_ADD_ENGINE_ROWS(); }
    void databaseRefusesEdits()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Result<Rule> a = f.rules.create(f.admin, earnRule(QStringLiteral("a"), 1));
        QVERIFY(a.ok());
        for (const QString &sql :
             {QStringLiteral("UPDATE rules SET params = '{}'"), QStringLiteral("UPDATE rules SET name = 'x'"),
              QStringLiteral("DELETE FROM rules")}) {
            SqlQuery q(f.t.db(), sql);
            QVERIFY2(!q.exec().ok(), qPrintable(sql));
        }
        SqlQuery end(f.t.db(), QStringLiteral("UPDATE rules SET valid_to = '2027-01-01T00:00:00Z'"));
        QVERIFY(end.exec().ok());
        SqlQuery later(f.t.db(), QStringLiteral("UPDATE rules SET valid_to = '2028-01-01T00:00:00Z'"));
        QVERIFY(!later.exec().ok());
        SqlQuery reopen(f.t.db(), QStringLiteral("UPDATE rules SET valid_to = NULL"));
        QVERIFY(!reopen.exec().ok());
    }

    void permissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void permissions()
    {
        QFETCH(int, engine);
        Fixture f{Database::Engine(engine)};
        QVERIFY(f.ok());
        const Actor manager = f.t.actorWithRole(Role::Manager);
        const Result<Rule> made = f.rules.create(manager, earnRule(QStringLiteral("m"), 1));
        QVERIFY(made.ok());
        QVERIFY(f.rules.revise(manager, made->id, earnRule(QStringLiteral("m2"), 2), kStart.addDays(1)).ok());
        for (Role role : {Role::Staff, Role::Accountant}) {
            const Actor who = f.t.actorWithRole(role);
            QVERIFY(f.rules.activeRules(who, kStart).ok());
            QVERIFY(f.rules.versions(who, made->id).ok());
            QVERIFY(f.rules.rule(who, made->id).ok());
            Result<Rule> r = f.rules.create(who, earnRule(QStringLiteral("x"), 1));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Forbidden);
            QCOMPARE(f.rules.end(who, made->id, kStart.addDays(2)).error().code, Error::Code::Forbidden);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM rules")), 2);
    }
};

QTEST_GUILESS_MAIN(TestRuleService)
#include "tst_ruleservice.moc"
