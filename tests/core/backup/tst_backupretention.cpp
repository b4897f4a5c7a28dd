// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyFixture.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupService.h"
#include "backup/Retention.h"
#include "TestMain.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>

using namespace Club::Core;
using Club::Test::kTehran;
using Club::Test::LoyaltyFixture;

namespace {
// Written out from the promise itself, not from retain(): the last 7 days; the newest day
// of each of the last 4 Saturday-to-Friday weeks; the newest day of each of the last 12
// months. One backup a day from `first` to `today`.
QSet<QDate> promised(const QDate &first, const QDate &today)
{
    QSet<QDate> out;
    for (int i = 0; i < 7; ++i)
        if (today.addDays(-i) >= first)
            out.insert(today.addDays(-i));
    QDate weekEnd = today; // the newest day of the current week is today
    for (int w = 0; w < 4 && weekEnd >= first; ++w) {
        out.insert(weekEnd);
        // Back to the Friday before this week's Saturday.
        QDate d = weekEnd;
        while (d.dayOfWeek() != Qt::Saturday)
            d = d.addDays(-1);
        weekEnd = d.addDays(-1);
    }
    QDate monthEnd = today;
    for (int m = 0; m < 12 && monthEnd >= first; ++m) {
        out.insert(monthEnd);
        monthEnd = QDate(monthEnd.year(), monthEnd.month(), 1).addDays(-1);
    }
    return out;
}

QSet<QDate> keptDates(const QList<QDateTime> &times, const QList<bool> &keep)
{
    QSet<QDate> out;
    for (int i = 0; i < times.size(); ++i)
        if (keep[i])
            out.insert(times[i].toTimeZone(kTehran).date());
    return out;
}
} // namespace

class TestBackupRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pruningDailyForAYearKeepsThePromisedSet()
    {
        // 02:30 in Tehran every day; pruned after each backup, as the schedule does.
        const QDate first(2026, 1, 1);
        ManualClock clock(QDateTime(first, QTime(2, 30), kTehran));
        QList<QDateTime> kept;
        for (int day = 0; day < 400; ++day) {
            kept << clock.nowUtc();
            const QList<bool> keep = retain(kept, kTehran);
            QList<QDateTime> next;
            for (int i = 0; i < kept.size(); ++i)
                if (keep[i])
                    next << kept[i];
            kept = next;
            const QDate today = clock.nowUtc().toTimeZone(kTehran).date();
            QCOMPARE(keptDates(kept, QList<bool>(kept.size(), true)), promised(first, today));
            QCOMPARE(kept.size(), promised(first, today).size());
            QVERIFY(kept.size() <= 7 + 4 + 12);
            clock.advanceDays(1);
        }
    }

    void sameAnswerAsPruningOnceAtTheEnd()
    {
        QList<QDateTime> all;
        QList<int> earlier;
        ManualClock clock(QDateTime(QDate(2026, 2, 17), QTime(23, 50), kTehran));
        for (int day = 0; day < 365; ++day) {
            all << clock.nowUtc();
            // Twice on some days: the newest of the day is the one kept.
            if (day % 5 == 0) {
                earlier << int(all.size());
                all << clock.nowUtc().addSecs(-3600);
            }
            clock.advanceDays(1);
        }
        const QList<bool> keep = retain(all, kTehran);
        const QDate last = all.last().toTimeZone(kTehran).date();
        QCOMPARE(keptDates(all, keep), promised(QDate(2026, 2, 17), last));
        for (int i : earlier)
            QVERIFY2(!keep[i], "the earlier of two backups on one day was kept");
    }

    void localDaysDecide()
    {
        // 21:00 UTC is already the next day in Tehran (00:30).
        const QList<QDateTime> times{QDateTime(QDate(2026, 5, 1), QTime(19, 0), Qt::UTC),
                                     QDateTime(QDate(2026, 5, 1), QTime(21, 0), Qt::UTC)};
        const RetentionPolicy oneDay{1, 0, 0};
        QCOMPARE(retain(times, kTehran, oneDay), (QList<bool>{false, true}));
        QCOMPARE(retain(times, QTimeZone::utc(), oneDay), (QList<bool>{false, true}));
        const RetentionPolicy twoDays{2, 0, 0};
        QCOMPARE(retain(times, kTehran, twoDays), (QList<bool>{true, true}));
        QCOMPARE(retain(times, QTimeZone::utc(), twoDays), (QList<bool>{false, true}));
    }

    void scheduleBacksUpOnceADayAndPrunesTheFolder()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(6, 0), kTehran);
        LoyaltyFixture f{Database::Engine::SQLite, start.toUTC()};
        QVERIFY2(f.ok(), qPrintable(f.problem()));
        QTemporaryDir folder;
        Result<BackupKey> key = BackupFile::deriveKey(QStringLiteral("daily"), KdfCost::interactive());
        LOYALTY_VERIFY_OK(key);
        BackupSchedule schedule(f.hub.backups(), f.clock);
        BackupSchedule::Setup setup{folder.path(), *key, kTehran, {}};

        QVERIFY(!BackupSchedule::lastBackup(folder.path()));
        QCOMPARE(int(schedule.runIfDue(f.staff, setup).error().code), int(Error::Code::Forbidden));
        // A simulated year and a bit, checked every 8 hours as the desk does.
        for (int step = 0; step < 3 * 380; ++step) {
            const Result<BackupSchedule::Run> run = schedule.runIfDue(f.manager, setup);
            LOYALTY_VERIFY_OK(run);
            if (run->made)
                QCOMPARE(BackupSchedule::lastBackup(folder.path()).value_or(QDateTime()), f.clock.nowUtc());
            f.clock.advanceSecs(8 * 3600);
        }
        const QDate today = f.clock.nowUtc().addSecs(-8 * 3600).toTimeZone(kTehran).date();
        QSet<QDate> inFolder;
        for (const QString &name : QDir(folder.path()).entryList(QDir::Files)) {
            const std::optional<QDateTime> t = BackupSchedule::timeOf(name);
            QVERIFY2(t, qPrintable(name));
            QVERIFY2(!inFolder.contains(t->toTimeZone(kTehran).date()), "two backups of one day");
            inFolder.insert(t->toTimeZone(kTehran).date());
        }
        QCOMPARE(inFolder, promised(start.date(), today));
        // The newest one restores with the passphrase.
        const QString newest = QDir(folder.path()).filePath(BackupSchedule::fileNameFor(*BackupSchedule::lastBackup(folder.path())));
        LOYALTY_VERIFY_OK(f.hub.backups().readManifest(f.admin, newest, QStringLiteral("daily")));
    }
};

QTEST_GUILESS_MAIN(TestBackupRetention)
#include "tst_backupretention.moc"
