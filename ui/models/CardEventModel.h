// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QAbstractTableModel>

namespace Club::Ui {

// A card's history (CardService::history): when, what, who, detail.
class CardEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, OperatorColumn, DetailColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<Core::CardEvent> &events);
    const Core::CardEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::CardEvent> m_events;
};

} // namespace Club::Ui
