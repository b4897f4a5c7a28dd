// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberChartsPanel.h"

#include "UiContext.h"
#include "pages/reports/ReportCharts.h"
#include "reports/ReportService.h"
#include "sales/SalesService.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Club::Ui {

MemberChartsPanel::MemberChartsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_spend(new QChartView(this))
    , m_points(new QChartView(this))
    , m_error(new QLabel(this))
{
    m_spend->setObjectName(QStringLiteral("spendChart"));
    m_points->setObjectName(QStringLiteral("pointsChart"));
    for (QChartView *view : {m_spend, m_points}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
    }
    m_error->setObjectName(QStringLiteral("chartsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_spend, 1);
    charts->addWidget(m_points, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(charts, 1);
}

void MemberChartsPanel::setMember(const Core::Member &member)
{
    m_member = member;
    reload();
}

void MemberChartsPanel::reload()
{
    if (m_member.id == Core::kNoId)
        return;
    Core::Result<QList<Core::MemberMonth>> months =
        m_context.reports().memberMonths(m_context.actor(), m_member.id);
    if (!months) {
        m_error->setText(months.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_months = *months;
    const QCalendar calendar = m_context.sales().settings().calendar;
    QStringList categories;
    ReportCharts::Series spend{tr("Spent"), {}};
    //: Points the member earned in a month
    ReportCharts::Series earned{tr("Points earned"), {}};
    //: Points the member paid with in a month
    ReportCharts::Series spent{tr("Points spent"), {}};
    for (const Core::MemberMonth &m : std::as_const(m_months)) {
        const QCalendar::YearMonthDay p = calendar.partsFromDate(m.month);
        // Month numbers: twelve month names side by side do not fit a half-width chart.
        categories << QLocale().toString(p.month);
        spend.values << qreal(m.spend);
        earned.values << qreal(m.earned);
        spent.values << qreal(m.spent);
    }
    for (auto [view, chart] : {std::pair{m_spend, ReportCharts::make(categories, {spend}, false,
                                                                      tr("Purchases by month, last 12 months"))},
                               std::pair{m_points, ReportCharts::make(categories, {earned, spent}, false,
                                                                      tr("Points earned and spent by month, last 12 months"))}}) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

} // namespace Club::Ui
