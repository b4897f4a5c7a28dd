// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Messenger.h"

#include "SmsGateway.h"
#include "SmtpMailer.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "sales/SalesService.h"
#include "storage/Database.h"

namespace Club::Core {

Messenger::Messenger(Database &db, LedgerService &ledger, SalesService &sales, const Clock &clock)
    : m_db(db)
    , m_ledger(ledger)
    , m_sales(sales)
    , m_clock(clock)
{}

QDate Messenger::today() const
{
    const QTimeZone zone = m_sales.settings().zone;
    return m_clock.nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

QString Messenger::nowIso() const
{
    return LedgerStore::isoUtc(m_clock.nowUtc());
}

Result<MessageContext> Messenger::context(const Actor &actor, const Member &member, const QString &language) const
{
    MessageContext c;
    c.member = member;
    c.today = today();
    c.storeName = MessagingSql::storeName(m_db);
    c.tierName = MessagingSql::tierName(m_db, member.tier, language);
    const Result<AccountBalance> balance = m_ledger.balance(actor, member.accountId);
    if (!balance)
        return balance.error();
    c.points = balance->pointsAvailable + balance->pointsPending;
    c.expiringPoints = balance->nextExpiryPoints;
    if (balance->nextExpiry.isValid()) {
        const QTimeZone zone = m_sales.settings().zone;
        c.expiryDate = balance->nextExpiry.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    }
    return c;
}

Messenger::Rendered Messenger::render(const Actor &actor, const Member &member, const MessageTemplate &t,
                                      const QString &storeLanguage) const
{
    // Digits, dates and the tier's name follow the language the text is written in.
    const QString language = t.languageFor(member.language, storeLanguage);
    Rendered r;
    if (t.channel == Channel::Sms) {
        r.address = member.mobile;
        if (member.smsOptOut) {
            r.status = DeliveryStatus::Skipped;
            r.reason = tr("The member does not want SMS.");
            return r;
        }
        if (member.mobile.isEmpty()) {
            r.status = DeliveryStatus::Skipped;
            r.reason = tr("The member has no mobile number.");
            return r;
        }
    } else {
        r.address = member.email;
        if (member.emailOptOut) {
            r.status = DeliveryStatus::Skipped;
            r.reason = tr("The member does not want email.");
            return r;
        }
        if (member.email.isEmpty()) {
            r.status = DeliveryStatus::Skipped;
            r.reason = tr("The member has no email address.");
            return r;
        }
    }
    const Result<MessageContext> c = context(actor, member, language);
    if (!c) {
        r.status = DeliveryStatus::Failed;
        r.reason = c.error().message;
        return r;
    }
    const Result<QString> body = TemplateRenderer::render(t.body(language), *c, language);
    const Result<QString> subject = TemplateRenderer::render(t.subject(language), *c, language);
    if (!body || !subject) {
        r.status = DeliveryStatus::Failed;
        r.reason = !body ? body.error().message : subject.error().message;
        return r;
    }
    r.body = *body;
    r.subject = *subject;
    return r;
}

Status Messenger::send(const MessagingSettings &settings, Channel channel, const QString &address,
                       const QString &subject, const QString &body)
{
    if (channel == Channel::Email)
        return SmtpMailer(settings.smtp).send(address, subject, body);
    return SmsGateway(settings.sms).send(address, body);
}

Result<Messenger::Tally> Messenger::drain(MessagingSql::Box box, Id campaignId, const MessagingSettings &settings,
                                          const Progress &progress, const std::atomic_bool *cancel) const
{
    const Result<QList<Id>> rows = MessagingSql::pending(m_db, box, campaignId);
    if (!rows)
        return rows.error();
    return sendRows(box, *rows, settings, progress, cancel);
}

Result<Messenger::Tally> Messenger::sendRows(MessagingSql::Box box, const QList<Id> &rows,
                                             const MessagingSettings &settings, const Progress &progress,
                                             const std::atomic_bool *cancel) const
{
    Tally tally;
    const int total = int(rows.size());
    int done = 0;
    if (progress)
        progress(0, total);
    for (Id row : rows) {
        if (cancel && cancel->load())
            break;
        // Each row in its own short statements: a long run never holds the store's write lock
        // while it waits on the network.
        const Result<bool> mine = MessagingSql::claim(m_db, box, row, nowIso());
        if (!mine)
            return mine.error();
        if (*mine) {
            const Result<MessagingSql::Outgoing> out = MessagingSql::outgoing(m_db, box, row);
            if (!out)
                return out.error();
            const Status sent = send(settings, out->channel, out->address, out->subject, out->body);
            const Status recorded =
                MessagingSql::finish(m_db, box, row, sent ? DeliveryStatus::Sent : DeliveryStatus::Failed,
                                     sent ? QString() : sent.error().message, nowIso());
            if (!recorded)
                return recorded.error();
            if (!sent && box == MessagingSql::Box::Occasion) {
                if (Status s = MessagingSql::scheduleOccasionRetry(m_db, row, m_clock.nowUtc()); !s)
                    return s.error();
            }
            ++(sent ? tally.sent : tally.failed);
        }
        if (progress)
            progress(++done, total);
    }
    return tally;
}

} // namespace Club::Core
