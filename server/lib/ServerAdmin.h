// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace Club::Core {
class Database;
}

namespace Club::Server {

// What `clubserver --init-db / --create-terminal / --disable-terminal` do; the tests call
// the same functions.
namespace ServerAdmin {

// The master key file (32 random bytes, base64url, mode 0600), made when it is missing.
Core::Result<QByteArray> ensureMasterKey(const QString &path);

// Migrates an empty database and creates the store, its first branch and the admin.
Core::Status initDb(Core::Database &db, const Core::StoreSetup &setup, const QString &masterKeyFile);

// Migrates an existing database to this version (forward only).
Core::Status migrate(Core::Database &db);
// Whether the database is at this version's schema.
Core::Status checkSchema(Core::Database &db);

struct NewTerminal
{
    QString terminalId;
    QByteArray secret; // base64url, shown once
};
Core::Result<NewTerminal> createTerminal(Core::Database &db, const QString &masterKeyFile, const QString &name,
                                         const QString &branchCode, const Core::Clock &clock = Core::Clock::system());
Core::Status disableTerminal(Core::Database &db, const QString &terminalId,
                             const Core::Clock &clock = Core::Clock::system());

} // namespace ServerAdmin
} // namespace Club::Server
