// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkTabs.h"

#include "NetworkDialogs.h"
#include "network/NetworkService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

NetworkTab::NetworkTab(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{}

NetworkListTab::NetworkListTab(UiContext &context, const QString &name, QWidget *parent)
    : NetworkTab(context, parent)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Deactivate"), this))
{
    setObjectName(name);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_toggle->setObjectName(QStringLiteral("toggleActive"));
    connect(m_add, &QPushButton::clicked, this, &NetworkListTab::add);
    connect(m_edit, &QPushButton::clicked, this, &NetworkListTab::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &NetworkListTab::toggleSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NetworkListTab::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &NetworkListTab::editSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void NetworkListTab::setHeaders(const QStringList &headers, int stretchColumn)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void NetworkListTab::setRows(const QList<QStringList> &rows, const QList<bool> &active)
{
    const int keep = selectedRow();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setTextAlignment(Qt::AlignLeading | Qt::AlignVCenter);
            if (!active.value(r, true))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    if (keep >= 0 && keep < rows.size())
        selectRow(keep);
    updateButtons();
}

void NetworkListTab::selectRow(int row)
{
    m_table->selectRow(row);
    updateButtons();
}

int NetworkListTab::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.constFirst().topRow();
}

void NetworkListTab::updateButtons()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !activeAt(row) ? tr("A&ctivate") : tr("&Deactivate"));
}

void NetworkListTab::toggleSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool activate = !activeAt(row);
    if (!activate &&
        MessageBox::question(this, tr("Deactivate"),
                             tr("Deactivate %1? It stays in the history and can be activated again.")
                                 .arg(describe(row))) != QMessageBox::Yes)
        return;
    if (Core::Status s = setActiveAt(row, activate); !s) {
        showError(this, s.error());
        return;
    }
    reload();
}

GuildsTab::GuildsTab(UiContext &context, QWidget *parent)
    : NetworkListTab(context, QStringLiteral("guilds"), parent)
{
    m_table->setAccessibleName(tr("Guilds"));
    setHeaders({tr("Guild"), tr("Status")}, 0);
}

void GuildsTab::reload()
{
    const auto guilds = m_context.network().guilds(m_context.actor());
    if (!guilds) {
        showError(this, guilds.error());
        return;
    }
    m_guilds = *guilds;
    QList<QStringList> rows;
    QList<bool> active;
    for (const Core::Guild &g : std::as_const(m_guilds)) {
        rows.append(QStringList{g.name, g.active ? tr("Active") : tr("Inactive")});
        active.append(g.active);
    }
    setRows(rows, active);
}

void GuildsTab::add()
{
    if (NetworkItemDialog::editGuild(m_context, Core::Guild{}, this))
        reload();
}

void GuildsTab::editSelected()
{
    const int row = selectedRow();
    if (row >= 0 && NetworkItemDialog::editGuild(m_context, m_guilds.at(row), this))
        reload();
}

Core::Status GuildsTab::setActiveAt(int row, bool active)
{
    return m_context.network().setActive(m_context.actor(), m_guilds.at(row), active);
}

MerchantsTab::MerchantsTab(UiContext &context, QWidget *parent)
    : NetworkListTab(context, QStringLiteral("merchants"), parent)
    , m_crossSpend(new QCheckBox(tr("Points earned at one merchant may be &spent at another"), this))
{
    m_table->setAccessibleName(tr("Merchants"));
    setHeaders({tr("Merchant"), tr("Guild"), tr("Points"), tr("Status")}, 0);
    m_crossSpend->setObjectName(QStringLiteral("crossSpend"));
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_crossSpend);
    connect(m_crossSpend, &QCheckBox::toggled, this, [this](bool on) {
        const auto now = m_context.network().crossMerchantSpend(m_context.actor());
        if (now && *now == on)
            return;
        if (Core::Status s = m_context.network().setCrossMerchantSpend(m_context.actor(), on); !s) {
            showError(this, s.error());
            const QSignalBlocker block(m_crossSpend);
            m_crossSpend->setChecked(!on);
        }
    });
}

void MerchantsTab::reload()
{
    const auto merchants = m_context.network().merchants(m_context.actor());
    if (!merchants) {
        showError(this, merchants.error());
        return;
    }
    m_merchants = *merchants;
    QList<QStringList> rows;
    QList<bool> active;
    for (const Core::Merchant &m : std::as_const(m_merchants)) {
        //: The home merchant: the store itself, in the merchants list
        const QString name = m.home ? tr("%1 (this store)").arg(m.name) : m.name;
        rows.append(QStringList{name, m.guildName, m.noCrossSpend ? tr("Kept here") : tr("Shared"),
                     m.active ? tr("Active") : tr("Inactive")});
        active.append(m.active);
    }
    setRows(rows, active);
    const auto cross = m_context.network().crossMerchantSpend(m_context.actor());
    const QSignalBlocker block(m_crossSpend);
    m_crossSpend->setChecked(cross && *cross);
}

void MerchantsTab::add()
{
    if (NetworkItemDialog::editMerchant(m_context, Core::Merchant{}, this))
        reload();
}

void MerchantsTab::editSelected()
{
    const int row = selectedRow();
    if (row >= 0 && NetworkItemDialog::editMerchant(m_context, m_merchants.at(row), this))
        reload();
}

Core::Status MerchantsTab::setActiveAt(int row, bool active)
{
    return m_context.network().setActive(m_context.actor(), m_merchants.at(row), active);
}

BranchesTab::BranchesTab(UiContext &context, QWidget *parent)
    : NetworkListTab(context, QStringLiteral("branches"), parent)
{
    m_table->setAccessibleName(tr("Branches"));
    setHeaders({tr("Code"), tr("Branch"), tr("Merchant"), tr("Terminals"), tr("Status")}, 1);
}

void BranchesTab::reload()
{
    const auto branches = m_context.network().branches(m_context.actor());
    if (!branches) {
        showError(this, branches.error());
        return;
    }
    m_branches = *branches;
    QList<QStringList> rows;
    QList<bool> active;
    for (const Core::NetworkBranch &b : std::as_const(m_branches)) {
        rows.append(QStringList{b.code, b.name, b.merchantName,
                     b.terminals.isEmpty() ? tr("None known") : QLocale().createSeparatedList(b.terminals),
                     b.active ? tr("Active") : tr("Inactive")});
        active.append(b.active);
    }
    setRows(rows, active);
}

void BranchesTab::add()
{
    if (NetworkItemDialog::editBranch(m_context, Core::NetworkBranch{}, this))
        reload();
}

void BranchesTab::editSelected()
{
    const int row = selectedRow();
    if (row >= 0 && NetworkItemDialog::editBranch(m_context, m_branches.at(row), this))
        reload();
}

Core::Status BranchesTab::setActiveAt(int row, bool active)
{
    return m_context.network().setActive(m_context.actor(), m_branches.at(row), active);
}

} // namespace Club::Ui
