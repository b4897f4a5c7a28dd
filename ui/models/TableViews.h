// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

namespace Club::Ui::TableViews {

// A read-only list of records: whole rows selected one at a time, Tab leaves the table,
// columns sized to their content with the last one stretched, headers aligned to the
// reading direction.
void setUp(QTableView *table, QAbstractItemModel *model);

// Selects and makes current the whole row. QTableView::selectRow() finds its column from
// the viewport's far edge under right-to-left and selects nothing when the columns do
// not reach it, so rows are selected through the selection model here.
void selectRow(QTableView *table, int row);
// The row of the current selection, or -1.
int selectedRow(const QTableView *table);

} // namespace Club::Ui::TableViews
