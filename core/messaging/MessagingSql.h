// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/messaging: the SQL of templates, campaigns, their recipients and the
// occasion messages. Rows are claimed ('sending') by a conditional UPDATE before a send, so
// two senders never send one row.

#include "Messaging.h"
#include "util/Result.h"

#include <QPair>

namespace Club::Core {

class Database;

namespace MessagingSql {

Result<QList<MessageTemplate>> templates(const Database &db);
Result<MessageTemplate> messageTemplate(const Database &db, Id id);
Result<Id> insertTemplate(const Database &db, const MessageTemplate &t, const QString &nowIso);
Status updateTemplate(const Database &db, const MessageTemplate &t, const QString &nowIso);

Result<Id> insertCampaign(const Database &db, const Campaign &c, Id operatorId, const QString &nowIso);
Result<QList<Campaign>> campaigns(const Database &db, Id onlyId = kNoId);
Status markStarted(const Database &db, Id campaignId, const QString &nowIso);

// The outbox a row lives in: campaign_recipients or occasion_messages.
enum class Box { Campaign, Occasion };

// A new recipient unless the member already has one in this campaign (then nothing).
Status addRecipient(const Database &db, Id campaignId, const Recipient &r, const QString &nowIso);
Result<QList<Recipient>> recipients(const Database &db, Id campaignId, int limit = -1);
// Failed rows back to pending with new text (the template may have been corrected).
Status resetFailed(const Database &db, Id campaignId);

// True when this caller now owns the row (it was pending).
Result<bool> claim(const Database &db, Box box, Id rowId, const QString &nowIso);
Status finish(const Database &db, Box box, Id rowId, DeliveryStatus status, const QString &reason,
              const QString &nowIso);
Status setText(const Database &db, Box box, Id rowId, const QString &address, const QString &subject,
               const QString &body, DeliveryStatus status, const QString &reason, const QString &nowIso);

// Ids of pending rows, oldest first.
Result<QList<Id>> pending(const Database &db, Box box, Id campaignId = kNoId);
struct Outgoing
{
    Channel channel = Channel::Sms;
    QString address;
    QString subject;
    QString body;
};
Result<Outgoing> outgoing(const Database &db, Box box, Id rowId);

// Inserts unless (member, kind, date) already has a row; true when inserted.
Result<bool> addOccasion(const Database &db, const OccasionMessage &m, const QString &nowIso);
// Newest first; only failed ones with failedOnly.
Result<QList<OccasionMessage>> occasions(const Database &db, int limit, bool failedOnly = false);

// Retries of occasion messages whose send failed (an unreachable server, a refused
// recipient): attempt n waiting kOccasionRetryBaseSecs × 2^(n-1) before the next, at most
// kOccasionMaxAttempts sends in all. Only 'failed' rows go back to 'pending': a sent one, or
// one left 'sending' by a crash (it may have gone out), is never sent again.
constexpr int kOccasionMaxAttempts = 5;
constexpr qint64 kOccasionRetryBaseSecs = 30 * 60;
// After a failed send: when the next attempt is due (none once out of attempts).
Status scheduleOccasionRetry(const Database &db, Id rowId, const QDateTime &nowUtc);
// Failed rows whose next attempt is due: counted, or put back to pending.
Result<int> dueOccasionRetries(const Database &db, const QString &nowIso);
Result<int> requeueDueOccasions(const Database &db, const QString &nowIso);
// One failed row back to pending at once (a manager's Retry now); false when it was not failed.
Result<bool> requeueOccasion(const Database &db, Id rowId, const QString &nowIso);

// Active members whose `column` date (birth_date, marriage_date) falls on the Jalali
// month-day of `today`.
Result<QList<Id>> anniversaries(const Database &db, const QString &column, const QDate &today);
// Members matching a segment filter (active ones only).
Result<QList<Id>> membersMatching(const Database &db, const SegmentFilter &filter, const QDateTime &nowUtc,
                                  const QDate &today);
// Members whose tier went up or down at or after `sinceIso`, with the time of the change.
Result<QList<QPair<Id, QDateTime>>> tierChanges(const Database &db, const QString &sinceIso);

// members.tier's name in the language, from any programme that has the key.
QString tierName(const Database &db, const QString &tierKey, const QString &language);
QString storeName(const Database &db);

} // namespace MessagingSql
} // namespace Club::Core
