// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"

#include <QDialog>

class QLineEdit;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// An administrator sets an operator's password (typed twice); this also lifts a lock-out.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(UiContext &context, const Core::Operator &target, QWidget *parent = nullptr);

    // True when the password was set.
    static bool setPassword(UiContext &context, const Core::Operator &target, QWidget *parent = nullptr);

    void accept() override;

private:
    UiContext &m_context;
    Core::Operator m_target;
    FieldErrors *m_errors;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
};

} // namespace Club::Ui
