// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Rule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

namespace Club::Ui {

// Rules or the versions of one rule, read-only: name, family, kind in words, priority,
// validity in the user's calendar and whether the version is in force.
class RuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FamilyColumn, KindColumn, PriorityColumn, ValidityColumn, StateColumn, ColumnCount };

    explicit RuleModel(QObject *parent = nullptr);

    // `now` decides what is in force; `zone` is the store's, in which validity days are read.
    void setRules(const QList<Core::Rule> &rules, const QDateTime &now, const QTimeZone &zone);
    const Core::Rule &rule(int row) const { return m_rules.at(row); }
    int rowOfSeries(qint64 seriesId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The local day an instant falls on, and the last day a rule ending at `end` covers.
    static QDate dayOf(const QDateTime &utc, const QTimeZone &zone);
    static QDate lastDayOf(const QDateTime &end, const QTimeZone &zone);
    QString validity(const Core::Rule &rule) const;
    QString state(const Core::Rule &rule) const;

private:
    QList<Core::Rule> m_rules;
    QDateTime m_now;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Club::Ui
