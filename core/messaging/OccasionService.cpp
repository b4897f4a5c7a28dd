// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OccasionService.h"

#include "MessagingSettingsStore.h"
#include "MessagingSql.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOccasions, "club.messaging.occasions")

namespace Club::Core {

namespace {
constexpr int kTierChangeDays = 3;
}

OccasionService::OccasionService(Database &db, LedgerService &ledger, MemberService &members, SalesService &sales,
                                 MessagingSettingsStore &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_members(members)
    , m_sales(sales)
    , m_settings(settings)
    , m_clock(clock)
    , m_messenger(db, ledger, sales, clock)
{}

OccasionService::~OccasionService()
{
    m_stop = true;
    waitForBackground();
}

Status OccasionService::queueFor(const Actor &actor, const QList<Id> &memberIds, const OccasionRule &rule,
                                 const MessageTemplate &t, const QString &language,
                                 const std::function<QDate(const Member &)> &date, int &queued)
{
    const QString now = m_messenger.nowIso();
    for (Id id : memberIds) {
        const Result<Member> member = m_members.member(actor, id);
        if (!member)
            return member.error();
        OccasionMessage m;
        m.memberId = id;
        m.kind = rule.kind;
        m.occasionDate = date(*member);
        if (!m.occasionDate.isValid())
            continue;
        m.channel = t.channel;
        const Messenger::Rendered r = m_messenger.render(actor, *member, t, language);
        m.address = r.address;
        m.subject = r.subject;
        m.body = r.body;
        m.status = r.status;
        m.reason = r.reason;
        const Result<bool> added = MessagingSql::addOccasion(m_db, m, now);
        if (!added)
            return added.error();
        queued += *added ? 1 : 0;
    }
    return {};
}

Result<int> OccasionService::queueDue(const Actor &actor)
{
    if (Status s = require(actor, Permission::LedgerExpire); !s)
        return s.error();
    const Result<QList<OccasionRule>> rules = m_settings.loadOccasionRules();
    if (!rules)
        return rules.error();
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    const QDate today = m_messenger.today();
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = m_sales.settings().zone.isValid() ? m_sales.settings().zone : QTimeZone::utc();
    int queued = 0;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const OccasionRule &rule : *rules) {
        if (!rule.enabled || rule.templateId == kNoId)
            continue;
        const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, rule.templateId);
        if (!t) {
            // A deleted template stops this occasion only; the others still go.
            qCWarning(lcOccasions) << "occasion" << occasionKindKey(rule.kind) << "has no template:" << t.error().detail;
            continue;
        }
        Result<QList<Id>> ids = QList<Id>{};
        std::function<QDate(const Member &)> date = [today](const Member &) { return today; };
        QHash<Id, QDate> changeDates;
        switch (rule.kind) {
        case OccasionKind::Birthday:
            ids = MessagingSql::anniversaries(m_db, QStringLiteral("m.birth_date"), today);
            break;
        case OccasionKind::Anniversary:
            ids = MessagingSql::anniversaries(m_db, QStringLiteral("m.marriage_date"), today);
            break;
        case OccasionKind::PointsExpiring: {
            SegmentFilter f;
            f.pointsExpiringWithinDays = rule.daysAhead;
            ids = MessagingSql::membersMatching(m_db, f, now, today);
            // One warning per expiry date: the next lots to expire name the occasion.
            date = [this, &actor](const Member &m) {
                const Result<MessageContext> c = m_messenger.context(actor, m, QStringLiteral("en"));
                return c ? c->expiryDate : QDate();
            };
            break;
        }
        case OccasionKind::TierChange: {
            const Result<QList<QPair<Id, QDateTime>>> changes =
                MessagingSql::tierChanges(m_db, LedgerStore::isoUtc(now.addDays(-kTierChangeDays)));
            if (!changes)
                return changes.error();
            QList<Id> list;
            for (const auto &[memberId, at] : *changes) {
                if (!changeDates.contains(memberId))
                    list << memberId;
                changeDates.insert(memberId, at.toTimeZone(zone).date()); // the latest change wins
            }
            ids = list;
            date = [&changeDates](const Member &m) { return changeDates.value(m.id); };
            break;
        }
        }
        if (!ids)
            return ids.error();
        if (Status s = queueFor(actor, *ids, rule, *t, settings->language, date, queued); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (queued > 0)
        qCInfo(lcOccasions) << queued << "occasion messages queued";
    return queued;
}

Result<Messenger::Tally> OccasionService::sendPending(const Actor &actor, const std::atomic_bool *cancel)
{
    if (Status s = require(actor, Permission::LedgerExpire); !s)
        return s.error();
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    const Result<int> retried = MessagingSql::requeueDueOccasions(m_db, m_messenger.nowIso());
    if (!retried)
        return retried.error();
    if (*retried > 0)
        qCInfo(lcOccasions) << *retried << "failed occasion messages tried again";
    const Result<Messenger::Tally> tally =
        m_messenger.drain(MessagingSql::Box::Occasion, kNoId, *settings, {}, cancel ? cancel : &m_stop);
    if (tally && (tally->sent || tally->failed))
        qCInfo(lcOccasions) << "occasion messages sent" << tally->sent << "failed" << tally->failed;
    return tally;
}

void OccasionService::sendPendingInBackground(const Actor &actor)
{
    if (m_worker && m_worker->isRunning())
        return;
    delete m_worker.data();
    m_worker = QThread::create([this, actor] {
        const Result<Messenger::Tally> tally = sendPending(actor, &m_stop);
        if (tally)
            Q_EMIT sent(tally->sent, tally->failed);
        else
            qCWarning(lcOccasions) << "occasion messages not sent:" << tally.error().detail;
    });
    m_worker->start();
}

void OccasionService::waitForBackground()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker.data();
    }
}

Result<QList<OccasionMessage>> OccasionService::recent(const Actor &actor, int limit, bool failedOnly) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return MessagingSql::occasions(m_db, limit, failedOnly);
}

Result<int> OccasionService::retriesDue() const
{
    return MessagingSql::dueOccasionRetries(m_db, m_messenger.nowIso());
}

Result<DeliveryStatus> OccasionService::retryNow(const Actor &actor, Id messageId)
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    const Result<bool> requeued = MessagingSql::requeueOccasion(m_db, messageId, m_messenger.nowIso());
    if (!requeued)
        return requeued.error();
    if (!*requeued)
        return Error::make(Error::Code::Conflict, tr("Only a message that failed can be tried again."),
                           QStringLiteral("occasion message %1 is not failed").arg(messageId));
    const Result<Messenger::Tally> tally =
        m_messenger.sendRows(MessagingSql::Box::Occasion, {messageId}, *settings, {}, &m_stop);
    if (!tally)
        return tally.error();
    qCInfo(lcOccasions) << "occasion message" << messageId << "tried again by hand:"
                        << (tally->sent ? "sent" : "failed");
    return tally->sent ? DeliveryStatus::Sent : DeliveryStatus::Failed;
}

} // namespace Club::Core
