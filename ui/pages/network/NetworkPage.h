// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QTabWidget;

namespace Club::Ui {

class BranchesTab;
class MerchantsTab;
class GuildsTab;
class SettlementTab;

// The club as a network (administrators): branches and their terminals, merchants, guilds
// and the settlement between merchants. Each tab is its own widget, so more tabs (partner
// organisations) can be added without touching the others.
class NetworkPage : public Page
{
    Q_OBJECT

public:
    explicit NetworkPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::NetworkManage; }
    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    BranchesTab *branches() const { return m_branches; }
    MerchantsTab *merchants() const { return m_merchants; }
    GuildsTab *guilds() const { return m_guilds; }
    SettlementTab *settlement() const { return m_settlement; }

private:
    QTabWidget *m_tabs;
    BranchesTab *m_branches;
    MerchantsTab *m_merchants;
    GuildsTab *m_guilds;
    SettlementTab *m_settlement;
};

} // namespace Club::Ui
