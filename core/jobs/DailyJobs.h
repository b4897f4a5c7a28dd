// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

namespace Club::Core {

class LedgerService;
class OccasionService;
class TierService;

// The store's daily housekeeping: points whose time has come expire, and members whose
// tier review date has come are reviewed. Both jobs only append and are harmless when run
// twice, so the desk simply runs them when an operator who may (LedgerExpire) logs in and
// again whenever the store's local date has changed. Nothing else depends on them having
// run: an expired lot is never spendable, whether or not its expiry entry is written yet.
class DailyJobs : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        bool ran = false;     // false: already ran on this local date, or the operator may not
        int expiredLots = 0;  // lots the expiry job closed
        int reviewedMembers = 0;
        int occasionMessages = 0; // occasion messages queued (birthdays, expiring points...)
        QDate localDate;      // the store-local date it ran for
    };

    DailyJobs(LedgerService &ledger, TierService &tiers, const Clock &clock = Clock::system(),
              QObject *parent = nullptr);

    // A third step: today's occasion messages are queued (after the tier reviews, so a
    // review's change is told the same day) and then sent, on a worker thread unless
    // `inBackground` is false (tests). Without this call there is no such step.
    void setOccasions(OccasionService *occasions, bool inBackground = true);

    // Runs both jobs now. Errors: Forbidden without LedgerExpire; a storage error stops at
    // the job that failed (the other job's work stays: each job is its own transaction).
    Result<Summary> run(const Actor &actor);
    // Runs them only when they have not yet run on the store-local date of `zone` in this
    // process, and only for an operator who may; otherwise returns ran = false.
    Result<Summary> runIfDue(const Actor &actor, const QTimeZone &zone);

Q_SIGNALS:
    void finished(const Club::Core::DailyJobs::Summary &summary);

private:
    LedgerService &m_ledger;
    TierService &m_tiers;
    const Clock &m_clock;
    OccasionService *m_occasions = nullptr;
    bool m_sendInBackground = true;
    QDate m_lastLocalDate;
};

} // namespace Club::Core
