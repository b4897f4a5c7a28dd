// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoidDialog.h"

#include "Format.h"
#include "TransactionWords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

VoidDialog::VoidDialog(const Core::TransactionRow &row, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Void Transaction"));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    //: %1 the kind (Sale...), %2 the transaction's number, %3 its date and time
    text->setText(tr("Void %1 no. %2 of %3? A reversing transaction is posted: points, money and stock go back to "
                     "what they were before it. Nothing is edited or deleted.")
                      .arg(TransactionWords::kind(row.kind), Format::number(row.id), Format::dateTime(row.createdAt)));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Why it is voided (required)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: The button that posts the void
    m_void = buttons->addButton(tr("&Void"), QDialogButtonBox::AcceptRole);
    m_void->setObjectName(QStringLiteral("void"));
    m_void->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_void->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString VoidDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace Club::Ui
