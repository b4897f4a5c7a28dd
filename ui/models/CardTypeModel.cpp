// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardTypeModel.h"

#include "Format.h"
#include "Labels.h"

#include <QPalette>

namespace Club::Ui {

void CardTypeModel::setCardTypes(const QList<Core::CardType> &types)
{
    beginResetModel();
    m_types = types;
    endResetModel();
}

void CardTypeModel::setStock(const QHash<qint64, qint64> &stockByType)
{
    m_stock = stockByType;
    if (!m_types.isEmpty())
        Q_EMIT dataChanged(index(0, StockColumn), index(int(m_types.size()) - 1, StockColumn));
}

int CardTypeModel::rowOf(qint64 cardTypeId) const
{
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).id == cardTypeId)
            return row;
    }
    return -1;
}

int CardTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int CardTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardTypeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::CardType &t = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case KindColumn:
            return Labels::cardKind(t.kind);
        case PrefixColumn:
            return Format::ltr(t.prefix);
        case LengthColumn:
            return Format::number(t.numberLength);
        case ValidityColumn:
            //: Card validity: the card never expires
            return t.validityMonths == 0 ? tr("Never expires") : tr("%Ln month(s)", nullptr, t.validityMonths);
        case PinColumn:
            return Labels::yesNo(t.pinRequired);
        case MaxPerMemberColumn:
            //: Cards of this type one member may hold: no limit
            return t.maxPerMember == 0 ? tr("No limit") : Format::number(t.maxPerMember);
        case StockColumn:
            if (!t.trackStock)
                //: Blank card stock is not counted for this card type
                return tr("Not tracked");
            return m_stock.contains(t.id) ? Format::number(m_stock.value(t.id)) : QString();
        case ActiveColumn:
            return Labels::yesNo(t.active);
        }
        break;
    case Qt::ForegroundRole:
        if (!t.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case CardTypeIdRole:
        return t.id;
    }
    return {};
}

QVariant CardTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        //: Column: loyalty, gift, discount...
        return tr("Kind");
    case PrefixColumn:
        //: Column: the digits every card number of this type starts with
        return tr("Prefix");
    case LengthColumn:
        //: Column: how many digits a card number has
        return tr("Digits");
    case ValidityColumn:
        return tr("Validity");
    case PinColumn:
        return tr("PIN required");
    case MaxPerMemberColumn:
        return tr("Per member");
    case StockColumn:
        //: Column: blank cards on hand at this branch
        return tr("Blank stock");
    case ActiveColumn:
        //: Column: whether new cards of this type may be issued
        return tr("Active");
    }
    return {};
}

} // namespace Club::Ui
