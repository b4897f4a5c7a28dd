// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of core/engagement: lotteries (rules, frozen entries, winners) and surveys
// (questions, answers, summaries).

#include "domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Club::Core {

enum class LotteryStatus { Draft, Frozen, Drawn };
QString lotteryStatusKey(LotteryStatus status); // "draft", "frozen", "drawn"
LotteryStatus lotteryStatusFromKey(const QString &key);

// How members earn tickets from their sales in [from, to). Each rule that is above zero
// adds tickets; the sum is capped by maxTickets (0: no cap). A member without a ticket is
// not entered.
struct LotteryRules
{
    Points pointsPerTicket = 0; // one ticket per this many points earned
    Money amountPerTicket = 0;  // one ticket per this much spent (net of the sale)
    qint64 ticketsPerPurchase = 0; // tickets for every sale
    qint64 maxTickets = 0;
};

struct Lottery
{
    Id id = kNoId;
    QString name;
    QDateTime from; // the period, [from, to)
    QDateTime to;
    LotteryRules rules;
    int winners = 1;
    Points prizePoints = 0;     // posted to each winner (journal kind "lottery_prize")
    Id prizeProductId = kNoId;  // a gift of the gift catalog, given to each winner
    Id templateId = kNoId;      // message template for the winners; kNoId: no message
    LotteryStatus status = LotteryStatus::Draft;
    QString seed; // 64 hex digits, recorded when the entries are frozen
    QDateTime createdAt;
    QDateTime frozenAt;
    QDateTime drawnAt;
};

// One member's frozen entry: what the period's sales gave and the tickets they earned.
struct LotteryEntry
{
    Id memberId = kNoId;
    QString memberName;
    qint64 purchases = 0;
    Money spent = 0;
    Points points = 0;
    qint64 tickets = 0;
};

struct LotteryWinner
{
    int position = 0; // 1 = first drawn
    Id memberId = kNoId;
    QString memberName;
    qint64 tickets = 0;
    Id prizeTransactionId = kNoId;
    Id giftTransactionId = kNoId;
    QString notifyStatus; // "", "sent", "failed", "skipped"
    QString notifyReason;
};

// What "Verify draw" found: the winners re-drawn from the frozen entries and the seed,
// and whether they are the recorded winners in the same order.
struct DrawVerification
{
    bool matches = false;
    QList<Id> recorded;
    QList<Id> recomputed;
};

enum class QuestionKind { Rating, Text };

struct SurveyQuestion
{
    Id id = kNoId;
    int position = 0;
    QuestionKind kind = QuestionKind::Rating;
    QString text;
};

struct Survey
{
    Id id = kNoId;
    QString name;
    QDateTime activeFrom; // answers are taken in [activeFrom, activeTo)
    QDateTime activeTo;
    Points points = 0;    // engagement points for answering; 0: none
    QList<SurveyQuestion> questions;
    QDateTime createdAt;
    qint64 responses = 0; // filled by the list
};

// An answer to one question: a rating 1..5 for a rating question, text for a text question.
struct SurveyAnswer
{
    Id questionId = kNoId;
    int rating = 0;
    QString text;
};

struct SurveyResponse
{
    Id id = kNoId;
    Id surveyId = kNoId;
    Id memberId = kNoId;
    Id transactionId = kNoId; // the engagement points; kNoId when the survey gives none
    QDateTime createdAt;
};

struct QuestionSummary
{
    SurveyQuestion question;
    qint64 answered = 0;
    qint64 ratingSum = 0;
    qint64 distribution[5] = {0, 0, 0, 0, 0}; // how many answered 1..5
    QStringList texts;                        // text answers, newest first
    double average() const { return answered > 0 ? double(ratingSum) / double(answered) : 0.0; }
};

struct SurveySummary
{
    Survey survey;
    qint64 responses = 0;
    QList<QuestionSummary> questions;
};

// What a CSV import did: rows answered, and the rows refused with the reason (1-based row
// numbers of the file, the header being row 1).
struct SurveyImport
{
    int answered = 0;
    QList<QPair<int, QString>> refused;
};

} // namespace Club::Core
