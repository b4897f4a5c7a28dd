// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "jobs/DailyJobs.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::kTehran;
using Club::Test::LoyaltyFixture;

namespace {
// 19:00 UTC is 22:30 in Tehran: the local date changes 1 h 30 min later.
const QDateTime kStart(QDate(2026, 3, 10), QTime(19, 0), Qt::UTC);

TierLevel level(const QString &key, int rank, qint64 threshold)
{
    TierLevel l;
    l.key = key;
    l.nameEn = key;
    l.rank = rank;
    l.threshold = threshold;
    return l;
}
} // namespace

class TestDailyJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiresAndReviewsOncePerLocalDay_data() { CLUB_ADD_ENGINE_ROWS(); }
    void expiresAndReviewsOncePerLocalDay()
    {
        QFETCH(int, engine);
        LoyaltyFixture f{Database::Engine(engine), kStart};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        const Actor accountant = f.t.actorWithRole(Role::Accountant);

        SalesSettings settings = f.settings();
        settings.expiryPolicy = ExpiryPolicy::AfterDays;
        settings.pointsLifetimeDays = 30;
        f.hub.sales().setSettings(settings);
        CardType type;
        type.name = QStringLiteral("Club");
        type.prefix = QStringLiteral("6280");
        const Result<CardType> made = f.hub.cards().createCardType(f.admin, type);
        LOYALTY_VERIFY_OK(made);
        TierProgram program;
        program.cardTypeId = made->id;
        program.basis = TierBasis::PointsEarned;
        program.windowDays = 365;
        program.reviewDays = 40;
        program.tiers = {level(QStringLiteral("white"), 0, 0), level(QStringLiteral("silver"), 1, 500)};
        LOYALTY_VERIFY_OK(f.hub.tiers().saveProgram(f.manager, program));
        LOYALTY_VERIFY_OK(f.hub.cards().issue(f.admin, f.member.id, made->id));
        LOYALTY_VERIFY_OK(f.sell(f.member, 5)); // 500 points, pending 7 days, gone after 30: silver at once
        QCOMPARE(f.hub.members().member(f.admin, f.member.id)->tier, QStringLiteral("silver"));

        DailyJobs jobs(f.hub.ledger(), f.hub.tiers(), f.clock);
        QSignalSpy finished(&jobs, &DailyJobs::finished);
        // Staff may not run them: nothing runs, and it is not an error at the desk.
        Result<DailyJobs::Summary> s = jobs.runIfDue(f.staff, kTehran);
        LOYALTY_VERIFY_OK(s);
        QVERIFY(!s->ran);
        QCOMPARE(jobs.run(f.staff).error().code, Error::Code::Forbidden);

        s = jobs.runIfDue(accountant, kTehran);
        LOYALTY_VERIFY_OK(s);
        QVERIFY(s->ran);
        QCOMPARE(s->expiredLots, 0);
        QCOMPARE(s->reviewedMembers, 0);
        QCOMPARE(s->localDate, QDate(2026, 3, 10));
        QVERIFY(!jobs.runIfDue(accountant, kTehran)->ran); // once per local day
        f.clock.advanceSecs(90 * 60 + 60);                  // 00:01 in Tehran, still 10 March in UTC
        s = jobs.runIfDue(accountant, kTehran);
        QVERIFY(s->ran);
        QCOMPARE(s->localDate, QDate(2026, 3, 11));
        QCOMPARE(finished.size(), 2);

        // Past the points' life: the lot expires once, however often the job runs.
        f.clock.advanceDays(31);
        s = jobs.runIfDue(accountant, kTehran);
        LOYALTY_VERIFY_OK(s);
        QCOMPARE(s->expiredLots, 1);
        QCOMPARE(s->reviewedMembers, 0);
        QCOMPARE(f.balance(f.member).points, 0);
        QCOMPARE(jobs.run(accountant)->expiredLots, 0);

        // At the review the tier is judged on points earned, not on the (now empty) balance.
        f.clock.advanceDays(10);
        s = jobs.runIfDue(accountant, kTehran);
        LOYALTY_VERIFY_OK(s);
        QCOMPARE(s->reviewedMembers, 1);
        QCOMPARE(jobs.run(accountant)->reviewedMembers, 0);
        QCOMPARE(f.hub.members().member(f.admin, f.member.id)->tier, QStringLiteral("silver"));
        QCOMPARE(f.ledgerProblems(), QString());
    }
};

QTEST_GUILESS_MAIN(TestDailyJobs)
#include "tst_dailyjobs.moc"
