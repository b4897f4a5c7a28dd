// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QAbstractTableModel>

namespace Club::Ui {

// A member's cards (CardService::cardsOfMember): number, type, status, sequence, expiry, PIN.
class CardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TypeColumn, StatusColumn, SequenceColumn, ExpiryColumn, PinColumn, ColumnCount };
    static constexpr int CardIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setCards(const QList<Core::Card> &cards);
    const QList<Core::Card> &cards() const { return m_cards; }
    const Core::Card &card(int row) const { return m_cards.at(row); }
    int rowOf(qint64 cardId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::Card> m_cards;
};

} // namespace Club::Ui
