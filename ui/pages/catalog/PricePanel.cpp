// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PricePanel.h"

#include "Format.h"
#include "PriceChart.h"
#include "PriceDialog.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "models/TableViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
// The open period runs on the chart to today, or a week past a start still to come.
constexpr qint64 kDaysAfterLastStart = 7;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

PricePanel::PricePanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_new(new QPushButton(tr("New Price from &Date…"), this))
    , m_chart(new PriceChart(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
{
    m_new->setObjectName(QStringLiteral("newPrice"));
    connect(m_new, &QPushButton::clicked, this, &PricePanel::newPrice);
    m_chart->setObjectName(QStringLiteral("priceChart"));
    m_table->setObjectName(QStringLiteral("priceHistory"));
    m_table->setHorizontalHeaderLabels({tr("Branch"), tr("Price"), tr("From"), tr("Until")});
    TableViews::setUp(m_table, m_table->model());
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_new);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&context.catalog(), &Core::CatalogService::pricesChanged, this, [this](qint64 productId) {
        if (m_product && m_product->id == productId)
            reload();
    });
    connect(&context, &UiContext::actorChanged, this, &PricePanel::updateActions);
    updateActions();
}

void PricePanel::updateActions()
{
    const bool manage = m_context.can(Core::Permission::CatalogManage);
    m_new->setVisible(manage);
    m_new->setEnabled(manage && m_product.has_value());
}

void PricePanel::setProduct(const std::optional<Core::Product> &product)
{
    m_product = product;
    reload();
}

void PricePanel::reload()
{
    updateActions();
    m_table->setRowCount(0);
    m_status->clear();
    if (!m_product) {
        m_title->setText(tr("Choose a product to see its prices."));
        m_chart->setLines({}, {});
        return;
    }
    //: Above the price chart; %1 is the product's name
    m_title->setText(tr("Prices of %1").arg(m_product->displayName()));
    Core::Result<QList<Core::Branch>> branches = m_context.auth().branches(m_context.actor());
    m_branches = branches ? *branches : QList<Core::Branch>();

    QList<PriceChart::Line> lines;
    Core::Result<QList<Core::PricePeriod>> all =
        m_context.catalog().priceHistory(m_context.actor(), m_product->id, Core::kNoId);
    if (!all) {
        m_status->setText(all.error().message);
        m_chart->setLines({}, {});
        return;
    }
    if (!all->isEmpty())
        lines.append({tr("All branches"), *all});
    // A branch gets a line of its own only when its own price ever differed.
    for (const Core::Branch &b : std::as_const(m_branches)) {
        Core::Result<QList<Core::PricePeriod>> own =
            m_context.catalog().priceHistory(m_context.actor(), m_product->id, b.id);
        if (!own)
            continue;
        const bool hasOwn = std::any_of(own->begin(), own->end(),
                                        [](const Core::PricePeriod &p) { return p.branchId != Core::kNoId; });
        if (hasOwn)
            lines.append({b.name, *own});
    }

    QDateTime until = QDateTime::currentDateTimeUtc();
    for (const PriceChart::Line &line : std::as_const(lines)) {
        for (const Core::PricePeriod &p : line.periods) {
            until = std::max(until, p.from.addDays(kDaysAfterLastStart));
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, BranchColumn, cell(line.name));
            auto *price = cell(Format::money(p.price));
            price->setData(Qt::UserRole, QVariant::fromValue<qint64>(p.price));
            m_table->setItem(row, PriceColumn, price);
            m_table->setItem(row, FromColumn, cell(Format::dateTime(p.from)));
            //: An open price period has no end yet
            m_table->setItem(row, UntilColumn, cell(p.until.isValid() ? Format::dateTime(p.until) : tr("(open)")));
        }
    }
    m_chart->setLines(lines, until);
    if (lines.isEmpty())
        m_status->setText(tr("This product has no price yet."));
}

void PricePanel::newPrice()
{
    if (!m_product || !m_context.can(Core::Permission::CatalogManage))
        return;
    if (PriceDialog::newPrice(m_context, *m_product, m_branches, this))
        reload();
}

} // namespace Club::Ui
