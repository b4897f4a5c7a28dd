// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockMoveDialog.h"

#include "UiContext.h"
#include "inventory/InventoryService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kMaxQuantityDigits = 9;
}

StockMoveDialog::StockMoveDialog(UiContext &context, Mode mode, const Core::Warehouse &warehouse,
                                 const QList<Core::Warehouse> &warehouses, const QList<Core::Product> &products,
                                 QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_warehouse(warehouse)
    , m_errors(new FieldErrors(this))
    , m_product(new QComboBox(this))
    , m_quantity(new DigitLineEdit(this))
    , m_reference(new QLineEdit(this))
{
    //: Dialog titles; %1 is the warehouse
    switch (mode) {
    case Mode::Receipt:
        setWindowTitle(tr("Purchase Receipt into %1").arg(warehouse.name));
        break;
    case Mode::Transfer:
        setWindowTitle(tr("Transfer from %1").arg(warehouse.name));
        break;
    case Mode::Adjustment:
        setWindowTitle(tr("Adjust Stock in %1").arg(warehouse.name));
        break;
    }
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    for (const Core::Product &p : products) {
        if (p.tracksStock)
            m_product->addItem(tr("%1 — %2").arg(p.code, p.displayName()), QVariant::fromValue<qint64>(p.id));
    }
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setMaxDigits(kMaxQuantityDigits);
    m_reference->setObjectName(QStringLiteral("reference"));

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Product:"), m_product, QStringLiteral("product"));
    if (mode == Mode::Transfer) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("target"));
        for (const Core::Warehouse &w : warehouses) {
            if (w.id != warehouse.id && w.active)
                m_target->addItem(w.name, QVariant::fromValue<qint64>(w.id));
        }
        m_errors->addRow(form, tr("&To warehouse:"), m_target, QStringLiteral("warehouse"));
    }
    if (mode == Mode::Adjustment) {
        m_direction = new QComboBox(this);
        m_direction->setObjectName(QStringLiteral("direction"));
        //: An adjustment that adds units found
        m_direction->addItem(tr("Add to the stock"), 1);
        //: An adjustment that removes units lost or broken
        m_direction->addItem(tr("Remove from the stock"), -1);
        m_errors->addRow(form, tr("&Change:"), m_direction, QStringLiteral("kind"));
    }
    m_errors->addRow(form, tr("&Quantity:"), m_quantity, QStringLiteral("qty"));
    switch (mode) {
    case Mode::Receipt:
        m_reference->setPlaceholderText(tr("Supplier invoice, delivery note…"));
        m_errors->addRow(form, tr("&Reference:"), m_reference, QStringLiteral("reference"));
        break;
    case Mode::Transfer:
        m_errors->addRow(form, tr("&Reference:"), m_reference, QStringLiteral("reference"));
        break;
    case Mode::Adjustment:
        m_reference->setPlaceholderText(tr("Broken, expired, found on the shelf…"));
        m_errors->addRow(form, tr("&Reason:"), m_reference, QStringLiteral("note"));
        break;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockMoveDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &StockMoveDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_quantity->setFocus();
}

bool StockMoveDialog::run(UiContext &context, Mode mode, const Core::Warehouse &warehouse,
                          const QList<Core::Warehouse> &warehouses, const QList<Core::Product> &products,
                          Core::Id productId, QWidget *parent)
{
    StockMoveDialog dialog(context, mode, warehouse, warehouses, products, parent);
    dialog.selectProduct(productId);
    return dialog.exec() == QDialog::Accepted;
}

bool StockMoveDialog::selectProduct(Core::Id productId)
{
    const int i = m_product->findData(QVariant::fromValue<qint64>(productId));
    if (i >= 0)
        m_product->setCurrentIndex(i);
    return i >= 0;
}

bool StockMoveDialog::save()
{
    m_errors->clear();
    const int index = m_product->findText(m_product->currentText());
    const Core::Id productId = index >= 0 ? m_product->itemData(index).toLongLong() : Core::kNoId;
    if (productId == Core::kNoId) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Choose a product."), {},
                                         QStringLiteral("product")));
        return false;
    }
    bool ok = false;
    const qint64 quantity = m_quantity->latinText().toLongLong(&ok);
    if (!ok || quantity <= 0) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                         tr("Enter a quantity above zero: whole units, no minus sign."), {},
                                         QStringLiteral("qty")));
        return false;
    }
    const QString reference = m_reference->text().trimmed();
    Core::Status done;
    if (m_mode == Mode::Transfer) {
        const Core::Id target = m_target->currentData().toLongLong();
        if (target == Core::kNoId) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Choose the warehouse that receives."),
                                             {}, QStringLiteral("warehouse")));
            return false;
        }
        done = m_context.inventory().transfer(m_context.actor(), productId, m_warehouse.id, target, quantity,
                                              reference);
    } else {
        if (m_mode == Mode::Adjustment && reference.isEmpty()) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Say why the stock is adjusted."), {},
                                             QStringLiteral("note")));
            return false;
        }
        Core::StockMovement m;
        m.productId = productId;
        m.warehouseId = m_warehouse.id;
        if (m_mode == Mode::Receipt) {
            m.kind = Core::MovementKind::Receipt;
            m.qty = quantity;
            m.reference = reference;
        } else {
            m.kind = Core::MovementKind::Adjustment;
            m.qty = quantity * m_direction->currentData().toInt();
            m.note = reference;
        }
        Core::Result<Core::Id> recorded = m_context.inventory().record(m_context.actor(), m);
        if (!recorded)
            done = recorded.error();
    }
    if (!done) {
        m_errors->report(done.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
