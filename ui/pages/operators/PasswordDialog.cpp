// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordDialog.h"

#include "UiContext.h"
#include "widgets/ErrorDisplay.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

bool PasswordDialog::setPassword(UiContext &context, const Core::Operator &target, QWidget *parent)
{
    PasswordDialog dialog(context, target, parent);
    return dialog.exec() == QDialog::Accepted;
}

PasswordDialog::PasswordDialog(UiContext &context, const Core::Operator &target, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_target(target)
    , m_errors(new FieldErrors(this))
    , m_password(new QLineEdit(this))
    , m_passwordAgain(new QLineEdit(this))
{
    //: %1 is the operator's full name
    setWindowTitle(tr("New Password for %1").arg(target.fullName));
    for (QLineEdit *edit : {m_password, m_passwordAgain}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setLayoutDirection(Qt::LeftToRight);
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordAgain->setObjectName(QStringLiteral("passwordAgain"));

    auto *intro = new QLabel(tr("The operator logs in with this password from now on. Setting it also lifts a "
                                "lock-out after too many wrong passwords."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("New &password:"), m_password, QStringLiteral("password"));
    m_errors->addRow(form, tr("&Repeat the password:"), m_passwordAgain, QStringLiteral("passwordAgain"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors->addGeneral());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

void PasswordDialog::accept()
{
    m_errors->clear();
    if (m_password->text() != m_passwordAgain->text()) {
        m_passwordAgain->clear();
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                         tr("The two passwords are not the same. Type the password again."), {},
                                         QStringLiteral("passwordAgain")));
        return;
    }
    if (Core::Status s = m_context.auth().setPassword(m_context.actor(), m_target.id, m_password->text()); !s) {
        m_errors->report(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace Club::Ui
