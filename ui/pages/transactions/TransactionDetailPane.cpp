// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionDetailPane.h"

#include "Format.h"
#include "TransactionWords.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "models/Labels.h"
#include "pages/sales/SaleWords.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QTreeWidget *tree(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    t->header()->setStretchLastSection(true);
    return t;
}
} // namespace

TransactionDetailPane::TransactionDetailPane(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_entries(tree(this, "entries", {tr("Account"), tr("Unit"), tr("Amount"), tr("Lot")}))
    , m_linesTitle(new QLabel(tr("Items and why"), this))
    , m_lines(tree(this, "lines", {tr("Item"), tr("Quantity"), tr("Net"), tr("Points")}))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setRootIsDecorated(true);
    m_lines->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Entries"), this));
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_linesTitle);
    layout->addWidget(m_lines, 2);
    clear();
}

void TransactionDetailPane::clear()
{
    m_summary->setText(tr("Choose a transaction to see its entries and the reasons behind its points."));
    m_entries->clear();
    m_lines->clear();
    m_linesTitle->hide();
    m_lines->hide();
}

void TransactionDetailPane::showDetail(const TransactionDetail &d)
{
    const TransactionRow &r = d.row;
    QStringList text;
    //: Detail heading: %1 the kind (Sale...), %2 the transaction's number
    text << tr("%1 no. %2").arg(TransactionWords::kind(r.kind), Format::number(r.id));
    //: %1 date and time, %2 branch, %3 operator
    text << tr("%1 at %2 by %3").arg(Format::dateTime(r.createdAt), r.branchName, r.operatorName);
    if (!r.memberName.isEmpty())
        text << tr("Member: %1").arg(r.memberName);
    if (d.saleId != kNoId)
        //: The sale a transaction belongs to: %1 its receipt number
        text << tr("Receipt no. %1").arg(Format::number(d.receiptNo));
    if (r.voids != kNoId)
        text << tr("Voids transaction no. %1").arg(Format::number(r.voids));
    if (r.voidedBy != kNoId)
        text << tr("Voided by transaction no. %1").arg(Format::number(r.voidedBy));
    if (!r.memo.isEmpty())
        //: A transaction's note: the reason of a void or an adjustment
        text << tr("Reason: %1").arg(r.memo);
    m_summary->setText(text.join(QLatin1Char('\n')));

    m_entries->clear();
    for (const TransactionEntry &e : d.entries) {
        auto *item = new QTreeWidgetItem(m_entries);
        item->setText(0, TransactionWords::account(e.entry.accountKind));
        //: The unit of a ledger entry
        item->setText(1, e.entry.unit == Unit::Points ? tr("points") : tr("money"));
        item->setText(2, e.entry.unit == Unit::Points ? Format::number(e.entry.amount) : Format::money(e.entry.amount));
        item->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
        if (e.entry.lotId != kNoId) {
            item->setText(3, e.lotExpiresAt.isValid()
                                 //: A points lot: %1 its number, %2 when it expires
                                 ? tr("Lot %1, expires %2").arg(Format::number(e.entry.lotId), Format::date(e.lotExpiresAt.toLocalTime().date()))
                                 : tr("Lot %1, never expires").arg(Format::number(e.entry.lotId)));
        }
    }
    for (int c = 0; c < m_entries->columnCount(); ++c)
        m_entries->resizeColumnToContents(c);

    m_lines->clear();
    const bool hasLines = !d.lines.isEmpty() || !d.bonuses.isEmpty();
    m_linesTitle->setVisible(hasLines);
    m_lines->setVisible(hasLines);
    for (const TransactionLine &l : d.lines) {
        const Result<Product> product = m_context.catalog().product(m_context.actor(), l.line.productId);
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(0, product ? SaleWords::productName(*product) : Format::number(l.line.productId));
        item->setText(1, Format::number(l.line.qty));
        item->setText(2, Format::money(l.line.net));
        item->setText(3, Format::number(l.line.points));
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignTrailing | Qt::AlignVCenter);
        for (const RuleReason &why : l.why) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, SaleWords::hit(why.hit, why.ruleName));
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    for (qsizetype i = 0; i < d.bonuses.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(0, SaleWords::bonus(d.bonuses.at(i), d.bonusRuleNames.value(i)));
        item->setFirstColumnSpanned(true);
    }
    m_lines->resizeColumnToContents(1);
}

} // namespace Club::Ui
