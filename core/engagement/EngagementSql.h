// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Engagement.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace Club::Core {

class Database;

// Internal to core/engagement: the SQL of the lottery and survey tables (migration 0020)
// and the period's sales that entries are computed from. Nothing here opens or commits a
// transaction.
class EngagementSql
{
    Q_DECLARE_TR_FUNCTIONS(EngagementSql)

public:
    explicit EngagementSql(const Database &db)
        : m_db(db)
    {}

    Result<Id> insertLottery(const Lottery &lottery, Id operatorId) const;
    Result<Lottery> lottery(Id lotteryId) const; // NotFound when absent
    Result<QList<Lottery>> lotteries() const;    // newest first
    // Moves the status from `from` to `to` (with the seed and the time of the step); false
    // when the lottery was not in `from` (someone else took the step first).
    Result<bool> advance(Id lotteryId, LotteryStatus from, LotteryStatus to, const QString &seed,
                         const QDateTime &at) const;

    // Per member with a sale in [from, to): sales, net spent and points earned, less what
    // returns made in the period took back; active members only, by member id.
    Result<QList<LotteryEntry>> periodActivity(const QDateTime &from, const QDateTime &to) const;
    Status insertEntry(Id lotteryId, const LotteryEntry &entry) const;
    Result<QList<LotteryEntry>> entries(Id lotteryId) const; // by member id

    Status insertWinner(Id lotteryId, const LotteryWinner &winner) const;
    Result<QList<LotteryWinner>> winners(Id lotteryId) const; // by position
    Status setNotified(Id lotteryId, int position, const QString &status, const QString &reason) const;

    Result<Id> insertSurvey(const Survey &survey, Id operatorId) const;
    Result<Survey> survey(Id surveyId) const; // with its questions; NotFound when absent
    Result<QList<Survey>> surveys() const;    // newest first, with questions and response counts
    Result<bool> answered(Id surveyId, Id memberId) const;
    Result<Id> insertResponse(const SurveyResponse &response, const QString &source, Id operatorId) const;
    Status insertAnswer(Id responseId, const SurveyAnswer &answer) const;
    // Every answer of the survey: question, rating, text; newest response first.
    struct AnswerRow
    {
        Id questionId = kNoId;
        int rating = 0;
        QString text;
    };
    Result<QList<AnswerRow>> answers(Id surveyId) const;
    Result<qint64> responseCount(Id surveyId) const;
    // The member with this id or mobile (normalized); kNoId when none.
    Result<Id> memberByMobile(const QString &normalizedMobile) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
