// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignService.h"

#include "MessagingSettingsStore.h"
#include "MessagingSql.h"
#include "SegmentService.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCampaigns, "club.messaging.campaigns")

namespace Club::Core {

CampaignService::CampaignService(Database &db, LedgerService &ledger, MemberService &members, SalesService &sales,
                                 SegmentService &segments, MessagingSettingsStore &settings, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_members(members)
    , m_segments(segments)
    , m_settings(settings)
    , m_clock(clock)
    , m_messenger(db, ledger, sales, clock)
    , m_audit(db, clock)
{}

QString CampaignService::language() const
{
    const Result<MessagingSettings> s = m_settings.load();
    return s ? s->language : QStringLiteral("fa");
}

Result<QList<MessageTemplate>> CampaignService::templates(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return MessagingSql::templates(m_db);
}

Result<MessageTemplate> CampaignService::messageTemplate(const Actor &actor, Id templateId) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return MessagingSql::messageTemplate(m_db, templateId);
}

Result<MessageTemplate> CampaignService::saveTemplate(const Actor &actor, const MessageTemplate &draft)
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    MessageTemplate t = draft;
    t.name = draft.name.trimmed();
    if (t.name.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Give the message a name."), {}, QStringLiteral("name"));
    if (t.bodyFa.trimmed().isEmpty() && t.bodyAr.trimmed().isEmpty() && t.bodyEn.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Write the message in at least one language."), {},
                           QStringLiteral("body"));
    for (const QString &text : {t.subjectFa, t.bodyFa, t.subjectAr, t.bodyAr, t.subjectEn, t.bodyEn}) {
        if (Status s = TemplateRenderer::check(text); !s)
            return s.error();
    }
    const QString now = m_messenger.nowIso();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const auto duplicate = [](const Error &e) {
        return e.code == Error::Code::Duplicate
                   ? Error::make(Error::Code::Duplicate, tr("Another message already has this name."), e.detail,
                                 QStringLiteral("name"))
                   : e;
    };
    if (t.id == kNoId) {
        const Result<Id> id = MessagingSql::insertTemplate(m_db, t, now);
        if (!id)
            return duplicate(id.error());
        t.id = *id;
    } else if (Status s = MessagingSql::updateTemplate(m_db, t, now); !s) {
        return duplicate(s.error());
    }
    if (Status s = m_audit.record(actor, QStringLiteral("message_template.save"), QStringLiteral("message_template"),
                                  t.id, t.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT templatesChanged();
    return t;
}

Result<Campaign> CampaignService::create(const Actor &actor, const QString &name, Id segmentId, Id templateId)
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    if (name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Give the campaign a name."), {}, QStringLiteral("name"));
    const Result<Segment> segment = m_segments.segment(actor, segmentId);
    if (!segment)
        return Error::make(Error::Code::Invalid, tr("Choose the segment to send to."), segment.error().detail,
                           QStringLiteral("segment"));
    const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, templateId);
    if (!t)
        return Error::make(Error::Code::Invalid, tr("Choose the message to send."), t.error().detail,
                           QStringLiteral("template"));
    Campaign c;
    c.name = name.trimmed();
    c.segmentId = segmentId;
    c.templateId = templateId;
    c.channel = t->channel;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<Id> id = MessagingSql::insertCampaign(m_db, c, actor.operatorId, m_messenger.nowIso());
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("campaign.create"), QStringLiteral("campaign"), *id, c.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT campaignsChanged();
    return campaign(actor, *id);
}

Result<QList<Campaign>> CampaignService::campaigns(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return MessagingSql::campaigns(m_db);
}

Result<Campaign> CampaignService::campaign(const Actor &actor, Id campaignId) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    const Result<QList<Campaign>> list = MessagingSql::campaigns(m_db, campaignId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(Error::Code::NotFound, tr("The campaign no longer exists."));
    return list->constFirst();
}

Result<QList<Recipient>> CampaignService::recipients(const Actor &actor, Id campaignId) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return MessagingSql::recipients(m_db, campaignId);
}

Result<QList<Recipient>> CampaignService::preview(const Actor &actor, Id segmentId, Id templateId, int count) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    const Result<Segment> segment = m_segments.segment(actor, segmentId);
    if (!segment)
        return segment.error();
    const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, templateId);
    if (!t)
        return t.error();
    const Result<QList<Member>> members = m_segments.members(actor, segment->filter, 0, std::max(0, count));
    if (!members)
        return members.error();
    const QString lang = language();
    QList<Recipient> out;
    for (const Member &m : *members) {
        const Messenger::Rendered r = m_messenger.render(actor, m, *t, lang);
        Recipient p;
        p.memberId = m.id;
        p.memberName = m.fullName();
        p.address = r.address;
        p.subject = r.subject;
        p.body = r.body;
        p.status = r.status;
        p.reason = r.reason;
        out << p;
    }
    return out;
}

Status CampaignService::testSend(const Actor &actor, Id templateId, Id segmentId, const QString &address) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s;
    const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, templateId);
    if (!t)
        return t.error();
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    const QString lang = settings->language;
    Member sample;
    if (segmentId != kNoId) {
        if (const Result<Segment> segment = m_segments.segment(actor, segmentId); segment) {
            const Result<QList<Member>> first = m_segments.members(actor, segment->filter, 0, 1);
            if (first && !first->isEmpty())
                sample = first->constFirst();
        }
    }
    MessageContext context;
    if (sample.id != kNoId) {
        const Result<MessageContext> c = m_messenger.context(actor, sample, lang);
        if (!c)
            return c.error();
        context = *c;
    } else {
        context.member.firstName = actor.fullName;
        context.today = m_messenger.today();
        context.storeName = MessagingSql::storeName(m_db);
    }
    const Result<QString> body = TemplateRenderer::render(t->body(lang), context, lang);
    if (!body)
        return body.error();
    const Result<QString> subject = TemplateRenderer::render(t->subject(lang), context, lang);
    if (!subject)
        return subject.error();
    return Messenger::send(*settings, t->channel, address.trimmed(), *subject, *body);
}

Status CampaignService::sendTestMessage(const Actor &actor, Channel channel, const QString &address) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s;
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    QString store = MessagingSql::storeName(m_db);
    if (store.isEmpty())
        store = tr("the customer club");
    return Messenger::send(*settings, channel, address.trimmed(), tr("Test message"),
                           tr("This is a test message from %1. If you can read it, messages to members will "
                              "arrive too.")
                               .arg(store));
}

Result<Campaign> CampaignService::run(const Actor &actor, Id campaignId, const Messenger::Progress &progress,
                                      const std::atomic_bool *cancel)
{
    const Result<Campaign> c = campaign(actor, campaignId);
    if (!c)
        return c;
    const Result<Segment> segment = m_segments.segment(actor, c->segmentId);
    if (!segment)
        return segment.error();
    const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, c->templateId);
    if (!t)
        return t.error();
    const Result<QList<Id>> ids = m_segments.memberIds(segment->filter);
    if (!ids)
        return ids.error();
    const QString lang = language();
    const QString now = m_messenger.nowIso();
    {
        // The recipient list in one transaction: a campaign is addressed whole or not at all.
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        for (Id memberId : *ids) {
            const Result<Member> m = m_members.member(actor, memberId);
            if (!m)
                return m.error();
            const Messenger::Rendered r = m_messenger.render(actor, *m, *t, lang);
            Recipient row;
            row.memberId = memberId;
            row.address = r.address;
            row.subject = r.subject;
            row.body = r.body;
            row.status = r.status;
            row.reason = r.reason;
            if (Status s = MessagingSql::addRecipient(m_db, campaignId, row, now); !s)
                return s.error();
        }
        if (Status s = MessagingSql::markStarted(m_db, campaignId, now); !s)
            return s.error();
        if (Status s = m_audit.record(actor, QStringLiteral("campaign.run"), QStringLiteral("campaign"), campaignId,
                                      QStringLiteral("%1 members in segment").arg(ids->size()));
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return drain(actor, campaignId, progress, cancel);
}

Result<Campaign> CampaignService::retryFailed(const Actor &actor, Id campaignId, const Messenger::Progress &progress,
                                              const std::atomic_bool *cancel)
{
    const Result<Campaign> c = campaign(actor, campaignId);
    if (!c)
        return c;
    const Result<MessageTemplate> t = MessagingSql::messageTemplate(m_db, c->templateId);
    if (!t)
        return t.error();
    const Result<QList<Recipient>> all = MessagingSql::recipients(m_db, campaignId);
    if (!all)
        return all.error();
    const QString lang = language();
    const QString now = m_messenger.nowIso();
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        for (const Recipient &old : *all) {
            if (old.status != DeliveryStatus::Failed)
                continue;
            // Rendered anew: the address or the template may have been corrected since.
            const Result<Member> m = m_members.member(actor, old.memberId);
            if (!m)
                return m.error();
            const Messenger::Rendered r = m_messenger.render(actor, *m, *t, lang);
            if (Status s = MessagingSql::setText(m_db, MessagingSql::Box::Campaign, old.id, r.address, r.subject,
                                                 r.body, r.status, r.reason, now);
                !s)
                return s.error();
        }
        if (Status s = m_audit.record(actor, QStringLiteral("campaign.retry"), QStringLiteral("campaign"), campaignId);
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return drain(actor, campaignId, progress, cancel);
}

Result<Campaign> CampaignService::drain(const Actor &actor, Id campaignId, const Messenger::Progress &progress,
                                        const std::atomic_bool *cancel)
{
    const Result<MessagingSettings> settings = m_settings.load();
    if (!settings)
        return settings.error();
    const Result<Messenger::Tally> tally =
        m_messenger.drain(MessagingSql::Box::Campaign, campaignId, *settings, progress, cancel);
    if (!tally)
        return tally.error();
    qCInfo(lcCampaigns) << "campaign" << campaignId << "sent" << tally->sent << "failed" << tally->failed;
    Q_EMIT campaignsChanged();
    return campaign(actor, campaignId);
}

} // namespace Club::Core
