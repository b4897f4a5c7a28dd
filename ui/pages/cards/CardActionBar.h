// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace Club::Ui {

class UiContext;

// What can be done to one card: replace, block, unblock, set or change the PIN, reset it,
// unlock it. A button appears only when the operator's role allows its action and is
// enabled only when the card's state does. Used by the member view and the Cards page.
class CardActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit CardActionBar(UiContext &context, QWidget *parent = nullptr);

    void setCard(const std::optional<Core::Card> &card);
    const std::optional<Core::Card> &card() const { return m_card; }

public Q_SLOTS:
    void replaceCard();
    void blockCard();
    void unblockCard();
    void setOrChangePin();
    void resetPin();
    void unlockPin();

Q_SIGNALS:
    // After a replacement: the new card, so the view can select it.
    void replaced(const Core::Card &newCard);

private:
    void updateButtons();
    bool confirm(const QString &title, const QString &text);

    UiContext &m_context;
    std::optional<Core::Card> m_card;
    QPushButton *m_replace;
    QPushButton *m_block;
    QPushButton *m_unblock;
    QPushButton *m_pin;
    QPushButton *m_resetPin;
    QPushButton *m_unlockPin;
};

} // namespace Club::Ui
