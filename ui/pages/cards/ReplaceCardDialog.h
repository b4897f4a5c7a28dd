// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// Replaces a lost, stolen or damaged card: the reason and a note, a confirmation, then the
// new number on the same account (the balance follows the account, not the card).
class ReplaceCardDialog : public QDialog
{
    Q_OBJECT

public:
    ReplaceCardDialog(UiContext &context, const Core::Card &card, QWidget *parent = nullptr);

    // The new card, or nothing when cancelled.
    static std::optional<Core::Card> replaceCard(UiContext &context, const Core::Card &card, QWidget *parent);

    void setReason(Core::BlockReason reason);
    void setNote(const QString &note);
    const std::optional<Core::Card> &newCard() const { return m_newCard; }
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    // What the Replace button does: asks for confirmation, replaces, shows the new number.
    bool replace();

private:
    UiContext &m_context;
    Core::Card m_card;
    std::optional<Core::Card> m_newCard;
    FieldErrors *m_errors;
    QStackedWidget *m_pages;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_result;
    QPushButton *m_replaceButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace Club::Ui
