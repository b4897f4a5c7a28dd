// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableModel.h"

#include "Format.h"

#include <QLocale>

namespace Club::Ui {

using namespace Core;

namespace {
bool numeric(ColumnKind kind)
{
    return kind == ColumnKind::Money || kind == ColumnKind::Points || kind == ColumnKind::Count ||
           kind == ColumnKind::Percent;
}
} // namespace

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable(ReportTable{});
}

QString ReportTableModel::text(const ReportTable &table, int column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    QLocale locale;
    switch (table.columns.at(column).kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Date: {
        // Days in the report's calendar with the locale's digits, as Format::date writes them.
        return locale.toString(value.toDate(), QStringLiteral("yyyy/MM/dd"), table.calendar);
    }
    case ColumnKind::Month: {
        const QCalendar::YearMonthDay p = table.calendar.partsFromDate(value.toDate());
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        //: A report's month: %1 the month's name, %2 the year
        return tr("%1 %2").arg(table.calendar.monthName(locale, p.month, p.year), plain.toString(p.year));
    }
    case ColumnKind::Money:
        return Format::money(value.toLongLong());
    case ColumnKind::Points:
    case ColumnKind::Count:
        return Format::number(value.toLongLong());
    case ColumnKind::Percent: {
        const qint64 v = value.toLongLong();
        const qint64 a = v < 0 ? -v : v;
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        const QString hundredths = plain.toString(a % 100 + 100).right(2); // two digits, in the locale's script
        return (v < 0 ? locale.negativeSign() : QString()) + Format::number(a / 100) + locale.decimalPoint() +
               hundredths + locale.percent();
    }
    }
    return value.toString();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_table.columns.size())
        return {};
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(m_table, index.column(), value);
    case Qt::TextAlignmentRole:
        return int((numeric(m_table.columns.at(index.column()).kind) ? Qt::AlignTrailing : Qt::AlignLeading) |
                   Qt::AlignVCenter);
    case Qt::UserRole:
        return value; // the raw value, for sorting and tests
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return int((numeric(m_table.columns.at(section).kind) ? Qt::AlignTrailing : Qt::AlignLeading) |
                   Qt::AlignVCenter);
    return {};
}

} // namespace Club::Ui
