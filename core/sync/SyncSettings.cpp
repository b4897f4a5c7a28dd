// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSettings.h"

#include "RequestSigning.h"
#include "SyncSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace Club::Core {

namespace {
const QString kUrl = QStringLiteral("sync.server_url");
const QString kTerminal = QStringLiteral("sync.terminal_id");
const QString kSecret = QStringLiteral("sync.terminal_secret"); // base64url(nonce | box)
const QString kOfflinePoints = QStringLiteral("sync.offline_points_limit");
const QString kOfflineStored = QStringLiteral("sync.offline_stored_value_limit");
const QString kTimeout = QStringLiteral("sync.timeout_ms");

} // namespace

SyncSettings::SyncSettings(Database &db, const QString &keyFile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_keyFile(keyFile)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Status SyncSettings::validateSecret(const QString &secret)
{
    const QByteArray raw = RequestSigning::fromBase64Url(secret.trimmed().toLatin1()).value_or(QByteArray());
    if (raw.size() != RequestSigning::kSecretSize)
        return Error::invalid(tr("The terminal secret is not the one clubserver printed: copy all of it."),
                              QStringLiteral("secret"));
    return {};
}

Result<ConnectionSettings> SyncSettings::load() const
{
    const SyncSql sql(m_db);
    ConnectionSettings out;
    Result<QString> url = sql.setting(kUrl);
    Result<QString> terminal = sql.setting(kTerminal);
    Result<QString> secret = sql.setting(kSecret);
    Result<QString> points = sql.setting(kOfflinePoints);
    Result<QString> stored = sql.setting(kOfflineStored);
    Result<QString> timeout = sql.setting(kTimeout);
    for (const Result<QString> *r : {&url, &terminal, &secret, &points, &stored, &timeout}) {
        if (!*r)
            return r->error();
    }
    out.url = QUrl(*url);
    out.terminalId = *terminal;
    out.hasSecret = !secret->isEmpty();
    out.offline.points = points->toLongLong();
    out.offline.storedValue = stored->toLongLong();
    if (timeout->toInt() > 0)
        out.timeoutMs = timeout->toInt();
    return out;
}

Result<ConnectionSettings> SyncSettings::settings(const Actor &actor) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    return load();
}

Result<QByteArray> SyncSettings::sealingKey(bool create) const
{
    if (sodium_init() < 0)
        return Error::make(Error::Code::Unsupported, tr("The encryption library could not start."),
                           QStringLiteral("sodium_init failed"));
    QFile file(m_keyFile);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Storage, tr("The terminal's key file cannot be read."),
                               QStringLiteral("cannot read %1").arg(m_keyFile));
        const QByteArray key = file.readAll();
        if (key.size() != int(crypto_secretbox_KEYBYTES))
            return Error::make(Error::Code::Storage, tr("The terminal's key file is damaged. Enter the secret again."),
                               QStringLiteral("bad key file %1").arg(m_keyFile));
        return key;
    }
    if (!create)
        return Error::make(Error::Code::NotFound,
                           tr("The terminal's key file is missing. Enter the terminal secret again."),
                           QStringLiteral("no key file %1").arg(m_keyFile));
    QDir().mkpath(QFileInfo(m_keyFile).absolutePath());
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QSaveFile out(m_keyFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(key) != key.size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        return Error::make(Error::Code::Storage, tr("The terminal's key file cannot be written."),
                           QStringLiteral("cannot write %1").arg(m_keyFile));
    return key;
}

Status SyncSettings::save(const Actor &actor, const ConnectionSettings &s, const QString &secret)
{
    if (Status st = require(actor, Permission::ServerConnectionManage); !st)
        return st;
    const QString scheme = s.url.scheme();
    if (!s.url.isValid() || s.url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error::invalid(tr("Enter the server's address, such as https://club.example.com:8443."),
                              QStringLiteral("url"));
    if (s.terminalId.trimmed().isEmpty())
        return Error::invalid(tr("Enter the terminal id clubserver printed."), QStringLiteral("terminalId"));
    if (s.offline.points < 0 || s.offline.storedValue < 0)
        return Error::invalid(tr("An offline limit cannot be negative."), QStringLiteral("offline"));
    if (s.timeoutMs < 1000 || s.timeoutMs > 120000)
        return Error::invalid(tr("The time to wait for the server must be between 1 and 120 seconds."),
                              QStringLiteral("timeout"));
    const SyncSql sql(m_db);
    QString sealed;
    if (!secret.trimmed().isEmpty()) {
        if (Status st = validateSecret(secret); !st)
            return st;
        Result<QByteArray> key = sealingKey(true);
        if (!key)
            return key.error();
        QByteArray raw = RequestSigning::fromBase64Url(secret.trimmed().toLatin1()).value_or(QByteArray());
        QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        QByteArray box(raw.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
        crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                              reinterpret_cast<const unsigned char *>(raw.constData()), size_t(raw.size()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()),
                              reinterpret_cast<const unsigned char *>(key->constData()));
        sodium_memzero(raw.data(), size_t(raw.size()));
        sealed = QString::fromLatin1(RequestSigning::toBase64Url(QByteArray(nonce + box)));
    } else {
        Result<QString> old = sql.setting(kSecret);
        if (!old)
            return old.error();
        if (old->isEmpty())
            return Error::invalid(tr("Enter the terminal secret clubserver printed."), QStringLiteral("secret"));
    }
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        const QList<std::pair<QString, QString>> values{
            {kUrl, s.url.toString(QUrl::StripTrailingSlash)},
            {kTerminal, s.terminalId.trimmed()},
            {kOfflinePoints, QString::number(s.offline.points)},
            {kOfflineStored, QString::number(s.offline.storedValue)},
            {kTimeout, QString::number(s.timeoutMs)}};
        for (const auto &[key, value] : values) {
            if (Status st = sql.setSetting(key, value); !st)
                return st;
        }
        if (!sealed.isEmpty()) {
            if (Status st = sql.setSetting(kSecret, sealed); !st)
                return st;
        }
        if (Status st = m_audit.record(actor, QStringLiteral("sync.settings"), QStringLiteral("setting"), kNoId,
                                       sealed.isEmpty() ? QStringLiteral("address") : QStringLiteral("address, secret"));
            !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
    }
    qCInfo(lcSync) << "server connection saved:" << s.url.toString(QUrl::RemoveUserInfo) << "terminal"
                   << s.terminalId.trimmed();
    Q_EMIT saved();
    return {};
}

Status SyncSettings::clear(const Actor &actor)
{
    if (Status st = require(actor, Permission::ServerConnectionManage); !st)
        return st;
    const SyncSql sql(m_db);
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        for (const QString &key : {kUrl, kTerminal, kSecret}) {
            if (Status st = sql.setSetting(key, QString()); !st)
                return st;
        }
        if (Status st = m_audit.record(actor, QStringLiteral("sync.settings"), QStringLiteral("setting"), kNoId,
                                       QStringLiteral("cleared"));
            !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
    }
    Q_EMIT saved();
    return {};
}

Result<ServerConfig> SyncSettings::serverConfig() const
{
    Result<ConnectionSettings> s = load();
    if (!s)
        return s.error();
    ServerConfig config;
    if (!s->configured())
        return config;
    Result<QString> sealed = SyncSql(m_db).setting(kSecret);
    if (!sealed)
        return sealed.error();
    Result<QByteArray> key = sealingKey(false);
    if (!key)
        return key.error();
    const QByteArray raw = RequestSigning::fromBase64Url(sealed->toLatin1()).value_or(QByteArray());
    const qsizetype boxSize = raw.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    if (boxSize <= qsizetype(crypto_secretbox_MACBYTES))
        return Error::make(Error::Code::Storage, tr("The saved terminal secret is damaged. Enter it again."),
                           QStringLiteral("sealed secret too short"));
    QByteArray secret(boxSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(secret.data()),
                                   reinterpret_cast<const unsigned char *>(raw.constData()) + crypto_secretbox_NONCEBYTES,
                                   size_t(boxSize), reinterpret_cast<const unsigned char *>(raw.constData()),
                                   reinterpret_cast<const unsigned char *>(key->constData()))
        != 0)
        return Error::make(Error::Code::Storage,
                           tr("The saved terminal secret cannot be opened with this computer's key. Enter it again."),
                           QStringLiteral("secretbox open failed"));
    config.url = s->url;
    config.terminalId = s->terminalId;
    config.secret = secret;
    config.timeoutMs = s->timeoutMs;
    return config;
}

} // namespace Club::Core
