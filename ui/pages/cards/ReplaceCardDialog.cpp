// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceCardDialog.h"

#include "EncodeCardDialog.h"
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
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Club::Ui {

ReplaceCardDialog::ReplaceCardDialog(UiContext &context, const Core::Card &card, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_card(card)
    , m_errors(new FieldErrors(this))
    , m_pages(new QStackedWidget(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Replace Card"));

    auto *formPage = new QWidget(m_pages);
    auto *form = new QFormLayout(formPage);
    auto *number = new QLabel(Labels::directed(Labels::cardNumber(card.number)), formPage);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Card:"), number);
    form->addRow(tr("Member:"), new QLabel(Labels::directed(card.memberName), formPage));
    m_reason->setObjectName(QStringLiteral("reason"));
    for (Core::BlockReason r : Labels::blockReasons())
        m_reason->addItem(Labels::blockReason(r), Core::blockReasonKey(r));
    m_errors->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_note->setObjectName(QStringLiteral("note"));
    //: Placeholder of the note when a card is replaced or blocked
    m_note->setPlaceholderText(tr("What happened, in a few words"));
    m_errors->addRow(form, tr("N&ote:"), m_note, QStringLiteral("note"));
    auto *explain = new QLabel(tr("The old card stops working at once. The new card keeps the same points and "
                                  "balance."),
                               formPage);
    explain->setWordWrap(true);
    explain->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->addRow(explain);
    m_pages->addWidget(formPage);

    m_result->setObjectName(QStringLiteral("newNumber"));
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_result->setFont(big);
    m_pages->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: replace the card now
    m_replaceButton = buttons->addButton(tr("&Replace"), QDialogButtonBox::ActionRole);
    m_replaceButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->hide();
    connect(m_replaceButton, &QPushButton::clicked, this, &ReplaceCardDialog::replace);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReplaceCardDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &ReplaceCardDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_reason->setFocus();
}

std::optional<Core::Card> ReplaceCardDialog::replaceCard(UiContext &context, const Core::Card &card, QWidget *parent)
{
    ReplaceCardDialog dialog(context, card, parent);
    dialog.exec();
    return dialog.newCard();
}

void ReplaceCardDialog::setReason(Core::BlockReason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(Core::blockReasonKey(reason)));
}

void ReplaceCardDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

bool ReplaceCardDialog::replace()
{
    if (m_newCard)
        return true;
    m_errors->clear();
    const std::optional<Core::BlockReason> reason = Core::blockReasonFromKey(m_reason->currentData().toString());
    if (!reason)
        return false;
    //: %1 is the card number, %2 the member's name
    const QString question = tr("Replace card %1 of %2?\nThe old card stops working and a new number is issued.")
                                 .arg(Labels::cardNumber(m_card.number), m_card.memberName);
    if (MessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    // With a reader on this desk the new card is written first; the old card keeps working
    // until activation retires it (CardService::activate), and stays active if encoding fails.
    const bool encode = CardEncodingFlow::encodingAvailable(m_context);
    Core::Result<Core::Card> card =
        encode ? m_context.cards().replacePending(m_context.actor(), m_card.id, *reason, m_note->text().trimmed())
               : m_context.cards().replace(m_context.actor(), m_card.id, *reason, m_note->text().trimmed());
    if (!card) {
        m_errors->report(card.error());
        return false;
    }
    if (encode) {
        std::optional<Core::Card> active = EncodeCardDialog::encode(m_context, *card, this);
        if (!active) {
            m_errors->show(Core::Error::make(
                Core::Error::Code::Invalid,
                tr("The new card was not encoded, so the old card still works. Press Replace to try again."), {}, {}));
            return false;
        }
        card = *active;
    }
    m_newCard = *card;
    //: Shown after replacing a card; %1 is the new card number
    m_result->setText(tr("Card replaced.\nNew number: %1").arg(Labels::cardNumber(card->number)));
    m_pages->setCurrentWidget(m_result);
    m_replaceButton->hide();
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    return true;
}

} // namespace Club::Ui
