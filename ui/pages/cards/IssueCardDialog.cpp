// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueCardDialog.h"

#include "EncodeCardDialog.h"
#include "Format.h"
#include "PinDialog.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Club::Ui {

IssueCardDialog::IssueCardDialog(UiContext &context, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_memberId(memberId)
    , m_errors(new FieldErrors(this))
    , m_pages(new QStackedWidget(this))
    , m_type(new QComboBox(this))
    , m_typeInfo(new QLabel(this))
    , m_pin(PinDialog::makePinEdit(this, QStringLiteral("pin")))
    , m_again(PinDialog::makePinEdit(this, QStringLiteral("pinAgain")))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Issue Card"));

    auto *formPage = new QWidget(m_pages);
    auto *form = new QFormLayout(formPage);
    m_type->setObjectName(QStringLiteral("cardType"));
    m_errors->addRow(form, tr("Card &type:"), m_type, QStringLiteral("cardTypeId"));
    m_errors->alias(QStringLiteral("cardType"), QStringLiteral("cardTypeId"));
    m_typeInfo->setWordWrap(true);
    m_typeInfo->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->addRow(QString(), m_typeInfo);
    m_errors->addRow(form, tr("&PIN:"), m_pin, QStringLiteral("pin"));
    m_errors->addRow(form, tr("PIN &again:"), m_again, QStringLiteral("pinAgain"));
    m_pinLabel = qobject_cast<QLabel *>(form->labelForField(m_pin));
    m_againLabel = qobject_cast<QLabel *>(form->labelForField(m_again));
    m_pages->addWidget(formPage);

    m_result->setObjectName(QStringLiteral("issuedNumber"));
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_result->setFont(big);
    m_pages->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: issue the card now
    m_issueButton = buttons->addButton(tr("&Issue"), QDialogButtonBox::ActionRole);
    m_issueButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->hide();
    connect(m_issueButton, &QPushButton::clicked, this, &IssueCardDialog::issue);
    connect(m_cancelButton, &QPushButton::clicked, this, &IssueCardDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &IssueCardDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_type, &QComboBox::currentIndexChanged, this, &IssueCardDialog::cardTypeChosen);
    loadCardTypes();
    m_type->setFocus();
}

std::optional<Core::Card> IssueCardDialog::issueCard(UiContext &context, qint64 memberId, QWidget *parent)
{
    IssueCardDialog dialog(context, memberId, parent);
    dialog.exec();
    // Closed with Esc after the card was issued is still an issued card.
    return dialog.issuedCard();
}

void IssueCardDialog::loadCardTypes()
{
    Core::Result<QList<Core::CardType>> types = m_context.cards().cardTypes(m_context.actor(), false);
    if (!types) {
        m_typeInfo->setText(types.error().message);
        m_issueButton->setEnabled(false);
        return;
    }
    for (const Core::CardType &t : *types) {
        if (!t.active)
            continue;
        m_types.append(t);
        //: A card type in a list: its name and its kind, e.g. "Gold club (Loyalty)"
        m_type->addItem(tr("%1 (%2)").arg(t.name, Labels::cardKind(t.kind)), t.id);
    }
    // Most cards a club issues are its loyalty cards: offer that kind first.
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).kind == Core::CardKind::Loyalty) {
            m_type->setCurrentIndex(i);
            break;
        }
    }
    if (m_types.isEmpty()) {
        m_typeInfo->setText(tr("No card type is active. A manager adds one under Card Types."));
        m_issueButton->setEnabled(false);
    }
    cardTypeChosen();
}

std::optional<Core::CardType> IssueCardDialog::currentType() const
{
    const int i = m_type->currentIndex();
    if (i < 0 || i >= m_types.size())
        return std::nullopt;
    return m_types.at(i);
}

bool IssueCardDialog::selectCardType(qint64 cardTypeId)
{
    const int i = m_type->findData(cardTypeId);
    if (i < 0)
        return false;
    m_type->setCurrentIndex(i);
    return true;
}

void IssueCardDialog::cardTypeChosen()
{
    const std::optional<Core::CardType> type = currentType();
    const bool pin = type && type->pinRequired;
    for (QWidget *w : {static_cast<QWidget *>(m_pinLabel), static_cast<QWidget *>(m_pin),
                       static_cast<QWidget *>(m_againLabel), static_cast<QWidget *>(m_again)}) {
        if (w)
            w->setVisible(pin);
    }
    if (!pin) {
        m_pin->clear();
        m_again->clear();
        m_errors->clear(QStringLiteral("pin"));
        m_errors->clear(QStringLiteral("pinAgain"));
    }
    if (!type)
        return;
    QStringList facts;
    facts << (type->validityMonths == 0 ? tr("Never expires.")
                                        : tr("Valid for %Ln month(s).", nullptr, type->validityMonths));
    if (type->pinRequired)
        //: %1 and %2 are the fewest and most digits of a PIN
        facts << tr("Needs a PIN of %1 to %2 digits.")
                     .arg(Format::number(PinDialog::kMinPinDigits), Format::number(PinDialog::kMaxPinDigits));
    if (type->trackStock) {
        Core::Result<qint64> stock = m_context.cards().stock(m_context.actor(), m_context.actor().branchId, type->id);
        if (stock)
            facts << tr("Blank cards on hand: %1").arg(Format::number(*stock));
    }
    m_typeInfo->setText(facts.join(QLatin1Char(' ')));
    adjustSize();
}

bool IssueCardDialog::issue()
{
    if (m_issued)
        return true;
    m_errors->clear();
    const std::optional<Core::CardType> type = currentType();
    if (!type) {
        m_errors->show(
            Core::Error::make(Core::Error::Code::Invalid, tr("Choose a card type."), {}, QStringLiteral("cardTypeId")));
        return false;
    }
    QString pin;
    if (type->pinRequired) {
        pin = m_pin->latinText();
        if (pin != m_again->latinText()) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("The two PINs are not the same."), {},
                                             QStringLiteral("pinAgain")));
            return false;
        }
    }
    // With a reader on this desk every card is written on its chip before it counts
    // (CardEncodingFlow's rule); without one, cards are issued directly as before.
    const bool encode = CardEncodingFlow::encodingAvailable(m_context);
    Core::Result<Core::Card> card = encode ? m_context.cards().issuePending(m_context.actor(), m_memberId, type->id, pin)
                                           : m_context.cards().issue(m_context.actor(), m_memberId, type->id, pin);
    if (!card) {
        m_errors->report(card.error());
        return false;
    }
    if (encode) {
        std::optional<Core::Card> active = EncodeCardDialog::encode(m_context, *card, this);
        if (!active) {
            m_typeInfo->setText(tr("The card was not encoded, so its number was cancelled. Press Issue to try "
                                   "with a new number."));
            return false;
        }
        card = *active;
    }
    m_issued = *card;
    m_pin->clear();
    m_again->clear();
    //: Shown after issuing a card; %1 is the new card number
    m_result->setText(tr("Card issued.\nNumber: %1").arg(Labels::cardNumber(card->number)));
    m_pages->setCurrentWidget(m_result);
    m_issueButton->hide();
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    return true;
}

} // namespace Club::Ui
