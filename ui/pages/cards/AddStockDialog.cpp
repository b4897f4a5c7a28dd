// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddStockDialog.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
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
constexpr int kMaxQuantityDigits = 6;
}

AddStockDialog::AddStockDialog(UiContext &context, const QList<Core::CardType> &trackedTypes, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_type(new QComboBox(this))
    , m_quantity(new DigitLineEdit(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Add Blank Cards"));
    for (const Core::CardType &t : trackedTypes)
        m_type->addItem(tr("%1 (%2)").arg(t.name, Labels::cardKind(t.kind)), t.id);
    m_type->setObjectName(QStringLiteral("cardType"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setMaxDigits(kMaxQuantityDigits);
    m_reason->setObjectName(QStringLiteral("reason"));
    //: Placeholder: why blank cards are added to the stock
    m_reason->setPlaceholderText(tr("Delivery note, supplier invoice…"));

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("Card &type:"), m_type, QStringLiteral("cardTypeId"));
    m_errors->addRow(form, tr("&Quantity:"), m_quantity, QStringLiteral("quantity"));
    m_errors->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: Button: add the blank cards to the stock
    QPushButton *add = buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &AddStockDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddStockDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_quantity->setFocus();
}

bool AddStockDialog::addStock(UiContext &context,
                              const QList<Core::CardType> &trackedTypes,
                              qint64 preselectedTypeId,
                              QWidget *parent)
{
    AddStockDialog dialog(context, trackedTypes, parent);
    dialog.selectCardType(preselectedTypeId);
    return dialog.exec() == QDialog::Accepted;
}

bool AddStockDialog::selectCardType(qint64 cardTypeId)
{
    const int i = m_type->findData(cardTypeId);
    if (i >= 0)
        m_type->setCurrentIndex(i);
    return i >= 0;
}

void AddStockDialog::setQuantity(const QString &digits)
{
    m_quantity->setText(digits);
}

void AddStockDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool AddStockDialog::save()
{
    m_errors->clear();
    const qint64 typeId = m_type->currentData().toLongLong();
    if (typeId == 0) {
        m_errors->show(
            Core::Error::make(Core::Error::Code::Invalid, tr("Choose a card type."), {}, QStringLiteral("cardTypeId")));
        return false;
    }
    bool ok = false;
    const qint64 quantity = m_quantity->latinText().toLongLong(&ok);
    if (!ok || quantity <= 0) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter how many blank cards arrived."), {},
                                         QStringLiteral("quantity")));
        return false;
    }
    const Core::Status added = m_context.cards().addStock(m_context.actor(), m_context.actor().branchId, typeId,
                                                          quantity, m_reason->text().trimmed());
    if (!added) {
        m_errors->report(added.error());
        return false;
    }
    accept();
    return true;
}

} // namespace Club::Ui
