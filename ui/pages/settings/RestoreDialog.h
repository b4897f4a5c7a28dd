// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Club::Ui {

class UiContext;

// Restore from one backup file: the passphrase, what the backup holds (date and counts),
// a confirmation, then the backup is checked and made ready for the next start.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(UiContext &context, const QString &file, QWidget *parent = nullptr);

public Q_SLOTS:
    void readBackup();
    void restore();

private:
    UiContext &m_context;
    QString m_file;
    QLineEdit *m_passphrase;
    QPushButton *m_read;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_restore;
};

} // namespace Club::Ui
