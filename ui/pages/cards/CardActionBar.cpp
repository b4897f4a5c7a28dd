// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardActionBar.h"

#include "BlockCardDialog.h"
#include "PinDialog.h"
#include "ReplaceCardDialog.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Club::Ui {

using Core::CardStatus;
using Core::Permission;

CardActionBar::CardActionBar(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto make = [this](const QString &text, const QString &name, void (CardActionBar::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_replace = make(tr("Re&place…"), QStringLiteral("replaceCard"), &CardActionBar::replaceCard);
    m_block = make(tr("Bloc&k…"), QStringLiteral("blockCard"), &CardActionBar::blockCard);
    m_unblock = make(tr("U&nblock"), QStringLiteral("unblockCard"), &CardActionBar::unblockCard);
    m_pin = make(tr("Set P&IN…"), QStringLiteral("setPin"), &CardActionBar::setOrChangePin);
    m_resetPin = make(tr("Rese&t PIN…"), QStringLiteral("resetPin"), &CardActionBar::resetPin);
    m_unlockPin = make(tr("Un&lock PIN"), QStringLiteral("unlockPin"), &CardActionBar::unlockPin);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_replace, m_block, m_unblock, m_pin, m_resetPin, m_unlockPin})
        layout->addWidget(b);
    layout->addStretch(1);

    connect(&context, &UiContext::actorChanged, this, &CardActionBar::updateButtons);
    updateButtons();
}

void CardActionBar::setCard(const std::optional<Core::Card> &card)
{
    m_card = card;
    updateButtons();
}

void CardActionBar::updateButtons()
{
    const bool canReplace = m_context.can(Permission::CardIssue) && m_context.can(Permission::CardBlock);
    m_replace->setVisible(canReplace);
    m_block->setVisible(m_context.can(Permission::CardBlock));
    m_unblock->setVisible(m_context.can(Permission::CardUnblock));
    m_pin->setVisible(m_context.can(Permission::PinSet));
    m_resetPin->setVisible(m_context.can(Permission::PinUnlock));
    m_unlockPin->setVisible(m_context.can(Permission::PinUnlock));

    const Core::Card *c = m_card ? &*m_card : nullptr;
    const bool active = c && c->status == CardStatus::Active;
    m_replace->setEnabled(c && c->status != CardStatus::Replaced);
    m_block->setEnabled(active);
    m_unblock->setEnabled(c && c->status == CardStatus::Blocked);
    const bool hasPin = c && c->hasPin;
    m_pin->setText(hasPin ? tr("Change P&IN…") : tr("Set P&IN…"));
    m_pin->setEnabled(active && !(c && c->pinLocked));
    m_resetPin->setEnabled(active && hasPin);
    m_unlockPin->setEnabled(c && c->pinLocked && c->status != CardStatus::Replaced);
}

bool CardActionBar::confirm(const QString &title, const QString &text)
{
    return MessageBox::question(this, title, text) == QMessageBox::Yes;
}

void CardActionBar::replaceCard()
{
    if (!m_card)
        return;
    if (std::optional<Core::Card> newCard = ReplaceCardDialog::replaceCard(m_context, *m_card, this))
        Q_EMIT replaced(*newCard);
}

void CardActionBar::blockCard()
{
    if (m_card)
        BlockCardDialog::blockCard(m_context, *m_card, this);
}

void CardActionBar::unblockCard()
{
    if (!m_card)
        return;
    //: %1 is a card number
    if (!confirm(tr("Unblock Card"),
                 tr("Unblock card %1? It can be used again at once.").arg(Labels::cardNumber(m_card->number))))
        return;
    const Core::Status done = m_context.cards().unblock(m_context.actor(), m_card->id);
    if (!done)
        showError(this, done.error());
}

void CardActionBar::setOrChangePin()
{
    if (m_card)
        PinDialog::run(m_context, *m_card, m_card->hasPin ? PinDialog::Mode::Change : PinDialog::Mode::Set, this);
}

void CardActionBar::resetPin()
{
    if (m_card)
        PinDialog::run(m_context, *m_card, PinDialog::Mode::Reset, this);
}

void CardActionBar::unlockPin()
{
    if (!m_card)
        return;
    //: %1 is a card number
    if (!confirm(
            tr("Unlock PIN"),
            tr("Unlock the PIN of card %1? The member can try the PIN again.").arg(Labels::cardNumber(m_card->number))))
        return;
    const Core::Status done = m_context.cards().unlockPin(m_context.actor(), m_card->id);
    if (!done)
        showError(this, done.error());
}

} // namespace Club::Ui
