// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Club::Ui {

// The operators as a table: user name, full name, role, branch, active, locked out.
class OperatorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, FullName, Role, Branch, Active, LockedOut, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOperators(const QList<Core::Operator> &operators, const QList<Core::Branch> &branches);
    Core::Operator operatorAt(int row) const { return m_operators.value(row); }
    int rowOf(Core::Id operatorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::Operator> m_operators;
    QHash<Core::Id, QString> m_branchNames;
};

} // namespace Club::Ui
