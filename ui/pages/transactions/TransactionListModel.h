// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "transactions/Transactions.h"
#include "util/Result.h"

#include <QAbstractTableModel>

namespace Club::Core {
class TransactionService;
}

namespace Club::Ui {

// Journal transactions that a filter keeps, newest first, read a page at a time as the
// view scrolls (canFetchMore/fetchMore over TransactionService's keyset pages).
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        DateColumn,
        KindColumn,
        MemberColumn,
        PointsColumn,
        MoneyColumn,
        BranchColumn,
        OperatorColumn,
        StateColumn,
        ColumnCount
    };

    TransactionListModel(Core::TransactionService &service, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Starts over with this filter; the first page is read at once.
    Core::Status load(const Core::Actor &actor, const Core::TransactionFilter &filter);
    const Core::TransactionRow &row(int row) const { return m_rows.at(row); }
    int rowOf(Core::Id transactionId) const;
    const Core::Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const Core::Error &error);

private:
    Core::TransactionService &m_service;
    Core::Actor m_actor;
    Core::TransactionFilter m_filter;
    QList<Core::TransactionRow> m_rows;
    Core::TransactionCursor m_next;
    bool m_more = false;
    int m_pageSize = 100;
    Core::Error m_error;
};

} // namespace Club::Ui
