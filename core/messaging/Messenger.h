// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/messaging: what campaigns and occasions share. Renders a template for
// a member (skipping opt-outs and members without an address), sends one message on its
// channel, and drains an outbox row by row: claim, send, record sent or failed with the
// reason. A row is never sent twice: it is claimed by a conditional UPDATE first.

#include "Messaging.h"
#include "MessagingSql.h"
#include "TemplateRenderer.h"
#include "auth/Actor.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Club::Core {

class Database;
class LedgerService;
class SalesService;

class Messenger
{
    Q_DECLARE_TR_FUNCTIONS(Messenger)

public:
    Messenger(Database &db, LedgerService &ledger, SalesService &sales, const Clock &clock);

    struct Rendered
    {
        QString address;
        QString subject;
        QString body;
        DeliveryStatus status = DeliveryStatus::Pending; // or Skipped / Failed with the reason
        QString reason;
    };
    // In the member's language when the template has it, else the store's, else any.
    Rendered render(const Actor &actor, const Member &member, const MessageTemplate &t,
                    const QString &storeLanguage) const;
    Result<MessageContext> context(const Actor &actor, const Member &member, const QString &language) const;

    static Status send(const MessagingSettings &settings, Channel channel, const QString &address,
                       const QString &subject, const QString &body);

    struct Tally
    {
        int sent = 0;
        int failed = 0;
    };
    using Progress = std::function<void(int done, int total)>;
    // Sends every pending row of the box (of one campaign for Box::Campaign).
    Result<Tally> drain(MessagingSql::Box box, Id campaignId, const MessagingSettings &settings,
                        const Progress &progress, const std::atomic_bool *cancel) const;
    // Sends these rows, each only if it is still pending (claimed first). A failed occasion
    // message gets its next attempt scheduled (MessagingSql::scheduleOccasionRetry).
    Result<Tally> sendRows(MessagingSql::Box box, const QList<Id> &rows, const MessagingSettings &settings,
                           const Progress &progress, const std::atomic_bool *cancel) const;

    QDate today() const;
    QString nowIso() const;

private:
    Database &m_db;
    LedgerService &m_ledger;
    SalesService &m_sales;
    const Clock &m_clock;
};

} // namespace Club::Core
