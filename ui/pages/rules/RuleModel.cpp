// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleModel.h"

#include "Format.h"
#include "RuleText.h"

namespace Club::Ui {

RuleModel::RuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RuleModel::setRules(const QList<Core::Rule> &rules, const QDateTime &now, const QTimeZone &zone)
{
    beginResetModel();
    m_rules = rules;
    m_now = now;
    m_zone = zone;
    endResetModel();
}

int RuleModel::rowOfSeries(qint64 seriesId) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).seriesId == seriesId)
            return i;
    }
    return -1;
}

int RuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate RuleModel::dayOf(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).date() : QDate();
}

QDate RuleModel::lastDayOf(const QDateTime &end, const QTimeZone &zone)
{
    // A rule ends at the first instant it is no longer in force.
    return end.isValid() ? end.addSecs(-1).toTimeZone(zone).date() : QDate();
}

QString RuleModel::validity(const Core::Rule &r) const
{
    const QString from = Format::date(dayOf(r.validFrom, m_zone));
    if (!r.validTo.isValid())
        //: Validity of a rule with no end; %1 is its first day
        return tr("from %1").arg(from);
    //: Validity of a rule; %1 first day, %2 last day
    return tr("%1 to %2").arg(from, Format::date(lastDayOf(r.validTo, m_zone)));
}

QString RuleModel::state(const Core::Rule &r) const
{
    if (r.validTo.isValid() && r.validTo <= m_now)
        //: A rule (version) no longer in force
        return tr("Ended");
    if (r.validFrom > m_now)
        //: A rule (version) that starts later
        return tr("Starts later");
    //: A rule (version) in force now
    return tr("Active");
}

QVariant RuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const Core::Rule &r = m_rules.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case FamilyColumn:
            return RuleText::family(r.family);
        case KindColumn:
            return RuleText::kind(r);
        case PriorityColumn:
            return Format::number(r.priority);
        case ValidityColumn:
            return validity(r);
        case StateColumn:
            return state(r);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

QVariant RuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FamilyColumn:
        //: Column: earn points or discount
        return tr("Type");
    case KindColumn:
        //: Column: what the rule does, in words
        return tr("What it does");
    case PriorityColumn:
        return tr("Priority");
    case ValidityColumn:
        return tr("Valid");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace Club::Ui
