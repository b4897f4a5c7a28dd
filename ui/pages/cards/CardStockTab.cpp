// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardStockTab.h"

#include "CardEncodingFlow.h"
#include "Format.h"
#include "StockBatchDialogs.h"
#include "StockEncodeDialog.h"
#include "UiContext.h"
#include "auth/AuthService.h"
#include "cards/CardStockService.h"
#include "members/Member.h"
#include "models/Labels.h"
#include "pages/designer/CardPrinting.h"
#include "templates/CardTemplateService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
enum BatchColumn {
    BatchNo,
    BatchType,
    BatchBranch,
    BatchNumbers,
    BatchCards,
    BatchValue,
    BatchInStock,
    BatchDistributed,
    BatchBound,
    BatchBlocked,
    BatchMade,
    BatchColumnCount
};

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// QTableView::selectRow picks the column under the view's leading edge, so it selects
// nothing before the table is laid out (or right to left past the last column).
void selectRowOf(QTableWidget *table, int row)
{
    table->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(int(number ? Qt::AlignTrailing : Qt::AlignLeading) | Qt::AlignVCenter);
    return i;
}

QString statusLabel(Core::StockCardStatus status)
{
    switch (status) {
    case Core::StockCardStatus::InStock:
        //: A pre-printed card that is still in stock
        return CardStockTab::tr("In stock");
    case Core::StockCardStatus::Distributed:
        //: A pre-printed card handed out to a branch, event or organisation
        return CardStockTab::tr("Distributed");
    case Core::StockCardStatus::Bound:
        //: A pre-printed card activated and bound to a member
        return CardStockTab::tr("Activated");
    case Core::StockCardStatus::Blocked:
        return CardStockTab::tr("Blocked");
    }
    return {};
}
} // namespace

CardStockTab::CardStockTab(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_batchTable = makeTable(BatchColumnCount,
                             {//: Column: the batch's number
                              tr("Batch"), tr("Card type"), tr("Branch"),
                              //: Column: the first and last card number of a batch
                              tr("Numbers"), tr("Cards"),
                              //: Column: money each gift card of the batch carries
                              tr("Gift value"), tr("In stock"), tr("Distributed"), tr("Activated"), tr("Blocked"),
                              //: Column: when the batch was made
                              tr("Made")},
                             this);
    m_batchTable->setObjectName(QStringLiteral("stockBatches"));
    connect(m_batchTable, &QTableWidget::itemSelectionChanged, this, &CardStockTab::refreshButtons);

    //: Button: make a batch of pre-printed cards
    m_new = new QPushButton(tr("&New Batch…"), this);
    m_new->setObjectName(QStringLiteral("newBatch"));
    //: Button: hand out cards of the batch to a branch, event or organisation
    m_distribute = new QPushButton(tr("&Distribute…"), this);
    m_distribute->setObjectName(QStringLiteral("distribute"));
    //: Button: block a lost batch or a range of it
    m_block = new QPushButton(tr("&Block…"), this);
    m_block->setObjectName(QStringLiteral("blockRange"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printBatch"));
    m_encode = new QPushButton(tr("&Encode…"), this);
    m_encode->setObjectName(QStringLiteral("encodeBatch"));
    connect(m_new, &QPushButton::clicked, this, &CardStockTab::newBatch);
    connect(m_distribute, &QPushButton::clicked, this, &CardStockTab::distribute);
    connect(m_block, &QPushButton::clicked, this, &CardStockTab::blockRange);
    connect(m_print, &QPushButton::clicked, this, &CardStockTab::printBatch);
    connect(m_encode, &QPushButton::clicked, this, &CardStockTab::encodeBatch);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_new, m_distribute, m_block, m_print, m_encode})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batchTable, 1);
    batchRow->addLayout(buttons);

    auto *countBox = new QGroupBox(tr("Cards by Branch and State"), this);
    m_countTable = makeTable(4, {tr("Branch"), tr("Card type"), tr("State"), tr("Cards")}, countBox);
    m_countTable->setObjectName(QStringLiteral("stockCounts"));
    // The branch takes the spare width, so the counts stay next to their labels.
    m_countTable->horizontalHeader()->setStretchLastSection(false);
    m_countTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addWidget(m_countTable);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(batchRow, 3);
    layout->addWidget(countBox, 2);

    connect(&context.cardStock(), &Core::CardStockService::stockChanged, this, &CardStockTab::reload);
    connect(&context, &UiContext::actorChanged, this, &CardStockTab::reload);
    reload();
}

void CardStockTab::reload()
{
    const std::optional<Core::StockBatch> selected = selectedBatch();
    m_batches.clear();
    m_batchTable->setRowCount(0);
    m_countTable->setRowCount(0);
    if (!m_context.can(Core::Permission::CardRead)) {
        refreshButtons();
        return;
    }
    const Core::Result<QList<Core::StockBatch>> batches = m_context.cardStock().batches(m_context.actor());
    if (batches)
        m_batches = *batches;
    m_batchTable->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const Core::StockBatch &b = m_batches.at(row);
        m_batchTable->setItem(row, BatchNo, item(Format::number(b.id), true));
        m_batchTable->setItem(row, BatchType, item(b.cardTypeName));
        m_batchTable->setItem(row, BatchBranch, item(b.branchName));
        //: The first and last card number of a batch
        m_batchTable->setItem(
            row, BatchNumbers,
            item(tr("%1 – %2").arg(Labels::cardNumber(b.firstNumber), Labels::cardNumber(b.lastNumber))));
        m_batchTable->setItem(row, BatchCards, item(Format::number(b.quantity), true));
        QString value = b.preloadedValue > 0 ? Format::money(b.preloadedValue) : QString();
        if (b.promotional)
            //: A gift batch's value that the club gives away; %1 is the amount
            value = tr("%1 (promotion)").arg(value);
        m_batchTable->setItem(row, BatchValue, item(value, true));
        m_batchTable->setItem(row, BatchInStock, item(Format::number(b.inStock), true));
        m_batchTable->setItem(row, BatchDistributed, item(Format::number(b.distributed), true));
        m_batchTable->setItem(row, BatchBound, item(Format::number(b.bound), true));
        m_batchTable->setItem(row, BatchBlocked, item(Format::number(b.blocked), true));
        m_batchTable->setItem(row, BatchMade, item(Format::dateTime(b.createdAt)));
    }
    const Core::Result<QList<Core::StockCount>> counts = m_context.cardStock().counts(m_context.actor());
    if (counts) {
        m_countTable->setRowCount(int(counts->size()));
        for (int row = 0; row < counts->size(); ++row) {
            const Core::StockCount &c = counts->at(row);
            m_countTable->setItem(row, 0, item(c.branchName));
            m_countTable->setItem(row, 1, item(c.cardTypeName));
            m_countTable->setItem(row, 2, item(statusLabel(c.status)));
            m_countTable->setItem(row, 3, item(Format::number(c.count), true));
        }
    }
    if (!selected || !selectBatch(selected->id)) {
        if (!m_batches.isEmpty())
            selectRowOf(m_batchTable, 0);
    }
    refreshButtons();
}

std::optional<Core::StockBatch> CardStockTab::selectedBatch() const
{
    const int row = m_batchTable->currentRow();
    if (row < 0 || row >= m_batches.size() || m_batchTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_batches.at(row);
}

bool CardStockTab::selectBatch(qint64 batchId)
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId) {
            selectRowOf(m_batchTable, row);
            return true;
        }
    }
    return false;
}

void CardStockTab::refreshButtons()
{
    const bool manage = m_context.can(Core::Permission::CardStockManage);
    const std::optional<Core::StockBatch> b = selectedBatch();
    m_new->setVisible(manage);
    m_distribute->setVisible(manage);
    m_block->setVisible(manage);
    m_print->setVisible(manage);
    m_encode->setVisible(manage && CardEncodingFlow::encodingAvailable(m_context));
    m_distribute->setEnabled(b && b->inStock > 0);
    m_block->setEnabled(b && b->inStock + b->distributed > 0);
    m_print->setEnabled(b && b->inStock + b->distributed > 0);
    m_encode->setEnabled(b && b->inStock > 0);
}

void CardStockTab::newBatch()
{
    NewStockBatchDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted && dialog.batch())
        selectBatch(dialog.batch()->id);
}

void CardStockTab::distribute()
{
    const std::optional<Core::StockBatch> b = selectedBatch();
    if (!b)
        return;
    StockRangeDialog dialog(m_context, StockRangeDialog::Mode::Distribute, *b, this);
    dialog.exec();
}

void CardStockTab::blockRange()
{
    const std::optional<Core::StockBatch> b = selectedBatch();
    if (!b)
        return;
    StockRangeDialog dialog(m_context, StockRangeDialog::Mode::Block, *b, this);
    dialog.exec();
}

bool CardStockTab::printBatch()
{
    const std::optional<Core::StockBatch> b = selectedBatch();
    if (!b)
        return false;
    const Core::Result<QList<Core::StockCard>> cards = m_context.cardStock().cardsOfBatch(m_context.actor(), b->id);
    if (!cards) {
        showError(this, cards.error());
        return false;
    }
    const Core::Result<std::optional<Core::CardTemplate>> design =
        m_context.templates().templateFor(m_context.actor(), b->cardTypeId);
    if (!design) {
        showError(this, design.error());
        return false;
    }
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    QList<CardToPrint> out;
    for (const Core::StockCard &s : *cards) {
        if (s.status != Core::StockCardStatus::InStock && s.status != Core::StockCardStatus::Distributed)
            continue;
        Core::Card card;
        card.number = s.number;
        card.cardTypeId = s.cardTypeId;
        card.cardTypeName = s.cardTypeName;
        card.kind = s.kind;
        card.expiresOn = s.expiresOn;
        // A stock card carries no member: no name, no member number.
        Devices::CardFields fields = cardFields(card, Core::Member{}, store ? *store : QString());
        fields.text.insert(QStringLiteral("member.number"), QString());
        out.append(CardToPrint{design->has_value() ? (*design)->json : QByteArray(), fields, {}});
    }
    const QString path = m_nextPdfPath;
    m_nextPdfPath.clear();
    if (!path.isEmpty())
        return printCardsToPdf(this, out, path);
    return printCards(this, out, false);
}

void CardStockTab::encodeBatch()
{
    const std::optional<Core::StockBatch> b = selectedBatch();
    if (!b)
        return;
    StockEncodeDialog dialog(m_context, *b, this);
    dialog.exec();
}

} // namespace Club::Ui
