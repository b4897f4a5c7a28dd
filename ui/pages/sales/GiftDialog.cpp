// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftDialog.h"

#include "Format.h"
#include "SaleReceipts.h"
#include "SaleWords.h"
#include "UiContext.h"
#include "sales/DeskOperations.h"
#include "sync/ConnectedDesk.h"
#include "auth/AuthService.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "models/TableViews.h"
#include "pages/cards/PinDialog.h"
#include "sales/SalesService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
enum Column { ColName, ColPoints, ColStock, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

GiftDialog::GiftDialog(UiContext &context, const Core::Member &member, const Core::Card &card, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_member(member)
    , m_card(card)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_balance(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_qty(new QSpinBox(this))
    , m_cost(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("giftDialog"));
    setWindowTitle(tr("Gift for points"));
    m_balance->setObjectName(QStringLiteral("giftBalance"));
    m_table->setObjectName(QStringLiteral("giftTable"));
    m_table->setHorizontalHeaderLabels({tr("Gift"), tr("Points"), tr("In stock")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GiftDialog::updateCost);
    m_qty->setObjectName(QStringLiteral("giftQty"));
    m_qty->setRange(1, 1);
    connect(m_qty, &QSpinBox::valueChanged, this, &GiftDialog::updateCost);
    m_cost->setObjectName(QStringLiteral("giftCost"));
    m_outcome->setObjectName(QStringLiteral("giftOutcome"));
    m_outcome->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_confirm = buttons->addButton(tr("&Give the gift…"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmGiftButton"));
    m_confirm->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &GiftDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_qty);
    form->addRow(tr("Costs:"), m_cost);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_balance);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(560, 440);
    load();
}

void GiftDialog::load()
{
    const Core::Actor &actor = m_context.actor();
    if (const Core::Result<Core::AccountBalance> b = m_context.ledger().balance(actor, m_member.accountId))
        m_available = b->pointsAvailable;
    bool offline = false;
    // Connected: the server holds the balance of record; without it, the card's offline limit.
    if (Core::ConnectedDesk *desk = m_context.connectedDesk(); desk && desk->isConnected()) {
        if (const Core::Result<Core::RemoteBalances> remote = desk->balances(actor, m_member.id)) {
            m_available = remote->pointsAvailable;
        } else if (const Core::Result<Core::Points> left = desk->offlinePointsLeft(actor, m_member.id)) {
            m_available = *left;
            offline = true;
        }
    }
    m_balance->setText(offline
                           //: %1 the member's name
                           ? tr("The central server cannot be reached: %1 may spend up to %Ln point(s) offline.",
                                nullptr, int(m_available))
                                 .arg(m_member.fullName())
                           //: %1 the member's name
                           : tr("%1 has %Ln point(s) to spend.", nullptr, int(m_available)).arg(m_member.fullName()));

    Core::Id warehouse = Core::kNoId;
    if (const auto all = m_context.inventory().warehouses(actor, actor.branchId)) {
        for (const Core::Warehouse &w : *all) {
            if (w.active) {
                warehouse = w.id;
                break;
            }
        }
    }
    m_gifts.clear();
    QList<qint64> stock;
    const Core::Result<QList<Core::Product>> catalog = m_context.catalog().giftCatalog(actor);
    if (!catalog) {
        m_outcome->setText(catalog.error().message);
        return;
    }
    for (const Core::Product &p : *catalog) {
        if (!p.active || !p.isGift || p.giftPoints <= 0)
            continue;
        qint64 level = -1; // not counted
        if (p.tracksStock) {
            const Core::Result<qint64> l = warehouse != Core::kNoId
                                               ? m_context.inventory().level(actor, p.id, warehouse)
                                               : Core::Result<qint64>(qint64(0));
            level = l ? *l : 0;
            if (level <= 0)
                continue; // only what can be handed over now
        }
        m_gifts << p;
        stock << level;
    }
    m_table->setRowCount(int(m_gifts.size()));
    for (int i = 0; i < m_gifts.size(); ++i) {
        m_table->setItem(i, ColName, cell(SaleWords::productName(m_gifts.at(i))));
        m_table->setItem(i, ColPoints, cell(Format::number(m_gifts.at(i).giftPoints)));
        m_table->setItem(i, ColStock, cell(stock.at(i) < 0 ? tr("Not counted") : Format::number(stock.at(i))));
        m_table->item(i, ColName)->setData(Qt::UserRole, stock.at(i));
    }
    if (m_gifts.isEmpty())
        m_outcome->setText(tr("No gift is in stock."));
    else
        TableViews::selectRow(m_table, 0);
    updateCost();
}

void GiftDialog::updateCost()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_gifts.size() || m_result) {
        m_confirm->setEnabled(false);
        m_cost->clear();
        return;
    }
    const Core::Product &gift = m_gifts.at(row);
    const qint64 stock = m_table->item(row, ColName)->data(Qt::UserRole).toLongLong();
    const qint64 affordable = gift.giftPoints > 0 ? m_available / gift.giftPoints : 0;
    const qint64 most = qMax<qint64>(1, stock < 0 ? affordable : qMin(affordable, stock));
    {
        const QSignalBlocker block(m_qty);
        m_qty->setRange(1, int(qMin<qint64>(most, 9999)));
    }
    const Core::Points cost = gift.giftPoints * m_qty->value();
    m_cost->setText(tr("%Ln point(s)", nullptr, int(cost)));
    m_confirm->setEnabled(cost <= m_available);
}

bool GiftDialog::confirm()
{
    const int row = m_table->currentRow();
    if (m_result || row < 0 || row >= m_gifts.size())
        return false;
    const Core::Product gift = m_gifts.at(row);
    const qint64 qty = m_qty->value();
    if (MessageBox::question(this, tr("Gift for points"),
                             tr("Give %1 × %2 for %Ln point(s)?", nullptr, int(gift.giftPoints * qty))
                                 .arg(SaleWords::productName(gift), Format::number(qty)))
        != QMessageBox::Yes)
        return false;
    m_confirm->setEnabled(false);
    // A card whose type needs its PIN: the answer says so (field "pin") and the customer types
    // it; a wrong one is refused (and counted) and asked again at the next try. The PIN lives
    // only in this call.
    QString pin;
    if (m_needPin) {
        const std::optional<QString> typed = PinDialog::askCustomerPin(this);
        if (!typed) {
            m_confirm->setEnabled(true);
            return false;
        }
        pin = *typed;
    }
    Core::Result<Core::DeskPosted<Core::GiftRedemption>> posted =
        m_context.deskOperations().registerGift(m_context.actor(), m_member.id, gift.id, qty, m_key, pin);
    if (!posted && pin.isEmpty() && posted.error().field == QLatin1String("pin")
        && posted.error().code == Core::Error::Code::Invalid) {
        m_needPin = true;
        const std::optional<QString> typed = PinDialog::askCustomerPin(this);
        if (!typed) {
            m_confirm->setEnabled(true);
            return false;
        }
        pin = *typed;
        posted = m_context.deskOperations().registerGift(m_context.actor(), m_member.id, gift.id, qty, m_key, pin);
    }
    pin.fill(QLatin1Char('0'));
    if (!posted) {
        m_confirm->setEnabled(true);
        m_outcome->setText(posted.error().message);
        showError(this, posted.error());
        return false;
    }
    const Core::GiftRedemption *done = &posted->value;
    m_result = *done;
    m_table->setEnabled(false);
    m_qty->setEnabled(false);
    m_outcome->setText(posted->pendingSync
                           ? tr("Gift kept for the central server (pending sync): %Ln point(s) to spend.", nullptr,
                                int(done->pointsSpent))
                           : tr("Gift recorded: %Ln point(s) spent.", nullptr, int(done->pointsSpent)));
    SaleReceipts::Party party;
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    party.storeName = store ? *store : QString();
    party.memberName = m_member.fullName();
    party.cardNumber = m_card.number;
    SaleReceipts::output(
        m_context, SaleReceipts::gift(party, SaleWords::productName(gift), qty, *done, posted->pendingSync), this);
    return true;
}

} // namespace Club::Ui
