// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "inventory/Inventory.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// Stock-taking of one warehouse: the open count sheet (opened here when there is none),
// counted quantities typed line by line (Enter saves and moves down), the differences
// between the system and the count, and posting them as adjustments, which needs a
// manager (InventoryApprove); others see why the button is off.
class CountSheetDialog : public QDialog
{
    Q_OBJECT

public:
    enum LineColumn { ProductColumn, ExpectedColumn, CountedColumn, DifferenceColumn, LineColumnCount };

    CountSheetDialog(UiContext &context, const Core::Warehouse &warehouse, const QList<Core::Product> &products,
                     QWidget *parent = nullptr);

    // Opens the warehouse's sheet (a new one when none is open) and runs the dialog; false
    // when the sheet could not be opened.
    static bool count(UiContext &context, const Core::Warehouse &warehouse, const QList<Core::Product> &products,
                      QWidget *parent);

    bool openSheet();
    Core::Id sheetId() const { return m_sheet.id; }
    QTableWidget *lines() const { return m_lines; }
    QTableWidget *variances() const { return m_variances; }
    QPushButton *postButton() const { return m_post; }

public Q_SLOTS:
    bool post();

private:
    void reload();
    void countEntered(int row);
    QString productName(Core::Id productId) const;

    UiContext &m_context;
    Core::Warehouse m_warehouse;
    QHash<Core::Id, Core::Product> m_products;
    Core::CountSheet m_sheet;
    bool m_loading = false;
    QLabel *m_title;
    QTableWidget *m_lines;
    QTableWidget *m_variances;
    QPushButton *m_post;
    QLabel *m_status;
};

} // namespace Club::Ui
