// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"
#include "reports/Report.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace Club::Ui {

class UiContext;

// The member's last twelve months (store calendar): what they spent each month, and the
// points their account earned and spent (ReportService::memberMonths).
class MemberChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberChartsPanel(UiContext &context, QWidget *parent = nullptr);

    void setMember(const Core::Member &member);
    void reload();
    const QList<Core::MemberMonth> &months() const { return m_months; }

private:
    UiContext &m_context;
    Core::Member m_member;
    QList<Core::MemberMonth> m_months;
    QChartView *m_spend;
    QChartView *m_points;
    QLabel *m_error;
};

} // namespace Club::Ui
