// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OccasionsPanel.h"

#include "CampaignsPanel.h"
#include "Format.h"
#include "UiContext.h"
#include "messaging/CampaignService.h"
#include "messaging/MessagingSettingsStore.h"
#include "messaging/OccasionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

QString OccasionsPanel::kindName(Core::OccasionKind kind)
{
    switch (kind) {
    case Core::OccasionKind::Birthday:
        return tr("Birthday");
    case Core::OccasionKind::Anniversary:
        return tr("Marriage anniversary");
    case Core::OccasionKind::PointsExpiring:
        return tr("Points about to expire");
    case Core::OccasionKind::TierChange:
        return tr("Tier change");
    }
    return {};
}

OccasionsPanel::OccasionsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QLabel(this))
    , m_failedOnly(new QCheckBox(tr("Show &failed messages only"), this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
    , m_recent(new QTableWidget(0, 7, this))
{
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Occasion"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Message"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Warn ahead"), this), 0, 2);
    int line = 1;
    for (Core::OccasionKind kind : {Core::OccasionKind::Birthday, Core::OccasionKind::Anniversary,
                                    Core::OccasionKind::PointsExpiring, Core::OccasionKind::TierChange}) {
        Row row{kind, new QCheckBox(kindName(kind), this), new QComboBox(this), nullptr};
        row.enabled->setObjectName(QString(QStringLiteral("occasion_") + occasionKindKey(kind)));
        row.message->setObjectName(QString(QStringLiteral("occasionMessage_") + occasionKindKey(kind)));
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.message, line, 1);
        if (kind == Core::OccasionKind::PointsExpiring) {
            row.days = new QSpinBox(this);
            row.days->setRange(0, 365);
            row.days->setSuffix(tr(" days"));
            grid->addWidget(row.days, line, 2);
        }
        m_rows << row;
        ++line;
    }
    grid->setColumnStretch(1, 1);
    auto *save = new QPushButton(tr("&Save occasions"), this);
    save->setObjectName(QStringLiteral("saveOccasions"));
    connect(save, &QPushButton::clicked, this, &OccasionsPanel::save);
    auto *note = new QLabel(tr("Occasion messages go out once a day, with the daily jobs, and never twice for the "
                               "same occasion."),
                            this);
    note->setWordWrap(true);
    m_recent->setObjectName(QStringLiteral("occasionMessages"));
    //: Columns of the occasion messages list. "Tries": how many times sending was tried;
    //: "Next try": when a failed one is tried again by itself
    m_recent->setHorizontalHeaderLabels({tr("Occasion"), tr("Date"), tr("Address"), tr("Status"), tr("Tries"),
                                         tr("Next try"), tr("Last error or reason")});
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->verticalHeader()->hide();
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    connect(m_failedOnly, &QCheckBox::toggled, this, &OccasionsPanel::reloadList);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    //: Tooltip of the Retry now button of the occasion messages
    m_retry->setToolTip(tr("Send the chosen failed message again now. Failed messages are also tried again by "
                           "themselves a few times, waiting longer each time."));
    m_retry->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, &OccasionsPanel::retrySelected);
    connect(m_recent, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem *item = selectedMessage();
        m_retry->setEnabled(!m_background.busy() && item && item->data(Qt::UserRole + 1).toBool());
    });
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_failedOnly);
    listBar->addStretch(1);
    listBar->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(save, 0, Qt::AlignTrailing);
    layout->addLayout(listBar);
    layout->addWidget(m_recent, 1);
}

void OccasionsPanel::reloadList()
{
    const Core::Result<QList<Core::OccasionMessage>> recent =
        m_context.occasions().recent(m_context.actor(), 200, m_failedOnly->isChecked());
    if (!recent) {
        m_status->setText(recent.error().message);
        return;
    }
    m_recent->clearSelection();
    m_recent->setRowCount(int(recent->size()));
    for (int i = 0; i < recent->size(); ++i) {
        const Core::OccasionMessage &m = recent->at(i);
        const bool failed = m.status == Core::DeliveryStatus::Failed;
        const QStringList cells{kindName(m.kind),
                                Format::date(m.occasionDate),
                                Format::ltr(m.address),
                                CampaignsPanel::statusName(m.status),
                                Format::number(m.attempts),
                                failed && m.nextAttemptAt.isValid() ? Format::dateTime(m.nextAttemptAt) : QString(),
                                m.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0) {
                item->setData(Qt::UserRole, m.id);
                item->setData(Qt::UserRole + 1, failed);
            }
            if (c == 6)
                item->setToolTip(m.reason);
            m_recent->setItem(i, c, item);
        }
    }
    for (int c = 0; c < m_recent->columnCount() - 1; ++c)
        m_recent->resizeColumnToContents(c); // the address and the next try are read whole
    m_retry->setEnabled(false);
}

QTableWidgetItem *OccasionsPanel::selectedMessage() const
{
    const QModelIndexList rows = m_recent->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_recent->item(rows.first().row(), 0);
}

void OccasionsPanel::retrySelected()
{
    const QTableWidgetItem *item = selectedMessage();
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return;
    const Core::Id id = item->data(Qt::UserRole).toLongLong();
    Core::OccasionService &occasions = m_context.occasions();
    const Core::Actor actor = m_context.actor();
    m_retry->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_background.start<Core::Result<Core::DeliveryStatus>>(
        this, [&occasions, actor, id] { return occasions.retryNow(actor, id); },
        [this](const Core::Result<Core::DeliveryStatus> &done) {
            if (!done)
                m_status->setText(done.error().message);
            else if (*done == Core::DeliveryStatus::Sent)
                m_status->setText(tr("The message was sent."));
            else
                m_status->setText(tr("The message failed again; the reason is in the list."));
            reloadList();
        });
}

void OccasionsPanel::reload()
{
    const Core::Actor &actor = m_context.actor();
    const Core::Result<QList<Core::MessageTemplate>> templates = m_context.campaigns().templates(actor);
    const Core::Result<QList<Core::OccasionRule>> rules = m_context.messagingSettings().occasionRules(actor);
    if (!templates || !rules)
        return;
    for (Row &row : m_rows) {
        row.message->clear();
        for (const Core::MessageTemplate &t : *templates)
            row.message->addItem(t.name, t.id);
        for (const Core::OccasionRule &r : *rules) {
            if (r.kind != row.kind)
                continue;
            row.enabled->setChecked(r.enabled);
            row.message->setCurrentIndex(std::max(0, row.message->findData(r.templateId)));
            if (row.days)
                row.days->setValue(r.daysAhead);
        }
    }
    reloadList();
}

bool OccasionsPanel::save()
{
    for (const Row &row : std::as_const(m_rows)) {
        Core::OccasionRule r;
        r.kind = row.kind;
        r.enabled = row.enabled->isChecked();
        r.templateId = row.message->currentData().isValid() ? row.message->currentData().toLongLong() : Core::kNoId;
        r.daysAhead = row.days ? row.days->value() : 7;
        const Core::Status saved = m_context.messagingSettings().saveOccasionRule(m_context.actor(), r);
        if (!saved) {
            m_status->setText(kindName(row.kind) + QStringLiteral(": ") + saved.error().message);
            return false;
        }
    }
    m_status->setText(tr("Saved."));
    return true;
}

} // namespace Club::Ui
