// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberTierPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "models/Labels.h"
#include "models/TableViews.h"
#include "tiers/TierService.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {

enum Column { DateColumn, FromColumn, ToColumn, ReasonColumn, BasisColumn, ColumnCount };

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("upgrade"))
        //: Tier history: the member moved up after a sale
        return MemberTierPanel::tr("Upgraded");
    if (reason == QLatin1String("review_downgrade"))
        //: Tier history: the periodic review moved the member down
        return MemberTierPanel::tr("Lowered at the review");
    if (reason == QLatin1String("review_keep"))
        //: Tier history: the periodic review kept the member's tier
        return MemberTierPanel::tr("Kept at the review");
    return reason;
}

QString basisText(const Core::TierChange &change)
{
    if (change.basis == Core::TierBasis::AmountSpent)
        //: Tier history: %1 is the money spent in the tier window
        return MemberTierPanel::tr("%1 spent").arg(Format::money(change.qualifying));
    //: Tier history: %Ln is the number of points earned in the tier window
    return MemberTierPanel::tr("%Ln point(s) earned", nullptr, int(change.qualifying));
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

MemberTierPanel::MemberTierPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("tierHistory"));
    m_table->setHorizontalHeaderLabels({tr("Date"),
                                        //: Column: the tier before the change
                                        tr("From"),
                                        //: Column: the tier after the change
                                        tr("To"), tr("Reason"),
                                        //: Column: what the tier was decided on
                                        tr("Based on")});
    TableViews::setUp(m_table, m_table->model());
    m_status->setObjectName(QStringLiteral("tierHistoryStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void MemberTierPanel::showMember(Core::Id memberId)
{
    m_table->setRowCount(0);
    const Core::Result<QList<Core::TierChange>> history = m_context.tiers().history(m_context.actor(), memberId);
    if (!history) {
        m_status->setText(history.error().message);
        return;
    }
    m_table->setRowCount(int(history->size()));
    int row = 0;
    for (const Core::TierChange &change : *history) {
        m_table->setItem(row, DateColumn, item(Format::date(change.at.toLocalTime().date())));
        m_table->setItem(row, FromColumn, item(change.fromTier.isEmpty() ? QString() : Labels::tier(change.fromTier)));
        m_table->setItem(row, ToColumn, item(Labels::tier(change.toTier)));
        m_table->setItem(row, ReasonColumn, item(reasonText(change.reason)));
        m_table->setItem(row, BasisColumn, item(basisText(change)));
        ++row;
    }
    m_status->setText(history->isEmpty() ? tr("The member's tier has not changed yet.") : QString());
}

} // namespace Club::Ui
