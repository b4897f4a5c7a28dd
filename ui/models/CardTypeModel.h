// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Club::Ui {

// Card types (CardService::cardTypes) with their rules; optionally the blank-card stock of
// one branch next to each type that tracks it.
class CardTypeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        PrefixColumn,
        LengthColumn,
        ValidityColumn,
        PinColumn,
        MaxPerMemberColumn,
        StockColumn,
        ActiveColumn,
        ColumnCount
    };
    static constexpr int CardTypeIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setCardTypes(const QList<Core::CardType> &types);
    // Blank cards on hand per card type id; types that track stock show their level.
    void setStock(const QHash<qint64, qint64> &stockByType);
    const QList<Core::CardType> &cardTypes() const { return m_types; }
    const Core::CardType &cardType(int row) const { return m_types.at(row); }
    int rowOf(qint64 cardTypeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::CardType> m_types;
    QHash<qint64, qint64> m_stock;
};

} // namespace Club::Ui
