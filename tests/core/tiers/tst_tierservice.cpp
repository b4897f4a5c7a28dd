// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::LoyaltyFixture;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
constexpr int kReviewDays = 90;

TierLevel level(const QString &key, int rank, qint64 threshold)
{
    TierLevel l;
    l.key = key;
    l.nameEn = key;
    l.rank = rank;
    l.threshold = threshold;
    return l;
}

// white 0, silver 500, gold 1000 points earned in a year; reviewed every 90 days.
TierProgram pointsProgram(Id cardType)
{
    TierProgram p;
    p.cardTypeId = cardType;
    p.basis = TierBasis::PointsEarned;
    p.windowDays = 365;
    p.reviewDays = kReviewDays;
    p.tiers = {level(QStringLiteral("gold"), 2, 1000), level(QStringLiteral("white"), 0, 0),
               level(QStringLiteral("silver"), 1, 500)};
    return p;
}

struct Tiers : LoyaltyFixture
{
    explicit Tiers(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {
        if (!LoyaltyFixture::ok())
            return;
        typeA = cardType(QStringLiteral("Club"), QStringLiteral("6280"));
        typeB = cardType(QStringLiteral("Business"), QStringLiteral("6281"));
        programOk = typeA != kNoId && typeB != kNoId && hub.tiers().saveProgram(manager, pointsProgram(typeA)).ok();
        cardOk = programOk && hub.cards().issue(admin, member.id, typeA).ok();
    }
    bool ready() const { return LoyaltyFixture::ok() && programOk && cardOk; }

    Id cardType(const QString &name, const QString &prefix)
    {
        CardType t;
        t.name = name;
        t.prefix = prefix;
        Result<CardType> made = hub.cards().createCardType(admin, t);
        return made ? made->id : kNoId;
    }
    QString tierOf(const Member &who) { return hub.members().member(admin, who.id)->tier; }
    QList<TierChange> history(const Member &who) { return *hub.tiers().history(staff, who.id); }
    QStringList reasons(const Member &who)
    {
        QStringList out;
        for (const TierChange &c : history(who))
            out.prepend(QStringLiteral("%1:%2>%3@%4").arg(c.reason, c.fromTier, c.toTier).arg(c.qualifying));
        return out;
    }

    Id typeA = kNoId;
    Id typeB = kNoId;
    bool programOk = false;
    bool cardOk = false;
};
} // namespace

#define TIERS_FIXTURE()                                                                                                \
    QFETCH(int, engine);                                                                                               \
    Tiers f{Database::Engine(engine)};                                                                                 \
    QVERIFY2(f.ready(), qPrintable(f.problem()))

class TestTierService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programRoundTripAndPermissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void programRoundTripAndPermissions()
    {
        TIERS_FIXTURE();
        const Result<TierProgram> read = f.hub.tiers().program(f.staff, f.typeA);
        LOYALTY_VERIFY_OK(read);
        QCOMPARE(read->tiers.size(), 3);
        QCOMPARE(read->tiers.at(0).key, QStringLiteral("white")); // by rank
        QCOMPARE(read->tiers.at(2).key, QStringLiteral("gold"));
        QCOMPARE(read->reviewDays, kReviewDays);
        QCOMPARE(f.hub.tiers().program(f.staff, f.typeB).error().code, Error::Code::NotFound);
        QCOMPARE(f.hub.tiers().programs(f.staff)->size(), 1);

        QCOMPARE(f.hub.tiers().saveProgram(f.staff, pointsProgram(f.typeB)).error().code, Error::Code::Forbidden);
        TierProgram bad = pointsProgram(f.typeB);
        bad.tiers[2].threshold = 1000; // silver needs as much as gold
        QCOMPARE(f.hub.tiers().saveProgram(f.admin, bad).error().field, QStringLiteral("threshold"));
        bad = pointsProgram(f.typeB);
        bad.tiers[1].key = QStringLiteral("gold");
        QCOMPARE(f.hub.tiers().saveProgram(f.admin, bad).error().field, QStringLiteral("key"));
        bad = pointsProgram(f.typeB);
        bad.reviewDays = 0;
        QCOMPARE(f.hub.tiers().saveProgram(f.admin, bad).error().field, QStringLiteral("reviewDays"));
        bad = pointsProgram(9999);
        QCOMPARE(f.hub.tiers().saveProgram(f.admin, bad).error().field, QStringLiteral("cardTypeId"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM tier_programs")), 1);

        // Replacing a programme replaces its whole list.
        TierProgram two = pointsProgram(f.typeA);
        two.tiers.removeLast();
        LOYALTY_VERIFY_OK(f.hub.tiers().saveProgram(f.manager, two));
        QCOMPARE(f.hub.tiers().program(f.staff, f.typeA)->tiers.size(), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'tier_program.save'")), 2);
    }

    void upgradeAtOnceAfterTheSale_data() { CLUB_ADD_ENGINE_ROWS(); }
    void upgradeAtOnceAfterTheSale()
    {
        TIERS_FIXTURE();
        QSignalSpy changed(&f.hub.tiers(), &TierService::tierChanged);
        LOYALTY_VERIFY_OK(f.sell(f.member, 4)); // 400 points
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white"));
        QCOMPARE(f.history(f.member).size(), 0);
        const Result<TierStatus> before = f.hub.tiers().status(f.staff, f.member.id);
        LOYALTY_VERIFY_OK(before);
        QCOMPARE(before->qualifying, 400);
        QCOMPARE(before->nextTier, QStringLiteral("silver"));
        QCOMPARE(before->toNextTier, 100);

        LOYALTY_VERIFY_OK(f.sell(f.member, 1)); // 500: silver at once, though still pending
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver"));
        QCOMPARE(f.reasons(f.member), QStringList{QStringLiteral("upgrade:white>silver@500")});
        QCOMPARE(changed.count(), 1);
        const Result<TierStatus> after = f.hub.tiers().status(f.staff, f.member.id);
        QCOMPARE(after->reviewAt, f.clock.nowUtc().addDays(kReviewDays));
        QCOMPARE(after->cardTypeId, f.typeA);

        // The desk's next quote sees the new tier (tier discounts and multipliers).
        Rule silverOff;
        silverOff.name = QStringLiteral("Silver 10%");
        silverOff.family = RuleFamily::Discount;
        silverOff.discountTarget = DiscountTarget::Tier;
        silverOff.tierKey = QStringLiteral("silver");
        silverOff.basisPoints = 1000;
        LOYALTY_VERIFY_OK(f.hub.rules().create(f.admin, silverOff));
        const Result<SaleQuote> q = f.hub.sales().quote(f.staff, f.basket(f.member, 1));
        LOYALTY_VERIFY_OK(q);
        QCOMPARE(q->quote.discount, LoyaltyFixture::kPrice / 10);

        // Evaluating again changes nothing and writes nothing.
        const Result<TierEvaluation> again = f.hub.tiers().evaluate(f.staff, f.member.id);
        LOYALTY_VERIFY_OK(again);
        QVERIFY(again->reason.isEmpty());
        QCOMPARE(f.history(f.member).size(), 1);
    }

    void redemptionNeverLowersTheTier_data() { CLUB_ADD_ENGINE_ROWS(); }
    void redemptionNeverLowersTheTier()
    {
        TIERS_FIXTURE();
        LOYALTY_VERIFY_OK(f.sell(f.member, 5)); // 500: silver
        f.clock.advanceDays(8);                 // the points are available
        // Spends all 500 points on a bill of 100,000 (50,000 with points): earns 50 more.
        const Result<Sale> spend = f.sell(f.member, 1, 500);
        LOYALTY_VERIFY_OK(spend);
        QCOMPARE(f.balance(f.member).points, 50);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver"));
        QCOMPARE(f.hub.tiers().status(f.staff, f.member.id)->qualifying, 550);

        // At the review the tier is kept, once, however often the job runs.
        f.clock.advanceDays(kReviewDays);
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 1);
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 0);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver"));
        QCOMPARE(f.reasons(f.member), (QStringList{QStringLiteral("upgrade:white>silver@500"),
                                                   QStringLiteral("review_keep:silver>silver@550")}));
        QCOMPARE(f.hub.tiers().runReviews(f.staff, f.clock.nowUtc()).error().code, Error::Code::Forbidden);
        QCOMPARE(f.hub.tiers().runReviews(f.admin, f.clock.nowUtc().addSecs(60)).error().field, QStringLiteral("asOf"));
    }

    void returnDowngradesOnlyAtTheReview_data() { CLUB_ADD_ENGINE_ROWS(); }
    void returnDowngradesOnlyAtTheReview()
    {
        TIERS_FIXTURE();
        const Result<Sale> sale = f.sell(f.member, 5); // 500: silver
        LOYALTY_VERIFY_OK(sale);
        const QDateTime upgradedAt = f.clock.nowUtc();
        f.clock.advanceDays(1);
        const Result<SaleReturn> back =
            f.hub.sales().returnSale(f.staff, sale->id, {{sale->lines.at(0).id, 1}}, QStringLiteral("r1"));
        LOYALTY_VERIFY_OK(back);
        QCOMPARE(back->pointsReversed, 100);
        QCOMPARE(f.hub.tiers().status(f.staff, f.member.id)->qualifying, 400);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver")); // not before the review date
        QCOMPARE(f.history(f.member).size(), 1);

        f.clock.set(upgradedAt.addDays(kReviewDays).addSecs(-60));
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 0);
        LOYALTY_VERIFY_OK(f.hub.tiers().evaluate(f.staff, f.member.id));
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver"));

        f.clock.set(upgradedAt.addDays(kReviewDays));
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 1);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white"));
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 0);
        QCOMPARE(f.reasons(f.member), (QStringList{QStringLiteral("upgrade:white>silver@500"),
                                                   QStringLiteral("review_downgrade:silver>white@400")}));
        // The history cannot be rewritten.
        SqlQuery edit(f.t.db(), QStringLiteral("UPDATE tier_history SET to_tier = 'gold'"));
        QVERIFY(!edit.exec().ok());
        SqlQuery drop(f.t.db(), QStringLiteral("DELETE FROM tier_history"));
        QVERIFY(!drop.exec().ok());
        QCOMPARE(f.history(f.member).size(), 2);
    }

    void pointsNotEarnedByBuyingDoNotCount_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pointsNotEarnedByBuyingDoNotCount()
    {
        TIERS_FIXTURE();
        // Adjusted, credited outside a sale (as bought points are) and transferred in.
        LOYALTY_VERIFY_OK(f.hub.ledger().adjustPoints(f.admin, f.member.accountId, 2000, QStringLiteral("goodwill"),
                                                      QStringLiteral("adj-1")));
        EarnOptions bought;
        bought.kind = QStringLiteral("purchase");
        LOYALTY_VERIFY_OK(
            f.hub.ledger().earnPoints(f.admin, f.member.accountId, 2000, bought, QStringLiteral("buy-1")));
        const Member other = f.newMember(2);
        LOYALTY_VERIFY_OK(f.hub.ledger().adjustPoints(f.admin, other.accountId, 3000, QStringLiteral("goodwill"),
                                                      QStringLiteral("adj-2")));
        LOYALTY_VERIFY_OK(f.hub.ledger().transferPoints(f.admin, other.accountId, f.member.accountId, 3000,
                                                        QStringLiteral("family"), QStringLiteral("move-1")));
        QCOMPARE(f.balance(f.member).points, 7000);
        const Result<TierEvaluation> ev = f.hub.tiers().evaluate(f.staff, f.member.id);
        LOYALTY_VERIFY_OK(ev);
        QCOMPARE(ev->status.qualifying, 0);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white"));
        LOYALTY_VERIFY_OK(f.sell(f.member, 1));
        QCOMPARE(f.hub.tiers().status(f.staff, f.member.id)->qualifying, 100);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white"));
    }

    void programmesDifferPerCardType_data() { CLUB_ADD_ENGINE_ROWS(); }
    void programmesDifferPerCardType()
    {
        TIERS_FIXTURE();
        // Business cards qualify on money spent: silver from 200,000, gold from 400,000.
        TierProgram business;
        business.cardTypeId = f.typeB;
        business.basis = TierBasis::AmountSpent;
        business.windowDays = 30;
        business.reviewDays = 30;
        business.tiers = {level(QStringLiteral("white"), 0, 0), level(QStringLiteral("silver"), 1, 200'000),
                          level(QStringLiteral("gold"), 2, 400'000)};
        LOYALTY_VERIFY_OK(f.hub.tiers().saveProgram(f.admin, business));
        const Member b = f.newMember(2);
        LOYALTY_VERIFY_OK(f.hub.cards().issue(f.admin, b.id, f.typeB));
        const Member none = f.newMember(3); // no card: no programme

        for (const Member &m : {f.member, b, none})
            LOYALTY_VERIFY_OK(f.sell(m, 3));
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white")); // 300 points < 500
        QCOMPARE(f.tierOf(b), QStringLiteral("silver"));       // 300,000 >= 200,000
        QCOMPARE(f.tierOf(none), QStringLiteral("white"));
        QCOMPARE(f.hub.tiers().status(f.staff, none.id)->cardTypeId, kNoId);
        QCOMPARE(f.history(none).size(), 0);

        // The newest active card decides: a business card for the first member moves them
        // to that programme, where 300,000 spent is silver.
        f.clock.advanceSecs(60);
        LOYALTY_VERIFY_OK(f.hub.cards().issue(f.admin, f.member.id, f.typeB));
        const Result<TierEvaluation> ev = f.hub.tiers().evaluate(f.staff, f.member.id);
        LOYALTY_VERIFY_OK(ev);
        QCOMPARE(ev->status.cardTypeId, f.typeB);
        QCOMPARE(ev->status.qualifying, 300'000);
        QCOMPARE(f.tierOf(f.member), QStringLiteral("silver"));

        // Outside the 30-day window the spending no longer counts (at the review).
        f.clock.advanceDays(31);
        QCOMPARE(*f.hub.tiers().runReviews(f.admin, f.clock.nowUtc()), 2);
        QCOMPARE(f.tierOf(b), QStringLiteral("white"));
        QCOMPARE(f.tierOf(f.member), QStringLiteral("white"));
    }
};

QTEST_GUILESS_MAIN(TestTierService)
#include "tst_tierservice.moc"
