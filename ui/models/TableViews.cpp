// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace Club::Ui::TableViews {

void setUp(QTableView *table, QAbstractItemModel *model)
{
    if (table->model() != model) // a QTableWidget keeps its own model
        table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
}

void selectRow(QTableView *table, int row)
{
    QAbstractItemModel *model = table->model();
    QItemSelectionModel *selection = table->selectionModel();
    if (!model || !selection || row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

int selectedRow(const QTableView *table)
{
    const QItemSelectionModel *selection = table->selectionModel();
    if (!selection)
        return -1;
    const QModelIndexList selected = selection->selectedIndexes();
    return selected.isEmpty() ? -1 : selected.first().row();
}

} // namespace Club::Ui::TableViews
