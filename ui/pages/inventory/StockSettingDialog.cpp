// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockSettingDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "inventory/InventoryService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kMaxMinimumDigits = 9;
constexpr int kMaxNameLength = 80;
} // namespace

StockSettingDialog::StockSettingDialog(UiContext &context, Mode mode, const Core::Warehouse &warehouse,
                                       const Core::Product &product, qint64 currentMinimum, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_warehouse(warehouse)
    , m_product(product)
    , m_errors(new FieldErrors(this))
{
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::NewWarehouse) {
        setWindowTitle(tr("New Warehouse"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(kMaxNameLength);
        m_name->setPlaceholderText(tr("Shop floor, back store…"));
        auto *note = new QLabel(tr("The warehouse belongs to your branch."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
        m_name->setFocus();
    } else {
        //: %1 is a product, %2 a warehouse
        setWindowTitle(tr("Minimum of %1 in %2").arg(product.displayName(), warehouse.name));
        m_minimum = new DigitLineEdit(this);
        m_minimum->setObjectName(QStringLiteral("minimum"));
        m_minimum->setMaxDigits(kMaxMinimumDigits);
        if (currentMinimum > 0)
            m_minimum->setText(Format::number(currentMinimum));
        auto *note = new QLabel(tr("The product is marked low when its stock is at or below this number. "
                                   "Leave it empty or zero to remove the minimum."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_errors->addRow(form, tr("&Minimum:"), m_minimum, QStringLiteral("minimum"));
        m_errors->alias(QStringLiteral("qty"), QStringLiteral("minimum"));
        m_minimum->setFocus();
        m_minimum->selectAll();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockSettingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &StockSettingDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_errors->addGeneral());
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

Core::Id StockSettingDialog::newWarehouse(UiContext &context, QWidget *parent)
{
    StockSettingDialog dialog(context, Mode::NewWarehouse, {}, {}, 0, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.createdWarehouseId() : Core::kNoId;
}

bool StockSettingDialog::setMinimum(UiContext &context, const Core::Warehouse &warehouse,
                                    const Core::Product &product, qint64 currentMinimum, QWidget *parent)
{
    StockSettingDialog dialog(context, Mode::Minimum, warehouse, product, currentMinimum, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool StockSettingDialog::save()
{
    m_errors->clear();
    if (m_mode == Mode::NewWarehouse) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty()) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter a name for the warehouse."), {},
                                             QStringLiteral("name")));
            return false;
        }
        Core::Result<Core::Warehouse> made =
            m_context.inventory().createWarehouse(m_context.actor(), m_context.actor().branchId, name);
        if (!made) {
            m_errors->report(made.error());
            return false;
        }
        m_created = made->id;
        accept();
        return true;
    }

    qint64 minimum = 0;
    if (const QString digits = m_minimum->latinText().trimmed(); !digits.isEmpty()) {
        bool ok = false;
        minimum = digits.toLongLong(&ok);
        if (!ok || minimum < 0) {
            m_errors->show(Core::Error::make(Core::Error::Code::Invalid,
                                             tr("Enter the minimum in whole units, or leave it empty."), {},
                                             QStringLiteral("minimum")));
            return false;
        }
    }
    if (Core::Status done = m_context.inventory().setThreshold(m_context.actor(), m_product.id, m_warehouse.id, minimum);
        !done) {
        m_errors->report(done.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
