// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QString>

namespace Club::Server {

// clubserver's settings: the INI file (see server/clubserver.conf for every key and its
// meaning), then command-line overrides. Secrets are never in the file itself: the master
// key and the database password are read from files it names.
struct ServerConfig
{
    // Each worker holds a PostgreSQL connection (the default max_connections is 100).
    static constexpr int kMaxWorkers = 64;

    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    QString tlsCert;
    QString tlsKey;
    bool allowInsecure = false;
    qint64 maxBody = 1024 * 1024;
    QString masterKeyFile = QStringLiteral("/var/lib/clubserver/master.key");
    int failuresPerMinute = 10;
    qint64 sessionHours = 12;
    int workers = 0; // threads answering requests, each with its own connection; 0: one per core
    Core::Database::Config database;

    bool tls() const { return !tlsCert.isEmpty() && !tlsKey.isEmpty(); }
    bool loopbackOnly() const;
    int workerCount() const;

    static QString defaultPath() { return QStringLiteral("/etc/clubserver/clubserver.conf"); }
    // Reads the file; a missing file is an error (the defaults are in the committed example).
    static Core::Result<ServerConfig> load(const QString &path);
    // Refuses plain HTTP off loopback unless allow_insecure is set, and half a TLS setup.
    Core::Status check() const;
};

} // namespace Club::Server
