// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyJobs.h"

#include "domain/Role.h"
#include "ledger/LedgerService.h"
#include "messaging/OccasionService.h"
#include "tiers/TierService.h"
#include "util/Log.h"

namespace Club::Core {

DailyJobs::DailyJobs(LedgerService &ledger, TierService &tiers, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_tiers(tiers)
    , m_clock(clock)
{
}

void DailyJobs::setOccasions(OccasionService *occasions, bool inBackground)
{
    m_occasions = occasions;
    m_sendInBackground = inBackground;
}

Result<DailyJobs::Summary> DailyJobs::run(const Actor &actor)
{
    if (Status s = require(actor, Permission::LedgerExpire); !s)
        return s.error();
    // One instant for both jobs, so a member's lots and review are judged at the same time.
    const QDateTime now = m_clock.nowUtc();
    Summary summary;
    const Result<int> expired = m_ledger.expirePoints(actor, now);
    if (!expired)
        return expired.error();
    summary.expiredLots = *expired;
    const Result<int> reviewed = m_tiers.runReviews(actor, now);
    if (!reviewed)
        return reviewed.error();
    summary.reviewedMembers = *reviewed;
    if (m_occasions) {
        const Result<int> queued = m_occasions->queueDue(actor);
        if (!queued)
            return queued.error();
        summary.occasionMessages = *queued;
        // Also what an earlier day left unsent (the gateway was down): sent now.
        if (m_sendInBackground) {
            m_occasions->sendPendingInBackground(actor);
        } else if (const auto sent = m_occasions->sendPending(actor); !sent) {
            return sent.error();
        }
    }
    summary.ran = true;
    qCInfo(lcLedger) << "daily jobs:" << summary.expiredLots << "lots expired," << summary.reviewedMembers
                     << "tier reviews";
    return summary;
}

Result<DailyJobs::Summary> DailyJobs::runIfDue(const Actor &actor, const QTimeZone &zone)
{
    const QDate today = m_clock.nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    if (!roleAllows(actor.role, Permission::LedgerExpire) || actor.operatorId == kNoId)
        return Summary{};
    if (today == m_lastLocalDate) {
        // Between days, the checks still send failed occasion messages whose next attempt
        // has come (backoff), so a gateway down in the morning does not cost a birthday.
        if (m_occasions) {
            const Result<int> due = m_occasions->retriesDue();
            if (!due)
                return due.error();
            if (*due > 0) {
                if (m_sendInBackground)
                    m_occasions->sendPendingInBackground(actor);
                else if (const auto sent = m_occasions->sendPending(actor); !sent)
                    return sent.error();
            }
        }
        return Summary{};
    }
    const Result<Summary> summary = run(actor);
    if (!summary)
        return summary;
    Summary done = *summary;
    done.localDate = today;
    m_lastLocalDate = today;
    Q_EMIT finished(done);
    return done;
}

} // namespace Club::Core
