// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyService.h"

#include "EngagementSql.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "members/Validation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QHash>

namespace Club::Core {

namespace {
// RFC 4180: fields separated by commas, quoted with "" when they hold commas, quotes or
// line breaks. Blank lines are skipped.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

const QString kDuplicateDetail = QStringLiteral("survey.answered");
} // namespace

SurveyService::SurveyService(Database &db, LedgerService &ledger, MemberService &members, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_members(members)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<Survey> SurveyService::create(const Actor &actor, const Survey &draft)
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    Survey survey = draft;
    survey.name = survey.name.trimmed();
    if (survey.name.isEmpty())
        return Error::invalid(tr("Give the survey a name."), QStringLiteral("name"));
    if (!survey.activeFrom.isValid() || !survey.activeTo.isValid() || survey.activeTo <= survey.activeFrom)
        return Error::invalid(tr("Choose a period whose end is after its start."), QStringLiteral("activeTo"));
    if (survey.points < 0)
        return Error::invalid(tr("Points for answering cannot be negative."), QStringLiteral("points"));
    QList<SurveyQuestion> questions;
    for (SurveyQuestion q : std::as_const(survey.questions)) {
        q.text = q.text.trimmed();
        if (q.text.isEmpty())
            continue;
        q.position = int(questions.size()) + 1;
        questions.append(q);
    }
    if (questions.isEmpty())
        return Error::invalid(tr("A survey needs at least one question."), QStringLiteral("questions"));
    if (questions.size() > 20)
        return Error::invalid(tr("A short survey has at most 20 questions."), QStringLiteral("questions"));
    survey.questions = questions;
    survey.createdAt = m_clock.nowUtc();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const EngagementSql sql(m_db);
    Result<Id> id = sql.insertSurvey(survey, actor.operatorId);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("survey.create"), QStringLiteral("survey"), *id, survey.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT surveysChanged();
    return sql.survey(*id);
}

Result<QList<Survey>> SurveyService::surveys(const Actor &actor) const
{
    if (Status s = require(actor, Permission::SurveyAnswer); !s)
        return s.error();
    return EngagementSql(m_db).surveys();
}

Result<QList<Survey>> SurveyService::openFor(const Actor &actor, Id memberId) const
{
    Result<QList<Survey>> all = surveys(actor);
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    QList<Survey> out;
    for (const Survey &s : std::as_const(*all)) {
        if (now < s.activeFrom || now >= s.activeTo)
            continue;
        Result<bool> done = EngagementSql(m_db).answered(s.id, memberId);
        if (!done)
            return done.error();
        if (!*done)
            out.append(s);
    }
    return out;
}

Result<SurveyResponse> SurveyService::answer(const Actor &actor, Id surveyId, Id memberId,
                                             const QList<SurveyAnswer> &answers)
{
    if (Status s = require(actor, Permission::SurveyAnswer); !s)
        return s.error();
    Result<Survey> survey = EngagementSql(m_db).survey(surveyId);
    if (!survey)
        return survey.error();
    Result<SurveyResponse> r = record(actor, *survey, memberId, answers, QStringLiteral("desk"));
    if (r)
        Q_EMIT surveyAnswered(surveyId, memberId);
    return r;
}

Result<SurveyResponse> SurveyService::record(const Actor &actor, const Survey &survey, Id memberId,
                                             const QList<SurveyAnswer> &answers, const QString &source)
{
    const QDateTime now = m_clock.nowUtc();
    if (now < survey.activeFrom || now >= survey.activeTo)
        return Error::make(Error::Code::Conflict, tr("The survey \"%1\" is not open now.").arg(survey.name),
                           QStringLiteral("survey %1 outside its period").arg(survey.id));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    if (!member->active)
        return Error::make(Error::Code::Conflict, tr("%1 is not an active member.").arg(member->fullName()),
                           QStringLiteral("member %1 inactive").arg(memberId));
    // Every question answered, and only the survey's questions.
    QHash<Id, SurveyAnswer> given;
    for (const SurveyAnswer &a : answers)
        given.insert(a.questionId, a);
    QList<SurveyAnswer> checked;
    for (const SurveyQuestion &q : survey.questions) {
        SurveyAnswer a = given.take(q.id);
        a.questionId = q.id;
        if (q.kind == QuestionKind::Rating) {
            if (a.rating < 1 || a.rating > 5)
                return Error::invalid(tr("Rate \"%1\" from 1 to 5.").arg(q.text),
                                      QStringLiteral("question:%1").arg(q.id));
            a.text.clear();
        } else {
            a.rating = 0;
            a.text = a.text.trimmed();
            if (a.text.size() > 2000)
                return Error::invalid(tr("The answer to \"%1\" is too long.").arg(q.text),
                                      QStringLiteral("question:%1").arg(q.id));
        }
        checked.append(a);
    }
    if (!given.isEmpty())
        return Error::invalid(tr("An answer is for a question that is not in this survey."), QStringLiteral("answers"));

    const Error twice = Error::make(Error::Code::Duplicate,
                                    tr("%1 has already answered the survey \"%2\"; a survey is answered once.")
                                        .arg(member->fullName(), survey.name),
                                    kDuplicateDetail);
    const EngagementSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<bool> done = sql.answered(survey.id, memberId);
    if (!done)
        return done.error();
    if (*done)
        return twice;
    SurveyResponse response;
    response.surveyId = survey.id;
    response.memberId = memberId;
    response.createdAt = now;
    if (survey.points > 0) {
        EarnOptions options;
        options.kind = QStringLiteral("survey");
        options.reference = QStringLiteral("survey:%1").arg(survey.id);
        options.memo = survey.name;
        Result<PostResult> posted =
            m_ledger.earnPoints(actor, member->accountId, survey.points, options,
                                QStringLiteral("survey:%1:member:%2").arg(survey.id).arg(memberId));
        if (!posted)
            return posted.error();
        if (posted->replayed) // points of an earlier answer that is gone cannot happen; refuse to be safe
            return twice;
        response.transactionId = posted->transactionId;
    }
    Result<Id> id = sql.insertResponse(response, source, actor.operatorId);
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return twice; // another desk answered first
        return id.error();
    }
    response.id = *id;
    for (const SurveyAnswer &a : std::as_const(checked)) {
        if (Status s = sql.insertAnswer(response.id, a); !s)
            return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("survey.answer"), QStringLiteral("member"), memberId,
                                  QStringLiteral("survey %1 (%2), %3 points")
                                      .arg(survey.id)
                                      .arg(source)
                                      .arg(survey.points));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return response;
}

Result<SurveyImport> SurveyService::importCsv(const Actor &actor, Id surveyId, const QByteArray &csv)
{
    if (Status s = require(actor, Permission::SurveyAnswer); !s)
        return s.error();
    Result<Survey> survey = EngagementSql(m_db).survey(surveyId);
    if (!survey)
        return survey.error();
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QList<QStringList> rows = parseCsv(text);
    if (rows.size() < 2)
        return Error::invalid(tr("The file has no answers: a header row, then one row per member."),
                              QStringLiteral("csv"));
    SurveyImport out;
    const qsizetype columns = survey->questions.size() + 1;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = int(r) + 1;
        if (row.size() < columns) {
            out.refused.append({line, tr("The row has %Ln columns; the survey needs %1.", nullptr, int(row.size()))
                                          .arg(columns)});
            continue;
        }
        const QString who = Text::toLatinDigits(row.at(0).trimmed());
        Id memberId = kNoId;
        if (who.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            memberId = who.mid(1).toLongLong(&ok);
            if (!ok)
                memberId = kNoId;
        } else if (const std::optional<QString> mobile = Validation::normalizeMobile(who)) {
            Result<Id> found = EngagementSql(m_db).memberByMobile(*mobile);
            if (!found)
                return found.error();
            memberId = *found;
        }
        if (memberId == kNoId) {
            out.refused.append({line, tr("No member has the mobile number or number \"%1\".").arg(row.at(0).trimmed())});
            continue;
        }
        QList<SurveyAnswer> answers;
        for (qsizetype i = 0; i < survey->questions.size(); ++i) {
            const SurveyQuestion &q = survey->questions.at(i);
            const QString cell = row.at(i + 1).trimmed();
            SurveyAnswer a;
            a.questionId = q.id;
            if (q.kind == QuestionKind::Rating) {
                bool ok = false;
                a.rating = Text::toLatinDigits(cell).toInt(&ok);
                if (!ok)
                    a.rating = 0;
            } else {
                a.text = cell;
            }
            answers.append(a);
        }
        Result<SurveyResponse> done = record(actor, *survey, memberId, answers, QStringLiteral("import"));
        if (!done) {
            if (done.error().code == Error::Code::Storage || done.error().code == Error::Code::Forbidden)
                return done.error();
            out.refused.append({line, done.error().message});
            continue;
        }
        ++out.answered;
        Q_EMIT surveyAnswered(surveyId, memberId);
    }
    return out;
}

Result<SurveySummary> SurveyService::summary(const Actor &actor, Id surveyId) const
{
    if (Status s = require(actor, Permission::EngagementManage); !s)
        return s.error();
    const EngagementSql sql(m_db);
    Result<Survey> survey = sql.survey(surveyId);
    if (!survey)
        return survey.error();
    Result<QList<EngagementSql::AnswerRow>> rows = sql.answers(surveyId);
    if (!rows)
        return rows.error();
    SurveySummary out;
    out.survey = *survey;
    out.responses = survey->responses;
    QHash<Id, qsizetype> index;
    for (const SurveyQuestion &q : std::as_const(survey->questions)) {
        index.insert(q.id, out.questions.size());
        QuestionSummary s;
        s.question = q;
        out.questions.append(s);
    }
    for (const EngagementSql::AnswerRow &row : std::as_const(*rows)) {
        const auto it = index.constFind(row.questionId);
        if (it == index.constEnd())
            continue;
        QuestionSummary &s = out.questions[*it];
        if (s.question.kind == QuestionKind::Rating) {
            if (row.rating < 1 || row.rating > 5)
                continue;
            ++s.answered;
            s.ratingSum += row.rating;
            ++s.distribution[row.rating - 1];
        } else if (!row.text.isEmpty()) {
            ++s.answered;
            s.texts.append(row.text);
        }
    }
    return out;
}

} // namespace Club::Core
