// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerTypes.h"

#include <QAbstractTableModel>

namespace Club::Ui {

// A member account's last transactions (LedgerService::history), newest first, each with
// the account's own net change.
class LedgerHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, PointsColumn, MoneyColumn, OperatorColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setTransactions(const QList<Core::JournalTransaction> &transactions);
    const Core::JournalTransaction &transaction(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::JournalTransaction> m_rows;
};

} // namespace Club::Ui
