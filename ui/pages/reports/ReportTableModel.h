// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>

namespace Club::Ui {

// A computed report for a table view: money, points, counts and percents in the user's
// digits, dates and months in the report's calendar (the store's: Jalali).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const Core::ReportTable &table);
    void clear();
    const Core::ReportTable &table() const { return m_table; }

    // A cell as the user reads it; also used by the chart, print and PDF.
    static QString text(const Core::ReportTable &table, int column, const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::ReportTable m_table;
};

} // namespace Club::Ui
