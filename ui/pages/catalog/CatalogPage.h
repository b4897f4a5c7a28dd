// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "catalog/Catalog.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Club::Ui {

class CharitiesPanel;
class PricePanel;

// The product catalog: the group tree, the products of the chosen group found by code,
// barcode or name (any digit script), the gifts, and the prices of the chosen product
// with their history chart. Everyone with CatalogRead looks; CatalogManage edits.
class CatalogPage : public Page
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, BarcodeColumn, GroupColumn, UnitColumn, PointsColumn, GiftColumn,
                  ActiveColumn, ColumnCount };

    explicit CatalogPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::CatalogRead; }
    void activate() override;

    QTreeWidget *groupTree() const { return m_tree; }
    QTableWidget *productTable() const { return m_products; }
    PricePanel *pricePanel() const { return m_prices; }
    CharitiesPanel *charitiesPanel() const { return m_charities; }
    QTabWidget *tabs() const { return m_tabs; }
    std::optional<Core::Product> selectedProduct() const;
    bool selectGroup(Core::Id groupId);
    bool selectProduct(Core::Id productId);

public Q_SLOTS:
    void newGroup();
    void renameGroup();
    void moveGroup();
    void newProduct();
    void editProduct();
    void editWarrantyPeriod();

private:
    void reloadGroups();
    void reloadProducts();
    void updateActions();
    Core::Id currentGroupId() const;
    QList<Core::Id> groupAndDescendants(Core::Id groupId) const;

    QList<Core::ProductGroup> m_groups;
    QList<Core::Product> m_shown;
    QTreeWidget *m_tree;
    QLineEdit *m_search;
    QCheckBox *m_giftsOnly;
    QCheckBox *m_inactive;
    QTableWidget *m_products;
    PricePanel *m_prices;
    QPushButton *m_newGroup;
    QPushButton *m_renameGroup;
    QPushButton *m_moveGroup;
    QPushButton *m_newProduct;
    QPushButton *m_editProduct;
    QPushButton *m_warrantyPeriod = nullptr;
    QLabel *m_status;
    QTabWidget *m_tabs = nullptr;
    CharitiesPanel *m_charities = nullptr;
};

} // namespace Club::Ui
