// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CharitiesPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "donations/DonationService.h"
#include "models/Labels.h"
#include "models/TableViews.h"
#include "reports/Report.h"
#include "reports/ReportCsv.h"
#include "widgets/ErrorDisplay.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Club::Core;

namespace {
QTableWidgetItem *cell(const QString &text, qint64 data = 0, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}
} // namespace

CharitiesPanel::CharitiesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(tr("&New Charity…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_active(new QPushButton(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("charities"));
    m_table->setHorizontalHeaderLabels({tr("Charity"), tr("Active"),
                                        //: Column: how many donations the charity received
                                        tr("Donations"), tr("Points"),
                                        //: Column: the money value of the donated points
                                        tr("Value")});
    TableViews::setUp(m_table, m_table->model());
    m_new->setObjectName(QStringLiteral("newCharity"));
    m_rename->setObjectName(QStringLiteral("renameCharity"));
    m_active->setObjectName(QStringLiteral("toggleCharity"));
    m_export->setObjectName(QStringLiteral("exportCharities"));
    m_status->setObjectName(QStringLiteral("charitiesStatus"));
    m_status->setWordWrap(true);
    for (QPushButton *b : {m_new, m_rename, m_active, m_export})
        b->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &CharitiesPanel::newCharity);
    connect(m_rename, &QPushButton::clicked, this, &CharitiesPanel::renameCharity);
    connect(m_active, &QPushButton::clicked, this, &CharitiesPanel::toggleActive);
    connect(m_export, &QPushButton::clicked, this, &CharitiesPanel::exportAsked);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CharitiesPanel::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(&context.donations(), &DonationService::charitiesChanged, this, &CharitiesPanel::reload);
    connect(&context.donations(), &DonationService::donated, this, &CharitiesPanel::reload);
    connect(&context, &UiContext::actorChanged, this, &CharitiesPanel::reload);
    reload();
}

void CharitiesPanel::reload()
{
    const Id keep = selected() ? selected()->id : kNoId;
    m_rows.clear();
    const Actor &actor = m_context.actor();
    // The totals are a report; without ReportsRead the names alone are shown.
    const bool totals = m_context.can(Permission::ReportsRead);
    if (totals) {
        if (const Result<QList<CharityTotal>> rows = m_context.donations().totals(actor))
            m_rows = *rows;
    } else if (const Result<QList<Charity>> charities = m_context.donations().charities(actor, true)) {
        for (const Charity &c : *charities)
            m_rows.append(CharityTotal{c.id, c.name, c.active, 0, 0, 0});
    }
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const CharityTotal &t : std::as_const(m_rows)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, NameColumn, cell(t.name, t.charityId));
            m_table->setItem(row, ActiveColumn, cell(Labels::yesNo(t.active)));
            m_table->setItem(row, DonationsColumn, cell(totals ? Format::number(t.donations) : QString(), 0, true));
            m_table->setItem(row, PointsColumn, cell(totals ? Format::number(t.points) : QString(), 0, true));
            m_table->setItem(row, ValueColumn, cell(totals ? Format::money(t.value) : QString(), 0, true));
        }
        m_table->resizeColumnsToContents();
    }
    if (!select(keep) && !m_rows.isEmpty())
        TableViews::selectRow(m_table, 0);
    m_status->setText(m_rows.isEmpty() ? tr("No charities yet.") : QString());
    updateActions();
}

std::optional<Charity> CharitiesPanel::selected() const
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const CharityTotal &t = m_rows.at(row);
    return Charity{t.charityId, t.name, t.active, {}};
}

bool CharitiesPanel::select(Id charityId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).charityId == charityId) {
            TableViews::selectRow(m_table, row);
            return true;
        }
    }
    return false;
}

void CharitiesPanel::updateActions()
{
    const bool manage = m_context.can(Permission::CharityManage);
    const std::optional<Charity> c = selected();
    m_new->setEnabled(manage);
    m_rename->setEnabled(manage && c);
    m_active->setEnabled(manage && c);
    m_active->setText(c && !c->active ? tr("Turn &On") : tr("Turn &Off"));
    m_export->setEnabled(m_context.can(Permission::ReportsRead) && !m_rows.isEmpty());
}

void CharitiesPanel::newCharity()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Charity"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Result<Charity> made = m_context.donations().createCharity(m_context.actor(), name);
    if (!made) {
        showError(this, made.error());
        return;
    }
    select(made->id);
}

void CharitiesPanel::renameCharity()
{
    std::optional<Charity> c = selected();
    if (!c)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Charity"), tr("Name:"), QLineEdit::Normal, c->name, &ok);
    if (!ok)
        return;
    c->name = name;
    if (const Status s = m_context.donations().updateCharity(m_context.actor(), *c); !s)
        showError(this, s.error());
}

void CharitiesPanel::toggleActive()
{
    std::optional<Charity> c = selected();
    if (!c)
        return;
    c->active = !c->active;
    if (const Status s = m_context.donations().updateCharity(m_context.actor(), *c); !s)
        showError(this, s.error());
}

bool CharitiesPanel::exportCsv(const QString &path)
{
    const Result<ReportTable> table = m_context.donations().totalsTable(m_context.actor());
    if (!table) {
        showError(this, table.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportCsv::toCsv(*table)) < 0 || !file.commit()) {
        m_status->setText(tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CharitiesPanel::exportAsked()
{
    //: Default file name of the donations export
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Donations"),
                                                      QDir::home().filePath(tr("donations") + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Club::Ui
