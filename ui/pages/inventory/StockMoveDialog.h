// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "inventory/Inventory.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// One stock movement typed at the desk: a purchase receipt, a transfer to another
// warehouse, or an adjustment with its reason. Quantities are whole units above zero;
// an adjustment says whether it adds or removes.
class StockMoveDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Receipt, Transfer, Adjustment };

    StockMoveDialog(UiContext &context, Mode mode, const Core::Warehouse &warehouse,
                    const QList<Core::Warehouse> &warehouses, const QList<Core::Product> &products,
                    QWidget *parent = nullptr);

    // True when the stock moved.
    static bool run(UiContext &context, Mode mode, const Core::Warehouse &warehouse,
                    const QList<Core::Warehouse> &warehouses, const QList<Core::Product> &products,
                    Core::Id productId, QWidget *parent);

    bool selectProduct(Core::Id productId);
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Mode m_mode;
    Core::Warehouse m_warehouse;
    FieldErrors *m_errors;
    QComboBox *m_product;
    QComboBox *m_target = nullptr;    // transfer: the receiving warehouse
    QComboBox *m_direction = nullptr; // adjustment: add or remove
    DigitLineEdit *m_quantity;
    QLineEdit *m_reference;
};

} // namespace Club::Ui
