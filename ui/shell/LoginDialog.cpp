// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "auth/AuthService.h"
#include "widgets/ErrorDisplay.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
const QString kLastUserKey = QStringLiteral("ui/lastUser");
}

LoginDialog::LoginDialog(Core::AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_errors(new FieldErrors(this))
{
    const Core::Result<QString> storeName = m_auth.setting(QStringLiteral("store.name"));
    const QString store = storeName ? *storeName : QString();
    //: Window title of the login dialog; %1 is the store's name
    setWindowTitle(store.isEmpty() ? tr("Log in") : tr("%1 — Log in").arg(store));

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setLayoutDirection(Qt::LeftToRight); // user names are Latin
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setLayoutDirection(Qt::LeftToRight);

    auto *heading = new QLabel(store.isEmpty() ? QGuiApplication::applicationDisplayName() : store, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&User name:"), m_username, QStringLiteral("username"));
    m_errors->addRow(form, tr("&Password:"), m_password, QStringLiteral("password"));
    QLabel *general = m_errors->addGeneral();

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch();
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    // The counter's usual operator only types the password.
    const QString last = QSettings().value(kLastUserKey).toString();
    if (last.isEmpty())
        m_username->setFocus();
    else
        setUsername(last);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    m_errors->clear();
    if (m_username->text().trimmed().isEmpty()) {
        m_errors->show(
            Core::Error::make(Core::Error::Code::Invalid, tr("Enter your user name."), {}, QStringLiteral("username")));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::Actor> result =
        m_auth.login(m_username->text(), m_password->text(), QSysInfo::machineHostName());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_password->clear();
        m_errors->report(result.error());
        if (result.error().field.isEmpty())
            m_password->setFocus();
        return;
    }
    m_actor = result.value();
    m_typedPassword = m_password->text();
    m_password->clear();
    QSettings().setValue(kLastUserKey, m_actor.username);
    QDialog::accept();
}

std::optional<Core::Actor> LoginDialog::login(Core::AuthService &auth, QWidget *parent, QString *password)
{
    LoginDialog dialog(auth, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (accepted && password)
        *password = dialog.m_typedPassword;
    dialog.m_typedPassword.fill(QLatin1Char(' '));
    dialog.m_typedPassword.clear();
    if (!accepted)
        return std::nullopt;
    return dialog.actor();
}

} // namespace Club::Ui
