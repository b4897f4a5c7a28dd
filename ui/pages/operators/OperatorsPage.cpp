// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorsPage.h"

#include "OperatorDialog.h"
#include "OperatorModel.h"
#include "PasswordDialog.h"
#include "widgets/ErrorDisplay.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

OperatorsPage::OperatorsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new OperatorModel(this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_password(new QPushButton(tr("Set &password…"), this))
{
    auto *heading = new QLabel(tr("Operators"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);

    m_table->setObjectName(QStringLiteral("operators"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OperatorModel::FullName, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Operators"));
    connect(m_table, &QTableView::activated, this, &OperatorsPage::editSelected);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addOperator"));
    m_edit->setObjectName(QStringLiteral("editOperator"));
    m_password->setObjectName(QStringLiteral("setPassword"));
    connect(add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_edit, &QPushButton::clicked, this, &OperatorsPage::editSelected);
    connect(m_password, &QPushButton::clicked, this, &OperatorsPage::setPasswordOfSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OperatorsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_password);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    // Another window or dialog may change operators; reload the next time this is shown.
    connect(&context.auth(), &Core::AuthService::operatorsChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    updateButtons();
}

QString OperatorsPage::title() const
{
    return tr("Operators");
}

QIcon OperatorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/operators.svg"));
}

void OperatorsPage::activate()
{
    if (m_stale)
        reload();
}

void OperatorsPage::reload()
{
    const Core::Id selected = selectedRow() >= 0 ? m_model->operatorAt(selectedRow()).id : Core::kNoId;
    const auto operators = context().auth().operators(context().actor());
    if (!operators) {
        showError(this, operators.error());
        return;
    }
    const auto branches = context().auth().branches(context().actor());
    m_model->setOperators(*operators, branches ? *branches : QList<Core::Branch>{});
    m_stale = false;
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
}

int OperatorsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void OperatorsPage::updateButtons()
{
    const bool any = selectedRow() >= 0;
    m_edit->setEnabled(any);
    m_password->setEnabled(any);
}

void OperatorsPage::addOperator()
{
    const std::optional<Core::Operator> added = OperatorDialog::addOperator(context(), this);
    if (!added)
        return;
    reload();
    const int row = m_model->rowOf(added->id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OperatorsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (OperatorDialog::editOperator(context(), m_model->operatorAt(row), this))
        reload();
}

void OperatorsPage::setPasswordOfSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (PasswordDialog::setPassword(context(), m_model->operatorAt(row), this))
        reload();
}

} // namespace Club::Ui
