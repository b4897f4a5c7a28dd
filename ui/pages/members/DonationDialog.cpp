// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonationDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "devices/ReceiptOutput.h"
#include "donations/DonationService.h"
#include "ledger/LedgerService.h"
#include "pages/cards/PinDialog.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Club::Ui {

using namespace Club::Core;

DonationDialog::DonationDialog(UiContext &context, const Member &member, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_member(member)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_errors(new FieldErrors(this))
    , m_charity(new QComboBox(this))
    , m_points(new QSpinBox(this))
    , m_value(new QLabel(this))
{
    setObjectName(QStringLiteral("donationDialog"));
    //: Dialog title; %1 is the member's name
    setWindowTitle(tr("Donate Points of %1").arg(member.fullName()));
    const Actor &actor = context.actor();
    m_charity->setObjectName(QStringLiteral("charity"));
    if (const Result<QList<Charity>> charities = context.donations().charities(actor)) {
        for (const Charity &c : *charities)
            m_charity->addItem(c.name, QVariant::fromValue<qint64>(c.id));
    }
    Points available = 0;
    if (const Result<AccountBalance> balance = context.ledger().balance(actor, member.accountId))
        available = balance->pointsAvailable;
    m_points->setObjectName(QStringLiteral("donationPoints"));
    m_points->setRange(0, int(std::clamp<Points>(available, 0, std::numeric_limits<int>::max())));
    m_value->setObjectName(QStringLiteral("donationValue"));
    const Money pointValue = context.sales().settings().pointValue;
    auto showValue = [this, pointValue](int points) {
        //: What the donated points are worth in money
        m_value->setText(tr("Worth %1").arg(Format::money(points * pointValue)));
    };
    connect(m_points, &QSpinBox::valueChanged, this, showValue);
    showValue(0);
    auto *availableLabel = new QLabel(Format::number(available), this);
    availableLabel->setObjectName(QStringLiteral("donationAvailable"));

    // As at the desk: the PIN of the member's card when its type needs one.
    if (const Result<QList<Card>> cards = context.cards().cardsOfMember(actor, member.id)) {
        for (const Card &c : *cards) {
            if (c.status != CardStatus::Active)
                continue;
            if (m_cardNumber.isEmpty())
                m_cardNumber = c.number;
            const Result<CardType> type = context.cards().cardType(actor, c.cardTypeId);
            if (type && type->pinRequired) {
                m_pinCardId = c.id;
                m_cardNumber = c.number;
                break;
            }
        }
    }

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Charity:"), m_charity, QStringLiteral("charityId"));
    form->addRow(tr("Available now:"), availableLabel);
    m_errors->addRow(form, tr("&Points:"), m_points, QStringLiteral("points"));
    form->addRow(QString(), m_value);
    if (m_pinCardId != kNoId) {
        m_pin = PinDialog::makePinEdit(this, QStringLiteral("donationPin"));
        m_errors->addRow(form, tr("Card P&IN:"), m_pin, QStringLiteral("pin"));
        m_errors->alias(QStringLiteral("cardId"), QStringLiteral("pin"));
    }
    m_errors->addGeneral();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_donate = buttons->addButton(tr("&Donate"), QDialogButtonBox::AcceptRole);
    m_donate->setObjectName(QStringLiteral("confirm"));
    m_donate->setDefault(true);
    m_donate->setEnabled(m_charity->count() > 0 && available > 0);
    connect(m_donate, &QPushButton::clicked, this, &DonationDialog::donate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_charity->count() == 0) {
        auto *none = new QLabel(tr("No charity is set up. A manager adds them on the Catalog page."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_points->setFocus();
}

bool DonationDialog::donate()
{
    m_errors->clear();
    if (m_points->value() <= 0) {
        m_errors->show(Error::make(Error::Code::Invalid, tr("Enter the points to donate."), {}, QStringLiteral("points")));
        return false;
    }
    const QString pin = m_pin ? m_pin->latinText() : QString();
    m_donate->setEnabled(false);
    const Result<Donation> d =
        m_context.donations().donate(m_context.actor(), m_member.id, m_charity->currentData().toLongLong(),
                                     m_points->value(), m_pinCardId, pin, m_key);
    m_donate->setEnabled(true);
    if (!d) {
        m_errors->report(d.error());
        return false;
    }
    m_donation = *d;
    accept();
    return true;
}

Devices::Receipt DonationDialog::receipt(const QString &storeName, const Donation &d, const QString &cardNumber)
{
    Devices::Receipt receipt = ReceiptOutput::newReceipt();
    receipt.addTitle(storeName.isEmpty() ? tr("Customer club") : storeName);
    //: Receipt heading
    receipt.addText(tr("Donation receipt"), Devices::Receipt::Align::Center, true);
    receipt.addSeparator();
    receipt.addRow(tr("Member"), d.memberName);
    if (cardNumber.size() > 4)
        //: A masked card number: only its last four digits are printed
        receipt.addRow(tr("Card"), Format::ltr(tr("…%1").arg(cardNumber.right(4))));
    receipt.addRow(tr("Date"), Format::dateTime(d.at));
    receipt.addSeparator();
    receipt.addRow(tr("Charity"), d.charityName, true);
    receipt.addRow(tr("Points donated"), Format::number(d.points), true);
    //: On the donation receipt: the money value of the donated points
    receipt.addRow(tr("Value"), Format::money(d.value));
    receipt.addRow(tr("Points left"), Format::number(d.pointsLeft));
    receipt.addFeed(1);
    receipt.addText(tr("Thank you for your kindness."), Devices::Receipt::Align::Center);
    return receipt;
}

} // namespace Club::Ui
