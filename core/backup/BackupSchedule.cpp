// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSchedule.h"

#include "BackupService.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Club::Core {

namespace {
const QString kPattern = QStringLiteral("club-*.clubbackup");
}

BackupSchedule::BackupSchedule(BackupService &backups, const Clock &clock)
    : m_backups(backups)
    , m_clock(clock)
{
}

QString BackupSchedule::fileNameFor(const QDateTime &utc)
{
    return QStringLiteral("club-%1.clubbackup").arg(utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

std::optional<QDateTime> BackupSchedule::timeOf(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^club-(\\d{8}-\\d{6})\\.clubbackup$"));
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t;
}

std::optional<QDateTime> BackupSchedule::lastBackup(const QString &folder)
{
    std::optional<QDateTime> last;
    for (const QString &name : QDir(folder).entryList({kPattern}, QDir::Files)) {
        const std::optional<QDateTime> t = timeOf(name);
        if (t && (!last || *t > *last))
            last = t;
    }
    return last;
}

bool BackupSchedule::overdue(const std::optional<QDateTime> &last, const QDateTime &nowUtc)
{
    return !last || last->secsTo(nowUtc) > 24 * 3600;
}

Result<BackupSchedule::Run> BackupSchedule::runIfDue(const Actor &actor, const Setup &setup) const
{
    if (Status s = require(actor, Permission::BackupCreate); !s)
        return s.error();
    if (setup.folder.isEmpty() || !setup.key.isValid())
        return Error::make(Error::Code::Invalid, tr("Choose a folder and a passphrase for the daily backups first."),
                           QStringLiteral("schedule not set up"));
    if (!QDir().mkpath(setup.folder))
        return Error::make(Error::Code::Storage,
                           tr("The backup folder %1 cannot be reached. Is the drive connected?")
                               .arg(QDir::toNativeSeparators(setup.folder)),
                           QStringLiteral("mkpath failed"));
    const QDateTime now = m_clock.nowUtc();
    Run run;
    const std::optional<QDateTime> last = lastBackup(setup.folder);
    if (!last || last->toTimeZone(setup.zone).date() != now.toTimeZone(setup.zone).date()) {
        run.file = QDir(setup.folder).filePath(fileNameFor(now));
        Result<BackupManifest> made = m_backups.backUp(actor, run.file, setup.key);
        if (!made)
            return made.error();
        run.made = true;
    }
    Result<int> removed = prune(setup.folder, setup.zone, setup.policy);
    if (!removed)
        return removed.error();
    run.removed = *removed;
    return run;
}

Result<int> BackupSchedule::prune(const QString &folder, const QTimeZone &zone, const RetentionPolicy &policy)
{
    QStringList names;
    QList<QDateTime> times;
    for (const QString &name : QDir(folder).entryList({kPattern}, QDir::Files)) {
        if (const std::optional<QDateTime> t = timeOf(name)) {
            names << name;
            times << *t;
        }
    }
    const QList<bool> keep = retain(times, zone, policy);
    int removed = 0;
    for (int i = 0; i < names.size(); ++i) {
        if (keep[i])
            continue;
        if (!QFile::remove(QDir(folder).filePath(names[i])))
            return Error::make(Error::Code::Storage,
                               tr("An old backup could not be removed from %1.").arg(QDir::toNativeSeparators(folder)),
                               names[i]);
        ++removed;
    }
    if (removed > 0)
        qCInfo(lcDb) << "backup retention removed" << removed << "old backups";
    return removed;
}

} // namespace Club::Core
