// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "catalog/Catalog.h"
#include "inventory/Inventory.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

// Stock of one warehouse: levels with low stock marked, the movements of the chosen
// product, and the desk's stock work: purchase receipts, transfers, adjustments (a
// manager's) and stock-taking.
class InventoryPage : public Page
{
    Q_OBJECT

public:
    enum LevelColumn { CodeColumn, ProductColumn, QuantityColumn, MinimumColumn, StateColumn, LevelColumnCount };
    enum MovementColumn { WhenColumn, KindColumn, QtyColumn, ReferenceColumn, OperatorColumn, MovementColumnCount };
    static constexpr int LowStockRole = Qt::UserRole + 2;

    explicit InventoryPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::InventoryRead; }
    void activate() override;

    QComboBox *warehouseChooser() const { return m_warehouse; }
    QTableWidget *levelTable() const { return m_levels; }
    QTableWidget *movementTable() const { return m_movements; }
    bool selectWarehouse(Core::Id warehouseId);
    bool selectProduct(Core::Id productId);

    static QString movementKindName(Core::MovementKind kind);

public Q_SLOTS:
    void receive();
    void transfer();
    void adjust();
    void countStock();
    // A manager's: a warehouse in the operator's branch, the selected product's minimum.
    void newWarehouse();
    void setMinimum();

private:
    void reloadWarehouses();
    void reloadLevels();
    void reloadMovements();
    void updateActions();
    Core::Id selectedProductId() const;
    std::optional<Core::Warehouse> currentWarehouse() const;
    QString operatorName(Core::Id operatorId) const;

    QList<Core::Warehouse> m_warehouses;
    QList<Core::Product> m_productList;
    QHash<Core::Id, Core::Product> m_products;
    QHash<Core::Id, QString> m_operators;
    QComboBox *m_warehouse;
    QCheckBox *m_lowOnly;
    QTableWidget *m_levels;
    QTableWidget *m_movements;
    QPushButton *m_receive;
    QPushButton *m_transfer;
    QPushButton *m_adjust;
    QPushButton *m_count;
    QPushButton *m_newWarehouse;
    QPushButton *m_minimum;
    QLabel *m_movementsTitle;
    QLabel *m_status;
};

} // namespace Club::Ui
