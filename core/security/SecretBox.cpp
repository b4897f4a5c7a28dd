// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace Club::Core {

namespace {
const QLatin1String kPrefix("sealed:v1:");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

SecretBox::SecretBox(const QString &keyFile)
    : m_keyFile(keyFile)
{}

bool SecretBox::isSealed(const QString &stored)
{
    return stored.startsWith(kPrefix);
}

Result<QByteArray> SecretBox::key(bool create) const
{
    if (sodium_init() < 0)
        return Error::make(Error::Code::Unsupported, tr("The encryption library could not start."),
                           QStringLiteral("sodium_init failed"));
    const auto read = [this]() -> Result<QByteArray> {
        QFile file(m_keyFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Storage, tr("The key file that protects saved passwords cannot be read."),
                               QStringLiteral("cannot read %1").arg(m_keyFile));
        const QByteArray key = file.readAll();
        if (key.size() != qsizetype(crypto_secretbox_KEYBYTES))
            return Error::make(Error::Code::Storage,
                               tr("The key file that protects saved passwords is damaged. Enter the passwords "
                                  "again."),
                               QStringLiteral("bad key file %1").arg(m_keyFile));
        return key;
    };
    if (QFileInfo::exists(m_keyFile))
        return read();
    if (!create)
        return Error::make(Error::Code::NotFound,
                           tr("The key file that protects saved passwords is missing. Enter the passwords again."),
                           QStringLiteral("no key file %1").arg(m_keyFile));
    // Written aside and renamed into place: rename() never replaces a file, so two programs
    // making the key at once end up using the same one.
    QDir().mkpath(QFileInfo(m_keyFile).absolutePath());
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    const QString aside = m_keyFile + QStringLiteral(".%1.new").arg(QCoreApplication::applicationPid());
    QFile out(aside);
    const bool written = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                         out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         out.write(key) == key.size() && out.flush();
    out.close();
    sodium_memzero(key.data(), size_t(key.size()));
    if (!written) {
        QFile::remove(aside);
        return Error::make(Error::Code::Storage, tr("The key file that protects saved passwords cannot be written."),
                           QStringLiteral("cannot write %1").arg(aside));
    }
    if (!QFile::rename(aside, m_keyFile))
        QFile::remove(aside); // another program made it first: use theirs
    return read();
}

Result<QString> SecretBox::seal(const QString &plain) const
{
    if (plain.isEmpty())
        return QString();
    Result<QByteArray> k = key(true);
    if (!k)
        return k.error();
    QByteArray raw = plain.toUtf8();
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray box(raw.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(raw.constData()), size_t(raw.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(k->constData()));
    sodium_memzero(raw.data(), size_t(raw.size()));
    sodium_memzero(k.value().data(), size_t(k->size()));
    return QString(kPrefix + QString::fromLatin1(QByteArray(nonce + box).toBase64(kBase64)));
}

Result<QString> SecretBox::open(const QString &stored) const
{
    if (!isSealed(stored))
        return stored;
    const QByteArray raw = QByteArray::fromBase64(stored.mid(kPrefix.size()).toLatin1(), kBase64);
    const qsizetype boxSize = raw.size() - qsizetype(crypto_secretbox_NONCEBYTES);
    if (boxSize < qsizetype(crypto_secretbox_MACBYTES))
        return Error::make(Error::Code::Storage, tr("A saved password is damaged. Enter it again."),
                           QStringLiteral("sealed value too short"));
    Result<QByteArray> k = key(false);
    if (!k)
        return k.error();
    QByteArray plain(boxSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(plain.data()),
        reinterpret_cast<const unsigned char *>(raw.constData()) + crypto_secretbox_NONCEBYTES, size_t(boxSize),
        reinterpret_cast<const unsigned char *>(raw.constData()), reinterpret_cast<const unsigned char *>(k->constData()));
    sodium_memzero(k.value().data(), size_t(k->size()));
    if (opened != 0)
        return Error::make(Error::Code::Storage,
                           tr("A saved password cannot be opened with this computer's key. Enter it again."),
                           QStringLiteral("secretbox open failed"));
    const QString out = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return out;
}

} // namespace Club::Core
