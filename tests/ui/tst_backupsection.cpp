// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Backups driven like an operator: folder and passphrase, Back Up Now with its
// progress, Check the Data before and after a planted problem, Restore… with the wrong
// and the right passphrase; the status bar's warning; screenshots in Persian and Arabic.
#include "Format.h"
#include "MemberFlowSupport.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupService.h"
#include "backup/DataCheck.h"
#include "pages/settings/BackupSection.h"
#include "pages/settings/BackupSettings.h"
#include "pages/settings/RestoreDialog.h"
#include "pages/settings/ScheduledBackups.h"
#include "pages/settings/SettingsPage.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace MemberFlow;

namespace {
const QString kPass = QStringLiteral("رمز پشتیبان ۱۴۰۵ safe");
}

class TestBackupSection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_backupsection"));
        // The key is kept in the user's settings: keep this test's away from the real ones.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    }

    void init()
    {
        Ui::BackupSettings{}.save();
    }

    void backUpNowAndCheckTheData_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void backUpNowAndCheckTheData()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        QVERIFY(s.member(1, QStringLiteral("مریم"), QStringLiteral("احمدی")).id != kNoId);
        QVERIFY(s.member(2, QStringLiteral("علی"), QStringLiteral("رضایی")).id != kNoId);
        QTemporaryDir folder;

        Ui::SettingsPage page(*s.context);
        page.activate();
        Ui::BackupSection *section = page.backups();
        QVERIFY(section);
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The section is shown before anything is set up, then set up.
        QVERIFY(screenshot(section, QStringLiteral("settings-backups-empty")));
        auto *folderEdit = child(section, "backupFolder");
        retype(folderEdit, folder.path());
        QTest::keyClick(folderEdit, Qt::Key_Return);
        QCOMPARE(Ui::BackupSettings::load().folder, folder.path());
        // Too short, then two different passphrases, then the same one twice.
        retype(child(section, "backupPassphrase"), QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(section, "setBackupPassphrase"), Qt::LeftButton);
        QVERIFY(!Ui::BackupSettings::load().key.isValid());
        retype(child(section, "backupPassphrase"), kPass);
        retype(child(section, "backupPassphraseAgain"), kPass + QStringLiteral("x"));
        QTest::mouseClick(child<QPushButton>(section, "setBackupPassphrase"), Qt::LeftButton);
        QVERIFY(!Ui::BackupSettings::load().key.isValid());
        QCOMPARE(child<QLabel>(section, "passphraseState")->text(),
                 Ui::BackupSection::tr("The two passphrases differ. Type the same one twice."));
        retype(child(section, "backupPassphrase"), kPass);
        retype(child(section, "backupPassphraseAgain"), kPass);
        QTest::mouseClick(child<QPushButton>(section, "setBackupPassphrase"), Qt::LeftButton);
        QVERIFY(Ui::BackupSettings::load().key.isValid());
        QVERIFY(child(section, "backupPassphrase")->text().isEmpty());
        // The passphrase itself is nowhere in the settings.
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(settingsFile.readAll()).contains(kPass));

        // Back Up Now: progress shows while it runs, the file is there afterwards.
        QSignalSpy done(section, &Ui::BackupSection::backupFinished);
        QSignalSpy progress(section->findChild<QProgressBar *>(QStringLiteral("backupProgress")),
                            &QProgressBar::valueChanged);
        QTest::mouseClick(child<QPushButton>(section, "backUpNow"), Qt::LeftButton);
        QVERIFY(section->isBusy());
        QVERIFY(child<QProgressBar>(section, "backupProgress")->isVisible());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);
        QVERIFY(!child<QProgressBar>(section, "backupProgress")->isVisible());
        const std::optional<QDateTime> last = Core::BackupSchedule::lastBackup(folder.path());
        QVERIFY(last);
        const QString file = QDir(folder.path()).filePath(Core::BackupSchedule::fileNameFor(*last));
        QVERIFY(child<QLabel>(section, "backupResult")->text().contains(QDir::toNativeSeparators(file)));
        const Result<BackupManifest> manifest = s.hub->backups().readManifest(s.admin, file, kPass);
        QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().message));
        QCOMPARE(manifest->members, qint64(2));

        // Check the Data: in order; then a planted problem is reported in plain words.
        QTest::mouseClick(child<QPushButton>(section, "checkData"), Qt::LeftButton);
        auto *report = child<QPlainTextEdit>(section, "dataReport");
        QVERIFY(report->isVisible());
        QVERIFY2(report->toPlainText().endsWith(Core::DataCheck::tr("Everything is in order.")),
                 qPrintable(report->toPlainText()));
        QVERIFY(screenshot(section, QStringLiteral("settings-backups")));
        QVERIFY(SqlQuery::execDirect(s.db.db().connection(),
                                     QStringLiteral("INSERT INTO ledger_accounts (code, kind, unit, balance, "
                                                    "created_at) VALUES ('system:planted', 'planted', 'points', 3, "
                                                    "'2026-01-01T00:00:00Z')")));
        QTest::mouseClick(child<QPushButton>(section, "checkData"), Qt::LeftButton);
        QVERIFY2(report->toPlainText().contains(Core::DataCheck::tr("The ledger has %Ln problem(s):", nullptr, 1)),
                 qPrintable(report->toPlainText()));
        QVERIFY(screenshot(section, QStringLiteral("settings-backups-problem")));

        // Restore…: the wrong passphrase, then the right one with the summary, confirmed.
        QString problem;
        auto guard = whenModal<Ui::RestoreDialog>(&problem, [&](Ui::RestoreDialog *d) -> QString {
            retype(child(d, "restorePassphrase"), QStringLiteral("not it"));
            QTest::mouseClick(child<QPushButton>(d, "readBackup"), Qt::LeftButton);
            const QString wrong = child<QLabel>(d, "backupSummary")->text();
            if (!wrong.contains(Core::BackupFile::tr("The passphrase is wrong, or the backup file is damaged at its "
                                                     "start.")))
                return QStringLiteral("wrong passphrase shown as: ") + wrong;
            if (child<QCheckBox>(d, "confirmRestore")->isEnabled())
                return QStringLiteral("confirmable with a wrong passphrase");
            retype(child(d, "restorePassphrase"), kPass);
            QTest::mouseClick(child<QPushButton>(d, "readBackup"), Qt::LeftButton);
            const QString summary = child<QLabel>(d, "backupSummary")->text();
            if (!summary.contains(Ui::Format::number(2)))
                return QStringLiteral("summary: ") + summary;
            if (child<QPushButton>(d, "restore")->isEnabled())
                return QStringLiteral("restore enabled before the confirmation");
            child<QCheckBox>(d, "confirmRestore")->click();
            screenshot(d, QStringLiteral("restore-dialog"));
            Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(child<QPushButton>(d, "restore"), Qt::LeftButton);
            return QString();
        });
        section->restoreFrom(file);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(Ui::MessageBox::takeLastText(),
                 Ui::RestoreDialog::tr("The backup was checked and is ready. Close the program and start it again: "
                                       "the restored data is put in place then, and the current data is kept aside."));
        QVERIFY(QFile::exists(Core::BackupService::pendingRestorePath(s.db.sqlitePath())));
    }

    void statusBarWarnsWhenTheLastBackupIsOld()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        Ui::ScheduledBackups scheduled(*s.context);
        QWidget bar;
        QLabel *status = scheduled.statusLabel(&bar);
        QCOMPARE(status->property("warning").toBool(), true); // not set up
        QTemporaryDir folder;
        Ui::BackupSettings settings;
        settings.folder = folder.path();
        Result<BackupKey> key = BackupFile::deriveKey(kPass, KdfCost::interactive());
        QVERIFY(key.ok());
        settings.key = *key;
        settings.save();
        // An old backup (two days ago) only: a warning.
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        QVERIFY(s.hub->backups().backUp(s.admin, QDir(folder.path()).filePath(Core::BackupSchedule::fileNameFor(old)),
                                        *key)
                    .ok());
        scheduled.updateStatus();
        QCOMPARE(status->property("warning").toBool(), true);
        // The daily run makes today's backup, and the warning goes.
        scheduled.runIfDue();
        QTRY_VERIFY_WITH_TIMEOUT(QDir(folder.path()).entryList(QDir::Files).size() == 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(status->property("warning").toBool(), false, 10000);
    }
};

QTEST_MAIN(TestBackupSection)
#include "tst_backupsection.moc"
