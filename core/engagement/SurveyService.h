// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Engagement.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;

// Short surveys: rating (1..5) and free-text questions, answered in the survey's active
// period at the desk for a member, or imported from CSV. A member answers a survey once
// (UNIQUE (survey, member)): a second answer is refused with a clear message and writes
// nothing. When the survey gives engagement points they are posted through the ledger in the
// same transaction as the answers, journal kind "survey", idempotency key
// "survey:<survey>:member:<member>", so they are posted once.
//
// CSV import: a header row, then one row per member: the member's mobile number (any usual
// form) or "#<member id>", then one column per question in order (a rating 1..5, or text).
// Each row is answered on its own; refused rows are reported with the reason.
//
// Permissions: creating surveys and their results need EngagementManage; answering and the
// list of surveys need SurveyAnswer (the desk).
class SurveyService : public QObject
{
    Q_OBJECT

public:
    SurveyService(Database &db, LedgerService &ledger, MemberService &members, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    Result<Survey> create(const Actor &actor, const Survey &draft);
    Result<QList<Survey>> surveys(const Actor &actor) const;
    // The surveys a member can answer now: active, not answered yet.
    Result<QList<Survey>> openFor(const Actor &actor, Id memberId) const;

    Result<SurveyResponse> answer(const Actor &actor, Id surveyId, Id memberId, const QList<SurveyAnswer> &answers);
    Result<SurveyImport> importCsv(const Actor &actor, Id surveyId, const QByteArray &csv);

    Result<SurveySummary> summary(const Actor &actor, Id surveyId) const;

Q_SIGNALS:
    void surveyAnswered(qint64 surveyId, qint64 memberId);
    void surveysChanged();

private:
    Result<SurveyResponse> record(const Actor &actor, const Survey &survey, Id memberId,
                                  const QList<SurveyAnswer> &answers, const QString &source);

    Database &m_db;
    LedgerService &m_ledger;
    MemberService &m_members;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
