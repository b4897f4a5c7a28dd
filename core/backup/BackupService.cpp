// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "BackupSql.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Club::Core {

BackupService::BackupService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QString BackupService::storePath() const
{
    return m_db.engine() == Database::Engine::SQLite ? m_db.config().path : QString();
}

Actor BackupService::commandLineActor()
{
    Actor a;
    a.operatorId = -1; // no operator row: nothing it does is written under an operator
    a.username = QStringLiteral("command-line");
    a.role = Role::Admin;
    a.terminal = QStringLiteral("command-line");
    return a;
}

Result<BackupManifest> BackupService::backUp(const Actor &actor, const QString &target, const BackupKey &key,
                                             const Progress &progress) const
{
    if (Status s = require(actor, Permission::BackupCreate); !s)
        return s.error();
    const QString store = storePath();
    if (store.isEmpty())
        return Error::make(Error::Code::Unsupported,
                           tr("This computer works on the central database; it is backed up on its server."),
                           QStringLiteral("backup on PostgreSQL"));
    // The unencrypted snapshot stays beside the store it copies (same disk, same
    // permissions) and only for the length of this call.
    QTemporaryDir work(QFileInfo(store).absolutePath() + QStringLiteral("/.backup-XXXXXX"));
    if (!work.isValid())
        return Error::make(Error::Code::Storage,
                           tr("There is no room for a temporary copy next to the data file."), work.errorString());
    const QString snapshot = work.filePath(QStringLiteral("snapshot.sqlite"));
    if (progress && !progress(0, 1))
        return Error::make(Error::Code::Conflict, BackupFile::tr("Stopped."), QStringLiteral("cancelled"));
    if (Status s = BackupSql::snapshot(store, snapshot); !s)
        return s.error();
    // Counts and checksum come from the snapshot itself, so they describe exactly what
    // the file holds even while the desk goes on writing to the live store.
    Result<BackupSql::Facts> facts = BackupSql::facts(snapshot);
    if (!facts)
        return facts.error();
    BackupManifest m;
    m.appVersion = QCoreApplication::applicationVersion();
    m.schemaVersion = facts->schemaVersion;
    m.createdAt = m_clock.nowUtc();
    m.members = facts->members;
    m.cards = facts->cards;
    m.ledgerEntries = facts->ledgerEntries;
    m.sales = facts->sales;
    m.databaseBytes = QFileInfo(snapshot).size();
    // Hashing is a third of the work, packing two thirds.
    const qint64 size = std::max<qint64>(1, m.databaseBytes);
    m.sha256 = BackupFile::sha256OfFile(snapshot, [&](qint64 done, qint64) {
        return !progress || progress(done, size * 3);
    });
    if (m.sha256.isEmpty())
        return Error::make(Error::Code::Conflict, BackupFile::tr("Stopped."), QStringLiteral("hash stopped"));
    if (Status s = BackupFile::write(target, snapshot, m, key,
                                     [&](qint64 done, qint64) { return !progress || progress(size + 2 * done, size * 3); });
        !s)
        return s.error();
    qCInfo(lcDb).noquote() << "backup written:" << QDir::toNativeSeparators(target) << m.databaseBytes << "bytes,"
                           << m.members << "members";
    return m;
}

Result<DataReport> BackupService::checkData(const Actor &actor) const
{
    const LedgerService ledger(m_db, m_clock);
    const InventoryService inventory(m_db, m_clock);
    return DataCheck::run(actor, m_db, ledger, inventory);
}

Result<BackupManifest> BackupService::readManifest(const Actor &actor, const QString &file,
                                                   const QString &passphrase) const
{
    if (Status s = require(actor, Permission::BackupCreate); !s)
        return s.error();
    return readChecked(file, passphrase);
}

} // namespace Club::Core
