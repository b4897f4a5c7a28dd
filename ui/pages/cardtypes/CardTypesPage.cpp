// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardTypesPage.h"

#include "CardTypeDialog.h"
#include "cards/CardService.h"
#include "pages/designer/CardDesignerDialog.h"
#include "models/TableViews.h"
#include "models/CardTypeModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

CardTypesPage::CardTypesPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new CardTypeModel(this))
    , m_table(new QTableView(this))
    , m_showInactive(new QCheckBox(tr("Show &inactive types"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    //: Opens the designer of the printed card for the selected card type
    , m_design(new QPushButton(tr("&Design Card…"), this))
    , m_status(new QLabel(this))
{
    auto *create = new QPushButton(tr("&New Card Type…"), this);
    create->setObjectName(QStringLiteral("newCardType"));
    create->setToolTip(
        tr("New card type (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(create, &QPushButton::clicked, this, &CardTypesPage::newCardType);
    auto *shortcut = new QShortcut(QKeySequence::New, this);
    connect(shortcut, &QShortcut::activated, this, &CardTypesPage::newCardType);
    m_edit->setObjectName(QStringLiteral("editCardType"));
    connect(m_edit, &QPushButton::clicked, this, &CardTypesPage::editSelected);
    m_design->setObjectName(QStringLiteral("designCard"));
    connect(m_design, &QPushButton::clicked, this, &CardTypesPage::designSelected);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    connect(m_showInactive, &QCheckBox::toggled, this, &CardTypesPage::reload);

    m_table->setObjectName(QStringLiteral("cardTypes"));
    TableViews::setUp(m_table, m_model);
    m_table->setColumnHidden(CardTypeModel::StockColumn, true);
    // Enter and double-click both edit.
    connect(m_table, &QTableView::activated, this, &CardTypesPage::editSelected);

    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_design);
    buttons->addStretch(1);
    buttons->addWidget(m_showInactive);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(&context.cards(), &Core::CardService::cardTypesChanged, this, &CardTypesPage::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_edit->setEnabled(m_model->rowCount() > 0);
        m_design->setEnabled(m_model->rowCount() > 0);
    });
    reload();
}

QString CardTypesPage::title() const
{
    //: Side bar page title
    return tr("Card Types");
}

QIcon CardTypesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/cardtypes.svg"));
}

void CardTypesPage::activate()
{
    reload();
    m_table->setFocus();
}

void CardTypesPage::reload()
{
    const int selectedRow = TableViews::selectedRow(m_table);
    const qint64 keep = selectedRow < 0 ? 0 : m_model->cardType(selectedRow).id;
    Core::Result<QList<Core::CardType>> types =
        context().cards().cardTypes(context().actor(), m_showInactive->isChecked());
    if (!types) {
        m_status->setText(types.error().message);
        return;
    }
    m_status->setText(types->isEmpty() ? tr("No card types yet. Create the first with New Card Type.") : QString());
    m_model->setCardTypes(*types);
    if (keep != 0)
        selectType(keep);
    if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        TableViews::selectRow(m_table, 0);
}

void CardTypesPage::selectType(qint64 cardTypeId)
{
    const int row = m_model->rowOf(cardTypeId);
    if (row >= 0)
        TableViews::selectRow(m_table, row);
}

void CardTypesPage::newCardType()
{
    if (std::optional<Core::CardType> created = CardTypeDialog::createCardType(context(), this)) {
        reload();
        selectType(created->id);
    }
}

void CardTypesPage::editSelected()
{
    const int selectedRow = TableViews::selectedRow(m_table);
    if (selectedRow < 0)
        return;
    const Core::CardType type = m_model->cardType(selectedRow);
    if (CardTypeDialog::editCardType(context(), type, this)) {
        reload();
        selectType(type.id);
    }
}

void CardTypesPage::designSelected()
{
    const int selectedRow = TableViews::selectedRow(m_table);
    if (selectedRow < 0)
        return;
    CardDesignerDialog::design(context(), m_model->cardType(selectedRow), this);
}

} // namespace Club::Ui
