// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinDialog.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

PinDialog::PinDialog(UiContext &context, const Core::Card &card, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_card(card)
    , m_mode(mode)
    , m_errors(new FieldErrors(this))
    , m_pin(makePinEdit(this, QStringLiteral("pin")))
    , m_again(makePinEdit(this, QStringLiteral("pinAgain")))
{
    switch (mode) {
    case Mode::Set:
        setWindowTitle(tr("Set PIN"));
        break;
    case Mode::Change:
        setWindowTitle(tr("Change PIN"));
        break;
    case Mode::Reset:
        //: Window title: a manager replaces a forgotten PIN
        setWindowTitle(tr("Reset PIN"));
        break;
    }

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    //: %1 is a card number
    QString text = tr("Card %1").arg(Labels::cardNumber(card.number));
    if (mode == Mode::Reset)
        text += QLatin1Char('\n') + tr("The old PIN stops working.");
    intro->setText(text);

    auto *form = new QFormLayout;
    if (mode == Mode::Change) {
        m_current = makePinEdit(this, QStringLiteral("currentPin"));
        m_errors->addRow(form, tr("C&urrent PIN:"), m_current, QStringLiteral("currentPin"));
    }
    m_errors->addRow(form, tr("&New PIN:"), m_pin, QStringLiteral("pin"));
    m_errors->alias(QStringLiteral("newPin"), QStringLiteral("pin"));
    m_errors->addRow(form, tr("PIN &again:"), m_again, QStringLiteral("pinAgain"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(340);
    if (m_current) {
        setTabOrder(m_current, m_pin);
        setTabOrder(m_pin, m_again);
    }
    (m_current ? m_current : m_pin)->setFocus();
}

bool PinDialog::run(UiContext &context, const Core::Card &card, Mode mode, QWidget *parent)
{
    PinDialog dialog(context, card, mode, parent);
    return dialog.exec() == QDialog::Accepted;
}

DigitLineEdit *PinDialog::makePinEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new DigitLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxDigits(kMaxPinDigits);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

std::optional<QString> PinDialog::askCustomerPin(QWidget *parent, const QString &note)
{
    // The sales desk's words (and their translations): it asked first, the gift dialog too now.
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("salePinDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("Club::Ui::SalesDeskPage", "Card PIN"));
    DigitLineEdit *pin = makePinEdit(&dialog, QStringLiteral("salePin"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    if (!note.isEmpty()) {
        auto *why = new QLabel(note, &dialog);
        why->setObjectName(QStringLiteral("salePinNote"));
        why->setWordWrap(true);
        layout->addRow(why);
    }
    layout->addRow(new QLabel(
        QCoreApplication::translate("Club::Ui::SalesDeskPage", "The customer types the card's PIN to spend points."),
        &dialog));
    layout->addRow(QCoreApplication::translate("Club::Ui::SalesDeskPage", "&PIN:"), pin);
    layout->addRow(buttons);
    pin->setFocus();
    if (dialog.exec() != QDialog::Accepted || pin->latinText().isEmpty())
        return std::nullopt;
    return pin->latinText();
}

bool PinDialog::save()
{
    m_errors->clear();
    const QString pin = m_pin->latinText();
    if (pin != m_again->latinText()) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("The two PINs are not the same."), {},
                                         QStringLiteral("pinAgain")));
        return false;
    }
    Core::CardService &cards = m_context.cards();
    const Core::Status saved = m_mode == Mode::Change
                                   ? cards.changePin(m_context.actor(), m_card.id, m_current->latinText(), pin)
                                   : cards.setPin(m_context.actor(), m_card.id, pin);
    if (!saved) {
        m_errors->report(saved.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
