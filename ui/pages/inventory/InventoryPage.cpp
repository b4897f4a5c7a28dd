// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryPage.h"

#include "CountSheetDialog.h"
#include "Format.h"
#include "StockMoveDialog.h"
#include "StockSettingDialog.h"
#include "auth/AuthService.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "models/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

InventoryPage::InventoryPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_warehouse(new QComboBox(this))
    , m_lowOnly(new QCheckBox(tr("&Low stock only"), this))
    , m_levels(new QTableWidget(0, LevelColumnCount, this))
    , m_movements(new QTableWidget(0, MovementColumnCount, this))
    , m_receive(new QPushButton(tr("&Receive…"), this))
    , m_transfer(new QPushButton(tr("&Transfer…"), this))
    , m_adjust(new QPushButton(tr("&Adjust…"), this))
    , m_count(new QPushButton(tr("Stock &Count…"), this))
    , m_newWarehouse(new QPushButton(tr("&New Warehouse…"), this))
    , m_minimum(new QPushButton(tr("Set &Minimum…"), this))
    , m_movementsTitle(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_warehouse->setObjectName(QStringLiteral("warehouse"));
    m_lowOnly->setObjectName(QStringLiteral("lowOnly"));
    m_levels->setObjectName(QStringLiteral("levels"));
    m_levels->setHorizontalHeaderLabels({tr("Code"), tr("Product"), tr("On hand"), tr("Minimum"), tr("State")});
    TableViews::setUp(m_levels, m_levels->model());
    m_movements->setObjectName(QStringLiteral("movements"));
    m_movements->setHorizontalHeaderLabels({tr("When"), tr("Type"), tr("Quantity"), tr("Reference"), tr("Operator")});
    TableViews::setUp(m_movements, m_movements->model());
    m_receive->setObjectName(QStringLiteral("receive"));
    m_receive->setToolTip(tr("Record a purchase receipt into this warehouse"));
    m_transfer->setObjectName(QStringLiteral("transfer"));
    m_adjust->setObjectName(QStringLiteral("adjust"));
    m_count->setObjectName(QStringLiteral("count"));
    m_newWarehouse->setObjectName(QStringLiteral("newWarehouse"));
    m_newWarehouse->setToolTip(tr("Add a warehouse to your branch"));
    m_minimum->setObjectName(QStringLiteral("setMinimum"));
    m_status->setWordWrap(true);

    connect(m_receive, &QPushButton::clicked, this, &InventoryPage::receive);
    connect(m_transfer, &QPushButton::clicked, this, &InventoryPage::transfer);
    connect(m_adjust, &QPushButton::clicked, this, &InventoryPage::adjust);
    connect(m_count, &QPushButton::clicked, this, &InventoryPage::countStock);
    connect(m_newWarehouse, &QPushButton::clicked, this, &InventoryPage::newWarehouse);
    connect(m_minimum, &QPushButton::clicked, this, &InventoryPage::setMinimum);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, &InventoryPage::reloadLevels);
    connect(m_lowOnly, &QCheckBox::toggled, this, &InventoryPage::reloadLevels);
    connect(m_levels->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::reloadMovements);

    auto *top = new QHBoxLayout;
    //: Before the warehouse chooser
    auto *label = new QLabel(tr("&Warehouse:"), this);
    label->setBuddy(m_warehouse);
    top->addWidget(label);
    top->addWidget(m_warehouse, 1);
    top->addWidget(m_newWarehouse);
    top->addWidget(m_lowOnly);
    top->addStretch(1);
    top->addWidget(m_receive);
    top->addWidget(m_transfer);
    top->addWidget(m_adjust);
    top->addWidget(m_count);
    top->addWidget(m_minimum);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_movementsTitle);
    lowerLayout->addWidget(m_movements, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_levels);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&context.inventory(), &Core::InventoryService::warehousesChanged, this, &InventoryPage::reloadWarehouses);
    connect(&context.inventory(), &Core::InventoryService::stockChanged, this, [this](qint64, qint64 warehouseId) {
        if (const std::optional<Core::Warehouse> w = currentWarehouse(); w && w->id == warehouseId)
            reloadLevels();
    });
    connect(&context.inventory(), &Core::InventoryService::countSheetPosted, this, &InventoryPage::reloadLevels);
    connect(&context, &UiContext::actorChanged, this, &InventoryPage::reloadWarehouses);
    reloadWarehouses();
}

QString InventoryPage::title() const
{
    //: Side bar page title
    return tr("Inventory");
}

QIcon InventoryPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/inventory.svg"));
}

void InventoryPage::activate()
{
    reloadWarehouses();
    m_levels->setFocus();
}

QString InventoryPage::movementKindName(Core::MovementKind kind)
{
    switch (kind) {
    case Core::MovementKind::Receipt:
        return tr("Purchase receipt");
    case Core::MovementKind::Sale:
        return tr("Sale");
    case Core::MovementKind::Return:
        return tr("Return");
    case Core::MovementKind::GiftIssue:
        return tr("Gift given");
    case Core::MovementKind::TransferOut:
        return tr("Transfer out");
    case Core::MovementKind::TransferIn:
        return tr("Transfer in");
    case Core::MovementKind::Adjustment:
        return tr("Adjustment");
    case Core::MovementKind::CountAdjustment:
        return tr("Stock count adjustment");
    }
    return {};
}

void InventoryPage::updateActions()
{
    const bool haveWarehouse = currentWarehouse().has_value();
    const bool move = context().can(Core::Permission::InventoryMove);
    const bool approve = context().can(Core::Permission::InventoryApprove);
    m_receive->setVisible(move);
    m_transfer->setVisible(move);
    m_count->setVisible(move);
    m_adjust->setVisible(move || approve);
    m_receive->setEnabled(move && haveWarehouse);
    m_transfer->setEnabled(move && haveWarehouse && m_warehouses.size() > 1);
    m_count->setEnabled(move && haveWarehouse);
    m_adjust->setEnabled(approve && haveWarehouse);
    m_newWarehouse->setVisible(approve);
    m_minimum->setVisible(move || approve);
    m_minimum->setEnabled(approve && haveWarehouse && selectedProductId() != Core::kNoId);
    m_minimum->setToolTip(approve ? tr("The stock at or below which the selected product is marked low")
                                  : tr("Only a manager sets the low-stock minimums."));
    m_adjust->setToolTip(approve ? tr("Add or remove stock with a reason")
                                 : tr("Only a manager adjusts stock by hand; a stock count corrects it too."));
}

void InventoryPage::reloadWarehouses()
{
    const std::optional<Core::Warehouse> keep = currentWarehouse();
    Core::Result<QList<Core::Warehouse>> warehouses = context().inventory().warehouses(context().actor());
    if (!warehouses) {
        m_status->setText(warehouses.error().message);
        return;
    }
    m_warehouses = *warehouses;
    Core::Result<QList<Core::Product>> products = context().catalog().products(context().actor(), Core::kNoId, true);
    m_productList = products ? *products : QList<Core::Product>();
    m_products.clear();
    for (const Core::Product &p : std::as_const(m_productList))
        m_products.insert(p.id, p);
    // Names of operators for those who may read them; others see their own name only.
    m_operators.clear();
    if (Core::Result<QList<Core::Operator>> ops = context().auth().operators(context().actor()); ops) {
        for (const Core::Operator &o : std::as_const(*ops))
            m_operators.insert(o.id, o.fullName.isEmpty() ? o.username : o.fullName);
    }
    m_operators.insert(context().actor().operatorId,
                       context().actor().fullName.isEmpty() ? context().actor().username : context().actor().fullName);

    {
        const QSignalBlocker blocker(m_warehouse);
        m_warehouse->clear();
        for (const Core::Warehouse &w : std::as_const(m_warehouses)) {
            if (w.active)
                m_warehouse->addItem(w.name, QVariant::fromValue<qint64>(w.id));
        }
        if (keep)
            m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(QVariant::fromValue<qint64>(keep->id))));
    }
    if (m_warehouse->count() == 0)
        m_status->setText(tr("No warehouse yet. A manager creates the warehouses of each branch."));
    reloadLevels();
}

std::optional<Core::Warehouse> InventoryPage::currentWarehouse() const
{
    const Core::Id id = m_warehouse->currentData().toLongLong();
    for (const Core::Warehouse &w : m_warehouses) {
        if (w.id == id && id != Core::kNoId)
            return w;
    }
    return std::nullopt;
}

bool InventoryPage::selectWarehouse(Core::Id warehouseId)
{
    const int i = m_warehouse->findData(QVariant::fromValue<qint64>(warehouseId));
    if (i >= 0)
        m_warehouse->setCurrentIndex(i);
    return i >= 0;
}

Core::Id InventoryPage::selectedProductId() const
{
    const int row = TableViews::selectedRow(m_levels);
    return row < 0 ? Core::kNoId : m_levels->item(row, CodeColumn)->data(kIdRole).toLongLong();
}

bool InventoryPage::selectProduct(Core::Id productId)
{
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        if (m_levels->item(row, CodeColumn)->data(kIdRole).toLongLong() == productId) {
            TableViews::selectRow(m_levels, row);
            return true;
        }
    }
    return false;
}

void InventoryPage::reloadLevels()
{
    updateActions();
    const Core::Id keep = selectedProductId();
    {
        const QSignalBlocker blocker(m_levels->selectionModel());
        m_levels->setRowCount(0);
    }
    const std::optional<Core::Warehouse> warehouse = currentWarehouse();
    if (!warehouse) {
        reloadMovements();
        return;
    }
    Core::Result<QList<Core::StockLevel>> levels = context().inventory().levels(context().actor(), warehouse->id);
    Core::Result<QList<Core::StockLevel>> low = context().inventory().lowStock(context().actor(), warehouse->id);
    if (!levels || !low) {
        m_status->setText((!levels ? levels.error() : low.error()).message);
        return;
    }
    QSet<Core::Id> lowIds;
    for (const Core::StockLevel &l : std::as_const(*low))
        lowIds.insert(l.productId);
    const QColor lowColor(0xfd, 0xe2, 0xe1);
    {
        const QSignalBlocker blocker(m_levels->selectionModel());
        for (const Core::StockLevel &l : std::as_const(*levels)) {
            const bool isLow = lowIds.contains(l.productId);
            if (m_lowOnly->isChecked() && !isLow)
                continue;
            const Core::Product p = m_products.value(l.productId);
            const int row = m_levels->rowCount();
            m_levels->insertRow(row);
            auto *code = cell(Format::ltr(p.code));
            code->setData(kIdRole, QVariant::fromValue<qint64>(l.productId));
            m_levels->setItem(row, CodeColumn, code);
            m_levels->setItem(row, ProductColumn, cell(p.displayName()));
            m_levels->setItem(row, QuantityColumn, cell(Format::number(l.quantity)));
            m_levels->setItem(row, MinimumColumn, cell(l.minimum > 0 ? Format::number(l.minimum) : QString()));
            //: The state of a stock level at or below its minimum
            m_levels->setItem(row, StateColumn, cell(isLow ? tr("Low stock") : QString()));
            for (int c = 0; c < LevelColumnCount; ++c) {
                m_levels->item(row, c)->setData(LowStockRole, isLow);
                if (isLow)
                    m_levels->item(row, c)->setBackground(lowColor);
            }
        }
    }
    m_status->setText(m_levels->rowCount() == 0
                          ? (m_lowOnly->isChecked() ? tr("Nothing is low on stock here.")
                                                    : tr("No stock in this warehouse yet. Record a receipt."))
                          : QString());
    if (!selectProduct(keep) && m_levels->rowCount() > 0)
        TableViews::selectRow(m_levels, 0);
    reloadMovements();
}

QString InventoryPage::operatorName(Core::Id operatorId) const
{
    if (operatorId == Core::kNoId)
        return {};
    //: An operator whose name the viewer may not read; %1 is their number
    return m_operators.value(operatorId, tr("Operator %1").arg(Format::number(operatorId)));
}

void InventoryPage::reloadMovements()
{
    updateActions(); // Set Minimum follows the selected product
    m_movements->setRowCount(0);
    const Core::Id productId = selectedProductId();
    const std::optional<Core::Warehouse> warehouse = currentWarehouse();
    if (productId == Core::kNoId || !warehouse) {
        m_movementsTitle->setText(tr("Choose a product to see its movements."));
        return;
    }
    //: %1 is a product, %2 a warehouse
    m_movementsTitle->setText(
        tr("Movements of %1 in %2").arg(m_products.value(productId).displayName(), warehouse->name));
    Core::Result<QList<Core::StockMovement>> moves =
        context().inventory().movements(context().actor(), productId, warehouse->id);
    if (!moves) {
        m_status->setText(moves.error().message);
        return;
    }
    // Newest first: the last receipt is what the desk asks about.
    for (auto it = moves->crbegin(); it != moves->crend(); ++it) {
        const Core::StockMovement &m = *it;
        const int row = m_movements->rowCount();
        m_movements->insertRow(row);
        m_movements->setItem(row, WhenColumn, cell(Format::dateTime(m.at)));
        m_movements->setItem(row, KindColumn, cell(movementKindName(m.kind)));
        auto *qty = cell(Format::number(m.qty));
        qty->setData(Qt::UserRole, QVariant::fromValue<qint64>(m.qty));
        m_movements->setItem(row, QtyColumn, qty);
        QString reference = m.reference;
        if (!m.note.isEmpty())
            reference = reference.isEmpty() ? m.note : tr("%1 — %2").arg(reference, m.note);
        m_movements->setItem(row, ReferenceColumn, cell(reference));
        m_movements->setItem(row, OperatorColumn, cell(operatorName(m.operatorId)));
    }
}

void InventoryPage::receive()
{
    if (const std::optional<Core::Warehouse> w = currentWarehouse(); w && context().can(Core::Permission::InventoryMove))
        StockMoveDialog::run(context(), StockMoveDialog::Mode::Receipt, *w, m_warehouses, m_productList,
                             selectedProductId(), this);
}

void InventoryPage::transfer()
{
    if (const std::optional<Core::Warehouse> w = currentWarehouse(); w && context().can(Core::Permission::InventoryMove))
        StockMoveDialog::run(context(), StockMoveDialog::Mode::Transfer, *w, m_warehouses, m_productList,
                             selectedProductId(), this);
}

void InventoryPage::adjust()
{
    if (const std::optional<Core::Warehouse> w = currentWarehouse();
        w && context().can(Core::Permission::InventoryApprove))
        StockMoveDialog::run(context(), StockMoveDialog::Mode::Adjustment, *w, m_warehouses, m_productList,
                             selectedProductId(), this);
}

void InventoryPage::countStock()
{
    if (const std::optional<Core::Warehouse> w = currentWarehouse(); w && context().can(Core::Permission::InventoryMove)) {
        CountSheetDialog::count(context(), *w, m_productList, this);
        reloadLevels();
    }
}

void InventoryPage::newWarehouse()
{
    if (!context().can(Core::Permission::InventoryApprove))
        return;
    // warehousesChanged reloads the chooser; the new warehouse is then the one shown.
    if (const Core::Id id = StockSettingDialog::newWarehouse(context(), this); id != Core::kNoId) {
        reloadWarehouses();
        selectWarehouse(id);
    }
}

void InventoryPage::setMinimum()
{
    const std::optional<Core::Warehouse> w = currentWarehouse();
    const Core::Id productId = selectedProductId();
    if (!w || productId == Core::kNoId || !context().can(Core::Permission::InventoryApprove))
        return;
    qint64 current = 0;
    if (Core::Result<QList<Core::StockLevel>> levels = context().inventory().levels(context().actor(), w->id); levels) {
        for (const Core::StockLevel &l : std::as_const(*levels)) {
            if (l.productId == productId)
                current = l.minimum;
        }
    }
    if (StockSettingDialog::setMinimum(context(), *w, m_products.value(productId), current, this)) {
        reloadLevels();
        selectProduct(productId);
    }
}

} // namespace Club::Ui
