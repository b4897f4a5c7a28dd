// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// Adds an operator (with a first password) or edits one (name, role, branch, active).
// Saving goes through AuthService; a refusal is shown under its field and the dialog stays.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new operator, or nothing when cancelled.
    static std::optional<Core::Operator> addOperator(UiContext &context, QWidget *parent = nullptr);
    // True when saved.
    static bool editOperator(UiContext &context, const Core::Operator &existing, QWidget *parent = nullptr);

    OperatorDialog(UiContext &context, const std::optional<Core::Operator> &existing, QWidget *parent = nullptr);

    const Core::Operator &savedOperator() const { return m_result; }
    void accept() override;

private:
    Core::Operator draft() const;

    UiContext &m_context;
    std::optional<Core::Operator> m_existing;
    Core::Operator m_result;
    FieldErrors *m_errors;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QComboBox *m_branch;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
};

} // namespace Club::Ui
