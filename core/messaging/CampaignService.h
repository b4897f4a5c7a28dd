// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "Messenger.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QObject>

#include <atomic>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class SalesService;
class SegmentService;
class MessagingSettingsStore;

// Message templates and campaigns: a segment, a template and its channel. Everything needs
// MessagingManage. run() and retryFailed() block while they send (the UI calls them on a
// worker thread); each member gets at most one message per campaign (UNIQUE key), members
// who opted out or have no address are recorded as skipped, and a failure is recorded with
// its reason while the run goes on.
class CampaignService : public QObject
{
    Q_OBJECT

public:
    CampaignService(Database &db, LedgerService &ledger, MemberService &members, SalesService &sales,
                    SegmentService &segments, MessagingSettingsStore &settings, const Clock &clock = Clock::system(),
                    QObject *parent = nullptr);

    Result<QList<MessageTemplate>> templates(const Actor &actor) const;
    Result<MessageTemplate> messageTemplate(const Actor &actor, Id templateId) const;
    // Creates (id kNoId) or replaces. Refused: no name, no body in any language, an unknown
    // placeholder (named in the message).
    Result<MessageTemplate> saveTemplate(const Actor &actor, const MessageTemplate &t);

    Result<Campaign> create(const Actor &actor, const QString &name, Id segmentId, Id templateId);
    Result<QList<Campaign>> campaigns(const Actor &actor) const;
    Result<Campaign> campaign(const Actor &actor, Id campaignId) const;
    Result<QList<Recipient>> recipients(const Actor &actor, Id campaignId) const;

    // The first `count` members of the segment with their messages as they would go now.
    Result<QList<Recipient>> preview(const Actor &actor, Id segmentId, Id templateId, int count = 5) const;
    // Sends the template, filled for the segment's first member (or for the operator's
    // sample when the segment is empty), to one address or number. Blocks.
    Status testSend(const Actor &actor, Id templateId, Id segmentId, const QString &address) const;

    // A fixed test text through the saved settings of the channel, to check them. Blocks.
    Status sendTestMessage(const Actor &actor, Channel channel, const QString &address) const;

    // Adds the segment's members not yet in the campaign, then sends every pending message.
    // Blocks; `progress` and `cancel` may be used from another thread.
    Result<Campaign> run(const Actor &actor, Id campaignId, const Messenger::Progress &progress = {},
                         const std::atomic_bool *cancel = nullptr);
    // Sends the failed ones again (their text rendered anew); sent ones are never touched.
    Result<Campaign> retryFailed(const Actor &actor, Id campaignId, const Messenger::Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

Q_SIGNALS:
    void templatesChanged();
    void campaignsChanged();

private:
    Result<Campaign> drain(const Actor &actor, Id campaignId, const Messenger::Progress &progress,
                           const std::atomic_bool *cancel);
    QString language() const;

    Database &m_db;
    MemberService &m_members;
    SegmentService &m_segments;
    MessagingSettingsStore &m_settings;
    const Clock &m_clock;
    Messenger m_messenger;
    AuditLog m_audit;
};

} // namespace Club::Core
