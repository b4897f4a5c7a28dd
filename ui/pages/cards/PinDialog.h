// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Sets a card's PIN (typed twice), or changes it with the current one. PINs are 4 to 6
// digits of any script, never shown and never kept longer than the call.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Set,    // the card has no PIN yet
        Change, // the member types the current PIN first
        Reset,  // a manager replaces a forgotten PIN
    };

    PinDialog(UiContext &context, const Core::Card &card, Mode mode, QWidget *parent = nullptr);

    // True when the PIN was saved.
    static bool run(UiContext &context, const Core::Card &card, Mode mode, QWidget *parent);

    // A password-style field for a PIN: digits of any script, at most six.
    static DigitLineEdit *makePinEdit(QWidget *parent, const QString &objectName);
    // The customer types their card's PIN to spend (the sales desk's entry, shared by the
    // gift dialog): nullopt when cancelled or left empty. `note`, when given, is shown above
    // (why it is asked again).
    static std::optional<QString> askCustomerPin(QWidget *parent, const QString &note = {});
    static constexpr int kMinPinDigits = 4;
    static constexpr int kMaxPinDigits = 6;

    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Core::Card m_card;
    Mode m_mode;
    FieldErrors *m_errors;
    DigitLineEdit *m_current = nullptr;
    DigitLineEdit *m_pin;
    DigitLineEdit *m_again;
};

} // namespace Club::Ui
