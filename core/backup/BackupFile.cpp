// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupFile.h"

#include "util/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace Club::Core {

namespace {
constexpr char kMagic[8] = {'C', 'L', 'U', 'B', 'B', 'A', 'K', 0};
constexpr quint16 kFormatVersion = 1;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kHeaderBytes = 8 + 2 + 2 + 8 + 8 + kSaltBytes + kStreamHeaderBytes;
constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kChunk = 1 << 20;
// A compressed chunk of 1 MiB cannot grow past this; anything longer is a damaged length.
constexpr quint32 kMaxRecord = kChunk + (kChunk >> 4) + 4096 + kAbytes;

static_assert(kSaltBytes == 16 && kStreamHeaderBytes == 24);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool costAcceptable(const KdfCost &c)
{
    // A hostile header must not make us spend gigabytes or minutes.
    return c.opslimit >= crypto_pwhash_OPSLIMIT_MIN && c.opslimit <= crypto_pwhash_OPSLIMIT_SENSITIVE * 2 &&
           c.memlimit >= crypto_pwhash_MEMLIMIT_MIN && c.memlimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

Error fail(Error::Code code, const QString &message, const QString &detail)
{
    qCWarning(lcDb).noquote() << "backup file:" << detail;
    return Error::make(code, message, detail);
}

Error notABackup(const QString &detail)
{
    return fail(Error::Code::Invalid, BackupFile::tr("This file is not a backup made by Customer Club Manager."),
                detail);
}

Error damaged(const QString &detail)
{
    return fail(Error::Code::Invalid,
                BackupFile::tr("The backup file is damaged: it was changed after it was written. Use another "
                               "backup."),
                detail);
}

Error truncated(const QString &detail)
{
    return fail(Error::Code::Invalid,
                BackupFile::tr("The backup file is incomplete: it ends before its last part. It may not have been "
                               "copied completely; use another copy or another backup."),
                detail);
}

Error cancelled()
{
    return Error::make(Error::Code::Conflict, BackupFile::tr("Stopped."), QStringLiteral("cancelled"));
}

void put64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

// The opened file after its header and manifest: ready to pull the data records.
struct Reader
{
    QFile file;
    crypto_secretstream_xchacha20poly1305_state state;
    BackupManifest manifest;
    BackupKey key;

    ~Reader() { sodium_memzero(&state, sizeof state); }

    // 0: a record; 1: clean end of file before it; -1 short read.
    int readRecord(QByteArray &cipher)
    {
        char len[4];
        const qint64 got = file.read(len, 4);
        if (got == 0)
            return 1;
        if (got != 4)
            return -1;
        const quint32 n = qFromBigEndian<quint32>(len);
        if (n < quint32(kAbytes) || n > kMaxRecord)
            return -2;
        cipher = file.read(n);
        return cipher.size() == qsizetype(n) ? 0 : -1;
    }

    Status open(const QString &path, const QString &passphrase)
    {
        if (!sodiumReady())
            return fail(Error::Code::Storage, BackupFile::tr("The encryption library could not start."),
                        QStringLiteral("sodium_init"));
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::NotFound,
                        BackupFile::tr("The backup file %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                        file.errorString());
        const QByteArray header = file.read(kHeaderBytes);
        if (header.size() != kHeaderBytes || !header.startsWith(QByteArray(kMagic, 8)))
            return notABackup(QStringLiteral("bad magic or short header"));
        const quint16 version = qFromBigEndian<quint16>(header.constData() + 8);
        if (version != kFormatVersion)
            return fail(Error::Code::Unsupported,
                        BackupFile::tr("This backup was written in a newer format. Install the newer version of "
                                       "Customer Club Manager to restore it."),
                        QStringLiteral("format version %1").arg(version));
        KdfCost cost{qFromBigEndian<quint64>(header.constData() + 12), qFromBigEndian<quint64>(header.constData() + 20)};
        if (!costAcceptable(cost))
            return notABackup(QStringLiteral("unacceptable key derivation cost"));
        Result<BackupKey> derived = BackupFile::deriveKey(passphrase, header.mid(28, kSaltBytes), cost);
        if (!derived)
            return derived.error();
        key = *derived;
        const auto *streamHeader = reinterpret_cast<const unsigned char *>(header.constData() + 28 + kSaltBytes);
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &state, streamHeader, reinterpret_cast<const unsigned char *>(key.key.constData())) != 0)
            return notABackup(QStringLiteral("init_pull"));

        QByteArray cipher;
        if (readRecord(cipher) != 0)
            return truncated(QStringLiteral("no manifest record"));
        QByteArray plain(cipher.size() - kAbytes, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), nullptr, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
                reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size())) != 0)
            // The first record fails alike for a wrong passphrase and a changed header.
            return fail(Error::Code::Forbidden,
                        BackupFile::tr("The passphrase is wrong, or the backup file is damaged at its start."),
                        QStringLiteral("manifest does not authenticate"));
        const std::optional<BackupManifest> m = BackupFile::manifestFromJson(plain);
        if (!m || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return damaged(QStringLiteral("manifest unreadable"));
        manifest = *m;
        return {};
    }
};
} // namespace

KdfCost KdfCost::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfCost KdfCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QByteArray BackupKey::toBase64() const
{
    QByteArray raw = salt;
    put64(raw, cost.opslimit);
    put64(raw, cost.memlimit);
    raw += key;
    return raw.toBase64();
}

BackupKey BackupKey::fromBase64(const QByteArray &text)
{
    const QByteArray raw = QByteArray::fromBase64(text);
    if (raw.size() != kSaltBytes + 16 + 32)
        return {};
    BackupKey k;
    k.salt = raw.left(kSaltBytes);
    k.cost = {qFromBigEndian<quint64>(raw.constData() + kSaltBytes), qFromBigEndian<quint64>(raw.constData() + kSaltBytes + 8)};
    k.key = raw.right(32);
    return k;
}

Result<BackupKey> BackupFile::deriveKey(const QString &passphrase, const KdfCost &cost)
{
    if (!sodiumReady())
        return fail(Error::Code::Storage, tr("The encryption library could not start."), QStringLiteral("sodium_init"));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return deriveKey(passphrase, salt, cost);
}

Result<BackupKey> BackupFile::deriveKey(const QString &passphrase, const QByteArray &salt, const KdfCost &cost)
{
    if (!sodiumReady() || salt.size() != kSaltBytes || !costAcceptable(cost))
        return fail(Error::Code::Invalid, tr("The backup key could not be made."), QStringLiteral("bad kdf input"));
    QByteArray utf8 = passphrase.toUtf8();
    BackupKey k;
    k.salt = salt;
    k.cost = cost;
    k.key = QByteArray(32, Qt::Uninitialized);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char *>(k.key.data()), quint64(k.key.size()),
                                 utf8.constData(), quint64(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), cost.opslimit,
                                 size_t(cost.memlimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return fail(Error::Code::Storage, tr("Not enough memory to make the backup key."), QStringLiteral("crypto_pwhash"));
    return k;
}

QByteArray BackupFile::sha256OfFile(const QString &path, const Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = f.size();
    qint64 done = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty())
            return {};
        hash.addData(chunk);
        done += chunk.size();
        if (progress && !progress(done, total))
            return {};
    }
    return hash.result();
}

QByteArray BackupFile::manifestToJson(const BackupManifest &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("app_version"), m.appVersion);
    o.insert(QStringLiteral("schema_version"), m.schemaVersion);
    o.insert(QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("members"), m.members);
    o.insert(QStringLiteral("cards"), m.cards);
    o.insert(QStringLiteral("ledger_entries"), m.ledgerEntries);
    o.insert(QStringLiteral("sales"), m.sales);
    o.insert(QStringLiteral("database_bytes"), m.databaseBytes);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(m.sha256.toHex()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<BackupManifest> BackupFile::manifestFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BackupManifest m;
    m.appVersion = o.value(QStringLiteral("app_version")).toString();
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate).toUTC();
    m.members = o.value(QStringLiteral("members")).toInteger();
    m.cards = o.value(QStringLiteral("cards")).toInteger();
    m.ledgerEntries = o.value(QStringLiteral("ledger_entries")).toInteger();
    m.sales = o.value(QStringLiteral("sales")).toInteger();
    m.databaseBytes = o.value(QStringLiteral("database_bytes")).toInteger();
    m.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
    if (m.schemaVersion <= 0 || !m.createdAt.isValid() || m.sha256.size() != 32 || m.databaseBytes <= 0)
        return std::nullopt;
    return m;
}

Status BackupFile::write(const QString &target, const QString &sqliteFile, const BackupManifest &manifest,
                         const BackupKey &key, const Progress &progress)
{
    if (!sodiumReady() || !key.isValid())
        return fail(Error::Code::Invalid, tr("The backup key could not be made."), QStringLiteral("bad key"));
    QFile in(sqliteFile);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Storage, tr("The copy of the data could not be read."), in.errorString());
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile out(partial);
    const auto cannotWrite = [&](const QString &detail) {
        out.close();
        QFile::remove(partial);
        return fail(Error::Code::Storage,
                    tr("The backup could not be written to %1. Check that the folder exists, that there is room "
                       "and that you may write to it.")
                        .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())),
                    detail);
    };
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(out.errorString());

    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(kMagic, 8);
    char b2[2];
    qToBigEndian(kFormatVersion, b2);
    header.append(b2, 2);
    header.append(2, '\0');
    put64(header, key.cost.opslimit);
    put64(header, key.cost.memlimit);
    header += key.salt;
    QByteArray streamHeader(kStreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(streamHeader.data()),
                                                    reinterpret_cast<const unsigned char *>(key.key.constData()));
    header += streamHeader;
    Q_ASSERT(header.size() == kHeaderBytes);
    if (out.write(header) != header.size())
        return cannotWrite(out.errorString());

    const auto push = [&](const QByteArray &plain, unsigned char tag, const QByteArray &ad) -> bool {
        QByteArray cipher(plain.size() + kAbytes, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), tag);
        char len[4];
        qToBigEndian(quint32(cipher.size()), len);
        return out.write(len, 4) == 4 && out.write(cipher) == cipher.size();
    };
    if (!push(manifestToJson(manifest), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, header))
        return cannotWrite(out.errorString());

    const qint64 total = in.size();
    qint64 done = 0;
    for (;;) {
        const QByteArray chunk = in.read(kChunk);
        done += chunk.size();
        const bool last = in.atEnd() || chunk.isEmpty();
        if (!push(qCompress(chunk, 6),
                  last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                  {}))
            return cannotWrite(out.errorString());
        if (progress && !progress(done, total)) {
            out.close();
            QFile::remove(partial);
            sodium_memzero(&state, sizeof state);
            return cancelled();
        }
        if (last)
            break;
    }
    sodium_memzero(&state, sizeof state);
    if (!out.flush())
        return cannotWrite(out.errorString());
    out.close();
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return cannotWrite(QStringLiteral("rename failed"));
    return {};
}

Result<BackupManifest> BackupFile::readManifest(const QString &file, const QString &passphrase)
{
    Reader r;
    if (Status s = r.open(file, passphrase); !s)
        return s.error();
    return r.manifest;
}

Result<BackupManifest> BackupFile::extract(const QString &file, const QString &passphrase, const QString &sqliteOut,
                                           const Progress &progress)
{
    Reader r;
    if (Status s = r.open(file, passphrase); !s)
        return s.error();
    QFile::remove(sqliteOut);
    QFile out(sqliteOut);
    const auto failWith = [&](const Error &e) -> Result<BackupManifest> {
        out.close();
        QFile::remove(sqliteOut);
        return e;
    };
    if (!out.open(QIODevice::WriteOnly))
        return failWith(fail(Error::Code::Storage,
                             tr("The backup could not be unpacked next to the data file. Check that there is room."),
                             out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = r.file.size();
    bool final = false;
    while (!final) {
        QByteArray cipher;
        const int rc = r.readRecord(cipher);
        if (rc == 1 || rc == -1)
            return failWith(truncated(QStringLiteral("ends before the final record")));
        if (rc != 0)
            return failWith(damaged(QStringLiteral("impossible record length")));
        QByteArray compressed(cipher.size() - kAbytes, Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &r.state, reinterpret_cast<unsigned char *>(compressed.data()), nullptr, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()), nullptr, 0) != 0)
            return failWith(damaged(QStringLiteral("record does not authenticate")));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        const QByteArray plain = compressed.isEmpty() ? QByteArray() : qUncompress(compressed);
        if (plain.isEmpty() && !final)
            return failWith(damaged(QStringLiteral("record does not decompress")));
        hash.addData(plain);
        if (out.write(plain) != plain.size())
            return failWith(fail(Error::Code::Storage,
                                 tr("The backup could not be unpacked next to the data file. Check that there is "
                                    "room."),
                                 out.errorString()));
        if (progress && !progress(r.file.pos(), total))
            return failWith(cancelled());
    }
    if (!r.file.atEnd())
        return failWith(damaged(QStringLiteral("bytes after the final record")));
    if (!out.flush())
        return failWith(fail(Error::Code::Storage, tr("The backup could not be unpacked next to the data file."),
                             out.errorString()));
    out.close();
    if (QFileInfo(sqliteOut).size() != r.manifest.databaseBytes || hash.result() != r.manifest.sha256)
        return failWith(damaged(QStringLiteral("checksum differs from the manifest")));
    return r.manifest;
}

} // namespace Club::Core
