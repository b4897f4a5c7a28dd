// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BackupService: the restore half (checking a backup, the pending file, the swap at start).
#include "BackupService.h"

#include "BackupSql.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Club::Core {

namespace {
int latestSchema()
{
    Database none;
    return Migrator(none).latestVersion();
}

Error newerSchema(int theirs)
{
    return Error::make(Error::Code::Unsupported,
                       BackupService::tr("This backup was made by a newer version of Customer Club Manager (data "
                                         "version %1; this version knows up to %2). Install the newer version to "
                                         "restore it.")
                           .arg(theirs)
                           .arg(latestSchema()),
                       QStringLiteral("backup schema %1 > %2").arg(theirs).arg(latestSchema()));
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

Result<BackupManifest> BackupService::readChecked(const QString &file, const QString &passphrase)
{
    Result<BackupManifest> manifest = BackupFile::readManifest(file, passphrase);
    if (manifest && manifest->schemaVersion > latestSchema())
        return newerSchema(manifest->schemaVersion);
    return manifest;
}

QString BackupService::pendingRestorePath(const QString &storePath)
{
    return storePath + QStringLiteral(".restore-pending");
}

Result<BackupManifest> BackupService::prepareRestore(const Actor &actor, const QString &file,
                                                     const QString &passphrase, const Progress &progress) const
{
    if (Status s = require(actor, Permission::BackupRestore); !s)
        return s.error();
    const QString store = storePath();
    if (store.isEmpty())
        return Error::make(Error::Code::Unsupported,
                           tr("This computer works on the central database; it is restored on its server."),
                           QStringLiteral("restore on PostgreSQL"));
    return stageRestore(store, file, passphrase, progress);
}

Result<BackupManifest> BackupService::stageRestore(const QString &store, const QString &file,
                                                   const QString &passphrase, const Progress &progress)
{
    // Refuse a newer schema from the manifest alone, before unpacking anything.
    if (Result<BackupManifest> manifest = readChecked(file, passphrase); !manifest)
        return manifest;
    const QString pending = pendingRestorePath(store);
    const QString unpacking = pending + QStringLiteral(".part");
    Result<BackupManifest> extracted = BackupFile::extract(file, passphrase, unpacking, progress);
    if (!extracted)
        return extracted;
    if (Status s = verifyCandidate(unpacking); !s) {
        removeStoreFiles(unpacking);
        return s.error();
    }
    removeStoreFiles(pending);
    if (!QFile::rename(unpacking, pending)) {
        removeStoreFiles(unpacking);
        return Error::make(Error::Code::Storage, tr("The checked backup could not be put beside the data file."),
                           QStringLiteral("rename to pending failed"));
    }
    qCInfo(lcDb).noquote() << "restore prepared from a backup of" << extracted->createdAt.toString(Qt::ISODate);
    return extracted;
}

Status BackupService::verifyCandidate(const QString &file)
{
    Result<BackupSql::Facts> facts = BackupSql::facts(file);
    if (!facts)
        return facts.error();
    if (facts->schemaVersion > latestSchema())
        return newerSchema(facts->schemaVersion);
    Result<QStringList> sound = BackupSql::integrityCheck(file);
    if (!sound)
        return sound.error();
    if (!sound->isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("The data in this backup is damaged (SQLite's own check failed). Use another backup."),
                           sound->join(QLatin1Char('\n')));
    Database db;
    Database::Config config;
    config.path = file;
    if (Status s = db.open(config); !s)
        return s;
    if (Status s = Migrator(db).migrate(); !s)
        return s;
    LedgerService ledger(db);
    InventoryService inventory(db);
    Result<DataReport> report = DataCheck::run(commandLineActor(), db, ledger, inventory);
    if (!report)
        return report.error();
    if (!report->ok())
        return Error::make(Error::Code::Conflict,
                           tr("The data in this backup does not pass the ledger and stock check, so it is not "
                              "used:\n%1")
                               .arg(report->plainWords()),
                           QStringLiteral("candidate failed the data check"));
    return {};
}

Result<BackupService::Applied> BackupService::applyPendingRestore(const QString &store, const Clock &clock)
{
    const QString pending = pendingRestorePath(store);
    Applied applied;
    if (!QFile::exists(pending))
        return applied;
    if (Status s = verifyCandidate(pending); !s) {
        removeStoreFiles(pending);
        return s.error();
    }
    if (QFile::exists(store)) {
        applied.savedAside = store + QStringLiteral(".before-restore-") +
                             clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // A consistent copy, with whatever the write-ahead log still held.
        if (Status s = BackupSql::snapshot(store, applied.savedAside); !s)
            return Error::make(s.error().code,
                               tr("The current data could not be saved aside, so the backup was not restored. %1")
                                   .arg(s.error().message),
                               s.error().detail);
    }
    removeStoreFiles(store);
    if (!QFile::rename(pending, store)) {
        if (!applied.savedAside.isEmpty())
            QFile::copy(applied.savedAside, store);
        return Error::make(Error::Code::Storage,
                           tr("The backup could not be put in place; the previous data was kept."),
                           QStringLiteral("rename pending to store failed"));
    }
    QFile::remove(pending + QStringLiteral("-wal"));
    QFile::remove(pending + QStringLiteral("-shm"));
    if (Status s = verifyCandidate(store); !s) {
        removeStoreFiles(store);
        if (!applied.savedAside.isEmpty())
            QFile::copy(applied.savedAside, store);
        return Error::make(Error::Code::Invalid,
                           tr("The restored data failed its check, so the previous data was put back. %1")
                               .arg(s.error().message),
                           s.error().detail);
    }
    Result<BackupSql::Facts> facts = BackupSql::facts(store);
    if (facts) {
        applied.manifest.schemaVersion = facts->schemaVersion;
        applied.manifest.members = facts->members;
        applied.manifest.cards = facts->cards;
        applied.manifest.ledgerEntries = facts->ledgerEntries;
        applied.manifest.sales = facts->sales;
    }
    applied.applied = true;
    qCInfo(lcDb).noquote() << "restore applied; previous store kept as"
                           << QDir::toNativeSeparators(applied.savedAside);
    return applied;
}

} // namespace Club::Core
