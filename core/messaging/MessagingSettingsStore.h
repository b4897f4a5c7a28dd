// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "security/SecretBox.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;

// SMTP, SMS gateway, message language and occasion rules, kept in the `settings` table
// under "messaging.*" keys (as SalesSettingsStore keeps "sales.*"). The SMTP password, the
// gateway's auth header value and API key are sealed (SecretBox) under a key file apart
// from the store, because messages are sent unattended; values an older version stored in
// clear are sealed on first read. Secrets are never logged nor written to the audit line,
// and settings(actor) (the form) never returns them: only whether one is stored. Reading
// and saving need MessagingManage.
class MessagingSettingsStore : public QObject
{
    Q_OBJECT

public:
    MessagingSettingsStore(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Where the sealing key lives; by default messaging.key in the user's configuration
    // folder (made on the first secret saved).
    void setKeyFile(const QString &keyFile) { m_box.setKeyFile(keyFile); }
    const QString &keyFile() const { return m_box.keyFile(); }

    Result<MessagingSettings> settings(const Actor &actor) const;
    Status save(const Actor &actor, const MessagingSettings &settings);
    static Status validate(const MessagingSettings &settings);

    Result<QList<OccasionRule>> occasionRules(const Actor &actor) const;
    Status saveOccasionRule(const Actor &actor, const OccasionRule &rule);

    // For the senders at work (a campaign run, the daily step): no actor, the caller has
    // checked its own permission.
    // The secrets unsealed (one that cannot be opened is left empty and logged).
    Result<MessagingSettings> load() const;
    Result<QList<OccasionRule>> loadOccasionRules() const;

Q_SIGNALS:
    void saved();

private:
    Status write(const QHash<QString, QString> &values);
    Result<MessagingSettings> read(bool unseal) const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    SecretBox m_box;
};

} // namespace Club::Core
