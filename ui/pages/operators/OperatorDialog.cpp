// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDialog.h"

#include "UiContext.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/RoleName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

std::optional<Core::Operator> OperatorDialog::addOperator(UiContext &context, QWidget *parent)
{
    OperatorDialog dialog(context, std::nullopt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedOperator();
}

bool OperatorDialog::editOperator(UiContext &context, const Core::Operator &existing, QWidget *parent)
{
    OperatorDialog dialog(context, existing, parent);
    return dialog.exec() == QDialog::Accepted;
}

OperatorDialog::OperatorDialog(UiContext &context, const std::optional<Core::Operator> &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(existing)
    , m_errors(new FieldErrors(this))
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_branch(new QComboBox(this))
{
    setWindowTitle(existing ? tr("Edit Operator") : tr("Add Operator"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_branch->setObjectName(QStringLiteral("branch"));

    for (Core::Role role : allRoles())
        m_role->addItem(roleName(role), int(role));
    m_branch->addItem(tr("Any branch"), QVariant::fromValue(Core::kNoId));
    if (const auto branches = context.auth().branches(context.actor())) {
        for (const Core::Branch &b : *branches)
            m_branch->addItem(b.name, QVariant::fromValue(b.id));
    }

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&User name:"), m_username, QStringLiteral("username"));
    m_errors->addRow(form, tr("&Full name:"), m_fullName, QStringLiteral("fullName"));
    m_errors->addRow(form, tr("&Role:"), m_role, QStringLiteral("role"));
    m_errors->addRow(form, tr("&Branch:"), m_branch, QStringLiteral("branch"));

    if (existing) {
        m_username->setText(existing->username);
        m_username->setReadOnly(true);
        m_fullName->setText(existing->fullName);
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(existing->role))));
        m_branch->setCurrentIndex(std::max(0, m_branch->findData(QVariant::fromValue(existing->branchId))));
        m_active = new QCheckBox(tr("&May log in"), this);
        m_active->setObjectName(QStringLiteral("active"));
        m_active->setChecked(existing->active);
        m_errors->addRow(form, QString(), m_active, QStringLiteral("active"));
    } else {
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(Core::Role::Staff))));
        m_branch->setCurrentIndex(std::max(0, m_branch->findData(QVariant::fromValue(context.actor().branchId))));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setLayoutDirection(Qt::LeftToRight);
        m_passwordAgain = new QLineEdit(this);
        m_passwordAgain->setObjectName(QStringLiteral("passwordAgain"));
        m_passwordAgain->setEchoMode(QLineEdit::Password);
        m_passwordAgain->setLayoutDirection(Qt::LeftToRight);
        m_errors->addRow(form, tr("&Password:"), m_password, QStringLiteral("password"));
        m_errors->addRow(form, tr("R&epeat the password:"), m_passwordAgain, QStringLiteral("passwordAgain"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->addGeneral());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (existing ? m_fullName : m_username)->setFocus();
}

Core::Operator OperatorDialog::draft() const
{
    Core::Operator o = m_existing.value_or(Core::Operator{});
    o.username = m_username->text().trimmed();
    o.fullName = m_fullName->text().trimmed();
    o.role = Core::Role(m_role->currentData().toInt());
    o.branchId = m_branch->currentData().value<Core::Id>();
    if (m_active)
        o.active = m_active->isChecked();
    return o;
}

void OperatorDialog::accept()
{
    m_errors->clear();
    const Core::Operator o = draft();
    if (m_existing) {
        if (Core::Status s = m_context.auth().updateOperator(m_context.actor(), o); !s) {
            m_errors->report(s.error());
            return;
        }
        m_result = o;
        QDialog::accept();
        return;
    }
    if (m_password->text() != m_passwordAgain->text()) {
        m_passwordAgain->clear();
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                         tr("The two passwords are not the same. Type the password again."), {},
                                         QStringLiteral("passwordAgain")));
        return;
    }
    const Core::Result<Core::Operator> created =
        m_context.auth().createOperator(m_context.actor(), o, m_password->text());
    if (!created) {
        m_errors->report(created.error());
        return;
    }
    m_result = created.value();
    QDialog::accept();
}

} // namespace Club::Ui
