// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QTabWidget;

namespace Club::Ui {

class LotteriesPanel;
class SurveysPanel;

// Engagement programmes: lotteries and contests, surveys and their results, one tab each.
// Needs EngagementManage (managers and admins).
class EngagementPage : public Page
{
    Q_OBJECT

public:
    explicit EngagementPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::EngagementManage; }
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    LotteriesPanel *lotteries() const { return m_lotteries; }
    SurveysPanel *surveys() const { return m_surveys; }

private:
    QTabWidget *m_tabs;
    LotteriesPanel *m_lotteries;
    SurveysPanel *m_surveys;
};

} // namespace Club::Ui
