// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignsPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "messaging/CampaignService.h"
#include "messaging/SegmentService.h"
#include "models/TableViews.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    t->verticalHeader()->hide();
    return t;
}

QString channelName(Core::Channel channel)
{
    return channel == Core::Channel::Email ? QCoreApplication::translate("Club::Ui::CampaignsPanel", "Email")
                                           : QCoreApplication::translate("Club::Ui::CampaignsPanel", "SMS");
}
} // namespace

QString CampaignsPanel::statusName(Core::DeliveryStatus status)
{
    switch (status) {
    case Core::DeliveryStatus::Pending:
        //: A message waiting to be sent
        return tr("Waiting");
    case Core::DeliveryStatus::Sending:
        return tr("Sending (unconfirmed)");
    case Core::DeliveryStatus::Sent:
        return tr("Sent");
    case Core::DeliveryStatus::Failed:
        return tr("Failed");
    case Core::DeliveryStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

CampaignsPanel::CampaignsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_campaigns(table(QStringLiteral("campaignTable"),
                        {tr("Campaign"), tr("Channel"), tr("Sent"), tr("Failed"), tr("Skipped"), tr("Waiting")}, this))
    , m_name(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_testAddress(new QLineEdit(this))
    , m_create(new QPushButton(tr("&Create campaign"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_test(new QPushButton(tr("Send a &test"), this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_retry(new QPushButton(tr("Send the &failed again"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_recipients(table(QStringLiteral("recipientTable"),
                         {tr("Member"), tr("Address"), tr("Status"), tr("Reason"), tr("Message")}, this))
{
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_segment->setObjectName(QStringLiteral("campaignSegment"));
    m_template->setObjectName(QStringLiteral("campaignTemplate"));
    m_testAddress->setObjectName(QStringLiteral("campaignTestAddress"));
    m_testAddress->setLayoutDirection(Qt::LeftToRight);
    m_testAddress->setPlaceholderText(tr("Email address or mobile number"));
    m_create->setObjectName(QStringLiteral("createCampaign"));
    m_preview->setObjectName(QStringLiteral("previewCampaign"));
    m_test->setObjectName(QStringLiteral("testCampaign"));
    m_run->setObjectName(QStringLiteral("runCampaign"));
    m_retry->setObjectName(QStringLiteral("retryCampaign"));
    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_status->setObjectName(QStringLiteral("campaignStatus"));
    m_status->setWordWrap(true);
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("Send to:"), m_segment, QStringLiteral("segment"));
    m_errors->addRow(form, tr("Message:"), m_template, QStringLiteral("template"));
    m_errors->addRow(form, tr("Test address:"), m_testAddress, QStringLiteral("to"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_preview, m_test, m_run, m_retry})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_campaigns, 1);
    left->addLayout(form);
    left->addWidget(m_errors->addGeneral());
    left->addLayout(actions);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_recipients, 3);

    connect(m_create, &QPushButton::clicked, this, &CampaignsPanel::create);
    connect(m_preview, &QPushButton::clicked, this, &CampaignsPanel::preview);
    connect(m_test, &QPushButton::clicked, this, &CampaignsPanel::testSend);
    connect(m_run, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_retry, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, [this] {
        const Core::Id id = currentCampaign();
        for (const Core::Campaign &c : std::as_const(m_list)) {
            if (c.id != id)
                continue;
            m_segment->setCurrentIndex(std::max(0, m_segment->findData(c.segmentId)));
            m_template->setCurrentIndex(std::max(0, m_template->findData(c.templateId)));
        }
        loadRecipients();
    });
}

Core::Id CampaignsPanel::currentCampaign() const
{
    const int row = TableViews::selectedRow(m_campaigns);
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : Core::kNoId;
}

void CampaignsPanel::reload()
{
    const Core::Actor &actor = m_context.actor();
    const auto refill = [](QComboBox *box, const QList<QPair<QString, Core::Id>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[text, id] : items)
            box->addItem(text, id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, Core::Id>> segments;
    if (const auto list = m_context.segments().segments(actor)) {
        for (const Core::Segment &s : *list)
            segments.append({s.name, s.id});
    }
    refill(m_segment, segments);
    QList<QPair<QString, Core::Id>> templates;
    if (const auto list = m_context.campaigns().templates(actor)) {
        for (const Core::MessageTemplate &t : *list)
            templates.append({QStringLiteral("%1 (%2)").arg(t.name, channelName(t.channel)), t.id});
    }
    refill(m_template, templates);

    const Core::Id selected = currentCampaign();
    const Core::Result<QList<Core::Campaign>> list = m_context.campaigns().campaigns(actor);
    if (!list)
        return;
    m_list = *list;
    const QSignalBlocker block(m_campaigns);
    m_campaigns->setRowCount(int(m_list.size()));
    int selectRow = -1;
    for (int row = 0; row < m_list.size(); ++row) {
        const Core::Campaign &c = m_list.at(row);
        const QStringList cells{c.name,
                                channelName(c.channel),
                                Format::number(c.sent),
                                Format::number(c.failed),
                                Format::number(c.skipped),
                                Format::number(c.pending)};
        for (int column = 0; column < cells.size(); ++column)
            m_campaigns->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (c.id == selected)
            selectRow = row;
    }
    m_campaigns->resizeColumnsToContents();
    if (selectRow >= 0)
        TableViews::selectRow(m_campaigns, selectRow);
}

bool CampaignsPanel::create()
{
    m_errors->clear();
    const Core::Result<Core::Campaign> made =
        m_context.campaigns().create(m_context.actor(), m_name->text(), m_segment->currentData().toLongLong(),
                                     m_template->currentData().toLongLong());
    if (!made) {
        m_errors->report(made.error());
        return false;
    }
    m_name->clear();
    reload();
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == made->id)
            TableViews::selectRow(m_campaigns, row);
    }
    m_status->setText(tr("Campaign \"%1\" created. Preview it, send a test, then run it.").arg(made->name));
    return true;
}

void CampaignsPanel::preview()
{
    m_errors->clear();
    const Core::Result<QList<Core::Recipient>> rows = m_context.campaigns().preview(
        m_context.actor(), m_segment->currentData().toLongLong(), m_template->currentData().toLongLong(), 5);
    if (!rows) {
        m_errors->report(rows.error());
        return;
    }
    showRecipients(*rows);
    m_status->setText(tr("The first %Ln message(s), as they would go now. Nothing was sent.", nullptr,
                         int(rows->size())));
}

void CampaignsPanel::testSend()
{
    m_errors->clear();
    const QString address = m_testAddress->text().trimmed();
    if (address.isEmpty()) {
        m_errors->report(Core::Error::make(Core::Error::Code::Invalid, tr("Enter where the test should go."), {},
                                           QStringLiteral("to")));
        return;
    }
    const Core::Id templateId = m_template->currentData().toLongLong();
    const Core::Id segmentId = m_segment->currentData().toLongLong();
    Core::CampaignService &campaigns = m_context.campaigns();
    const Core::Actor actor = m_context.actor();
    setBusy(true);
    m_status->setText(tr("Sending…"));
    m_work.start<Core::Status>(
        this, [&campaigns, actor, templateId, segmentId, address] {
            return campaigns.testSend(actor, templateId, segmentId, address);
        },
        [this, address](const Core::Status &sent) {
            setBusy(false);
            m_status->setText(sent ? tr("The test message went to %1.").arg(address) : sent.error().message);
        });
}

void CampaignsPanel::run(bool retry)
{
    m_errors->clear();
    const Core::Id id = currentCampaign();
    if (id == Core::kNoId) {
        m_status->setText(tr("Choose a campaign in the list first."));
        return;
    }
    Core::CampaignService &campaigns = m_context.campaigns();
    const Core::Actor actor = m_context.actor();
    setBusy(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Sending…"));
    QPointer<QProgressBar> bar(m_progress);
    const std::atomic_bool *cancel = m_work.cancelFlag();
    m_work.start<Core::Result<Core::Campaign>>(
        this, [&campaigns, actor, id, retry, bar, cancel] {
            const auto progress = [bar](int done, int total) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [bar, done, total] {
                        if (bar) {
                            bar->setRange(0, std::max(total, 1));
                            bar->setValue(done);
                        }
                    },
                    Qt::QueuedConnection);
            };
            return retry ? campaigns.retryFailed(actor, id, progress, cancel)
                         : campaigns.run(actor, id, progress, cancel);
        },
        [this](const Core::Result<Core::Campaign> &done) {
            setBusy(false);
            m_progress->setVisible(false);
            if (!done) {
                m_status->setText(done.error().message);
            } else {
                //: After a campaign run: how many messages were sent, failed and skipped
                m_status->setText(tr("Sent: %1, failed: %2, skipped: %3.")
                                      .arg(Format::number(done->sent), Format::number(done->failed),
                                           Format::number(done->skipped)));
            }
            reload();
            loadRecipients();
        });
}

void CampaignsPanel::setBusy(bool busy)
{
    for (QPushButton *b : {m_create, m_preview, m_test, m_run, m_retry})
        b->setEnabled(!busy);
}

void CampaignsPanel::loadRecipients()
{
    const Core::Id id = currentCampaign();
    if (id == Core::kNoId) {
        m_recipients->setRowCount(0);
        return;
    }
    const Core::Result<QList<Core::Recipient>> rows = m_context.campaigns().recipients(m_context.actor(), id);
    if (rows)
        showRecipients(*rows);
}

void CampaignsPanel::showRecipients(const QList<Core::Recipient> &rows)
{
    m_recipients->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Core::Recipient &r = rows.at(row);
        const QStringList cells{r.memberName, Format::ltr(r.address), statusName(r.status), r.reason,
                                QString(r.body).replace(u'\n', u' ')};
        for (int column = 0; column < cells.size(); ++column)
            m_recipients->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_recipients->resizeColumnsToContents();
}

} // namespace Club::Ui
