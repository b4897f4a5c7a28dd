// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "donations/Donation.h"
#include "members/Member.h"
#include "receipt/Receipt.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Gives some of a member's points to a charity. The member's card PIN is asked when the
// card's type needs one (as for any points spend). One idempotency key per dialog, made
// when it opens, so a double press posts once.
class DonationDialog : public QDialog
{
    Q_OBJECT

public:
    DonationDialog(UiContext &context, const Core::Member &member, QWidget *parent = nullptr);

    const std::optional<Core::Donation> &donation() const { return m_donation; }
    // The card the PIN is asked for (kNoId when none needs one) and its number.
    Core::Id pinCardId() const { return m_pinCardId; }
    QString cardNumber() const { return m_cardNumber; }

    // What the member takes home: the charity, the points and their value, what is left.
    static Devices::Receipt receipt(const QString &storeName, const Core::Donation &donation,
                                    const QString &cardNumber);

public Q_SLOTS:
    bool donate();

private:
    UiContext &m_context;
    Core::Member m_member;
    QString m_key;
    Core::Id m_pinCardId = Core::kNoId;
    QString m_cardNumber;
    FieldErrors *m_errors;
    QComboBox *m_charity;
    QSpinBox *m_points;
    QLabel *m_value;
    DigitLineEdit *m_pin = nullptr;
    QPushButton *m_donate;
    std::optional<Core::Donation> m_donation;
};

} // namespace Club::Ui
