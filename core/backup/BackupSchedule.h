// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupFile.h"
#include "Retention.h"
#include "auth/Actor.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace Club::Core {

class BackupService;

// Daily backups into a folder (a USB drive, a network share) with retention. The backups'
// times come from their file names (club-YYYYMMDD-HHMMSS.clubbackup, UTC), never from
// file dates, which copying to a share can change. Only finished backups carry that name
// (BackupFile writes to ".partial" first), so the newest name is the last good backup.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    struct Setup
    {
        QString folder;
        BackupKey key;
        QTimeZone zone = QTimeZone::utc();
        RetentionPolicy policy;
    };
    struct Run
    {
        bool made = false; // false: today's backup was already there
        QString file;
        int removed = 0;
    };

    BackupSchedule(BackupService &backups, const Clock &clock = Clock::system());

    static QString fileNameFor(const QDateTime &utc);
    static std::optional<QDateTime> timeOf(const QString &fileName);
    static std::optional<QDateTime> lastBackup(const QString &folder);
    // The status bar warns when the last good backup is older than a day (or missing).
    static bool overdue(const std::optional<QDateTime> &last, const QDateTime &nowUtc);

    // Backs up when the folder holds no backup of the store-local today, then removes
    // what the retention policy no longer keeps. Needs BackupCreate.
    Result<Run> runIfDue(const Actor &actor, const Setup &setup) const;
    // Removes the backups in `folder` that `policy` does not keep; returns how many.
    static Result<int> prune(const QString &folder, const QTimeZone &zone, const RetentionPolicy &policy);

private:
    BackupService &m_backups;
    const Clock &m_clock;
};

} // namespace Club::Core
