// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngagementPage.h"

#include "LotteriesPanel.h"
#include "SurveysPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Club::Ui {

EngagementPage::EngagementPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tabs(new QTabWidget(this))
    , m_lotteries(new LotteriesPanel(context, m_tabs))
    , m_surveys(new SurveysPanel(context, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("engagementTabs"));
    //: Tab: lottery draws and contests for members
    m_tabs->addTab(m_lotteries, tr("&Lotteries"));
    m_tabs->addTab(m_surveys, tr("S&urveys"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString EngagementPage::title() const
{
    //: Side bar page: lotteries, contests and surveys for members
    return tr("Engagement");
}

void EngagementPage::activate()
{
    if (m_tabs->currentWidget() == m_lotteries)
        m_lotteries->reload();
    else
        m_surveys->reload();
}

} // namespace Club::Ui
