// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "Messenger.h"
#include "auth/Actor.h"
#include "util/Clock.h"

#include <QObject>
#include <QThread>
#include <QPointer>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class SalesService;
class MessagingSettingsStore;

// Birthday, marriage anniversary, points about to expire and tier change messages, as the
// daily jobs send them. queueDue() writes one row per member and occasion (UNIQUE (member,
// kind, occasion date)), so running it twice a day, or on two desks, never queues a second
// message; sendPending() then sends what is queued. The occasion date is the store-local
// date of the occasion: today for birthdays and anniversaries (Jalali month and day), the
// expiry date for expiring points (one warning per expiry date), the day of the change for
// tier changes (changes of the last three days, so a first run does not send old news).
//
// Both need LedgerExpire (whoever may run the daily jobs); the list needs MessagingManage.
class OccasionService : public QObject
{
    Q_OBJECT

public:
    OccasionService(Database &db, LedgerService &ledger, MemberService &members, SalesService &sales,
                    MessagingSettingsStore &settings, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~OccasionService() override;

    // Rows queued now (0 when every occasion of today already has its row).
    Result<int> queueDue(const Actor &actor);
    // Sends every queued message, and the failed ones whose next attempt is due (bounded
    // attempts with backoff, see MessagingSql::kOccasionMaxAttempts); blocks (network).
    Result<Messenger::Tally> sendPending(const Actor &actor, const std::atomic_bool *cancel = nullptr);
    // Failed messages whose next attempt is due now (for the scheduler's checks between days).
    Result<int> retriesDue() const;
    // A manager's Retry now of one failed message, whatever its attempts and backoff: sent at
    // once (blocks). Returns its status after the attempt; Conflict when it is not failed.
    Result<DeliveryStatus> retryNow(const Actor &actor, Id messageId);
    // sendPending() on a thread of its own; one at a time. Emits sent() when done.
    void sendPendingInBackground(const Actor &actor);
    // Waits for a background send to end (for shutdown and tests).
    void waitForBackground();

    Result<QList<OccasionMessage>> recent(const Actor &actor, int limit = 200, bool failedOnly = false) const;

Q_SIGNALS:
    void sent(int sent, int failed);

private:
    Status queueFor(const Actor &actor, const QList<Id> &memberIds, const OccasionRule &rule,
                    const MessageTemplate &t, const QString &language, const std::function<QDate(const Member &)> &date,
                    int &queued);

    Database &m_db;
    MemberService &m_members;
    SalesService &m_sales;
    MessagingSettingsStore &m_settings;
    const Clock &m_clock;
    Messenger m_messenger;
    QPointer<QThread> m_worker;
    std::atomic_bool m_stop{false};
};

} // namespace Club::Core
