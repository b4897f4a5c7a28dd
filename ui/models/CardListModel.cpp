// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardListModel.h"

#include "Format.h"
#include "Labels.h"

#include <QPalette>

namespace Club::Ui {

void CardListModel::setCards(const QList<Core::Card> &cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

int CardListModel::rowOf(qint64 cardId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id == cardId)
            return row;
    }
    return -1;
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Card &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return Labels::cardNumber(c.number);
        case TypeColumn:
            return c.cardTypeName.isEmpty() ? Labels::cardKind(c.kind) : c.cardTypeName;
        case StatusColumn:
            return Labels::cardStatus(c.status);
        case SequenceColumn:
            return Format::number(c.sequenceNo);
        case ExpiryColumn:
            //: A card without an expiry date
            return c.expiresOn.isValid() ? Format::date(c.expiresOn) : tr("Never");
        case PinColumn:
            if (c.pinLocked)
                //: The card's PIN: locked after too many wrong tries
                return tr("Locked");
            //: The card's PIN: set or not
            return c.hasPin ? tr("Set", "PIN") : tr("None", "PIN");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !c.blockReason.isEmpty())
            return Labels::storedBlockReason(c.blockReason);
        break;
    case Qt::ForegroundRole:
        if (c.status != Core::CardStatus::Active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case CardIdRole:
        return c.id;
    }
    return {};
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Card number");
    case TypeColumn:
        return tr("Card type");
    case StatusColumn:
        //: Card status column
        return tr("Status");
    case SequenceColumn:
        //: Which card of the member this is: 1 for the first, 2 after one replacement...
        return tr("Sequence");
    case ExpiryColumn:
        return tr("Expires");
    case PinColumn:
        return tr("PIN");
    }
    return {};
}

} // namespace Club::Ui
