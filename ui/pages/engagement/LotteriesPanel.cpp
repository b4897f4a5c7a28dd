// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LotteriesPanel.h"

#include "EngagementDialogs.h"
#include "Format.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "engagement/LotteryService.h"
#include "models/TableViews.h"
#include "sales/SalesService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    TableViews::setUp(t, t->model());
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return i;
}

QString statusText(LotteryStatus status)
{
    switch (status) {
    case LotteryStatus::Draft:
        //: Lottery status: entries not frozen yet
        return LotteriesPanel::tr("Open");
    case LotteryStatus::Frozen:
        //: Lottery status: entries frozen, not drawn yet
        return LotteriesPanel::tr("Entries frozen");
    case LotteryStatus::Drawn:
        //: Lottery status: the draw has run
        return LotteriesPanel::tr("Drawn");
    }
    return {};
}

QString notifyText(const QString &status)
{
    if (status == QStringLiteral("sent"))
        //: A winner's message: sent
        return LotteriesPanel::tr("Sent");
    if (status == QStringLiteral("failed"))
        return LotteriesPanel::tr("Failed");
    if (status == QStringLiteral("skipped"))
        return LotteriesPanel::tr("Not sent");
    return {};
}
} // namespace

LotteriesPanel::LotteriesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(makeTable(this, QStringLiteral("lotteryList"), {tr("Name"), tr("Period"), tr("Status"), tr("Winners")}))
    , m_details(new QLabel(this))
    , m_seed(new QLineEdit(this))
    , m_entries(makeTable(this, QStringLiteral("lotteryEntries"),
                          {tr("Member"), tr("Purchases"), tr("Spent"), tr("Points"), tr("Tickets")}))
    , m_winners(makeTable(this, QStringLiteral("lotteryWinners"),
                          {tr("Place"), tr("Member"), tr("Tickets"), tr("Prize"), tr("Message")}))
    , m_new(new QPushButton(tr("&New Lottery…"), this))
    , m_freeze(new QPushButton(tr("&Freeze Entries…"), this))
    , m_draw(new QPushButton(tr("&Draw…"), this))
    , m_verify(new QPushButton(tr("&Verify Draw"), this))
    , m_notify(new QPushButton(tr("N&otify Winners"), this))
    , m_export(new QPushButton(tr("E&xport Entries…"), this))
{
    m_details->setObjectName(QStringLiteral("lotteryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seed->setObjectName(QStringLiteral("lotterySeed"));
    m_seed->setReadOnly(true);
    m_seed->setLayoutDirection(Qt::LeftToRight);
    m_seed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    //: Shown where the seed will be once the entries are frozen
    m_seed->setPlaceholderText(tr("Recorded when the entries are frozen"));
    m_verify->setToolTip(tr("Draw again from the frozen entries and the seed, and compare with the winners"));
    m_export->setToolTip(tr("Save the frozen entries as CSV, to re-run the draw elsewhere"));

    connect(m_new, &QPushButton::clicked, this, &LotteriesPanel::createLottery);
    connect(m_freeze, &QPushButton::clicked, this, &LotteriesPanel::freeze);
    connect(m_draw, &QPushButton::clicked, this, &LotteriesPanel::draw);
    connect(m_verify, &QPushButton::clicked, this, &LotteriesPanel::verify);
    connect(m_notify, &QPushButton::clicked, this, &LotteriesPanel::notifyWinners);
    connect(m_export, &QPushButton::clicked, this, &LotteriesPanel::exportEntries);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &LotteriesPanel::showCurrent);
    connect(&context.lotteries(), &LotteryService::lotteryChanged, this, [this](qint64 id) {
        if (isVisible())
            select(id);
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_freeze, m_draw, m_verify, m_notify, m_export}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *seedRow = new QFormLayout;
    seedRow->addRow(tr("Seed:"), m_seed);
    auto *entriesBox = new QGroupBox(tr("Entries"), this);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    entriesLayout->addWidget(m_entries);
    auto *winnersBox = new QGroupBox(tr("Winners"), this);
    auto *winnersLayout = new QVBoxLayout(winnersBox);
    winnersLayout->addWidget(m_winners);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(entriesBox);
    tables->addWidget(winnersBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(seedRow);
    layout->addWidget(tables, 2);
    showCurrent();
}

qint64 LotteriesPanel::currentId() const
{
    const int row = TableViews::selectedRow(m_list);
    return row >= 0 && row < m_lotteries.size() ? m_lotteries.at(row).id : 0;
}

void LotteriesPanel::select(qint64 lotteryId)
{
    reload();
    for (int row = 0; row < m_lotteries.size(); ++row) {
        if (m_lotteries.at(row).id == lotteryId)
            TableViews::selectRow(m_list, row);
    }
    showCurrent();
}

void LotteriesPanel::reload()
{
    const qint64 current = currentId();
    const Result<QList<Lottery>> all = m_context.lotteries().lotteries(m_context.actor());
    m_lotteries = all ? *all : QList<Lottery>{};
    QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_lotteries.size()));
    int selected = m_lotteries.isEmpty() ? -1 : 0;
    const QTimeZone zone = m_context.sales().settings().zone; // the period is in store days
    for (int row = 0; row < m_lotteries.size(); ++row) {
        const Lottery &l = m_lotteries.at(row);
        m_list->setItem(row, 0, item(l.name));
        //: A period of days: first day – last day
        m_list->setItem(row, 1, item(tr("%1 – %2").arg(Format::date(l.from.toTimeZone(zone).date()),
                                                      Format::date(l.to.addSecs(-1).toTimeZone(zone).date()))));
        m_list->setItem(row, 2, item(statusText(l.status)));
        m_list->setItem(row, 3, item(Format::number(l.winners), true));
        if (l.id == current)
            selected = row;
    }
    m_list->resizeColumnsToContents();
    if (selected >= 0)
        TableViews::selectRow(m_list, selected);
    block.unblock();
    showCurrent();
    if (!all)
        showError(this, all.error());
}

void LotteriesPanel::showCurrent()
{
    const qint64 id = currentId();
    const Lottery *l = nullptr;
    for (const Lottery &x : std::as_const(m_lotteries)) {
        if (x.id == id)
            l = &x;
    }
    m_freeze->setEnabled(l && l->status == LotteryStatus::Draft);
    m_draw->setEnabled(l && l->status == LotteryStatus::Frozen);
    m_verify->setEnabled(l && l->status == LotteryStatus::Drawn);
    m_notify->setEnabled(l && l->status == LotteryStatus::Drawn && l->templateId != kNoId);
    m_export->setEnabled(l && l->status != LotteryStatus::Draft);
    m_entries->setRowCount(0);
    m_winners->setRowCount(0);
    if (!l) {
        m_details->setText(tr("Choose a lottery, or make a new one."));
        m_seed->clear();
        return;
    }
    QStringList rules;
    if (l->rules.pointsPerTicket > 0)
        rules << tr("one ticket per %1 points earned").arg(Format::number(l->rules.pointsPerTicket));
    if (l->rules.amountPerTicket > 0)
        rules << tr("one ticket per %1 spent").arg(Format::money(l->rules.amountPerTicket));
    if (l->rules.ticketsPerPurchase > 0)
        rules << tr("%Ln ticket(s) per purchase", nullptr, int(l->rules.ticketsPerPurchase));
    if (l->rules.maxTickets > 0)
        rules << tr("at most %Ln ticket(s) per member", nullptr, int(l->rules.maxTickets));
    QStringList prize;
    if (l->prizePoints > 0)
        prize << tr("%1 points").arg(Format::number(l->prizePoints));
    if (l->prizeProductId != kNoId) {
        const Result<Product> gift = m_context.catalog().product(m_context.actor(), l->prizeProductId);
        prize << (gift ? gift->displayName() : tr("a gift"));
    }
    //: Rules of a lottery: %1 the ticket rules, %2 the number of winners, %3 the prize
    m_details->setText(tr("Tickets: %1.\nWinners: %2. Prize for each: %3.")
                           .arg(rules.join(tr("; ")), Format::number(l->winners),
                                prize.isEmpty() ? tr("a gift") : prize.join(tr(", "))));
    m_seed->setText(l->seed);

    // A draft shows what freezing now would enter; afterwards, the frozen entries.
    const Result<QList<LotteryEntry>> entries = m_context.lotteries().previewEntries(m_context.actor(), id);
    if (entries) {
        m_entries->setRowCount(int(entries->size()));
        for (int row = 0; row < entries->size(); ++row) {
            const LotteryEntry &e = entries->at(row);
            m_entries->setItem(row, 0, item(e.memberName));
            m_entries->setItem(row, 1, item(Format::number(e.purchases), true));
            m_entries->setItem(row, 2, item(Format::money(e.spent), true));
            m_entries->setItem(row, 3, item(Format::number(e.points), true));
            m_entries->setItem(row, 4, item(Format::number(e.tickets), true));
        }
        m_entries->resizeColumnsToContents();
    }
    const Result<QList<LotteryWinner>> winners = m_context.lotteries().winners(m_context.actor(), id);
    if (winners) {
        m_winners->setRowCount(int(winners->size()));
        for (int row = 0; row < winners->size(); ++row) {
            const LotteryWinner &w = winners->at(row);
            m_winners->setItem(row, 0, item(Format::number(w.position), true));
            m_winners->setItem(row, 1, item(w.memberName));
            m_winners->setItem(row, 2, item(Format::number(w.tickets), true));
            m_winners->setItem(row, 3, item(prize.isEmpty() ? tr("a gift") : prize.join(tr(", "))));
            auto *message = item(notifyText(w.notifyStatus));
            message->setToolTip(w.notifyReason);
            m_winners->setItem(row, 4, message);
        }
        m_winners->resizeColumnsToContents();
    }
}

void LotteriesPanel::createLottery()
{
    if (const std::optional<Lottery> made = LotteryDialog::create(m_context, this))
        select(made->id);
}

void LotteriesPanel::freeze()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (MessageBox::question(this, tr("Freeze Entries"),
                             tr("Freeze the entries now? Each member's tickets are counted from the period's sales "
                                "as they are now and can never change afterwards; a seed for the draw is recorded "
                                "and shown."))
        != QMessageBox::Yes)
        return;
    const Result<Lottery> frozen = m_context.lotteries().freeze(m_context.actor(), id);
    if (!frozen) {
        showError(this, frozen.error());
        return;
    }
    select(id);
}

void LotteriesPanel::draw()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (MessageBox::question(this, tr("Draw"),
                             tr("Run the draw now? It runs only once; the winners get their prizes at once."))
        != QMessageBox::Yes)
        return;
    const Result<QList<LotteryWinner>> winners = m_context.lotteries().draw(m_context.actor(), id);
    if (!winners) {
        showError(this, winners.error());
        return;
    }
    select(id);
}

void LotteriesPanel::verify()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const Result<DrawVerification> v = m_context.lotteries().verify(m_context.actor(), id);
    if (!v) {
        showError(this, v.error());
        return;
    }
    if (v->matches)
        MessageBox::information(this, tr("Verify Draw"),
                                tr("The draw is verified: drawn again from the frozen entries and the seed, it gives "
                                   "the same winners in the same order."));
    else
        MessageBox::warning(this, tr("Verify Draw"),
                            tr("The draw does NOT match: drawn again from the frozen entries and the seed, it gives "
                               "other winners. The entries or the winners were changed outside the program."));
}

void LotteriesPanel::notifyWinners()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QList<LotteryWinner>> winners = m_context.lotteries().notifyWinners(m_context.actor(), id);
    QApplication::restoreOverrideCursor();
    if (!winners) {
        showError(this, winners.error());
        return;
    }
    select(id);
}

void LotteriesPanel::exportEntries()
{
    if (currentId() == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Entries"), QStringLiteral("entries.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveEntries(path);
}

bool LotteriesPanel::saveEntries(const QString &path)
{
    const Result<QList<LotteryEntry>> entries = m_context.lotteries().entries(m_context.actor(), currentId());
    if (!entries) {
        showError(this, entries.error());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(LotteryService::entriesCsv(*entries)) < 0) {
        MessageBox::warning(this, tr("Export Entries"), tr("The file could not be written: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace Club::Ui
