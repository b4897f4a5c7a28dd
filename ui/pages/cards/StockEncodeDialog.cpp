// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockEncodeDialog.h"

#include "CardEncodingFlow.h"
#include "Format.h"
#include "UiContext.h"
#include "cards/CardStockService.h"
#include "devices/DeviceHub.h"
#include "models/Labels.h"
#include "widgets/ErrorDisplay.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#ifdef CLUB_WITH_PCSC
#include "pcsc/PcscStation.h"
#endif

namespace Club::Ui {

StockEncodeDialog::StockEncodeDialog(UiContext &context, const Core::StockBatch &batch, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, 2, this))
    , m_prompt(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    //: Dialog title: write the chips or stripes of a batch of pre-printed cards
    setWindowTitle(tr("Encode Card Batch"));
    const Core::Result<QList<Core::StockCard>> cards = context.cardStock().cardsOfBatch(context.actor(), batch.id);
    if (cards) {
        for (const Core::StockCard &c : *cards) {
            // A stripe leaves no chip UID: encodedAt tells an encoded card, whatever was written.
            if (c.status == Core::StockCardStatus::InStock && !c.encodedAt.isValid())
                m_cards.append(c);
        }
    } else {
        showError(this, cards.error());
    }
    m_table->setObjectName(QStringLiteral("encodeTable"));
    m_table->setHorizontalHeaderLabels({tr("Card"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(m_cards.size()));
    for (int i = 0; i < m_cards.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(Labels::cardNumber(m_cards.at(i).number)));
        m_table->setItem(i, 1, new QTableWidgetItem);
        //: State of a card in a batch being encoded: not started yet
        setRowText(i, tr("Waiting"));
    }
    m_prompt->setObjectName(QStringLiteral("encodePrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setText(m_cards.isEmpty() ? tr("Every card of this batch in stock is already encoded.")
                                        : tr("%Ln card(s) to encode. Press Start.", nullptr, int(m_cards.size())));
    m_progress->setRange(0, qMax(1, int(m_cards.size())));
    m_progress->setValue(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: Button: begin encoding the cards of the batch
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("start"));
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    //: Button: leave this card unwritten (it stays in stock) and go on with the next
    m_skip = buttons->addButton(tr("S&kip Card"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skip"));
    //: Button: wipe a half-written card of ours so that it can be written again
    m_erase = buttons->addButton(tr("&Erase the Card"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->erase();
    });
    connect(m_start, &QPushButton::clicked, this, &StockEncodeDialog::start);
    connect(m_retry, &QPushButton::clicked, this, &StockEncodeDialog::retry);
    connect(m_skip, &QPushButton::clicked, this, &StockEncodeDialog::skip);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(520, 420);
    refreshButtons();
}

QString StockEncodeDialog::prompt() const
{
    return m_prompt->text();
}

QString StockEncodeDialog::rowText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

void StockEncodeDialog::setRowText(int row, const QString &text)
{
    m_table->item(row, 1)->setText(text);
    m_table->item(row, 1)->setToolTip(text);
}

void StockEncodeDialog::refreshButtons()
{
    const bool failed = m_flow && m_flow->state() == CardEncodingFlow::State::Failed;
    m_start->setVisible(m_current < 0 && m_done == 0 && !m_cards.isEmpty());
    m_retry->setVisible(failed);
    m_skip->setVisible(failed);
    m_erase->setVisible(failed && m_flow->canErase());
}

void StockEncodeDialog::start()
{
    if (m_current >= 0 || m_cards.isEmpty())
        return;
    next();
}

void StockEncodeDialog::next()
{
    if (m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    ++m_current;
    if (m_current >= m_cards.size()) {
        m_prompt->setText(tr("%Ln card(s) encoded.", nullptr, m_done));
        refreshButtons();
        return;
    }
    const Core::StockCard stock = m_cards.at(m_current);
    Core::Card card;
    card.number = stock.number;
    card.cardTypeId = stock.cardTypeId;
    card.cardTypeName = stock.cardTypeName;
    card.kind = stock.kind;
    card.expiresOn = stock.expiresOn;
    card.issuedAt = stock.createdAt;
    m_flow = new CardEncodingFlow(m_context, card, this);
    m_flow->setStockHandlers(
        [this, card, id = stock.id](const QString &chipUid) -> Core::Result<Core::Card> {
            if (Core::Status s = m_context.cardStock().recordEncoding(m_context.actor(), id, chipUid); !s)
                return s.error();
            Core::Card written = card;
            written.chipUid = chipUid;
            return written;
        },
        [] { return Core::Status(); });
    connect(m_flow, &CardEncodingFlow::stateChanged, this, &StockEncodeDialog::flowChanged);
    //: State of a card in a batch: being written now
    setRowText(m_current, tr("Encoding"));
    m_flow->start();
    refreshButtons();
}

void StockEncodeDialog::flowChanged()
{
    using State = CardEncodingFlow::State;
    switch (m_flow->state()) {
    case State::WaitingForCard:
        //: %1 is the position in the batch, %2 the number of cards, %3 the card number, %4 what to do now
        m_prompt->setText(tr("Card %1 of %2 (%3): %4")
                              .arg(Format::number(m_current + 1), Format::number(qsizetype(m_cards.size())),
                                   Labels::cardNumber(m_cards.at(m_current).number), m_flow->message()));
        break;
    case State::Writing:
    case State::Verifying:
    case State::Erasing:
    case State::Failed:
        m_prompt->setText(m_flow->message());
        if (m_flow->state() == State::Failed)
            setRowText(m_current, m_flow->message());
        break;
    case State::Done:
        ++m_done;
        m_progress->setValue(m_done);
        //: State of a card in a batch: written and checked
        setRowText(m_current, tr("Encoded"));
        waitForRemoval();
        break;
    case State::Abandoned:
        //: State of a card in a batch: left unwritten, still in stock
        setRowText(m_current, tr("Skipped"));
        next();
        break;
    case State::Idle:
        break;
    }
    refreshButtons();
}

void StockEncodeDialog::waitForRemoval()
{
#ifdef CLUB_WITH_PCSC
    // A stripe is written by swiping: nothing stays on a reader.
    if (CardEncodingFlow::writesStripe(m_context) || !m_context.devices()) {
        next();
        return;
    }
    //: %1 is the position of the finished card in the batch
    m_prompt->setText(tr("Card %1 is done. Take it off the reader.").arg(Format::number(m_current + 1)));
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_context.devices()->station(), &Devices::PcscStation::cardRemoved, this,
                          [this, connection](const QString &) {
                              disconnect(*connection);
                              delete connection;
                              next();
                          });
#else
    next();
#endif
}

void StockEncodeDialog::retry()
{
    if (m_flow)
        m_flow->retry();
}

void StockEncodeDialog::skip()
{
    if (m_flow)
        m_flow->abandon();
}

} // namespace Club::Ui
