// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

namespace Club::Server {

using Core::Error;

namespace {
Error configError(const QString &detail)
{
    // The server's own messages are English: they go to an administrator's terminal and log.
    return Error::make(Error::Code::Invalid, detail, detail);
}
} // namespace

bool ServerConfig::loopbackOnly() const
{
    const QHostAddress address(listen);
    return listen == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

int ServerConfig::workerCount() const
{
    return workers > 0 ? workers : qMax(1, QThread::idealThreadCount());
}

Core::Result<ServerConfig> ServerConfig::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return configError(QStringLiteral("The configuration file %1 does not exist.").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return configError(QStringLiteral("The configuration file %1 cannot be read.").arg(path));
    ServerConfig c;
    const QString dir = QFileInfo(path).absolutePath();
    auto relative = [&](const QString &file) {
        return file.isEmpty() || QFileInfo(file).isAbsolute() ? file : dir + QLatin1Char('/') + file;
    };
    c.listen = ini.value(QStringLiteral("server/listen"), c.listen).toString();
    c.port = quint16(ini.value(QStringLiteral("server/port"), c.port).toUInt());
    c.tlsCert = relative(ini.value(QStringLiteral("server/tls_cert")).toString());
    c.tlsKey = relative(ini.value(QStringLiteral("server/tls_key")).toString());
    c.allowInsecure = ini.value(QStringLiteral("server/allow_insecure"), false).toBool();
    c.maxBody = ini.value(QStringLiteral("server/max_body"), c.maxBody).toLongLong();
    c.masterKeyFile = relative(ini.value(QStringLiteral("server/master_key_file"), c.masterKeyFile).toString());
    c.failuresPerMinute = ini.value(QStringLiteral("server/failures_per_minute"), c.failuresPerMinute).toInt();
    c.sessionHours = ini.value(QStringLiteral("server/session_hours"), c.sessionHours).toLongLong();
    c.workers = ini.value(QStringLiteral("server/workers"), c.workers).toInt();

    Core::Database::Config &db = c.database;
    db.engine = Core::Database::Engine::PostgreSQL;
    db.host = ini.value(QStringLiteral("database/host"), QStringLiteral("/var/run/postgresql")).toString();
    db.port = ini.value(QStringLiteral("database/port"), 5432).toInt();
    db.name = ini.value(QStringLiteral("database/name"), QStringLiteral("club")).toString();
    db.user = ini.value(QStringLiteral("database/user"), QStringLiteral("club")).toString();
    const QString passwordFile = relative(ini.value(QStringLiteral("database/password_file")).toString());
    if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return configError(QStringLiteral("The database password file %1 cannot be read.").arg(passwordFile));
        db.password = QString::fromUtf8(f.readAll()).trimmed();
    }
    return c;
}

Core::Status ServerConfig::check() const
{
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        return configError(QStringLiteral("Set both tls_cert and tls_key, or neither."));
    if (!tls() && !loopbackOnly() && !allowInsecure)
        return configError(QStringLiteral("Refusing plain HTTP on %1: set tls_cert and tls_key, listen on "
                                          "loopback, or set allow_insecure=true.")
                               .arg(listen));
    if (maxBody <= 0)
        return configError(QStringLiteral("max_body must be positive."));
    if (failuresPerMinute <= 0)
        return configError(QStringLiteral("failures_per_minute must be positive."));
    if (workers < 0 || workers > kMaxWorkers)
        return configError(QStringLiteral("workers must be 0 (one per core) to %1.").arg(kMaxWorkers));
    return {};
}

} // namespace Club::Server
