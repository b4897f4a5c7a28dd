// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace Club::Core {
class AuthService;
}

namespace Club::Ui {

class FieldErrors;

// User name and password. Enter logs in; a refusal is shown under the password and the
// dialog stays, so the operator can try again.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Core::AuthService &auth, QWidget *parent = nullptr);

    // Runs the dialog; the operator who logged in, or nothing when it was closed. With
    // `password`, the password typed (the connected desk opens its server session with it).
    static std::optional<Core::Actor> login(Core::AuthService &auth, QWidget *parent = nullptr,
                                            QString *password = nullptr);

    const Core::Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);

    void accept() override;

private:
    Core::AuthService &m_auth;
    Core::Actor m_actor;
    QString m_typedPassword; // kept from accept() to login()'s return only
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_loginButton;
    FieldErrors *m_errors;
};

} // namespace Club::Ui
