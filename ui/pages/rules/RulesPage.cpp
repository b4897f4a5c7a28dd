// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesPage.h"

#include "RuleDialog.h"
#include "RuleModel.h"
#include "RuleTryPanel.h"
#include "models/TableViews.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

RulesPage::RulesPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_model(new RuleModel(this))
    , m_versions(new RuleModel(this))
    , m_table(new QTableView(this))
    , m_versionTable(new QTableView(this))
    , m_showEnded(new QCheckBox(tr("Show &ended rules"), this))
    , m_new(new QPushButton(tr("&New Rule…"), this))
    //: Makes a new version of the selected rule from a chosen day
    , m_revise(new QPushButton(tr("&Change…"), this))
    , m_end(new QPushButton(tr("E&nd Rule…"), this))
    , m_status(new QLabel(this))
    , m_try(new RuleTryPanel(context, this))
{
    m_new->setObjectName(QStringLiteral("newRule"));
    m_new->setToolTip(tr("New rule (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_revise->setObjectName(QStringLiteral("reviseRule"));
    m_end->setObjectName(QStringLiteral("endRule"));
    m_showEnded->setObjectName(QStringLiteral("showEnded"));
    connect(m_new, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this, &RulesPage::newRule);
    connect(m_revise, &QPushButton::clicked, this, &RulesPage::reviseSelected);
    connect(m_end, &QPushButton::clicked, this, &RulesPage::endSelected);
    connect(m_showEnded, &QCheckBox::toggled, this, &RulesPage::reload);

    m_table->setObjectName(QStringLiteral("rules"));
    TableViews::setUp(m_table, m_model);
    connect(m_table, &QTableView::activated, this, &RulesPage::reviseSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showVersions();
        updateButtons();
    });
    m_versionTable->setObjectName(QStringLiteral("versions"));
    TableViews::setUp(m_versionTable, m_versions);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_revise);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    buttons->addWidget(m_showEnded);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 3);
    auto *versionsLabel = new QLabel(tr("&Versions of the selected rule:"), left);
    versionsLabel->setBuddy(m_versionTable);
    leftLayout->addWidget(versionsLabel);
    leftLayout->addWidget(m_versionTable, 1);
    leftLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_try);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&context.rules(), &RuleService::rulesChanged, this, &RulesPage::reload);
    connect(&context, &UiContext::actorChanged, this, &RulesPage::updateButtons);
    reload();
}

QString RulesPage::title() const
{
    //: Side bar page title: earn and discount rules
    return tr("Rules");
}

QIcon RulesPage::icon() const
{
    // No icon of its own yet: the window uses the one named in addPage when it exists.
    return {};
}

void RulesPage::activate()
{
    m_try->reload();
    reload();
    m_table->setFocus();
}

void RulesPage::reload()
{
    const int row = TableViews::selectedRow(m_table);
    const qint64 keep = row < 0 ? 0 : m_model->rule(row).seriesId;
    Result<QList<Rule>> rules = context().rules().latestVersions(context().actor(), m_showEnded->isChecked());
    if (!rules) {
        m_status->setText(rules.error().message);
        return;
    }
    m_status->setText(rules->isEmpty() ? tr("No rules yet. Create the first with New Rule.") : QString());
    m_model->setRules(*rules, QDateTime::currentDateTimeUtc(), context().sales().settings().zone);
    if (keep != 0)
        selectSeries(keep);
    if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        TableViews::selectRow(m_table, 0);
    showVersions();
    updateButtons();
}

void RulesPage::selectSeries(qint64 seriesId)
{
    const int row = m_model->rowOfSeries(seriesId);
    if (row >= 0)
        TableViews::selectRow(m_table, row);
}

void RulesPage::showVersions()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0) {
        m_versions->setRules({}, {}, context().sales().settings().zone);
        return;
    }
    Result<QList<Rule>> all = context().rules().versions(context().actor(), m_model->rule(row).seriesId);
    m_versions->setRules(all ? *all : QList<Rule>{}, QDateTime::currentDateTimeUtc(),
                         context().sales().settings().zone);
}

void RulesPage::updateButtons()
{
    const bool manage = context().can(Permission::RulesManage);
    const int row = TableViews::selectedRow(m_table);
    const bool ended = row >= 0 && m_model->rule(row).validTo.isValid() &&
                       m_model->rule(row).validTo <= QDateTime::currentDateTimeUtc();
    m_new->setEnabled(manage);
    m_revise->setEnabled(manage && row >= 0 && !ended);
    m_end->setEnabled(manage && row >= 0 && !ended);
}

void RulesPage::newRule()
{
    if (!context().can(Permission::RulesManage))
        return;
    if (std::optional<Rule> created = RuleDialog::createRule(context(), this)) {
        reload();
        selectSeries(created->seriesId);
    }
}

void RulesPage::reviseSelected()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0 || !m_revise->isEnabled())
        return;
    if (std::optional<Rule> made = RuleDialog::reviseRule(context(), m_model->rule(row), this)) {
        reload();
        selectSeries(made->seriesId);
    }
}

void RulesPage::endSelected()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0 || !m_end->isEnabled())
        return;
    const Rule rule = m_model->rule(row);
    //: %1 is the rule's name
    const QString question = tr("End the rule “%1” now? Sales from now on no longer use it; the points it already "
                                "gave stay, and its versions stay in the history.")
                                 .arg(rule.name);
    if (MessageBox::question(this, tr("End Rule"), question) != QMessageBox::Yes)
        return;
    // A rule that has not started yet (or started this very second) ends just after its
    // start: the service refuses an end at or before the start.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    const QDateTime at = rule.validFrom >= now ? rule.validFrom.addSecs(1) : now;
    if (Status s = context().rules().end(context().actor(), rule.id, at); !s) {
        showError(this, s.error());
        return;
    }
    reload();
    selectSeries(rule.seriesId);
}

} // namespace Club::Ui
