// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QTabWidget;

namespace Club::Ui {

class CampaignsPanel;
class MessagingSettingsPanel;
class OccasionsPanel;
class SegmentsPanel;
class TemplatesPanel;

// Messages to members: templates, segments, campaigns, occasions and the channels'
// settings, one tab each. Needs MessagingManage (managers and admins).
class MessagingPage : public Page
{
    Q_OBJECT

public:
    explicit MessagingPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::MessagingManage; }
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    TemplatesPanel *templates() const { return m_templates; }
    SegmentsPanel *segments() const { return m_segments; }
    CampaignsPanel *campaigns() const { return m_campaigns; }
    OccasionsPanel *occasions() const { return m_occasions; }
    MessagingSettingsPanel *settings() const { return m_settings; }

private:
    QTabWidget *m_tabs;
    TemplatesPanel *m_templates;
    SegmentsPanel *m_segments;
    CampaignsPanel *m_campaigns;
    OccasionsPanel *m_occasions;
    MessagingSettingsPanel *m_settings;
};

} // namespace Club::Ui
