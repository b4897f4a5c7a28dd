// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardEventModel.h"

#include "Format.h"
#include "Labels.h"

namespace Club::Ui {

void CardEventModel::setEvents(const QList<Core::CardEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int CardEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CardEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::CardEvent &e = m_events.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return Format::dateTime(e.at);
    case EventColumn:
        return Labels::cardEvent(e.event);
    case OperatorColumn:
        return e.operatorName;
    case DetailColumn:
        return Labels::cardEventDetail(e.event, e.detail);
    }
    return {};
}

QVariant CardEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        //: Column: date and time
        return tr("When");
    case EventColumn:
        //: Column: what happened to the card
        return tr("Event");
    case OperatorColumn:
        return tr("Operator");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace Club::Ui
