// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace Club::Ui {

class BackupRunner;
class UiContext;

// The daily backup while the program is open: checked at every log-in and every ten
// minutes, it backs up (off the window's thread) when the folder holds no backup of
// today, for an operator who may (BackupCreate), then prunes by the retention policy.
// Its status labels sit in the status bar and warn when the last good backup is older
// than a day.
class ScheduledBackups : public QObject
{
    Q_OBJECT

public:
    explicit ScheduledBackups(UiContext &context, QObject *parent = nullptr);

    // A label for a window's status bar, kept up to date; owned by `parent`.
    QLabel *statusLabel(QWidget *parent);

public Q_SLOTS:
    void runIfDue();
    void updateStatus();

private:
    UiContext &m_context;
    BackupRunner *m_runner;
    QTimer m_timer;
    QList<QPointer<QLabel>> m_labels;
    QString m_lastError;
};

} // namespace Club::Ui
