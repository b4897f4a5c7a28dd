// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupFile.h"
#include "DataCheck.h"
#include "StoreMove.h"
#include "auth/Actor.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;

// Backups of the embedded store and their restore.
//
// A backup is an online copy (VACUUM INTO: the desk may go on selling meanwhile) packed
// into one encrypted, compressed file with a manifest (see BackupFile.h for the format).
// Restoring happens in two steps, because the open store cannot be swapped under the
// running program: prepareRestore() checks the backup completely (passphrase, checksum,
// schema, SQLite's own check, the ledger and stock invariants) and unpacks it beside the
// store as "<store>.restore-pending"; the live store is not touched. At the next start,
// before the store is opened, applyPendingRestore() saves the current store aside
// ("<store>.before-restore-<time>"), puts the backup in its place and checks it again;
// if that check fails the saved store is put back.
//
// Backups are for the SQLite store only: a central PostgreSQL database is backed up on
// its server (pg_dump, streaming replicas). Permissions: BackupCreate to back up and to
// read a backup's manifest, BackupRestore to restore.
class BackupService : public QObject
{
    Q_OBJECT

public:
    using Progress = BackupFile::Progress;

    struct Applied
    {
        bool applied = false; // false: nothing was waiting
        QString savedAside;   // the previous store, kept
        BackupManifest manifest;
    };

    BackupService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Safe to call from a worker thread: it uses connections of its own. `progress` may
    // return false to stop; nothing is left behind then.
    Result<BackupManifest> backUp(const Actor &actor, const QString &target, const BackupKey &key,
                                  const Progress &progress = {}) const;
    Result<BackupManifest> readManifest(const Actor &actor, const QString &file, const QString &passphrase) const;
    Result<BackupManifest> prepareRestore(const Actor &actor, const QString &file, const QString &passphrase,
                                          const Progress &progress = {}) const;
    // The live store's own file; empty on PostgreSQL.
    QString storePath() const;
    const Clock &clock() const { return m_clock; }
    // Moving this store into the central PostgreSQL database (see StoreMove).
    StoreMove storeMove(const Database::Config &target) const { return StoreMove(m_db, target); }

    // The data check (DataCheck) of the live store, for the Settings page.
    Result<DataReport> checkData(const Actor &actor) const;

    static QString pendingRestorePath(const QString &storePath);
    // prepareRestore() for a store given by its path, which need not exist yet (a new
    // disk); for --restore, which runs as commandLineActor() before anything is opened.
    static Result<BackupManifest> stageRestore(const QString &storePath, const QString &file,
                                               const QString &passphrase, const Progress &progress = {});
    // The manifest, refused when the backup comes from a newer version of the program.
    static Result<BackupManifest> readChecked(const QString &file, const QString &passphrase);
    // Run at start-up with the store closed (app/main.cpp and --restore).
    static Result<Applied> applyPendingRestore(const QString &storePath, const Clock &clock = Clock::system());
    // A restorable store file: not newer than this program, sound, migrated to this
    // program's schema, and passing the data check. Changes the file (migrations).
    static Status verifyCandidate(const QString &file);

    // The actor of scripted maintenance (--backup, --restore, --check): whoever may read
    // and write the data file on this computer already holds all of it, so the command
    // line runs as an administrator. Never used by the program's windows.
    static Actor commandLineActor();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Club::Core
