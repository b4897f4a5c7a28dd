// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "reports/ReportCsv.h"
#include "storage/SqlQuery.h"
#include "TestMain.h"

#include <QMap>
#include <QTest>

using namespace Club::Core;
using Club::Test::TestDatabase;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr Money kPointValue = 100;
const QString kPin = QStringLiteral("4826");

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
        SalesSettings settings = hub.sales().settings();
        settings.pointValue = kPointValue;
        hub.sales().setSettings(settings);
        Result<Member> m = hub.members().create(admin, Club::Test::memberDraft(1));
        if (m) {
            member = m->id;
            account = m->accountId;
        }
        CardType d;
        d.name = QStringLiteral("Club");
        d.kind = CardKind::Loyalty;
        d.prefix = QStringLiteral("6280");
        d.pinRequired = true;
        Result<CardType> type = hub.cards().createCardType(admin, d);
        if (type && member != kNoId) {
            Result<Card> c = hub.cards().issue(admin, member, type->id, kPin);
            card = c ? c->id : kNoId;
        }
        Result<Charity> c = hub.donations().createCharity(admin, QStringLiteral("Children's Hospital"));
        charity = c ? c->id : kNoId;
        // Three lots: 100 ending in 90 days, 50 ending in 30 days, 30 never ending.
        lotsOk = earn(100, kStart.addDays(90), QStringLiteral("e1")) && earn(50, kStart.addDays(30), QStringLiteral("e2")) &&
                 earn(30, {}, QStringLiteral("e3"));
    }
    bool earn(Points p, const QDateTime &expires, const QString &key)
    {
        EarnOptions o;
        o.expiresAt = expires;
        return member != kNoId && hub.ledger().earnPoints(admin, account, p, o, key).ok();
    }
    bool ok() const
    {
        return t.ok() && staff.operatorId != kNoId && member != kNoId && card != kNoId && charity != kNoId && lotsOk;
    }
    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"donations", "journal_transactions", "journal_entries", "audit_log"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        out << count(QStringLiteral("SELECT SUM(remaining) FROM points_lots"));
        return out;
    }
    Points available() { return hub.ledger().balance(admin, account)->pointsAvailable; }
    Result<Donation> give(Points p, const QString &key, Id charityId = kNoId)
    {
        return hub.donations().donate(staff, member, charityId == kNoId ? charity : charityId, p, card, kPin, key);
    }
    QString ledgerProblems()
    {
        Result<LedgerCheck> check = hub.ledger().verify(admin);
        if (!check)
            return check.error().message;
        return check->problems.join(QLatin1Char('\n'));
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor staff;
    ServiceHub hub;
    Id member = kNoId;
    Id account = kNoId;
    Id card = kNoId;
    Id charity = kNoId;
    bool lotsOk = false;
};

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message + QStringLiteral(" / ") + r.error().detail;
}
} // namespace

#define DONATION_FIXTURE()                                                                                             \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestDonation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void donationPostsBalance_data() { CLUB_ADD_ENGINE_ROWS(); }
    void donationPostsBalance()
    {
        DONATION_FIXTURE();
        QCOMPARE(f.available(), 180);
        Result<Donation> d = f.give(120, QStringLiteral("d1"));
        QVERIFY2(d, qPrintable(why(d)));
        QVERIFY(!d->replayed);
        QCOMPARE(d->points, 120);
        QCOMPARE(d->value, 120 * kPointValue);
        QCOMPARE(d->charityName, QStringLiteral("Children's Hospital"));
        QCOMPARE(d->pointsLeft, 60);
        QCOMPARE(f.available(), 60);

        Result<JournalTransaction> tx = f.hub.ledger().transaction(f.admin, d->transactionId);
        QVERIFY(tx);
        QCOMPARE(tx->kind, kDonationKind);
        QCOMPARE(tx->memo, QStringLiteral("Children's Hospital"));
        qint64 points = 0, money = 0, memberPoints = 0, donated = 0, owedToCharity = 0, cost = 0;
        for (const LedgerEntry &e : std::as_const(tx->entries)) {
            (e.unit == Unit::Points ? points : money) += e.amount;
            if (e.accountKind == QLatin1String("points"))
                memberPoints += e.amount;
            if (e.accountKind == DonationAccounts::kPointsDonated)
                donated += e.amount;
            if (e.accountKind == DonationAccounts::charity(f.charity))
                owedToCharity += e.amount;
            if (e.accountKind == DonationAccounts::kDonations)
                cost += e.amount;
        }
        QCOMPARE(points, 0); // balanced per unit
        QCOMPARE(money, 0);
        QCOMPARE(memberPoints, -120);
        QCOMPARE(donated, 120);
        QCOMPARE(owedToCharity, -120 * kPointValue);
        QCOMPARE(cost, 120 * kPointValue);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));

        // It is in the member's history like any spend.
        Result<QList<JournalTransaction>> history = f.hub.ledger().history(f.staff, f.account);
        QVERIFY(history);
        QCOMPARE(history->first().kind, kDonationKind);
        QCOMPARE(history->first().pointsDelta, -120);
    }

    void lotsDrawnSoonestExpiryFirst_data() { CLUB_ADD_ENGINE_ROWS(); }
    void lotsDrawnSoonestExpiryFirst()
    {
        DONATION_FIXTURE();
        Result<Donation> d = f.give(70, QStringLiteral("d1"));
        QVERIFY2(d, qPrintable(why(d)));
        // 50 from the lot ending in 30 days, 20 from the one ending in 90; the lot that never
        // ends is untouched.
        Result<QList<PointsLot>> lots = f.hub.ledger().openLots(f.admin, f.account);
        QVERIFY(lots);
        QMap<qint64, Points> remainingByAmount;
        for (const PointsLot &lot : std::as_const(*lots))
            remainingByAmount.insert(lot.amount, lot.remaining);
        QVERIFY(!remainingByAmount.contains(50)); // emptied: no longer open
        QCOMPARE(remainingByAmount.size(), 2);
        QCOMPARE(remainingByAmount.value(100), 80);
        QCOMPARE(remainingByAmount.value(30), 30);
        QCOMPARE(f.count(QStringLiteral("SELECT remaining FROM points_lots WHERE amount = 50")), 0);
    }

    void idempotentReplay_data() { CLUB_ADD_ENGINE_ROWS(); }
    void idempotentReplay()
    {
        DONATION_FIXTURE();
        Result<Donation> first = f.give(40, QStringLiteral("same"));
        QVERIFY2(first, qPrintable(why(first)));
        const QList<qint64> after = f.footprint();
        // The same key again (even asking for more, even without the PIN) posts nothing.
        Result<Donation> again =
            f.hub.donations().donate(f.staff, f.member, f.charity, 90, f.card, {}, QStringLiteral("same"));
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(again->replayed);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->transactionId, first->transactionId);
        QCOMPARE(again->points, 40);
        QCOMPARE(again->pointsLeft, 140);
        QCOMPARE(f.footprint(), after);
    }

    void refusalsWriteNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void refusalsWriteNothing()
    {
        DONATION_FIXTURE();
        const QList<qint64> before = f.footprint();
        Result<Donation> tooMany = f.give(181, QStringLiteral("d1"));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, Error::Code::InsufficientFunds);
        QCOMPARE(f.footprint(), before);
        QCOMPARE(f.available(), 180);

        // The card's type needs its PIN: none, then a wrong one.
        Result<Donation> noPin = f.hub.donations().donate(f.staff, f.member, f.charity, 10, f.card, {}, QStringLiteral("d2"));
        QVERIFY(!noPin);
        QCOMPARE(noPin.error().field, QStringLiteral("pin"));
        Result<Donation> wrongPin =
            f.hub.donations().donate(f.staff, f.member, f.charity, 10, f.card, QStringLiteral("9173"), QStringLiteral("d2"));
        QVERIFY(!wrongPin);
        Result<Donation> zero = f.give(0, QStringLiteral("d3"));
        QVERIFY(!zero);
        QCOMPARE(zero.error().field, QStringLiteral("points"));

        // A charity turned off takes no more; staff cannot manage charities.
        Charity off{f.charity, QStringLiteral("Children's Hospital"), false, {}};
        QCOMPARE(f.hub.donations().updateCharity(f.staff, off).error().code, Error::Code::Forbidden);
        QVERIFY(f.hub.donations().updateCharity(f.admin, off));
        Result<Donation> closed = f.give(10, QStringLiteral("d4"));
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, Error::Code::Conflict);
        QCOMPARE(f.hub.donations().charities(f.staff)->size(), 0);
        QCOMPARE(f.hub.donations().charities(f.staff, true)->size(), 1);
        QCOMPARE(f.hub.donations().createCharity(f.staff, QStringLiteral("X")).error().code, Error::Code::Forbidden);
        Result<Charity> dup = f.hub.donations().createCharity(f.admin, QStringLiteral(" Children's  Hospital "));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, Error::Code::Duplicate);
        // Nothing of the refused donations was written (the wrong PIN's count is on the card).
        const QList<qint64> after = f.footprint();
        QCOMPARE(after.at(0), before.at(0)); // donations
        QCOMPARE(after.at(1), before.at(1)); // journal
        QCOMPARE(after.at(2), before.at(2)); // entries
        QCOMPARE(after.at(4), before.at(4)); // points
    }

    void perCharityTotals_data() { CLUB_ADD_ENGINE_ROWS(); }
    void perCharityTotals()
    {
        DONATION_FIXTURE();
        Result<Charity> second = f.hub.donations().createCharity(f.admin, QStringLiteral("Animal Shelter"));
        Result<Charity> third = f.hub.donations().createCharity(f.admin, QStringLiteral("Library"));
        QVERIFY(second && third);
        QVERIFY(f.give(20, QStringLiteral("a")));
        f.clock.advanceDays(1);
        QVERIFY(f.give(30, QStringLiteral("b")));
        QVERIFY(f.give(15, QStringLiteral("c"), second->id));

        Result<QList<CharityTotal>> all = f.hub.donations().totals(f.admin);
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(all->size(), 3); // by name, the one without donations too
        QCOMPARE(all->at(0).name, QStringLiteral("Animal Shelter"));
        QCOMPARE(all->at(0).points, 15);
        QCOMPARE(all->at(0).value, 15 * kPointValue);
        QCOMPARE(all->at(1).charityId, f.charity);
        QCOMPARE(all->at(1).donations, 2);
        QCOMPARE(all->at(1).points, 50);
        QCOMPARE(all->at(1).value, 50 * kPointValue);
        QCOMPARE(all->at(2).donations, 0);
        // The first day only.
        Result<QList<CharityTotal>> firstDay = f.hub.donations().totals(f.admin, kStart, kStart.addDays(1));
        QVERIFY(firstDay);
        QCOMPARE(firstDay->at(1).points, 20);
        QCOMPARE(firstDay->at(0).points, 0);
        // Totals are a report: staff cannot read them.
        QCOMPARE(f.hub.donations().totals(f.staff).error().code, Error::Code::Forbidden);

        Result<ReportTable> table = f.hub.donations().totalsTable(f.admin);
        QVERIFY(table);
        const QString csv = QString::fromUtf8(ReportCsv::toCsv(*table));
        QVERIFY2(csv.contains(QStringLiteral("Children's Hospital,2,50,5000\r\n")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("Library,0,0,0\r\n")), qPrintable(csv));
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }
};

QTEST_GUILESS_MAIN(TestDonation)
#include "tst_donation.moc"
