// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"

#include <QList>
#include <QPair>
#include <QStringList>

class QChart;

namespace Club::Ui::ReportCharts {

struct Series
{
    QString name;
    QList<qreal> values; // one per category (plotting only; the figures stay integers elsewhere)
};

// Bars (or lines) over categories in reading order: under right-to-left the first category
// stands at the right. Axis numbers in the user's digits. The caller owns the chart.
QChart *make(const QStringList &categories, const QList<Series> &series, bool lines, const QString &title = {});

// The picture of a report (ReportTable::chart); null when the report has none or no rows.
QChart *forTable(const Core::ReportTable &table);

} // namespace Club::Ui::ReportCharts
