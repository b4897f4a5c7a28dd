// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPage.h"

#include "NetworkTabs.h"
#include "SettlementTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Club::Ui {

NetworkPage::NetworkPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tabs(new QTabWidget(this))
    , m_branches(new BranchesTab(context, this))
    , m_merchants(new MerchantsTab(context, this))
    , m_guilds(new GuildsTab(context, this))
    , m_settlement(new SettlementTab(context, this))
{
    auto *heading = new QLabel(tr("Network"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);

    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_tabs->addTab(m_branches, tr("&Branches"));
    m_tabs->addTab(m_merchants, tr("&Merchants"));
    m_tabs->addTab(m_guilds, tr("&Guilds"));
    m_tabs->addTab(m_settlement, tr("&Settlement"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { activate(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

QString NetworkPage::title() const
{
    return tr("Network");
}

QIcon NetworkPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/network.svg"));
}

void NetworkPage::activate()
{
    if (auto *tab = qobject_cast<NetworkTab *>(m_tabs->currentWidget()))
        tab->reload();
}

} // namespace Club::Ui
