// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingPage.h"

#include "CampaignsPanel.h"
#include "MessagingSettingsPanel.h"
#include "OccasionsPanel.h"
#include "SegmentsPanel.h"
#include "TemplatesPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Club::Ui {

MessagingPage::MessagingPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tabs(new QTabWidget(this))
    , m_templates(new TemplatesPanel(context, m_tabs))
    , m_segments(new SegmentsPanel(context, m_tabs))
    , m_campaigns(new CampaignsPanel(context, m_tabs))
    , m_occasions(new OccasionsPanel(context, m_tabs))
    , m_settings(new MessagingSettingsPanel(context, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("messagingTabs"));
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_segments, tr("Segments"));
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    m_tabs->addTab(m_occasions, tr("Occasions"));
    m_tabs->addTab(m_settings, tr("Settings"));
    // Each tab shows what the others changed (a new template in the campaign's list...).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QString MessagingPage::title() const
{
    //: Side bar page: messages to members (SMS, email, campaigns)
    return tr("Messaging");
}

void MessagingPage::activate()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_templates)
        m_templates->reload();
    else if (current == m_segments)
        m_segments->reload();
    else if (current == m_campaigns)
        m_campaigns->reload();
    else if (current == m_occasions)
        m_occasions->reload();
    else if (current == m_settings)
        m_settings->load();
}

} // namespace Club::Ui
