// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceChart.h"

#include "Format.h"

#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGuiApplication>
#include <QLineSeries>

#include <cmath>
#include <limits>

namespace Club::Ui {

namespace {
constexpr int kTimeTicks = 5;
constexpr int kAmountTicks = 5;

// A round step near range / ticks: 1, 2 or 5 times a power of ten, at least 1.
qint64 niceStep(qint64 range, int ticks)
{
    const double raw = std::max<double>(1.0, double(range) / ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * power >= raw)
            return std::max<qint64>(1, qint64(f * power));
    }
    return qint64(10 * power);
}
} // namespace

PriceChart::PriceChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // QtCharts elides axis labels laid out right to left; the chart is drawn left to
    // right and only puts the amounts on the reading side (see rebuild()).
    setLayoutDirection(Qt::LeftToRight);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(220);
}

QList<QPointF> PriceChart::stepPoints(const QList<Core::PricePeriod> &periods, const QDateTime &until)
{
    QList<QPointF> points;
    for (const Core::PricePeriod &p : periods) {
        const QDateTime end = p.until.isValid() ? p.until : std::max(until, p.from);
        points.append(QPointF(double(p.from.toMSecsSinceEpoch()), double(p.price)));
        points.append(QPointF(double(end.toMSecsSinceEpoch()), double(p.price)));
    }
    return points;
}

void PriceChart::setLines(const QList<Line> &lines, const QDateTime &until)
{
    m_lines = lines;
    m_until = until;
    rebuild();
}

QList<QLineSeries *> PriceChart::lines() const
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out.append(line);
    }
    return out;
}

static QStringList labelsOf(const QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    if (axes.isEmpty())
        return {};
    auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
    return axis ? axis->categoriesLabels() : QStringList();
}

QStringList PriceChart::timeLabels() const
{
    return labelsOf(chart(), Qt::Horizontal);
}

QStringList PriceChart::amountLabels() const
{
    return labelsOf(chart(), Qt::Vertical);
}

void PriceChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LocaleChange)
        rebuild();
}

void PriceChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    qint64 minX = std::numeric_limits<qint64>::max();
    qint64 maxX = std::numeric_limits<qint64>::min();
    qint64 maxY = 0;
    QList<QLineSeries *> series;
    for (const Line &line : m_lines) {
        const QList<QPointF> points = stepPoints(line.periods, m_until);
        if (points.isEmpty())
            continue;
        auto *s = new QLineSeries;
        s->setName(line.name);
        s->append(points);
        for (const QPointF &p : points) {
            minX = std::min(minX, qint64(p.x()));
            maxX = std::max(maxX, qint64(p.x()));
            maxY = std::max(maxY, qint64(p.y()));
        }
        series.append(s);
    }
    c->legend()->setVisible(!series.isEmpty());
    if (series.isEmpty())
        return;
    if (maxX <= minX)
        maxX = minX + 24 * 3600 * 1000LL;

    auto *time = new QCategoryAxis;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A little room at both ends, so the first and last dates are drawn whole.
    const qint64 pad = (maxX - minX) / 25;
    time->setRange(double(minX - pad), double(maxX + pad));
    time->setStartValue(double(minX - pad - 1)); // a category must end above the start
    // Category labels must be unique: a short range gives the same day twice.
    QStringList seen;
    for (int i = 0; i <= kTimeTicks; ++i) {
        const qint64 x = minX + (maxX - minX) * i / kTimeTicks;
        const QString label = Format::date(QDateTime::fromMSecsSinceEpoch(x, Qt::UTC).toLocalTime().date());
        if (seen.contains(label))
            continue;
        seen.append(label);
        time->append(label, double(x));
    }
    time->setGridLineVisible(true);

    const qint64 step = niceStep(maxY, kAmountTicks);
    const qint64 top = (maxY / step + 1) * step;
    auto *amount = new QCategoryAxis;
    amount->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    amount->setRange(0, double(top));
    amount->setStartValue(-1);
    for (qint64 y = 0; y <= top; y += step)
        amount->append(Format::money(y), double(y));
    // QtCharts reserves too little width for Persian and Arabic digits and would elide
    // every label to "…".
    amount->setTruncateLabels(false);
    time->setTruncateLabels(false);
    c->addAxis(time, Qt::AlignBottom);
    c->addAxis(amount, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        c->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(amount);
    }
}

} // namespace Club::Ui
