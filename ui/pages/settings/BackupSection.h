// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Club::Ui {

class BackupRunner;
class UiContext;

// Settings → Backups: the folder and passphrase of the daily backups, Back Up Now with
// progress, Restore… and Check the Data with its report in plain words.
class BackupSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSection(UiContext &context, QWidget *parent = nullptr);

    void load();
    bool isBusy() const;

public Q_SLOTS:
    void chooseFolder();
    void setPassphrase();
    void backUpNow();
    void stop();
    void chooseRestore();
    // Reads `file`'s manifest and asks for the passphrase and confirmation in a dialog.
    void restoreFrom(const QString &file);
    void checkData();
    // Move to Central Server…: the store into the central PostgreSQL database (a dialog).
    void moveToServer();

Q_SIGNALS:
    void backupFinished(bool ok);
    // After a finished move to the central server: show where this desk is connected.
    void connectDeskRequested();

private:
    void showLastBackup();
    void backupDone(const Core::Status &status, const QString &file);

    UiContext &m_context;
    BackupRunner *m_runner;
    QLineEdit *m_folder;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_passphraseState;
    QPushButton *m_backUpNow;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_result;
    QLabel *m_last;
    QPlainTextEdit *m_report;
};

} // namespace Club::Ui
