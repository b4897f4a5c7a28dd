// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The member view's tier history: every change of tier, newest first, with the reason
// (an upgrade after a sale, a downgrade or a kept tier at the review) and the qualifying
// points or amount it was decided on.
class MemberTierPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberTierPanel(UiContext &context, QWidget *parent = nullptr);

    void showMember(Core::Id memberId);
    QTableWidget *table() const { return m_table; }

private:
    UiContext &m_context;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace Club::Ui
