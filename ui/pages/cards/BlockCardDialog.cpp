// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockCardDialog.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

BlockCardDialog::BlockCardDialog(UiContext &context, const Core::Card &card, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_card(card)
    , m_errors(new FieldErrors(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Block Card"));
    auto *form = new QFormLayout;
    form->addRow(tr("Card:"), new QLabel(Labels::directed(Labels::cardNumber(card.number)), this));
    form->addRow(tr("Member:"), new QLabel(Labels::directed(card.memberName), this));
    m_reason->setObjectName(QStringLiteral("reason"));
    for (Core::BlockReason r : Labels::blockReasons())
        m_reason->addItem(Labels::blockReason(r), Core::blockReasonKey(r));
    m_errors->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What happened, in a few words"));
    m_errors->addRow(form, tr("N&ote:"), m_note, QStringLiteral("note"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Button: block the card now
    QPushButton *blockButton = buttons->addButton(tr("&Block"), QDialogButtonBox::ActionRole);
    blockButton->setDefault(true);
    connect(blockButton, &QPushButton::clicked, this, &BlockCardDialog::block);
    connect(buttons, &QDialogButtonBox::rejected, this, &BlockCardDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_reason->setFocus();
}

bool BlockCardDialog::blockCard(UiContext &context, const Core::Card &card, QWidget *parent)
{
    BlockCardDialog dialog(context, card, parent);
    return dialog.exec() == QDialog::Accepted;
}

void BlockCardDialog::setReason(Core::BlockReason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(Core::blockReasonKey(reason)));
}

bool BlockCardDialog::block()
{
    m_errors->clear();
    const std::optional<Core::BlockReason> reason = Core::blockReasonFromKey(m_reason->currentData().toString());
    if (!reason)
        return false;
    //: %1 is the card number, %2 the member's name
    const QString question = tr("Block card %1 of %2?\nIt cannot be used until it is unblocked.")
                                 .arg(Labels::cardNumber(m_card.number), m_card.memberName);
    if (MessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    const Core::Status blocked =
        m_context.cards().block(m_context.actor(), m_card.id, *reason, m_note->text().trimmed());
    if (!blocked) {
        m_errors->report(blocked.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
