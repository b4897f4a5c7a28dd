// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Settings → Central server: the server's address, this desk's terminal id and secret (as
// clubserver printed them), the offline limits per card, Test Connection with a plain
// answer, Sync Now (the chain's members, cards, products, prices and rules pulled here) with
// its progress and the last sync, and the sales the server refused. Only for those with ServerConnectionManage.
class ServerSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerSettingsSection(UiContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void load();
    bool save();
    void testConnection();
    void openConflicts();
    void syncNow();

private:
    UiContext &m_context;
    FieldErrors *m_errors;
    QLineEdit *m_url;
    QLineEdit *m_terminal;
    QLineEdit *m_secret;
    DigitLineEdit *m_offlinePoints;
    DigitLineEdit *m_offlineStored;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_conflicts;
    QPushButton *m_sync;
    QProgressBar *m_syncProgress;
    QLabel *m_syncState;
    QLabel *m_result;

    void showLastSync();
};

} // namespace Club::Ui
