// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"
#include "inventory/Inventory.h"

#include <QDialog>

class QLineEdit;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// A manager's stock settings, one field each: a new warehouse in the operator's branch,
// or the low-stock minimum of one product in one warehouse (empty or zero removes it).
// Enter saves, Esc cancels; the service's refusals show under the field in words.
class StockSettingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewWarehouse, Minimum };

    // product and warehouse matter for Minimum only; currentMinimum fills the field.
    StockSettingDialog(UiContext &context, Mode mode, const Core::Warehouse &warehouse = {},
                       const Core::Product &product = {}, qint64 currentMinimum = 0, QWidget *parent = nullptr);

    // The new warehouse's id, or kNoId when cancelled.
    static Core::Id newWarehouse(UiContext &context, QWidget *parent);
    // True when the minimum was saved.
    static bool setMinimum(UiContext &context, const Core::Warehouse &warehouse, const Core::Product &product,
                           qint64 currentMinimum, QWidget *parent);

    FieldErrors &fieldErrors() const { return *m_errors; }
    Core::Id createdWarehouseId() const { return m_created; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Mode m_mode;
    Core::Warehouse m_warehouse;
    Core::Product m_product;
    FieldErrors *m_errors;
    QLineEdit *m_name = nullptr;          // NewWarehouse
    DigitLineEdit *m_minimum = nullptr;   // Minimum
    Core::Id m_created = Core::kNoId;
};

} // namespace Club::Ui
