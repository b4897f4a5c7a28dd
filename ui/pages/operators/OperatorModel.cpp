// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorModel.h"

#include "Format.h"
#include "widgets/RoleName.h"

#include <QGuiApplication>
#include <QPalette>

namespace Club::Ui {

void OperatorModel::setOperators(const QList<Core::Operator> &operators, const QList<Core::Branch> &branches)
{
    beginResetModel();
    m_operators = operators;
    m_branchNames.clear();
    for (const Core::Branch &b : branches)
        m_branchNames.insert(b.id, b.name);
    endResetModel();
}

int OperatorModel::rowOf(Core::Id operatorId) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).id == operatorId)
            return row;
    }
    return -1;
}

int OperatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size())
        return {};
    const Core::Operator &o = m_operators.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return Format::ltr(o.username);
        case FullName:
            return o.fullName;
        case Role:
            return roleName(o.role);
        case Branch:
            return m_branchNames.value(o.branchId);
        case Active:
            return o.active ? tr("Active") : tr("Inactive");
        case LockedOut:
            //: In the "Locked out" column: too many wrong passwords
            return o.lockedOut ? tr("Locked out") : QString();
        }
    }
    if (role == Qt::ForegroundRole && !o.active)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    return {};
}

QVariant OperatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case FullName:
        return tr("Full name");
    case Role:
        return tr("Role");
    case Branch:
        return tr("Branch");
    case Active:
        //: Column header: whether the operator may log in
        return tr("Status");
    case LockedOut:
        return tr("Locked out");
    }
    return {};
}

} // namespace Club::Ui
