// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "ReportTableModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace Club::Ui::ReportCharts {

using namespace Core;

QChart *make(const QStringList &categories, const QList<Series> &series, bool lines, const QString &title)
{
    auto *chart = new QChart;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setReverse(rtl);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    qreal top = 0;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    if (lines) {
        for (const Series &s : series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            line->setPointsVisible(true);
            for (int i = 0; i < s.values.size(); ++i) {
                line->append(i, s.values.at(i));
                top = qMax(top, s.values.at(i));
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    } else {
        auto *bars = new QBarSeries;
        for (const Series &s : series) {
            auto *set = new QBarSet(s.name);
            for (qreal v : s.values) {
                set->append(v);
                top = qMax(top, v);
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    return chart;
}

QChart *forTable(const ReportTable &table)
{
    const ReportChart &spec = table.chart;
    if (spec.type == ReportChart::Type::None || table.rows.isEmpty() || spec.valueColumns.isEmpty())
        return nullptr;
    QStringList categories;
    QList<Series> series;
    if (spec.categoryColumn < 0) {
        // One bar per value column, summed over the rows (aging buckets).
        Series s{table.title, {}};
        for (int c : spec.valueColumns) {
            categories << table.columns.at(c).title;
            qreal sum = 0;
            for (const QVariantList &row : table.rows)
                sum += qreal(row.value(c).toLongLong());
            s.values << sum;
        }
        series << s;
    } else {
        // Value columns summed per category, categories in the table's order.
        QHash<QString, int> index;
        for (int c : spec.valueColumns)
            series << Series{table.columns.at(c).title, {}};
        for (const QVariantList &row : table.rows) {
            const QString label = ReportTableModel::text(table, spec.categoryColumn, row.value(spec.categoryColumn));
            auto it = index.find(label);
            if (it == index.end()) {
                it = index.insert(label, int(categories.size()));
                categories << label;
                for (Series &s : series)
                    s.values << 0;
            }
            for (int i = 0; i < spec.valueColumns.size(); ++i)
                series[i].values[*it] += qreal(row.value(spec.valueColumns.at(i)).toLongLong());
        }
    }
    return make(categories, series, spec.type == ReportChart::Type::Line);
}

} // namespace Club::Ui::ReportCharts
