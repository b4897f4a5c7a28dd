// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The referral bonus: a referred member's first purchase credits the referrer in the sale's
// own journal transaction; returns take it back in proportion, a void mirrors it.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;
using namespace Club::Test;

namespace {
// 10:00 in Tehran on 16 Azar 1405.
const QDateTime kStart = jalaliTehran(1405, 9, 16, 10, 0);
constexpr Points kBonus = 50;

struct ReferralFixture : LoyaltyFixture
{
    explicit ReferralFixture(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {
        if (!LoyaltyFixture::ok())
            return;
        Rule r;
        r.name = QStringLiteral("Bring a friend");
        r.earnKind = EarnKind::Referral;
        r.points = kBonus;
        r.tierMultipliers = {{QStringLiteral("gold"), 2000}};
        Result<Rule> made = hub.rules().create(admin, r);
        ruleId = made ? made->id : kNoId;
        Member draft = memberDraft(2);
        draft.referrerId = member.id;
        Result<Member> m = hub.members().create(admin, draft);
        referee = m ? *m : Member{};
    }
    bool ok() const { return LoyaltyFixture::ok() && ruleId != kNoId && referee.id != kNoId; }

    // The referrer's ledger entries balanced against the referral account.
    Points referralReport()
    {
        ReportFilters filters;
        filters.from = kStart.addDays(-1);
        filters.to = clock.nowUtc().addDays(1);
        Result<ReportTable> table = hub.reports().run(admin, ReportKind::Referrals, filters);
        if (!table || table->rows.isEmpty())
            return -1;
        return table->rows.at(0).at(table->column(QStringLiteral("points"))).toLongLong();
    }

    Id ruleId = kNoId;
    Member referee;
};

#define REFERRAL_FIXTURE()                                                                                             \
    QFETCH(int, engine);                                                                                               \
    ReferralFixture f{Database::Engine(engine)};                                                                       \
    if (!f.t.ok())                                                                                                     \
        QSKIP(qPrintable(f.t.error()));                                                                                \
    QVERIFY2(f.ok(), qPrintable(f.problem()))
} // namespace

class TestReferral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPurchaseCreditsTheReferrer_data() { CLUB_ADD_ENGINE_ROWS(); }
    void firstPurchaseCreditsTheReferrer()
    {
        REFERRAL_FIXTURE();
        // The referrer's tier sets the multiplier, not the buyer's.
        {
            SqlQuery q(f.t.db(), QStringLiteral("UPDATE members SET tier = 'gold' WHERE id = :id"));
            q.bind(QStringLiteral(":id"), f.member.id);
            QVERIFY(q.exec().ok());
        }
        const qint64 journalBefore = f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions"));
        const Result<Sale> sale = f.hub.sales().commit(f.staff, f.basket(f.referee, 1), QStringLiteral("first"));
        LOYALTY_VERIFY_OK(sale);
        QCOMPARE(sale->referralPoints, 2 * kBonus);
        QCOMPARE(sale->referralAccountId, f.member.accountId);
        QVERIFY(sale->referralLotId != kNoId);
        QCOMPARE(sale->pointsEarned, 100); // the buyer's own points: the bonus is not theirs
        // One journal transaction holds both; the referrer's lot is pending like the sale's.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions")), journalBefore + 1);
        QCOMPARE(f.count(QStringLiteral("SELECT transaction_id FROM points_lots WHERE id = %1").arg(sale->referralLotId)),
                 sale->transactionId);
        QCOMPARE(f.balance(f.member).pointsPending, 2 * kBonus);
        QCOMPARE(f.balance(f.referee).points, 100);
        // The retry of the same sale posts nothing again.
        const Result<Sale> again = f.hub.sales().commit(f.staff, f.basket(f.referee, 1), QStringLiteral("first"));
        LOYALTY_VERIFY_OK(again);
        QVERIFY(again->replayed);
        QCOMPARE(f.balance(f.member).points, 2 * kBonus);
        // First purchase only, as the rule says: the next one gives the referrer nothing.
        const Result<Sale> second = f.sell(f.referee, 1);
        LOYALTY_VERIFY_OK(second);
        QCOMPARE(second->referralPoints, 0);
        QCOMPARE(f.balance(f.member).points, 2 * kBonus);
        // The referrer's history shows the sale, with the rule in the sale's bonuses.
        Result<QList<JournalTransaction>> history = f.hub.ledger().history(f.admin, f.member.accountId);
        LOYALTY_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).id, sale->transactionId);
        QCOMPARE(history->at(0).pointsDelta, 2 * kBonus);
        Result<TransactionDetail> detail = f.hub.transactions().detail(f.admin, sale->transactionId);
        LOYALTY_VERIFY_OK(detail);
        QCOMPARE(detail->bonuses.size(), 1);
        QCOMPARE(detail->bonuses.at(0).reason, QStringLiteral("bonus.referral"));
        QCOMPARE(detail->bonusRuleNames.at(0), QStringLiteral("Bring a friend"));
        QCOMPARE(f.referralReport(), 2 * kBonus);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void returnsTakeItBackInProportion_data() { CLUB_ADD_ENGINE_ROWS(); }
    void returnsTakeItBackInProportion()
    {
        REFERRAL_FIXTURE();
        const Result<Sale> sale = f.sell(f.referee, 2);
        LOYALTY_VERIFY_OK(sale);
        QCOMPARE(sale->referralPoints, kBonus);
        const Id line = sale->lines.at(0).id;
        const Result<SaleReturn> one = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r1"));
        LOYALTY_VERIFY_OK(one);
        QCOMPARE(one->referralReversed, kBonus / 2);
        QCOMPARE(f.balance(f.member).points, kBonus / 2);
        QCOMPARE(f.referralReport(), kBonus / 2);
        // A replay of the return takes nothing more.
        const Result<SaleReturn> oneAgain =
            f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r1"));
        LOYALTY_VERIFY_OK(oneAgain);
        QCOMPARE(oneAgain->referralReversed, kBonus / 2);
        QCOMPARE(f.balance(f.member).points, kBonus / 2);

        // The referrer spends the rest once it is available; the last return then takes what
        // the referrer still holds elsewhere, and never more.
        f.clock.advanceDays(8);
        LOYALTY_VERIFY_OK(f.hub.ledger().spendPoints(f.admin, f.member.accountId, kBonus / 2, {}, QStringLiteral("s")));
        LOYALTY_VERIFY_OK(f.hub.ledger().earnPoints(f.admin, f.member.accountId, 10, {}, QStringLiteral("e")));
        const Result<SaleReturn> two = f.hub.sales().returnSale(f.staff, sale->id, {{line, 1}}, QStringLiteral("r2"));
        LOYALTY_VERIFY_OK(two);
        QCOMPARE(two->referralReversed, 10);
        QCOMPARE(f.balance(f.member).points, 0);
        QCOMPARE(f.referralReport(), kBonus / 2 - 10);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void voidMirrorsIt_data() { CLUB_ADD_ENGINE_ROWS(); }
    void voidMirrorsIt()
    {
        REFERRAL_FIXTURE();
        const Result<Sale> sale = f.sell(f.referee, 1);
        LOYALTY_VERIFY_OK(sale);
        QCOMPARE(f.balance(f.member).points, kBonus);
        const Result<SaleReturn> voided =
            f.hub.sales().voidSale(f.manager, sale->id, QStringLiteral("wrong member"), {});
        LOYALTY_VERIFY_OK(voided);
        QCOMPARE(voided->referralReversed, kBonus);
        QCOMPARE(f.balance(f.member).points, 0);
        QCOMPARE(f.balance(f.referee).points, 0);
        QCOMPARE(f.referralReport(), 0);
        QVERIFY2(f.ledgerProblems().isEmpty(), qPrintable(f.ledgerProblems()));
    }

    void inactiveReferrerGetsNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void inactiveReferrerGetsNothing()
    {
        REFERRAL_FIXTURE();
        LOYALTY_VERIFY_OK(f.hub.members().setActive(f.admin, f.member.id, false));
        const Result<Sale> sale = f.sell(f.referee, 1);
        LOYALTY_VERIFY_OK(sale);
        QCOMPARE(sale->referralPoints, 0);
        QCOMPARE(sale->referralLotId, kNoId);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM points_lots")), 1);
    }
};

QTEST_GUILESS_MAIN(TestReferral)
#include "tst_referral.moc"
