// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;

// SMTP, SMS gateway, message language and occasion rules, kept in the `settings` table
// under "messaging.*" keys (as SalesSettingsStore keeps "sales.*"). The SMTP password and
// the gateway's API key are stored as given, because messages are sent unattended; they are
// never logged nor written to the audit line. Reading and saving need MessagingManage.
class MessagingSettingsStore : public QObject
{
    Q_OBJECT

public:
    MessagingSettingsStore(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<MessagingSettings> settings(const Actor &actor) const;
    Status save(const Actor &actor, const MessagingSettings &settings);
    static Status validate(const MessagingSettings &settings);

    Result<QList<OccasionRule>> occasionRules(const Actor &actor) const;
    Status saveOccasionRule(const Actor &actor, const OccasionRule &rule);

    // For the senders at work (a campaign run, the daily step): no actor, the caller has
    // checked its own permission.
    Result<MessagingSettings> load() const;
    Result<QList<OccasionRule>> loadOccasionRules() const;

Q_SIGNALS:
    void saved();

private:
    Status write(const QHash<QString, QString> &values);

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
