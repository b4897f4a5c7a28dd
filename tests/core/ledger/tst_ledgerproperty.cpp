// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A long seeded random run against an in-memory model of what the ledger should hold.
// CLUB_LEDGER_SEED, CLUB_LEDGER_OPS and CLUB_LEDGER_BATCH override the seed, the number of
// operations and how many share one outer transaction.
#include "LedgerModel.h"
#include "LedgerTestSupport.h"
#include "MemberBuilders.h"
#include "TestDatabase.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/Transaction.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <functional>
#include <memory>

using namespace Club::Core;
using namespace Club::Test::Ledger;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 1, 1), QTime(6, 0), Qt::UTC);
constexpr int kMembers = 50;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}
} // namespace

// One run: the services on a fresh store, the model, and the bookkeeping of what was refused.
class PropertyRun
{
public:
    PropertyRun(int engine, quint32 seed)
        : t(Database::Engine(engine))
        , clock(kStart)
        , rng(seed)
        , ledger(t.db(), clock)
        , members(t.db(), ledger, clock)
        , cards(t.db(), clock)
    {}

    QString failure;
    QMap<QString, int> posted;
    QMap<QString, int> refused;
    QMap<QString, qint64> spentMs; // time per kind of operation, to see what a slow run spends it on

    bool setUp()
    {
        if (!t.ok())
            return fail(t.error());
        admin = t.admin();
        actors = {admin, t.actorWithRole(Role::Manager), t.actorWithRole(Role::Staff),
                  t.actorWithRole(Role::Accountant)};
        CardType type;
        type.name = QStringLiteral("Loyalty");
        type.prefix = QStringLiteral("6280");
        Result<CardType> made = cards.createCardType(admin, type);
        if (!made)
            return fail(QStringLiteral("card type: ") + made.error().detail + made.error().message);
        for (int n = 0; n < kMembers; ++n) {
            Result<Member> m = members.create(admin, Club::Test::memberDraft(n + 1));
            if (!m)
                return fail(QStringLiteral("member: ") + m.error().message + QLatin1Char(' ') + m.error().detail);
            memberIds.append(m->id);
            accountOf[m->id] = m->accountId;
            headOf[m->accountId] = m->id;
            model.addAccount(m->accountId);
            Result<Card> card = cards.issue(admin, m->id, made->id);
            if (!card)
                return fail(QStringLiteral("card: ") + card.error().message + QLatin1Char(' ') + card.error().detail);
            cardOf[m->id] = card->id;
        }
        return true;
    }

    bool step(int i)
    {
        QElapsedTimer timer;
        timer.start();
        const bool ok = dispatch(i);
        spentMs[m_name] += timer.elapsed();
        return ok;
    }

    bool dispatch(int i)
    {
        m_op = i;
        m_name = QStringLiteral("skipped");
        clock.advanceSecs(rng.bounded(0, 3 * 3600));
        now = clock.nowUtc();
        const int dice = rng.bounded(100);
        if (dice < 30)
            return earn();
        if (dice < 52)
            return spend();
        if (dice < 59)
            return adjust();
        if (dice < 65)
            return transfer();
        if (dice < 71)
            return charge();
        if (dice < 78)
            return spendStoredValue();
        if (dice < 82)
            return expire();
        if (dice < 87)
            return replay();
        if (dice < 89)
            return forbidden();
        if (dice < 94)
            return joinFamily();
        if (dice < 97)
            return leaveFamily();
        return replaceCard();
    }

    // Every account's balances against the model.
    bool compareAll()
    {
        for (Id account : model.accounts()) {
            Result<AccountBalance> b = ledger.balance(admin, account);
            if (!b)
                return fail(b.error().detail);
            const Points points = model.balance(account);
            const Points available = model.availablePoints(account, now);
            const Points pending = model.pendingPoints(account, now);
            if (b->points != points || b->pointsAvailable != available || b->pointsPending != pending ||
                b->storedValue != model.storedValue(account))
                return fail(QStringLiteral("account %1: ledger %2/%3/%4 sv %5, model %6/%7/%8 sv %9")
                                .arg(account)
                                .arg(b->points)
                                .arg(b->pointsAvailable)
                                .arg(b->pointsPending)
                                .arg(b->storedValue)
                                .arg(points)
                                .arg(available)
                                .arg(pending)
                                .arg(model.storedValue(account)));
            if (cachedBalance(t.db(), account, QStringLiteral("points")) != points)
                return fail(QStringLiteral("account %1: cached points differ").arg(account));
        }
        return true;
    }

    Database &db() { return t.db(); }

    TestDatabase t;
    ManualClock clock;
    QRandomGenerator rng;
    LedgerService ledger;
    MemberService members;
    CardService cards;
    LedgerModel model;
    Actor admin;
    QList<Actor> actors; // admin, manager, staff, accountant

private:
    struct Done
    {
        std::function<Result<PostResult>()> again;
        Id transactionId;
    };

    bool fail(const QString &why)
    {
        failure = QStringLiteral("op %1 (%2): %3").arg(m_op).arg(m_name, why);
        return false;
    }
    QString key() { return QStringLiteral("prop:%1").arg(m_op); }
    Id anyMember() { return memberIds.at(rng.bounded(int(memberIds.size()))); }
    Id anyAccount() { return accountOf.value(anyMember()); }
    const Actor &poster() { return actors.at(rng.bounded(4)); } // every role may post
    Points upTo(Points limit) { return 1 + Points(rng.bounded(quint32(qMax<Points>(limit, 1)))); }

    // Runs a posting the model says must go through.
    bool expectPosted(const QString &name, const std::function<Result<PostResult>()> &call)
    {
        m_name = name;
        Result<PostResult> r = call();
        if (!r)
            return fail(QStringLiteral("refused: ") + r.error().message + QLatin1Char(' ') + r.error().detail);
        if (r->replayed)
            return fail(QStringLiteral("replayed a fresh key"));
        done.append({call, r->transactionId});
        ++posted[name];
        return true;
    }

    // Runs an operation the model says must be refused with this code, writing nothing.
    template<typename Call> bool expectRefused(const QString &name, Error::Code code, const Call &call)
    {
        m_name = name;
        const Counts before = footprint();
        const auto r = call();
        if (r.ok())
            return fail(QStringLiteral("went through"));
        if (r.error().code != code)
            return fail(QStringLiteral("refused with code %1: %2 %3")
                            .arg(int(r.error().code))
                            .arg(r.error().message, r.error().detail));
        const Counts after = footprint();
        if (!(after == before))
            return fail(QStringLiteral("a refusal wrote rows"));
        ++refused[name];
        return true;
    }

    bool earn()
    {
        const Id account = anyAccount();
        const Points points = upTo(400);
        EarnOptions o;
        if (rng.bounded(100) < 20)
            o.availableAt = now.addSecs(rng.bounded(1, 10 * 86400));
        if (rng.bounded(100) < 75)
            o.expiresAt = qMax(now, o.availableAt).addSecs(rng.bounded(1, 90 * 86400));
        model.earn(account, points, now, o.availableAt, o.expiresAt);
        const Actor who = poster();
        const QString k = key();
        return expectPosted(QStringLiteral("earn"),
                            [=, this] { return ledger.earnPoints(who, account, points, o, k); });
    }

    bool spend()
    {
        const Id account = anyAccount();
        const Points points = upTo(model.availablePoints(account, now) * 11 / 10 + 5);
        const Actor who = poster();
        const QString k = key();
        auto call = [=, this] {
            return ledger.spendPoints(who, account, points, QStringLiteral("sale"), k);
        };
        if (!model.spend(account, points, now))
            return expectRefused(QStringLiteral("spend"), Error::Code::InsufficientFunds, call);
        return expectPosted(QStringLiteral("spend"), call);
    }

    bool adjust()
    {
        const Id account = anyAccount();
        const Actor manager = actors.at(1);
        const QString k = key();
        if (rng.bounded(2) == 0) {
            const Points points = upTo(300);
            const QDateTime expiry = rng.bounded(2) ? now.addSecs(rng.bounded(1, 60 * 86400)) : QDateTime();
            model.earn(account, points, now, {}, expiry);
            return expectPosted(QStringLiteral("adjust+"), [=, this] {
                return ledger.adjustPoints(manager, account, points, QStringLiteral("goodwill"), k, expiry);
            });
        }
        const Points points = upTo(model.availablePoints(account, now) * 11 / 10 + 5);
        auto call = [=, this] {
            return ledger.adjustPoints(manager, account, -points, QStringLiteral("fix"), k);
        };
        if (!model.spend(account, points, now))
            return expectRefused(QStringLiteral("adjust-"), Error::Code::InsufficientFunds, call);
        return expectPosted(QStringLiteral("adjust-"), call);
    }

    bool transfer()
    {
        const Id from = anyAccount();
        const Id to = anyAccount();
        if (from == to)
            return true;
        const Points movable = model.availablePoints(from, now) + model.pendingPoints(from, now);
        const Points points = upTo(movable * 11 / 10 + 5);
        const Actor who = poster();
        const QString k = key();
        auto call = [=, this] {
            return ledger.transferPoints(who, from, to, points, QStringLiteral("family"), k);
        };
        if (!model.transfer(from, to, points, now))
            return expectRefused(QStringLiteral("transfer"), Error::Code::InsufficientFunds, call);
        return expectPosted(QStringLiteral("transfer"), call);
    }

    bool charge()
    {
        const Id account = anyAccount();
        const Money amount = upTo(200000);
        model.charge(account, amount);
        const Actor who = poster();
        const QString k = key();
        return expectPosted(QStringLiteral("charge"),
                            [=, this] { return ledger.chargeStoredValue(who, account, amount, {}, k); });
    }

    bool spendStoredValue()
    {
        const Id account = anyAccount();
        const Money amount = upTo(model.storedValue(account) * 11 / 10 + 100);
        const Actor who = poster();
        const QString k = key();
        auto call = [=, this] {
            return ledger.spendStoredValue(who, account, amount, {}, k);
        };
        if (!model.spendStoredValue(account, amount))
            return expectRefused(QStringLiteral("sv spend"), Error::Code::InsufficientFunds, call);
        return expectPosted(QStringLiteral("sv spend"), call);
    }

    bool expire()
    {
        m_name = QStringLiteral("expire");
        const int expected = model.expire(now);
        Result<int> n = ledger.expirePoints(rng.bounded(2) ? actors.at(3) : admin, now);
        if (!n)
            return fail(n.error().message + QLatin1Char(' ') + n.error().detail);
        if (*n != expected)
            return fail(QStringLiteral("expired %1 lots, model %2").arg(*n).arg(expected));
        // A second run straight after finds nothing.
        Result<int> again = ledger.expirePoints(admin, now);
        if (!again || *again != 0)
            return fail(QStringLiteral("second run expired more"));
        ++posted[m_name];
        return true;
    }

    bool replay()
    {
        if (done.isEmpty())
            return true;
        m_name = QStringLiteral("replay");
        const Done &d = done.at(rng.bounded(int(done.size())));
        const Counts before = footprint();
        Result<PostResult> r = d.again();
        if (!r)
            return fail(QStringLiteral("refused: ") + r.error().message);
        if (!r->replayed || r->transactionId != d.transactionId)
            return fail(QStringLiteral("posted twice: %1 vs %2").arg(r->transactionId).arg(d.transactionId));
        if (!(footprint() == before))
            return fail(QStringLiteral("a replay wrote rows"));
        ++posted[m_name];
        return true;
    }

    bool forbidden()
    {
        const Id account = anyAccount();
        const Actor staff = actors.at(2);
        const QString k = key();
        if (rng.bounded(2))
            return expectRefused(QStringLiteral("staff adjust"), Error::Code::Forbidden,
                                 [&] { return ledger.adjustPoints(staff, account, 10, QStringLiteral("x"), k); });
        return expectRefused(QStringLiteral("no reason"), Error::Code::Invalid,
                             [&] { return ledger.adjustPoints(actors.at(1), account, 10, QStringLiteral(" "), k); });
    }

    // The member moves into another family's account; their unexpired points follow.
    bool joinFamily()
    {
        const Id member = anyMember();
        const Id head = anyMember();
        const Id from = accountOf.value(member);
        const Id to = accountOf.value(head);
        if (from == to)
            return true;
        // Most of the time the operator settles the stored value first, as the refusal asks.
        if (membersIn(from) == 1 && model.storedValue(from) != 0 && rng.bounded(100) < 70) {
            const Money all = model.storedValue(from);
            const QString k = key() + QStringLiteral(":settle");
            model.spendStoredValue(from, all);
            if (!expectPosted(QStringLiteral("sv spend"),
                              [=, this] { return ledger.spendStoredValue(admin, from, all, {}, k); }))
                return false;
        }
        auto call = [&] {
            return members.joinFamily(admin, member, head);
        };
        if (membersIn(from) > 1 || model.storedValue(from) != 0)
            return expectRefused(QStringLiteral("join"), Error::Code::Conflict, call);
        m_name = QStringLiteral("join");
        const Points movable = model.availablePoints(from, now) + model.pendingPoints(from, now);
        if (movable > 0 && !model.transfer(from, to, movable, now))
            return fail(QStringLiteral("model could not move %1").arg(movable));
        if (Status s = call(); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail);
        accountOf[member] = to;
        ++posted[m_name];
        return true;
    }

    // The member leaves with an empty account of their own; the points stay with the family.
    bool leaveFamily()
    {
        const Id member = anyMember();
        const Id account = accountOf.value(member);
        auto call = [&] {
            return members.leaveFamily(admin, member);
        };
        if (membersIn(account) == 1 || headOf.value(account) == member)
            return expectRefused(QStringLiteral("leave"), Error::Code::Conflict, call);
        m_name = QStringLiteral("leave");
        if (Status s = call(); !s)
            return fail(s.error().message + QLatin1Char(' ') + s.error().detail);
        Result<Member> m = members.member(admin, member);
        if (!m || m->accountId == account)
            return fail(QStringLiteral("no new account"));
        accountOf[member] = m->accountId;
        headOf[m->accountId] = member;
        model.addAccount(m->accountId);
        ++posted[m_name];
        return true;
    }

    // A new card reaches the same balances; the ledger is not touched.
    bool replaceCard()
    {
        m_name = QStringLiteral("replace card");
        const Id member = anyMember();
        const Counts before = footprint();
        Result<Card> card = cards.replace(admin, cardOf.value(member), BlockReason::Lost);
        if (!card)
            return fail(card.error().message + QLatin1Char(' ') + card.error().detail);
        cardOf[member] = card->id;
        Result<Card> found = cards.findByNumber(admin, card->number);
        if (!found || found->accountId != accountOf.value(member))
            return fail(QStringLiteral("the new card reaches another account"));
        Result<AccountBalance> b = ledger.balance(admin, found->accountId);
        if (!b || b->points != model.balance(found->accountId) || b->storedValue != model.storedValue(found->accountId))
            return fail(QStringLiteral("balance changed with the card"));
        const Counts after = footprint();
        if (after.transactions != before.transactions || after.entries != before.entries || after.lots != before.lots ||
            after.balances != before.balances)
            return fail(QStringLiteral("a card replacement touched the ledger"));
        ++posted[m_name];
        return true;
    }

    Counts footprint()
    {
        QElapsedTimer timer;
        timer.start();
        const Counts c = counts(t.db());
        spentMs[QStringLiteral("(counting)")] += timer.elapsed();
        return c;
    }

    int membersIn(Id account) const
    {
        int n = 0;
        for (auto it = accountOf.cbegin(); it != accountOf.cend(); ++it)
            n += it.value() == account ? 1 : 0;
        return n;
    }

    int m_op = 0;
    QString m_name;
    QDateTime now;
    QList<Id> memberIds;
    QHash<Id, Id> accountOf; // member -> member account
    QHash<Id, Id> headOf;    // member account -> the member it was made for
    QHash<Id, Id> cardOf;    // member -> current card
    QList<Done> done;
};

class TestLedgerProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of operations: the services' info lines would drown the test's own output.
        QLoggingCategory::setFilterRules(QStringLiteral("club.*.debug=false\nclub.*.info=false"));
    }

    void randomOperationsMatchTheModel_data() { CLUB_ADD_ENGINE_ROWS(); }
    void randomOperationsMatchTheModel()
    {
        QFETCH(int, engine);
        const quint32 seed = quint32(envInt("CLUB_LEDGER_SEED", 20260301));
        const int ops = envInt("CLUB_LEDGER_OPS", 10000);
        auto run = std::make_unique<PropertyRun>(engine, seed);
        QVERIFY2(run->setUp(), qPrintable(run->failure));

        // Operations run in batches inside one outer transaction, so the run is not one disk
        // flush per operation; each service call still joins it as its own savepoint, and a
        // refused one still rolls back alone.
        const int batch = qMax(1, envInt("CLUB_LEDGER_BATCH", 25));
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < ops; first += batch) {
            Transaction outer(run->db());
            QVERIFY(outer.ok());
            for (int i = first; i < qMin(ops, first + batch); ++i) {
                const bool ok = run->step(i);
                QVERIFY2(ok, qPrintable(QStringLiteral("seed %1, ").arg(seed) + run->failure));
                if (i % 2000 == 1999)
                    QVERIFY2(run->compareAll(), qPrintable(QStringLiteral("seed %1, ").arg(seed) + run->failure));
            }
            QVERIFY(outer.commit().ok());
        }
        qInfo() << "ran" << ops << "operations in" << timer.elapsed() << "ms; posted" << run->posted << "refused"
                << run->refused << "ms per kind" << run->spentMs;

        QVERIFY2(run->compareAll(), qPrintable(run->failure));
        Result<LedgerCheck> check = run->ledger.verify(run->admin);
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.mid(0, 20).join(QLatin1Char('\n'))));
        QCOMPARE(unitSum(run->db(), QStringLiteral("points")), 0);
        QCOMPARE(unitSum(run->db(), QStringLiteral("money")), 0);
        QCOMPARE(unbalancedTransactions(run->db()), 0);
        // Each kind of operation happened, and each kind of refusal.
        for (const char *kind : {"earn", "spend", "adjust+", "adjust-", "transfer", "charge", "sv spend", "expire",
                                 "replay", "join", "leave", "replace card"})
            QVERIFY2(run->posted.value(QLatin1String(kind)) > 0, kind);
        for (const char *kind :
             {"spend", "adjust-", "transfer", "sv spend", "staff adjust", "no reason", "join", "leave"})
            QVERIFY2(run->refused.value(QLatin1String(kind)) > 0, kind);
    }
};

QTEST_GUILESS_MAIN(TestLedgerProperty)
#include "tst_ledgerproperty.moc"
