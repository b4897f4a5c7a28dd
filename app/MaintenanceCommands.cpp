// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceCommands.h"

#include "backup/BackupService.h"
#include "backup/DataCheck.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLockFile>
#include <QTextStream>

#include <cstdio>

namespace Club::Maintenance {

namespace {
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Club::Maintenance::Commands)
};

void say(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}
void complain(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString passphrase()
{
    if (qEnvironmentVariableIsSet("CLUB_BACKUP_PASSPHRASE"))
        return qEnvironmentVariable("CLUB_BACKUP_PASSPHRASE");
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString summary(const Core::BackupManifest &m)
{
    //: a backup's contents; %1 date and time (UTC), %2..%5 counts
    return Commands::tr("Made %1 (UTC): %2 members, %3 cards, %4 ledger entries, %5 sales.")
        .arg(m.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(m.members)
        .arg(m.cards)
        .arg(m.ledgerEntries)
        .arg(m.sales);
}

int refusedCode(const Core::Error &e)
{
    switch (e.code) {
    case Core::Error::Code::Unsupported:
        return MaintenanceNewer;
    case Core::Error::Code::Conflict: // the backup's data does not pass the data check
        return MaintenanceRestoreFailed;
    default:
        return MaintenanceRefused;
    }
}

// The data file, opened; false (and said why) when it is missing or cannot be opened.
bool openStore(Core::Database &db, const QString &dataFile)
{
    if (!QFile::exists(dataFile)) {
        complain(Commands::tr("There is no data file at %1.").arg(QDir::toNativeSeparators(dataFile)));
        return false;
    }
    Core::Database::Config config;
    config.path = dataFile;
    if (Core::Status s = db.open(config); !s) {
        complain(s.error().message);
        return false;
    }
    return true;
}

// The passphrase; empty (and said where it goes) when none was given.
QString requirePassphrase()
{
    const QString pass = passphrase();
    if (pass.isEmpty())
        complain(Commands::tr("Give the backup passphrase in CLUB_BACKUP_PASSPHRASE or on standard input."));
    return pass;
}

int backUp(const QString &dataFile, const QString &target)
{
    Core::Database db;
    if (!openStore(db, dataFile))
        return MaintenanceCannotOpen;
    const QString pass = requirePassphrase();
    if (pass.isEmpty())
        return MaintenanceUsage;
    const Core::Result<Core::BackupKey> key = Core::BackupFile::deriveKey(pass, Core::KdfCost::moderate());
    if (!key) {
        complain(key.error().message);
        return MaintenanceBackupFailed;
    }
    Core::BackupService backups(db);
    const Core::Result<Core::BackupManifest> made =
        backups.backUp(Core::BackupService::commandLineActor(), QFileInfo(target).absoluteFilePath(), *key);
    if (!made) {
        complain(made.error().message);
        return MaintenanceBackupFailed;
    }
    say(Commands::tr("Backup written to %1.").arg(QDir::toNativeSeparators(target)));
    say(summary(*made));
    return MaintenanceOk;
}

int restore(const QString &dataFile, const QString &source)
{
    const QString pass = requirePassphrase();
    if (pass.isEmpty())
        return MaintenanceUsage;
    const Core::Result<Core::BackupManifest> staged = Core::BackupService::stageRestore(dataFile, source, pass);
    if (!staged) {
        complain(staged.error().message);
        return refusedCode(staged.error());
    }
    say(summary(*staged));
    const Core::Result<Core::BackupService::Applied> applied = Core::BackupService::applyPendingRestore(dataFile);
    if (!applied) {
        complain(applied.error().message);
        return MaintenanceRestoreFailed;
    }
    say(Commands::tr("Restored into %1.").arg(QDir::toNativeSeparators(dataFile)));
    if (!applied->savedAside.isEmpty())
        say(Commands::tr("The previous data was kept as %1.").arg(QDir::toNativeSeparators(applied->savedAside)));
    return MaintenanceOk;
}

int check(const QString &dataFile)
{
    Core::Database db;
    if (!openStore(db, dataFile))
        return MaintenanceCannotOpen;
    // The checks read the current schema; this is what every start of the program does.
    if (Core::Status s = Core::Migrator(db).migrate(); !s) {
        complain(s.error().message);
        return MaintenanceCannotOpen;
    }
    Core::LedgerService ledger(db);
    Core::InventoryService inventory(db);
    const Core::Result<Core::DataReport> report =
        Core::DataCheck::run(Core::BackupService::commandLineActor(), db, ledger, inventory);
    if (!report) {
        complain(report.error().message);
        return MaintenanceCannotOpen;
    }
    say(report->plainWords());
    return report->ok() ? MaintenanceOk : MaintenanceProblems;
}
} // namespace

void preferHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *name : {"--backup", "--restore", "--check", "-backup", "-restore", "-check"}) {
            const QByteArray withValue = QByteArray(name) + '=';
            if ((arg == name || arg.startsWith(withValue)) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

std::optional<int> runMaintenance(const StartOptions &options, const QString &dataFile)
{
    if (!options.maintenance())
        return std::nullopt; // CommandLine refuses two at once
    // The same lock as the program's windows: never work under a running copy.
    QLockFile lock(dataFile + QStringLiteral(".lock"));
    if (!lock.tryLock(200)) {
        complain(Commands::tr("Customer Club Manager is open on this data file. Close it first."));
        return MaintenanceInUse;
    }
    if (!options.backupFile.isEmpty())
        return backUp(dataFile, options.backupFile);
    if (!options.restoreFile.isEmpty())
        return restore(dataFile, options.restoreFile);
    return check(dataFile);
}

} // namespace Club::Maintenance
