// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettlementTab.h"

#include "Format.h"
#include "network/NetworkService.h"
#include "reports/ReportCsv.h"
#include "sales/SalesService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment((number ? Qt::AlignTrailing : Qt::AlignLeading) | Qt::AlignVCenter);
    return item;
}
} // namespace

SettlementTab::SettlementTab(UiContext &context, QWidget *parent)
    : NetworkTab(context, parent)
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_merchants(makeTable(this, QStringLiteral("settlementMerchants"),
                            {tr("Merchant"), tr("Owes"), tr("Is owed"), tr("Net")}))
    , m_pairs(makeTable(this, QStringLiteral("settlementPairs"), {tr("Owes"), tr("To"), tr("Amount")}))
    , m_status(new QLabel(this))
    , m_settle(new QPushButton(tr("Se&ttle…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("settlement"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_settle->setObjectName(QStringLiteral("settle"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_merchants->setAccessibleName(tr("Merchants"));
    m_pairs->setAccessibleName(tr("Between merchants"));

    // The last whole calendar month by default: the usual settlement period.
    const QCalendar cal = Format::calendar();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(context.sales().settings().zone).date();
    const QCalendar::YearMonthDay ymd = cal.partsFromDate(today);
    const QDate monthStart = cal.dateFromParts(ymd.year, ymd.month, 1);
    const QCalendar::YearMonthDay prev = cal.partsFromDate(monthStart.addDays(-1));
    m_from->setDate(cal.dateFromParts(prev.year, prev.month, 1));
    m_to->setDate(monthStart.addDays(-1));

    auto *show = new QPushButton(tr("S&how"), this);
    show->setObjectName(QStringLiteral("show"));
    show->setDefault(true);
    connect(show, &QPushButton::clicked, this, &SettlementTab::reload);
    connect(m_settle, &QPushButton::clicked, this, &SettlementTab::settle);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                          QDir(dir).filePath(QStringLiteral("settlement.csv")),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch();
    period->addWidget(m_export);
    period->addWidget(m_settle);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_status);
    layout->addWidget(m_merchants, 2);
    auto *pairsLabel = new QLabel(tr("Between merchants"), this);
    layout->addWidget(pairsLabel);
    layout->addWidget(m_pairs, 1);
    m_settle->setEnabled(false);
    m_export->setEnabled(false);
}

bool SettlementTab::period(QDateTime *from, QDateTime *to) const
{
    const QTimeZone zone = m_context.sales().settings().zone;
    *from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    *to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC(); // the last day included
    return m_from->date().isValid() && m_to->date().isValid();
}

void SettlementTab::reload()
{
    QDateTime from, to;
    period(&from, &to);
    const auto report = m_context.network().settlement(m_context.actor(), from, to);
    if (!report) {
        m_status->setText(report.error().message);
        m_merchants->setRowCount(0);
        m_pairs->setRowCount(0);
        m_settle->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    display(*report);
}

void SettlementTab::display(const Core::SettlementReport &report)
{
    m_report = report;
    m_merchants->setRowCount(int(report.merchants.size()));
    for (int r = 0; r < report.merchants.size(); ++r) {
        const Core::SettlementLine &l = report.merchants.at(r);
        m_merchants->setItem(r, 0, cell(l.merchantName, false));
        m_merchants->setItem(r, 1, cell(Format::money(l.owes), true));
        m_merchants->setItem(r, 2, cell(Format::money(l.owedTo), true));
        m_merchants->setItem(r, 3, cell(Format::money(l.net()), true));
    }
    m_pairs->setRowCount(int(report.pairs.size()));
    for (int r = 0; r < report.pairs.size(); ++r) {
        const Core::SettlementPair &p = report.pairs.at(r);
        m_pairs->setItem(r, 0, cell(p.debtorName, false));
        m_pairs->setItem(r, 1, cell(p.creditorName, false));
        m_pairs->setItem(r, 2, cell(Format::money(p.amount), true));
    }
    const bool settled = report.paymentTransactionId != Core::kNoId;
    if (settled)
        m_status->setText(tr("Settled on %1.").arg(Format::dateTime(report.settledAt)));
    else if (report.merchants.isEmpty())
        m_status->setText(tr("No points crossed between merchants in this period."));
    else
        m_status->setText(tr("Not settled yet. The totals of all merchants net to %1.").arg(Format::money(report.total)));
    m_settle->setEnabled(!settled && !report.merchants.isEmpty() &&
                         Core::roleAllows(m_context.actor().role, Core::Permission::SettlementPost));
    m_export->setEnabled(!report.merchants.isEmpty());
}

void SettlementTab::settle()
{
    QDateTime from, to;
    period(&from, &to);
    if (MessageBox::question(this, tr("Settle"),
                             tr("Post the payment that settles %1 to %2 between all merchants? It cannot be undone.")
                                 .arg(Format::date(m_from->date()), Format::date(m_to->date()))) != QMessageBox::Yes)
        return;
    const auto paid = m_context.network().settle(m_context.actor(), from, to);
    if (!paid) {
        showError(this, paid.error());
        return;
    }
    display(*paid);
}

bool SettlementTab::exportCsv(const QString &path)
{
    QFile file(path);
    const QByteArray csv = Core::ReportCsv::toCsv(m_context.network().settlementTable(m_report));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        showError(this, Core::Error::make(Core::Error::Code::Storage,
                                          tr("The file %1 could not be written. Choose another folder.")
                                              .arg(QDir::toNativeSeparators(path)),
                                          file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Club::Ui
