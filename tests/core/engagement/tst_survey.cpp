// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "TestMain.h"

using namespace Club::Core;
using Club::Test::LoyaltyFixture;

namespace {
const QDateTime kStart(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
constexpr Points kSurveyPoints = 20;

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, kStart)
    {
        accountant = t.actorWithRole(Role::Accountant);
    }

    Survey draft() const
    {
        Survey s;
        s.name = QStringLiteral("Store visit");
        s.activeFrom = kStart.addDays(-1);
        s.activeTo = kStart.addDays(10);
        s.points = kSurveyPoints;
        s.questions = {{kNoId, 0, QuestionKind::Rating, QStringLiteral("How was the service?")},
                       {kNoId, 0, QuestionKind::Rating, QStringLiteral("How clean was the store?")},
                       {kNoId, 0, QuestionKind::Text, QStringLiteral("Anything else?")}};
        return s;
    }

    QList<SurveyAnswer> answers(const Survey &s, int service, int clean, const QString &text) const
    {
        return {{s.questions.at(0).id, service, {}}, {s.questions.at(1).id, clean, {}},
                {s.questions.at(2).id, 0, text}};
    }

    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char *table : {"survey_responses", "survey_answers", "journal_transactions", "journal_entries",
                                  "points_lots"})
            out << count(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        return out;
    }

    Actor accountant;
};
} // namespace

#define SURVEY_FIXTURE()                                                                                               \
    QFETCH(int, engine);                                                                                               \
    Store f{Database::Engine(engine)};                                                                                 \
    QVERIFY2(f.ok(), qPrintable(f.problem()))

class TestSurvey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createValidates_data() { CLUB_ADD_ENGINE_ROWS(); }
    void createValidates()
    {
        SURVEY_FIXTURE();
        Survey bad = f.draft();
        bad.questions = {{kNoId, 0, QuestionKind::Text, QStringLiteral("  ")}};
        QCOMPARE(f.hub.surveys().create(f.manager, bad).error().field, QStringLiteral("questions"));
        bad = f.draft();
        bad.activeTo = bad.activeFrom;
        QCOMPARE(f.hub.surveys().create(f.manager, bad).error().code, Error::Code::Invalid);
        QCOMPARE(f.hub.surveys().create(f.staff, f.draft()).error().code, Error::Code::Forbidden);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM surveys")), 0);

        const Result<Survey> s = f.hub.surveys().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(s);
        QCOMPARE(s->questions.size(), 3);
        QCOMPARE(s->questions.at(2).kind, QuestionKind::Text);
        QCOMPARE(s->questions.at(1).position, 2);
        const Result<QList<Survey>> open = f.hub.surveys().openFor(f.staff, f.member.id);
        LOYALTY_VERIFY_OK(open);
        QCOMPARE(open->size(), 1);
    }

    void answerOnce_data() { CLUB_ADD_ENGINE_ROWS(); }
    void answerOnce()
    {
        SURVEY_FIXTURE();
        const Result<Survey> s = f.hub.surveys().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(s);
        const Points before = f.balance(f.member).points;

        // Bad answers write nothing.
        const QList<qint64> empty = f.footprint();
        QCOMPARE(f.hub.surveys().answer(f.staff, s->id, f.member.id, f.answers(*s, 0, 3, {})).error().code,
                 Error::Code::Invalid);
        QCOMPARE(f.hub.surveys().answer(f.staff, s->id, f.member.id, f.answers(*s, 6, 3, {})).error().code,
                 Error::Code::Invalid);
        QCOMPARE(f.hub.surveys().answer(f.accountant, s->id, f.member.id, f.answers(*s, 4, 3, {})).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(f.footprint(), empty);

        const Result<SurveyResponse> r =
            f.hub.surveys().answer(f.staff, s->id, f.member.id, f.answers(*s, 4, 5, QStringLiteral("Friendly staff")));
        LOYALTY_VERIFY_OK(r);
        QVERIFY(r->transactionId != kNoId);
        QCOMPARE(f.balance(f.member).points, before + kSurveyPoints);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'survey'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM survey_answers")), 3);
        QVERIFY(f.hub.surveys().openFor(f.staff, f.member.id)->isEmpty());

        // The second answer is refused with a clear message; nothing is written, no points.
        const QList<qint64> once = f.footprint();
        const Result<SurveyResponse> twice =
            f.hub.surveys().answer(f.staff, s->id, f.member.id, f.answers(*s, 1, 1, QStringLiteral("again")));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::Duplicate);
        QVERIFY(twice.error().message.contains(f.member.fullName()));
        QVERIFY(twice.error().message.contains(QStringLiteral("once")));
        QCOMPARE(f.footprint(), once);
        QCOMPARE(f.balance(f.member).points, before + kSurveyPoints);
        QCOMPARE(f.ledgerProblems(), QString());

        // Outside the active period: refused.
        const Member other = f.newMember(2);
        f.clock.set(kStart.addDays(11));
        const Result<SurveyResponse> late = f.hub.surveys().answer(f.staff, s->id, other.id, f.answers(*s, 3, 3, {}));
        QVERIFY(!late);
        QCOMPARE(late.error().code, Error::Code::Conflict);
        QCOMPARE(f.footprint(), once);
    }

    void summaries_data() { CLUB_ADD_ENGINE_ROWS(); }
    void summaries()
    {
        SURVEY_FIXTURE();
        const Result<Survey> s = f.hub.surveys().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(s);
        const QList<int> service{5, 4, 4, 2};
        const QList<int> clean{3, 3, 5, 1};
        for (int i = 0; i < service.size(); ++i) {
            const Member m = i == 0 ? f.member : f.newMember(i + 1);
            f.clock.advanceSecs(60);
            LOYALTY_VERIFY_OK(f.hub.surveys().answer(f.staff, s->id, m.id,
                                                     f.answers(*s, service.at(i), clean.at(i),
                                                               i % 2 ? QString() : QStringLiteral("note %1").arg(i))));
        }
        QCOMPARE(f.hub.surveys().summary(f.staff, s->id).error().code, Error::Code::Forbidden);
        const Result<SurveySummary> sum = f.hub.surveys().summary(f.manager, s->id);
        LOYALTY_VERIFY_OK(sum);
        QCOMPARE(sum->responses, 4);
        QCOMPARE(sum->questions.size(), 3);
        const QuestionSummary &q1 = sum->questions.at(0);
        QCOMPARE(q1.answered, 4);
        QCOMPARE(q1.ratingSum, 15);
        QCOMPARE(q1.average(), 3.75);
        QCOMPARE(q1.distribution[0], 0);
        QCOMPARE(q1.distribution[1], 1);
        QCOMPARE(q1.distribution[3], 2);
        QCOMPARE(q1.distribution[4], 1);
        const QuestionSummary &q2 = sum->questions.at(1);
        QCOMPARE(q2.average(), 3.0);
        QCOMPARE(q2.distribution[2], 2);
        const QuestionSummary &q3 = sum->questions.at(2);
        QCOMPARE(q3.answered, 2);
        QCOMPARE(q3.texts, (QStringList{QStringLiteral("note 2"), QStringLiteral("note 0")})); // newest first
    }

    void importCsv_data() { CLUB_ADD_ENGINE_ROWS(); }
    void importCsv()
    {
        SURVEY_FIXTURE();
        const Result<Survey> s = f.hub.surveys().create(f.manager, f.draft());
        LOYALTY_VERIFY_OK(s);
        const Member second = f.newMember(2);
        const Member third = f.newMember(3);
        // memberDraft(n) has mobile +98912 and n in 7 digits: given here in the local form,
        // once in Persian digits, and by member number.
        const QByteArray csv = QStringLiteral("mobile,service,clean,comment\n"
                                              "09120000001,5,4,\"Good, fast\"\n"
                                              "۰۹۱۲۰۰۰۰۰۰۲,۳,۲,\n"
                                              "#%1,4,4,\"said \"\"hi\"\"\"\n"
                                              "09129999999,5,5,unknown member\n"
                                              "09120000001,1,1,second time\n"
                                              "#%1,9,4,\n")
                                  .arg(third.id)
                                  .toUtf8();
        const Result<SurveyImport> imported = f.hub.surveys().importCsv(f.staff, s->id, csv);
        LOYALTY_VERIFY_OK(imported);
        QCOMPARE(imported->answered, 3);
        QCOMPARE(imported->refused.size(), 3);
        QCOMPARE(imported->refused.at(0).first, 5);
        QCOMPARE(imported->refused.at(1).first, 6);
        QVERIFY(imported->refused.at(1).second.contains(QStringLiteral("once")));
        QCOMPARE(imported->refused.at(2).first, 7);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE source = 'import'")), 3);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM journal_transactions WHERE kind = 'survey'")), 3);
        for (const Member &m : {f.member, second, third})
            QCOMPARE(f.balance(m).points, kSurveyPoints);
        const Result<SurveySummary> sum = f.hub.surveys().summary(f.manager, s->id);
        QCOMPARE(sum->questions.at(0).ratingSum, 12);
        QVERIFY(sum->questions.at(2).texts.contains(QStringLiteral("said \"hi\"")));
        QVERIFY(sum->questions.at(2).texts.contains(QStringLiteral("Good, fast")));
        QCOMPARE(f.ledgerProblems(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSurvey)
#include "tst_survey.moc"
