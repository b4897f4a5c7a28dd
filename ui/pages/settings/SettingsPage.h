// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Club::Ui {

class BackupSection;
class FieldErrors;
class SalesSettingsSection;

// The store's name, the program's language, where the data lives, the sales and points
// settings, a check of the points ledger, and backups.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);

    // Where the open store lives (a file, or a server), as app/ opened it.
    static void setDataLocation(const QString &where);
    static QString dataLocation();

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::SettingsManage; }
    void activate() override;
    SalesSettingsSection *salesSettings() const { return m_sales; }
    BackupSection *backups() const { return m_backups; }

public Q_SLOTS:
    void saveStoreName();
    void verifyLedger();

private:
    void languageChosen();
    void updateLanguageNote();

    FieldErrors *m_errors;
    QLineEdit *m_storeName;
    QPushButton *m_saveStoreName;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLineEdit *m_dataLocation;
    QLabel *m_verifyResult;
    QPlainTextEdit *m_problems;
    SalesSettingsSection *m_sales = nullptr; // only for operators who may change them
    BackupSection *m_backups = nullptr;
};

} // namespace Club::Ui
