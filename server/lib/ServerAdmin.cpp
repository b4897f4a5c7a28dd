// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAdmin.h"

#include "ClubServer.h"
#include "ServerSql.h"
#include "ServiceHub.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "sync/RequestSigning.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Club::Server::ServerAdmin {

using namespace Club::Core;

Result<QByteArray> ensureMasterKey(const QString &path)
{
    if (QFileInfo::exists(path))
        return readMasterKey(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    // Created owner-only before the key is written into it.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(Error::Code::Storage, QStringLiteral("Cannot create the master key file %1.").arg(path));
    QByteArray key = RequestSigning::randomBytes(RequestSigning::kSecretSize);
    const QByteArray text = RequestSigning::toBase64Url(key) + '\n';
    const bool written = f.write(text) == text.size() && f.flush();
    f.close();
    if (!written)
        return Error::make(Error::Code::Storage, QStringLiteral("Cannot write the master key file %1.").arg(path));
    return key;
}

Status migrate(Database &db)
{
    return Migrator(db).migrate();
}

Status checkSchema(Database &db)
{
    Migrator m(db);
    Result<int> current = m.currentVersion();
    if (!current)
        return current.error();
    if (*current == 0)
        return Error::make(Error::Code::Unsupported,
                           QStringLiteral("The database is empty: run clubserver --init-db first."));
    if (*current < m.latestVersion())
        return Error::make(Error::Code::Unsupported,
                           QStringLiteral("The database is at schema %1, this server needs %2: run clubserver "
                                          "--migrate.")
                               .arg(*current)
                               .arg(m.latestVersion()));
    if (*current > m.latestVersion())
        return Error::make(Error::Code::Unsupported,
                           QStringLiteral("The database is newer (schema %1) than this server.").arg(*current));
    return {};
}

Status initDb(Database &db, const StoreSetup &setup, const QString &masterKeyFile)
{
    Migrator m(db);
    Result<int> current = m.currentVersion();
    if (!current)
        return current.error();
    if (*current != 0)
        return Error::make(Error::Code::Conflict, QStringLiteral("The database is not empty; --init-db refuses to "
                                                                 "touch it."));
    if (Status s = m.migrate(); !s)
        return s;
    ServiceHub hub(db);
    if (Result<Actor> admin = hub.auth().setUp(setup); !admin)
        return admin.error();
    if (Result<QByteArray> key = ensureMasterKey(masterKeyFile); !key)
        return key.error();
    return {};
}

Result<NewTerminal> createTerminal(Database &db, const QString &masterKeyFile, const QString &name,
                                   const QString &branchCode, const Clock &clock)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, QStringLiteral("Give the terminal a name."));
    Result<QByteArray> key = ensureMasterKey(masterKeyFile);
    if (!key)
        return key.error();
    ServerSql sql(db);
    Result<Id> branch = sql.branchByCode(branchCode);
    if (!branch)
        return branch.error();
    if (*branch == kNoId)
        return Error::make(Error::Code::NotFound, QStringLiteral("No branch has the code %1.").arg(branchCode));
    const QString terminalId =
        QStringLiteral("t_") + QString::fromLatin1(RequestSigning::randomBytes(10).toHex());
    Result<Terminal> t = sql.insertTerminal(terminalId, name.trimmed(), *branch, clock.nowUtc().toString(Qt::ISODate));
    if (!t)
        return t.error();
    QByteArray secret = terminalSecret(*key, terminalId);
    NewTerminal out{terminalId, RequestSigning::toBase64Url(secret)};
    secret.fill('\0');
    return out;
}

Status disableTerminal(Database &db, const QString &terminalId, const Clock &clock)
{
    Result<int> n = ServerSql(db).disableTerminal(terminalId, clock.nowUtc().toString(Qt::ISODate));
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::make(Error::Code::NotFound, QStringLiteral("No terminal has the id %1.").arg(terminalId));
    return {};
}

} // namespace Club::Server::ServerAdmin
