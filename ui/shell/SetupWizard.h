// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Club::Core {
class ServiceHub;
}

namespace Club::Ui {

class FieldErrors;

// First run: the store, its first branch and the administrator, then (if asked) the demo
// club. Finish calls ServiceHub::setUpStore, which creates everything in one transaction or
// nothing; a refusal is shown under the field at fault, on its page.
//
// Choosing another language on the first page ends the wizard with LanguageChanged, so
// the caller installs the language and opens a new wizard in it.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, StorePageId, AdminPageId, FinishPageId };
    static constexpr int LanguageChanged = 2; // exec() result besides Accepted/Rejected

    SetupWizard(Core::ServiceHub &hub, QWidget *parent = nullptr);

    const Core::Actor &actor() const { return m_actor; }
    QString language() const;
    bool demoDataRequested() const;
    FieldErrors &errors() const { return *m_errors; }

    bool validateCurrentPage() override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createStorePage();
    QWizardPage *createAdminPage();
    QWizardPage *createFinishPage();
    bool checkPasswords();
    bool finish();
    void reveal(QWidget *input);

    Core::ServiceHub &m_hub;
    Core::Actor m_actor;
    FieldErrors *m_errors;
    QComboBox *m_language = nullptr;
    QLineEdit *m_storeName = nullptr;
    QLineEdit *m_branchCode = nullptr;
    QLineEdit *m_branchName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
    QCheckBox *m_demoData = nullptr;
};

} // namespace Club::Ui
