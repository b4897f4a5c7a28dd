// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "SyncTypes.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;

// How this desk reaches the central server, kept under "sync.*" in the store's settings.
struct ConnectionSettings
{
    QUrl url;           // empty: no server, the desk works on its own store
    QString terminalId;
    bool hasSecret = false; // the secret itself never leaves this class except to the client
    OfflineLimits offline;  // per card, over its pending outbox entries
    int timeoutMs = 8000;

    bool configured() const { return !url.isEmpty() && !terminalId.isEmpty() && hasSecret; }
};

// The central server's address and this desk's terminal credentials. The terminal secret is
// sealed (XSalsa20-Poly1305) under a random key kept in a file apart from the store (the
// user's configuration folder, mode 0600), so a copy of the store alone does not reveal it;
// it is never logged or shown again.
//
// Permissions: reading the settings needs LedgerPost (the desk uses them); saving and
// clearing need ServerConnectionManage (admins).
class SyncSettings : public QObject
{
    Q_OBJECT

public:
    // `keyFile`: where the sealing key lives (made on first save).
    SyncSettings(Database &db, const QString &keyFile, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<ConnectionSettings> settings(const Actor &actor) const;
    // `secret`: the base64url text clubserver printed; empty keeps the saved secret.
    Status save(const Actor &actor, const ConnectionSettings &settings, const QString &secret);
    Status clear(const Actor &actor);

    // The client's configuration with the unsealed secret, for the app's wiring at start-up
    // and after a save (no actor: nothing is shown). Not configured: an empty config.
    Result<ServerConfig> serverConfig() const;

    // Checks a secret as clubserver prints it: base64url of 32 bytes.
    static Status validateSecret(const QString &secret);

Q_SIGNALS:
    void saved();

private:
    Result<ConnectionSettings> load() const;
    Result<QByteArray> sealingKey(bool create) const;

    Database &m_db;
    QString m_keyFile;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
