// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSection.h"

#include "BackupRunner.h"
#include "BackupSettings.h"
#include "Format.h"
#include "RestoreDialog.h"
#include "StoreMoveDialog.h"
#include "UiContext.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupService.h"
#include "widgets/ErrorDisplay.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

namespace Club::Ui {

namespace {
constexpr int kMinPassphrase = 10;

QLabel *note(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

BackupSection::BackupSection(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_context(context)
    , m_runner(new BackupRunner(this))
    , m_folder(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseAgain(new QLineEdit(this))
    , m_passphraseState(note(this, "passphraseState"))
    , m_backUpNow(button(tr("Back Up Now"), "backUpNow", this))
    , m_stop(button(tr("Stop"), "stopBackup", this))
    , m_progress(new QProgressBar(this))
    , m_result(note(this, "backupResult"))
    , m_last(note(this, "lastBackup"))
    , m_report(new QPlainTextEdit(this))
{
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setLayoutDirection(Qt::LeftToRight); // a path reads left to right in any language
    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        BackupSettings s = BackupSettings::load();
        s.folder = m_folder->text().trimmed();
        s.save();
        showLastBackup();
    });
    auto *choose = button(tr("Choose…"), "chooseBackupFolder", this);
    connect(choose, &QPushButton::clicked, this, &BackupSection::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    for (QLineEdit *edit : {m_passphrase, m_passphraseAgain})
        edit->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_passphraseAgain->setObjectName(QStringLiteral("backupPassphraseAgain"));
    auto *setPass = button(tr("Set the Passphrase"), "setBackupPassphrase", this);
    connect(setPass, &QPushButton::clicked, this, &BackupSection::setPassphrase);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_passphraseAgain, 1);
    againRow->addWidget(setPass);

    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupSection::backUpNow);
    connect(m_stop, &QPushButton::clicked, this, &BackupSection::stop);
    connect(m_runner, &BackupRunner::progressed, m_progress, &QProgressBar::setValue);
    auto *nowRow = new QHBoxLayout;
    nowRow->addWidget(m_backUpNow);
    nowRow->addWidget(m_progress, 1);
    nowRow->addWidget(m_stop);

    auto *restore = button(tr("Restore…"), "restoreBackup", this);
    connect(restore, &QPushButton::clicked, this, &BackupSection::chooseRestore);
    restore->setEnabled(m_context.can(Core::Permission::BackupRestore));
    auto *check = button(tr("Check the Data"), "checkData", this);
    connect(check, &QPushButton::clicked, this, &BackupSection::checkData);
    auto *moveButton = button(tr("Move to Central Server…"), "moveToServer", this);
    connect(moveButton, &QPushButton::clicked, this, &BackupSection::moveToServer);
    moveButton->setEnabled(m_context.can(Core::Permission::StoreMove) && !m_context.backups().storePath().isEmpty());
    auto *toolsRow = new QHBoxLayout;
    toolsRow->addWidget(restore);
    toolsRow->addWidget(check);
    toolsRow->addWidget(moveButton);
    toolsRow->addStretch();
    m_report->setObjectName(QStringLiteral("dataReport"));
    m_report->setReadOnly(true);
    m_report->setVisible(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase again:"), againRow);
    form->addRow(QString(), m_passphraseState);
    form->addRow(m_last);
    form->addRow(nowRow);
    form->addRow(m_result);
    form->addRow(toolsRow);
    form->addRow(m_report);
    const bool mayBackUp = m_context.can(Core::Permission::BackupCreate);
    for (QWidget *w : {static_cast<QWidget *>(m_folder), static_cast<QWidget *>(choose),
                       static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_passphraseAgain),
                       static_cast<QWidget *>(setPass), static_cast<QWidget *>(m_backUpNow)})
        w->setEnabled(mayBackUp);
    load();
}

void BackupSection::load()
{
    const BackupSettings s = BackupSettings::load();
    m_folder->setText(QDir::toNativeSeparators(s.folder));
    m_passphraseState->setText(s.key.isValid()
                                   ? tr("A passphrase is set. Daily backups run while the program is open.")
                                   : tr("No passphrase is set yet: choose one to start daily backups. Write it "
                                        "down and keep it apart from the backups; without it they cannot be "
                                        "restored."));
    showLastBackup();
}

bool BackupSection::isBusy() const
{
    return m_runner->isBusy();
}

void BackupSection::showLastBackup()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_last->setText(tr("Choose a folder for the backups, best on another disk, a USB drive or a network "
                           "share."));
        return;
    }
    const std::optional<QDateTime> last = Core::BackupSchedule::lastBackup(folder);
    m_last->setText(last ? tr("Last good backup: %1").arg(Format::dateTime(*last))
                         : tr("This folder holds no backup yet."));
}

void BackupSection::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    Q_EMIT m_folder->editingFinished();
}

void BackupSection::setPassphrase()
{
    const QString pass = m_passphrase->text();
    if (pass.size() < kMinPassphrase) {
        m_passphraseState->setText(
            tr("Choose a passphrase of at least %Ln characters.", nullptr, kMinPassphrase));
        return;
    }
    if (pass != m_passphraseAgain->text()) {
        m_passphraseState->setText(tr("The two passphrases differ. Type the same one twice."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::BackupKey> key = Core::BackupFile::deriveKey(pass, Core::KdfCost::moderate());
    QApplication::restoreOverrideCursor();
    if (!key) {
        showError(this, key.error());
        return;
    }
    BackupSettings s = BackupSettings::load();
    s.folder = m_folder->text().trimmed();
    s.key = *key;
    s.save();
    m_passphrase->clear();
    m_passphraseAgain->clear();
    load();
}

void BackupSection::backUpNow()
{
    BackupSettings s = BackupSettings::load();
    s.folder = m_folder->text().trimmed();
    if (!s.ready()) {
        m_result->setText(tr("Choose a folder and set a passphrase first."));
        return;
    }
    if (!QDir().mkpath(s.folder)) {
        m_result->setText(tr("The backup folder %1 cannot be reached. Is the drive connected?")
                              .arg(QDir::toNativeSeparators(s.folder)));
        return;
    }
    Core::BackupService &backups = m_context.backups();
    const QString file = QDir(s.folder).filePath(Core::BackupSchedule::fileNameFor(backups.clock().nowUtc()));
    const Core::Actor actor = m_context.actor();
    const Core::BackupKey key = s.key;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_stop->setVisible(true);
    m_backUpNow->setEnabled(false);
    m_result->setText(tr("Backing up…"));
    connect(m_runner, &BackupRunner::finished, this,
            [this, file](const Core::Status &status) { backupDone(status, file); }, Qt::SingleShotConnection);
    m_runner->start([&backups, actor, file, key](const Core::BackupFile::Progress &progress) -> Core::Status {
        const Core::Result<Core::BackupManifest> made = backups.backUp(actor, file, key, progress);
        if (!made)
            return made.error();
        return {};
    });
}

void BackupSection::backupDone(const Core::Status &status, const QString &file)
{
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_backUpNow->setEnabled(true);
    m_result->setText(status ? tr("Backup written: %1").arg(QDir::toNativeSeparators(file))
                             : status.error().message);
    showLastBackup();
    Q_EMIT backupFinished(status.ok());
}

void BackupSection::stop()
{
    m_runner->stop();
}

void BackupSection::chooseRestore()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore a Backup"), m_folder->text(),
                                                      tr("Backups (*.clubbackup);;All files (*)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void BackupSection::restoreFrom(const QString &file)
{
    RestoreDialog dialog(m_context, file, this);
    dialog.exec();
}

void BackupSection::checkData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::DataReport> report = m_context.backups().checkData(m_context.actor());
    QApplication::restoreOverrideCursor();
    if (!report) {
        showError(this, report.error());
        return;
    }
    m_report->setPlainText(report->plainWords());
    m_report->setVisible(true);
}

void BackupSection::moveToServer()
{
    StoreMoveDialog dialog(m_context, this);
    dialog.exec();
    if (dialog.connectRequested())
        Q_EMIT connectDeskRequested();
}

} // namespace Club::Ui
