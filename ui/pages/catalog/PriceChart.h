// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Catalog.h"

#include <QChartView>
#include <QList>

class QLineSeries;

namespace Club::Ui {

// A product's price over time as a step line per branch. Both axes are category axes
// whose labels we write ourselves, so dates come out in the user's calendar and amounts
// in the user's digits (QDateTimeAxis knows neither). The chart itself is drawn left to
// right: QtCharts lays out right-to-left axis labels badly.
class PriceChart : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name; // "All branches", a branch's name
        QList<Core::PricePeriod> periods;
    };

    explicit PriceChart(QWidget *parent = nullptr);

    // `until` closes the open periods on the chart (now, or a little after the last start).
    void setLines(const QList<Line> &lines, const QDateTime &until);
    QList<QLineSeries *> lines() const;
    // The labels of the time and amount axes, for tests.
    QStringList timeLabels() const;
    QStringList amountLabels() const;

    // The points of one step line: each period from its start to its end at its price.
    static QList<QPointF> stepPoints(const QList<Core::PricePeriod> &periods, const QDateTime &until);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Line> m_lines;
    QDateTime m_until;
};

} // namespace Club::Ui
