// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class BackupRunner;
class UiContext;

// Settings → Backups → Move to Central Server…: the central PostgreSQL database's address,
// Check (a dry run that writes nothing), Move with progress and Stop (a stopped or broken
// move goes on where it stopped next time), and the comparison of both sides in plain
// words. The work runs on a thread of its own (core/backup/StoreMove).
class StoreMoveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StoreMoveDialog(UiContext &context, QWidget *parent = nullptr);

    bool isBusy() const;
    // The administrator chose Connect This Desk after a finished move.
    bool connectRequested() const { return m_connectRequested; }

public Q_SLOTS:
    void check();
    void move();
    void stop();
    void reject() override; // not while the move runs

Q_SIGNALS:
    void checked(bool ok);
    void moved(bool ok);

private:
    Core::Database::Config target() const;
    void setBusy(bool busy);
    void targetEdited();

    UiContext &m_context;
    BackupRunner *m_runner;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_name;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_check;
    QPushButton *m_move;
    QPushButton *m_stop;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QLabel *m_next;
    QPushButton *m_connect;
    bool m_checkedOk = false;
    bool m_connectRequested = false;
};

} // namespace Club::Ui
