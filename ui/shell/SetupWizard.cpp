// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "DemoDataRunner.h"
#include "Format.h"
#include "Language.h"
#include "ServiceHub.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    return label;
}

QLineEdit *latinEdit(const QString &objectName, QWidget *parent)
{
    // User names, codes and passwords are Latin: keep them left to right in any language.
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}
} // namespace

SetupWizard::SetupWizard(Core::ServiceHub &hub, QWidget *parent)
    : QWizard(parent)
    , m_hub(hub)
    , m_errors(new FieldErrors(this))
{
    setWindowTitle(tr("Set up Customer Club Manager"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Our own button texts: Qt's carry arrows that point the wrong way in right-to-left
    // languages, and mnemonics in the middle of words that break the joined letters.
    //: Wizard button. In Persian and Arabic put the & before a word's first letter.
    setButtonText(QWizard::NextButton, tr("&Next"));
    //: Wizard button
    setButtonText(QWizard::BackButton, tr("&Back"));
    //: Wizard button
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    //: Wizard button
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(WelcomePageId, createWelcomePage());
    setPage(StorePageId, createStorePage());
    setPage(AdminPageId, createAdminPage());
    setPage(FinishPageId, createFinishPage());
    setStartId(WelcomePageId);
    setMinimumSize(620, 480);
    connect(m_errors, &FieldErrors::revealRequested, this, &SetupWizard::reveal);
}

QWizardPage *SetupWizard::createWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome"));
    page->setSubTitle(tr("This store has not been set up yet. A few questions, and it is ready."));

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    const QString current = Language::current().isEmpty() ? Language::saved() : Language::current();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Language::save(language());
        done(LanguageChanged);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("Choose the language of the program. Persian shows dates in the Jalali "
                                     "calendar."),
                                  page));
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::createStorePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Store"));
    page->setSubTitle(tr("The store's name appears on screens and receipts. Each branch has a short code."));

    m_storeName = new QLineEdit(page);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_branchCode = latinEdit(QStringLiteral("branchCode"), page);
    m_branchCode->setText(QStringLiteral("01"));
    m_branchCode->setMaxLength(16);
    m_branchName = new QLineEdit(tr("Main branch"), page);
    m_branchName->setObjectName(QStringLiteral("branchName"));

    auto *form = new QFormLayout(page);
    m_errors->addRow(form, tr("&Store name:"), m_storeName, QStringLiteral("storeName"));
    m_errors->addRow(form, tr("Branch &code:"), m_branchCode, QStringLiteral("branchCode"));
    m_errors->addRow(form, tr("Branch na&me:"), m_branchName, QStringLiteral("branchName"));
    return page;
}

QWizardPage *SetupWizard::createAdminPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The administrator may do everything, including adding the other operators."));

    m_username = latinEdit(QStringLiteral("username"), page);
    m_username->setText(QStringLiteral("admin"));
    m_fullName = new QLineEdit(page);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_password = latinEdit(QStringLiteral("password"), page);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = latinEdit(QStringLiteral("passwordAgain"), page);
    m_passwordAgain->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(page);
    m_errors->addRow(form, tr("&User name:"), m_username, QStringLiteral("username"));
    m_errors->addRow(form, tr("&Full name:"), m_fullName, QStringLiteral("fullName"));
    m_errors->addRow(form, tr("&Password:"), m_password, QStringLiteral("password"));
    m_errors->addRow(form, tr("&Repeat the password:"), m_passwordAgain, QStringLiteral("passwordAgain"));
    return page;
}

QWizardPage *SetupWizard::createFinishPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Ready"));
    page->setSubTitle(tr("Finish creates the store. You will be logged in as the administrator."));
    page->setFinalPage(true);

    //: %Ln is a number of members, in the language's digits
    m_demoData = new QCheckBox(
        tr("Load &demo data (about %Ln member(s))", nullptr, Core::DemoDataGenerator::Options().members), page);
    m_demoData->setObjectName(QStringLiteral("demoData"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_demoData);
    layout->addWidget(explanation(tr("Demo data fills the store with made-up members, cards and a few months of "
                                     "points history, to try the program out. Leave it off for a real store."),
                                  page));
    layout->addStretch();
    QLabel *general = m_errors->addGeneral();
    layout->addWidget(general);
    return page;
}

QString SetupWizard::language() const
{
    return m_language->currentData().toString();
}

bool SetupWizard::demoDataRequested() const
{
    return m_demoData->isChecked();
}

void SetupWizard::reveal(QWidget *input)
{
    // Walk back to the page that holds the field; the pages before it stay as typed.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        if (page(id)->isAncestorOf(input)) {
            while (currentId() > id)
                back();
            return;
        }
    }
}

bool SetupWizard::checkPasswords()
{
    m_errors->clear(QStringLiteral("password"));
    m_errors->clear(QStringLiteral("passwordAgain"));
    const int minimum = Core::AuthService::kMinPasswordLength;
    if (m_password->text().size() < minimum) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                         tr("The password must have at least %Ln characters.", nullptr, minimum), {},
                                         QStringLiteral("password")));
        return false;
    }
    if (m_password->text() != m_passwordAgain->text()) {
        m_passwordAgain->clear();
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                         tr("The two passwords are not the same. Type the password again."), {},
                                         QStringLiteral("passwordAgain")));
        return false;
    }
    return true;
}

bool SetupWizard::finish()
{
    Core::StoreSetup setup;
    setup.storeName = m_storeName->text().trimmed();
    setup.branchCode = m_branchCode->text().trimmed();
    setup.branchName = m_branchName->text().trimmed();
    setup.adminUsername = m_username->text().trimmed();
    setup.adminFullName = m_fullName->text().trimmed();
    setup.adminPassword = m_password->text();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The sales desk refuses stock-tracked products in a branch without a warehouse, so the
    // first branch gets one, made with the store in one transaction: the store can sell from
    // the first day, and a failure part way leaves nothing for the next start to trip on.
    Core::Result<Core::Actor> done = m_hub.setUpStore(setup, tr("Main warehouse"));
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_errors->report(done.error());
        return false;
    }
    m_actor = done.value();
    m_password->clear();
    m_passwordAgain->clear();

    if (demoDataRequested()) {
        const DemoDataRunner::Outcome demo = DemoDataRunner::run(this, m_hub.database(), m_hub.clock(), m_actor);
        // The store itself is made; a failed or stopped demo leaves what was made so far.
        if (!demo.status)
            showError(this, demo.status.error());
    }
    return true;
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case StorePageId:
        if (m_storeName->text().trimmed().isEmpty()) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter the store's name."), {},
                                             QStringLiteral("storeName")));
            return false;
        }
        break;
    case AdminPageId:
        if (!checkPasswords())
            return false;
        break;
    case FinishPageId:
        return finish();
    default:
        break;
    }
    return QWizard::validateCurrentPage();
}

} // namespace Club::Ui
