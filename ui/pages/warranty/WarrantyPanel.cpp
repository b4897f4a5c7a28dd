// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarrantyPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "WarrantyDialogs.h"
#include "models/Labels.h"
#include "models/TableViews.h"
#include "warranty/WarrantyService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Club::Core;

namespace {
QTableWidgetItem *cell(const QString &text, qint64 data = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    return item;
}
} // namespace

QString WarrantyWords::status(WarrantyStatus status)
{
    switch (status) {
    case WarrantyStatus::Active:
        //: Warranty status: within its period
        return tr("Active");
    case WarrantyStatus::Expired:
        //: Warranty status: its period has ended
        return tr("Expired");
    case WarrantyStatus::InService:
        //: Warranty status: the item is at the workshop
        return tr("In service");
    case WarrantyStatus::Replaced:
        //: Warranty status: the item was replaced, the warranty is closed
        return tr("Replaced");
    }
    return {};
}

QString WarrantyWords::event(WarrantyEventKind kind)
{
    switch (kind) {
    case WarrantyEventKind::Received:
        //: Warranty service event: the item was brought in for service
        return tr("Received for service");
    case WarrantyEventKind::Diagnosed:
        //: Warranty service event: the fault was found
        return tr("Diagnosed");
    case WarrantyEventKind::Repaired:
        //: Warranty service event
        return tr("Repaired");
    case WarrantyEventKind::Returned:
        //: Warranty service event: the item was handed back to the customer
        return tr("Returned to customer");
    case WarrantyEventKind::Replaced:
        //: Warranty service event: the customer got a new item instead
        return tr("Replaced");
    }
    return {};
}

QList<WarrantyEventKind> WarrantyWords::events()
{
    return {WarrantyEventKind::Received, WarrantyEventKind::Diagnosed, WarrantyEventKind::Repaired,
            WarrantyEventKind::Returned, WarrantyEventKind::Replaced};
}

WarrantyPanel::WarrantyPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_logEvent(new QPushButton(tr("&Log Service Event…"), this))
{
    m_table->setObjectName(QStringLiteral("warranties"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Serial number"), tr("Member"),
                                        //: Column: the date the warranty ends
                                        tr("Ends"), tr("Status")});
    TableViews::setUp(m_table, m_table->model());
    m_summary->setObjectName(QStringLiteral("warrantySummary"));
    m_summary->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("warrantyHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Event"), tr("Note"), tr("Operator")});
    TableViews::setUp(m_history, m_history->model());
    m_logEvent->setObjectName(QStringLiteral("logWarrantyEvent"));
    m_logEvent->setAutoDefault(false);
    m_logEvent->setEnabled(false);
    connect(m_logEvent, &QPushButton::clicked, this, &WarrantyPanel::logEvent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WarrantyPanel::showCurrent);

    auto *detail = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_logEvent);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(top);
    detailLayout->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(&context.warranties(), &WarrantyService::warrantyChanged, this, [this] {
        if (m_query)
            reload();
    });
}

bool WarrantyPanel::setQuery(const Query &query)
{
    m_query = query;
    m_current.reset();
    const Result<QList<Warranty>> rows = m_query ? m_query() : Result<QList<Warranty>>(QList<Warranty>{});
    if (!rows) {
        m_rows.clear();
        fill();
        m_summary->setText(rows.error().message);
        return false;
    }
    m_rows = *rows;
    fill();
    if (!m_rows.isEmpty())
        TableViews::selectRow(m_table, 0);
    else
        m_summary->setText(tr("No warranties."));
    return true;
}

void WarrantyPanel::clear()
{
    setQuery({});
}

void WarrantyPanel::reload()
{
    const Id keep = m_current ? m_current->id : kNoId;
    const Result<QList<Warranty>> rows = m_query ? m_query() : Result<QList<Warranty>>(QList<Warranty>{});
    m_rows = rows ? *rows : QList<Warranty>{};
    m_current.reset();
    fill();
    if (!selectWarranty(keep) && !m_rows.isEmpty())
        TableViews::selectRow(m_table, 0);
}

void WarrantyPanel::fill()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const Warranty &w : std::as_const(m_rows)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, ProductColumn, cell(w.productName, w.id));
        m_table->setItem(row, SerialColumn, cell(Format::ltr(w.serialNo)));
        m_table->setItem(row, MemberColumn, cell(w.memberName));
        m_table->setItem(row, EndsColumn, cell(Format::date(w.endsAt.toLocalTime().date())));
        m_table->setItem(row, StatusColumn, cell(WarrantyWords::status(w.status)));
    }
    m_table->resizeColumnsToContents();
    showCurrent();
}

bool WarrantyPanel::selectWarranty(Id warrantyId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == warrantyId) {
            TableViews::selectRow(m_table, row);
            showCurrent();
            return true;
        }
    }
    return false;
}

void WarrantyPanel::showCurrent()
{
    const int row = TableViews::selectedRow(m_table);
    m_history->setRowCount(0);
    m_current.reset();
    if (row < 0 || row >= m_rows.size()) {
        m_summary->setText(m_rows.isEmpty() ? tr("No warranties.") : QString());
        m_logEvent->setEnabled(false);
        return;
    }
    const Result<Warranty> w = m_context.warranties().warranty(m_context.actor(), m_rows.at(row).id);
    if (!w) {
        m_summary->setText(w.error().message);
        m_logEvent->setEnabled(false);
        return;
    }
    m_current = *w;
    QString text = tr("%1, serial %2: %3. From %4 to %5 (%Ln month(s)).", nullptr, w->months)
                       .arg(w->productName, Format::ltr(w->serialNo), WarrantyWords::status(w->status),
                            Format::date(w->startsAt.toLocalTime().date()),
                            Format::date(w->endsAt.toLocalTime().date()));
    if (!w->cardNumber.isEmpty())
        text += QLatin1Char(' ') + tr("Card %1.").arg(Labels::cardNumber(w->cardNumber));
    m_summary->setText(text);
    for (const WarrantyEvent &e : std::as_const(w->events)) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, cell(Format::dateTime(e.at), e.id));
        m_history->setItem(r, 1, cell(WarrantyWords::event(e.kind)));
        m_history->setItem(r, 2, cell(e.note));
        m_history->setItem(r, 3, cell(e.operatorName));
    }
    m_history->resizeColumnsToContents();
    m_logEvent->setEnabled(m_context.can(Permission::WarrantyServiceLog) && w->status != WarrantyStatus::Replaced);
}

void WarrantyPanel::logEvent()
{
    if (!m_current)
        return;
    WarrantyEventDialog dialog(m_context, *m_current, this);
    dialog.exec();
}

} // namespace Club::Ui
