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
    , m_recent(new QTableWidget(0, 5, this))
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
    m_recent->setHorizontalHeaderLabels({tr("Occasion"), tr("Date"), tr("Address"), tr("Status"), tr("Reason")});
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(save, 0, Qt::AlignTrailing);
    layout->addWidget(m_recent, 1);
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
    const Core::Result<QList<Core::OccasionMessage>> recent = m_context.occasions().recent(actor, 200);
    if (!recent)
        return;
    m_recent->setRowCount(int(recent->size()));
    for (int i = 0; i < recent->size(); ++i) {
        const Core::OccasionMessage &m = recent->at(i);
        const QStringList cells{kindName(m.kind), Format::date(m.occasionDate), Format::ltr(m.address),
                                CampaignsPanel::statusName(m.status), m.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_recent->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
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
