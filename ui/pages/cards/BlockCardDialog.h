// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// Blocks a card with a reason and a note, after a confirmation. The card can be
// unblocked later or replaced.
class BlockCardDialog : public QDialog
{
    Q_OBJECT

public:
    BlockCardDialog(UiContext &context, const Core::Card &card, QWidget *parent = nullptr);

    // True when the card was blocked.
    static bool blockCard(UiContext &context, const Core::Card &card, QWidget *parent);

    void setReason(Core::BlockReason reason);
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool block();

private:
    UiContext &m_context;
    Core::Card m_card;
    FieldErrors *m_errors;
    QComboBox *m_reason;
    QLineEdit *m_note;
};

} // namespace Club::Ui
