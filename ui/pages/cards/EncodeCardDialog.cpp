// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncodeCardDialog.h"

#include "UiContext.h"
#include "auth/AuthService.h"
#include "members/MemberService.h"
#include "models/Labels.h"
#include "templates/CardTemplateService.h"
#include "widgets/ErrorDisplay.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Club::Ui {

EncodeCardDialog::EncodeCardDialog(UiContext &context, const Core::Card &pending, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_flow(new CardEncodingFlow(context, pending, this))
    , m_member(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Encode the Card"));
    //: %1 is the card number, %2 the member's name
    m_member->setText(tr("Card %1 for %2").arg(Labels::cardNumber(pending.number), pending.memberName));
    m_member->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("encodeStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    QFont bigger = m_status->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_status->setFont(bigger);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: write the card again after a failure
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    //: Button: erase a card of ours so it can be written as a blank
    m_erase = buttons->addButton(tr("&Erase the Card"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    //: Button: give up encoding; the card number is cancelled
    m_abandon = buttons->addButton(tr("&Abandon"), QDialogButtonBox::DestructiveRole);
    m_abandon->setObjectName(QStringLiteral("abandon"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    //: Button: print this card with its card type's design, on a printer or to a PDF
    m_print = new QPushButton(tr("Print the Card…"), this);
    m_print->setObjectName(QStringLiteral("printCard"));
    for (QPushButton *b : {m_retry, m_erase, m_abandon, m_cancel, m_close, m_print})
        b->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &EncodeCardDialog::retry);
    connect(m_erase, &QPushButton::clicked, this, &EncodeCardDialog::eraseCard);
    connect(m_abandon, &QPushButton::clicked, this, &EncodeCardDialog::abandon);
    connect(m_cancel, &QPushButton::clicked, this, &EncodeCardDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &EncodeCardDialog::accept);
    connect(m_print, &QPushButton::clicked, this, &EncodeCardDialog::printCard);

    // Apart from the encode buttons: printing does not change the card, whatever its state.
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_print);
    printRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_member);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addLayout(printRow);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_flow, &CardEncodingFlow::stateChanged, this, &EncodeCardDialog::refresh);
    refresh();
}

std::optional<Core::Card> EncodeCardDialog::encode(UiContext &context, const Core::Card &pending, QWidget *parent)
{
    EncodeCardDialog dialog(context, pending, parent);
    dialog.exec();
    if (dialog.flow().state() == CardEncodingFlow::State::Done)
        return dialog.flow().card();
    return std::nullopt;
}

QString EncodeCardDialog::text() const
{
    return m_status->text();
}

std::optional<CardToPrint> EncodeCardDialog::printable(UiContext &context, const Core::Card &card, Core::Error *error)
{
    Core::Result<Core::Member> member = context.members().member(context.actor(), card.memberId);
    if (!member) {
        *error = member.error();
        return std::nullopt;
    }
    Core::Result<std::optional<Core::CardTemplate>> design = context.templates().templateFor(context.actor(), card.cardTypeId);
    if (!design) {
        *error = design.error();
        return std::nullopt;
    }
    const Core::Result<QString> store = context.auth().setting(QStringLiteral("store.name"));
    // No stripe escape: the stripe is written by the desk's encoder, not by the card printer.
    return CardToPrint{design->has_value() ? (*design)->json : QByteArray(),
                       cardFields(card, *member, store ? *store : QString()), {}};
}

bool EncodeCardDialog::printCard()
{
    Core::Error error;
    const std::optional<CardToPrint> card = printable(m_context, m_flow->card(), &error);
    if (!card) {
        showError(this, error);
        return false;
    }
    const QString path = m_nextPdfPath;
    m_nextPdfPath.clear();
    if (!path.isEmpty())
        return printCardsToPdf(this, {*card}, path);
    return printCards(this, {*card}, false);
}

void EncodeCardDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        // After the dialog is up, so an unlock prompt has it as parent.
        QTimer::singleShot(0, m_flow, &CardEncodingFlow::start);
    }
}

void EncodeCardDialog::refresh()
{
    using State = CardEncodingFlow::State;
    const State state = m_flow->state();
    const bool working = state == State::Writing || state == State::Verifying || state == State::Erasing;
    const bool finished = state == State::Done || state == State::Abandoned;
    m_status->setText(state == State::Idle ? tr("Preparing…") : m_flow->message());
    m_busy->setVisible(!finished && state != State::Failed);
    m_retry->setVisible(state == State::Failed);
    m_erase->setVisible(state == State::Failed && m_flow->canErase());
    m_abandon->setVisible(state == State::Failed);
    // A card being written is not interrupted from here: the job ends within its timeout.
    m_cancel->setVisible(!finished && state != State::Failed);
    m_cancel->setEnabled(!working);
    m_close->setVisible(finished);
    if (state == State::Failed)
        m_retry->setDefault(true);
    if (finished) {
        m_close->setDefault(true);
        m_close->setFocus();
    }
}

void EncodeCardDialog::retry()
{
    m_flow->retry();
}

void EncodeCardDialog::eraseCard()
{
    m_flow->erase();
}

void EncodeCardDialog::abandon()
{
    m_flow->abandon();
}

void EncodeCardDialog::reject()
{
    using State = CardEncodingFlow::State;
    const State state = m_flow->state();
    if (state == State::Writing || state == State::Verifying || state == State::Erasing)
        return;
    // Leaving without an active card: the pending number must not stay dangling.
    if (state != State::Done && state != State::Abandoned && !m_flow->abandon())
        return;
    QDialog::reject();
}

} // namespace Club::Ui
