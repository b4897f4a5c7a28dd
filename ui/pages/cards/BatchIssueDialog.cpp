// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchIssueDialog.h"

#include "EncodeCardDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "members/MemberService.h"
#include "models/Labels.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

BatchIssueDialog::BatchIssueDialog(UiContext &context, const QList<Recipient> &recipients, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_type(new QComboBox(this))
    , m_prompt(new QLabel(this))
    , m_table(new QTableWidget(int(recipients.size()), 2, this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Batch Issue Cards"));
    for (const Recipient &r : recipients)
        m_rows.append(Row{r, RowState::Waiting, nullptr, {}});

    auto *form = new QFormLayout;
    m_type->setObjectName(QStringLiteral("cardType"));
    form->addRow(tr("Card &type:"), m_type);
    Core::Result<QList<Core::CardType>> types = m_context.cards().cardTypes(m_context.actor(), false);
    if (types) {
        for (const Core::CardType &t : *types) {
            if (t.active)
                m_type->addItem(tr("%1 (%2)").arg(t.name, Labels::cardKind(t.kind)), t.id);
        }
    }

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Card")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < m_rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_rows.at(i).recipient.name));
        m_table->setItem(i, 1, new QTableWidgetItem);
        setRow(i, RowState::Waiting);
    }
    m_prompt->setObjectName(QStringLiteral("batchPrompt"));
    m_prompt->setWordWrap(true);
    m_progress->setRange(0, int(m_rows.size()));
    m_progress->setValue(0);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: begin issuing and encoding the cards of the batch
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    //: Button: encode again the cards of the batch that failed
    m_retry = buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    //: Button: print every issued card of the batch in one job, on a printer or to a PDF
    m_print = buttons->addButton(tr("Print All Cards…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printAll"));
    connect(m_print, &QPushButton::clicked, this, &BatchIssueDialog::printAll);
    m_start->setObjectName(QStringLiteral("start"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    connect(m_start, &QPushButton::clicked, this, &BatchIssueDialog::start);
    connect(m_retry, &QPushButton::clicked, this, &BatchIssueDialog::retryFailed);
    connect(m_cancel, &QPushButton::clicked, this, &BatchIssueDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &BatchIssueDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_prompt);
    layout->addWidget(m_table);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(560, 420);
    refreshButtons();
}

BatchIssueDialog::~BatchIssueDialog()
{
    voidUnfinished();
}

QList<BatchIssueDialog::Recipient> BatchIssueDialog::membersOfGroup(UiContext &context, qint64 groupId)
{
    QList<Recipient> out;
    Core::Result<QList<Core::MemberSummary>> all = context.members().search(context.actor(), {}, 100000, false);
    if (!all)
        return out;
    for (const Core::MemberSummary &summary : *all) {
        Core::Result<Core::Member> member = context.members().member(context.actor(), summary.id);
        if (member && member->groupIds.contains(groupId))
            out.append({summary.id, summary.fullName});
    }
    return out;
}

bool BatchIssueDialog::selectCardType(qint64 cardTypeId)
{
    const int i = m_type->findData(cardTypeId);
    if (i >= 0)
        m_type->setCurrentIndex(i);
    return i >= 0;
}

QString BatchIssueDialog::prompt() const
{
    return m_prompt->text();
}

QString BatchIssueDialog::rowStatus(int row) const
{
    return m_table->item(row, 1)->text();
}

int BatchIssueDialog::doneCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == RowState::Done; }));
}

int BatchIssueDialog::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == RowState::Failed; }));
}

void BatchIssueDialog::setRow(int row, RowState state, const QString &detail)
{
    m_rows[row].state = state;
    m_rows[row].detail = detail;
    QString text;
    switch (state) {
    case RowState::Waiting:
        //: Status of a card in a batch: not started yet
        text = tr("Waiting");
        break;
    case RowState::Encoding:
        //: Status of a card in a batch: being written now
        text = tr("Encoding");
        break;
    case RowState::Done:
        //: Status of a card in a batch; %1 is the new card number
        text = tr("Done: %1").arg(detail);
        break;
    case RowState::Failed:
        //: Status of a card in a batch; %1 says why
        text = tr("Failed: %1").arg(detail);
        break;
    }
    m_table->item(row, 1)->setText(text);
    m_table->item(row, 1)->setToolTip(text);
    m_progress->setValue(doneCount());
}

void BatchIssueDialog::refreshButtons()
{
    const bool running = isRunning();
    m_type->setEnabled(!running && doneCount() == 0 && failedCount() == 0);
    m_start->setVisible(!running && doneCount() == 0 && failedCount() == 0);
    m_retry->setVisible(!running && failedCount() > 0);
    m_cancel->setVisible(running);
    m_close->setVisible(!running);
    m_print->setVisible(!running && doneCount() > 0);
}

bool BatchIssueDialog::printAll()
{
    // Only the cards that are active: a failed one is still Pending and may yet be voided.
    QList<CardToPrint> cards;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.state != RowState::Done || !r.flow)
            continue;
        Core::Error error;
        const std::optional<CardToPrint> card = EncodeCardDialog::printable(m_context, r.flow->card(), &error);
        if (!card) {
            showError(this, error);
            return false;
        }
        cards.append(*card);
    }
    const QString path = m_nextPdfPath;
    m_nextPdfPath.clear();
    if (!path.isEmpty())
        return printCardsToPdf(this, cards, path);
    return printCards(this, cards, false);
}

void BatchIssueDialog::start()
{
    if (isRunning() || m_type->currentIndex() < 0)
        return;
    m_stopping = false;
    next();
}

void BatchIssueDialog::retryFailed()
{
    if (isRunning())
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == RowState::Failed)
            setRow(i, RowState::Waiting);
    }
    start();
}

void BatchIssueDialog::next()
{
    m_current = -1;
    int row = -1;
    for (int i = 0; i < m_rows.size() && row < 0; ++i) {
        if (m_rows.at(i).state == RowState::Waiting)
            row = i;
    }
    if (row < 0 || m_stopping) {
        if (m_stopping)
            voidUnfinished();
        m_prompt->setText(failedCount() > 0 ? tr("Some cards failed. Press Retry Failed to encode them again.")
                                            : tr("All cards are issued."));
        refreshButtons();
        return;
    }
    m_current = row;
    Row &r = m_rows[row];
    if (!r.flow) {
        Core::Result<Core::Card> pending = m_context.cards().issuePending(
            m_context.actor(), r.recipient.memberId, m_type->currentData().toLongLong());
        if (!pending) {
            setRow(row, RowState::Failed, pending.error().message);
            next();
            return;
        }
        r.flow = new CardEncodingFlow(m_context, *pending, this);
        connect(r.flow, &CardEncodingFlow::stateChanged, this, [this, row] { flowChanged(row); });
    }
    setRow(row, RowState::Encoding);
    refreshButtons();
    if (r.flow->state() == CardEncodingFlow::State::Failed)
        r.flow->retry();
    else
        r.flow->start();
}

void BatchIssueDialog::flowChanged(int row)
{
    CardEncodingFlow *flow = m_rows.at(row).flow;
    using State = CardEncodingFlow::State;
    switch (flow->state()) {
    case State::WaitingForCard:
        //: %1 is the position in the batch, %2 the number of cards, %3 the member's name
        m_prompt->setText(tr("Card %1 of %2: place a blank card for %3.")
                              .arg(Format::number(row + 1), Format::number(qsizetype(m_rows.size())),
                                   m_rows.at(row).recipient.name));
        break;
    case State::Writing:
    case State::Verifying:
    case State::Erasing:
        m_prompt->setText(flow->message());
        break;
    case State::Done:
        setRow(row, RowState::Done, Labels::cardNumber(flow->card().number));
        waitForRemoval(row);
        break;
    case State::Failed:
        // The card stays Pending: Retry Failed writes the same number again.
        setRow(row, RowState::Failed, flow->message());
        next();
        break;
    case State::Abandoned:
    case State::Idle:
        break;
    }
}

void BatchIssueDialog::waitForRemoval(int row)
{
#ifdef CLUB_WITH_PCSC
    // A stripe is written by swiping: nothing stays on a reader.
    if (CardEncodingFlow::writesStripe(m_context)) {
        next();
        return;
    }
    // The finished card is still on the reader; the next one must not be written over it.
    //: %1 is the position of the finished card in the batch
    m_prompt->setText(tr("Card %1 is done. Take it off the reader.").arg(Format::number(row + 1)));
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_context.devices()->station(), &Devices::PcscStation::cardRemoved, this,
                          [this, connection](const QString &) {
                              disconnect(*connection);
                              delete connection;
                              next();
                          });
#else
    Q_UNUSED(row)
    next();
#endif
}

void BatchIssueDialog::voidUnfinished()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.flow && r.state != RowState::Done && r.flow->state() != CardEncodingFlow::State::Abandoned) {
            r.flow->abandon();
            if (m_table->item(i, 1))
                setRow(i, RowState::Failed, r.flow->message());
        }
    }
}

void BatchIssueDialog::reject()
{
    if (isRunning()) {
        // Stops after the current card; the rest is voided in next().
        m_stopping = true;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).state == RowState::Waiting)
                setRow(i, RowState::Failed, tr("Cancelled"));
        }
        CardEncodingFlow *flow = m_rows.at(m_current).flow;
        const auto state = flow ? flow->state() : CardEncodingFlow::State::Idle;
        if (state != CardEncodingFlow::State::WaitingForCard)
            return;
        m_current = -1;
    }
    voidUnfinished();
    QDialog::reject();
}

} // namespace Club::Ui
