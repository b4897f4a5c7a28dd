// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Club::Core {

// The SQL of backups and the data check. Works on SQLite files by path, each through a
// connection of its own made and dropped in the calling thread, so a backup thread never
// shares a connection with the desk and a closed store can be handled before the app
// opens it.
class BackupSql
{
    Q_DECLARE_TR_FUNCTIONS(BackupSql)

public:
    struct Facts
    {
        int schemaVersion = 0;
        qint64 members = 0;
        qint64 cards = 0;
        qint64 ledgerEntries = 0;
        qint64 sales = 0;
    };

    // A consistent copy of the live store at `source` into the new file `target` (VACUUM
    // INTO: one read transaction, so writers go on and the copy is one moment in time).
    static Status snapshot(const QString &source, const QString &target);
    static Result<Facts> facts(const QString &file);
    // PRAGMA integrity_check: empty when the file is sound, else SQLite's findings.
    static Result<QStringList> integrityCheck(const QString &file);
    static Result<QStringList> integrityCheck(const QSqlDatabase &db);
};

} // namespace Club::Core
