// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Club::Core {

// What a backup holds, readable with the passphrase before anything is restored.
struct BackupManifest
{
    QString appVersion;
    int schemaVersion = 0;
    QDateTime createdAt; // UTC
    qint64 members = 0;
    qint64 cards = 0;
    qint64 ledgerEntries = 0;
    qint64 sales = 0;
    qint64 databaseBytes = 0; // size of the SQLite file inside
    QByteArray sha256;        // of the SQLite file inside, raw 32 bytes
};

// The cost of turning a passphrase into a key (Argon2id). Stored in each file's header,
// so a file is always read with the cost it was written with.
struct KdfCost
{
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    static KdfCost moderate();    // for files that leave the shop: ~1 s, 256 MiB
    static KdfCost interactive(); // tests
};

// A key derived from a passphrase with its salt: what scheduled backups keep instead of
// the passphrase itself (see BackupService::deriveKey).
struct BackupKey
{
    QByteArray salt; // crypto_pwhash_SALTBYTES
    KdfCost cost;
    QByteArray key; // crypto_secretstream_xchacha20poly1305_KEYBYTES
    bool isValid() const { return key.size() == 32 && salt.size() == 16; }
    QByteArray toBase64() const;
    static BackupKey fromBase64(const QByteArray &text);
};

// The backup file format, version 1. All integers big-endian.
//
//   offset  size  field
//   0       8     magic: the ASCII letters CLUBBAK and a zero byte
//   8       2     format version (1)
//   10      2     reserved, 0
//   12      8     Argon2id opslimit
//   20      8     Argon2id memlimit
//   28      16    Argon2id salt
//   44      24    crypto_secretstream_xchacha20poly1305 header
//   68      ...   records: 4-byte ciphertext length, then the ciphertext
//
// The key is Argon2id(passphrase, salt). Record 1 is the manifest as compact JSON, with
// the 68 header bytes as its additional data, so the header cannot be altered unnoticed.
// The following records are the SQLite file in chunks of up to 1 MiB, each compressed
// with qCompress (zlib) before it is encrypted; the last one carries TAG_FINAL. Nothing
// may follow it. Truncation (no TAG_FINAL), reordering, a changed byte or trailing bytes
// are refused; the manifest's SHA-256 of the SQLite file is checked on top of that.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // Returns false to stop (cancel).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<BackupKey> deriveKey(const QString &passphrase, const KdfCost &cost);
    static Result<BackupKey> deriveKey(const QString &passphrase, const QByteArray &salt, const KdfCost &cost);

    // Writes `sqliteFile` and its manifest to `target` (written as target + ".partial" and
    // renamed when complete, so a stopped backup never leaves a file with the final name).
    static Status write(const QString &target, const QString &sqliteFile, const BackupManifest &manifest,
                        const BackupKey &key, const Progress &progress = {});

    // Reads only the header and the manifest.
    static Result<BackupManifest> readManifest(const QString &file, const QString &passphrase);
    // Decrypts the whole file into `sqliteOut` and checks its size and SHA-256 against the
    // manifest. `sqliteOut` is removed again on any failure.
    static Result<BackupManifest> extract(const QString &file, const QString &passphrase, const QString &sqliteOut,
                                          const Progress &progress = {});

    static QByteArray sha256OfFile(const QString &file, const Progress &progress = {});
    static QByteArray manifestToJson(const BackupManifest &manifest);
    static std::optional<BackupManifest> manifestFromJson(const QByteArray &json);
};

} // namespace Club::Core
