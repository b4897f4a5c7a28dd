// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSuggestionsPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "models/Labels.h"
#include "recommend/Recommender.h"
#include "shell/Language.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kExpiryDays = 30;

// The product's name in the interface's language when it has one.
QString productName(UiContext &context, qint64 productId)
{
    const Core::Result<Core::Product> p = context.catalog().product(context.actor(), productId);
    if (!p)
        return MemberSuggestionsPanel::tr("product %1").arg(Format::number(productId));
    const QString lang = Language::current();
    if (lang == QLatin1String("ar") && !p->nameAr.isEmpty())
        return p->nameAr;
    if (lang == QLatin1String("en") && !p->nameEn.isEmpty())
        return p->nameEn;
    return p->displayName();
}
} // namespace

MemberSuggestionsPanel::MemberSuggestionsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    //: Box on the member page: what to offer the member now
    m_suggestionsBox = new QGroupBox(tr("Suggestions"), this);
    m_list = new QListWidget(m_suggestionsBox);
    m_list->setObjectName(QStringLiteral("memberSuggestions"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    auto *suggestions = new QVBoxLayout(m_suggestionsBox);
    suggestions->addWidget(m_list);

    m_expiringBox = new QGroupBox(tr("Points expiring in the next %Ln day(s)", nullptr, kExpiryDays), this);
    m_expiring = new QLabel(m_expiringBox);
    m_expiring->setObjectName(QStringLiteral("memberExpiringPoints"));
    m_expiring->setWordWrap(true);
    m_expiring->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_expiring->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *expiring = new QVBoxLayout(m_expiringBox);
    expiring->addWidget(m_expiring);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_suggestionsBox, 2);
    layout->addWidget(m_expiringBox, 1);
}

void MemberSuggestionsPanel::showMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void MemberSuggestionsPanel::reload()
{
    const bool canRead =
        m_context.can(Core::Permission::MemberRead) && m_context.can(Core::Permission::LedgerRead);
    setVisible(canRead);
    m_list->clear();
    m_expiring->clear();
    if (!canRead || m_memberId < 0)
        return;
    Core::Recommender &recommender = m_context.recommender();
    const Core::Result<QList<Core::Suggestion>> list = recommender.suggestions(m_context.actor(), m_memberId);
    if (!list) {
        m_list->addItem(list.error().message);
    } else if (list->isEmpty()) {
        m_list->addItem(tr("Nothing to suggest right now."));
    } else {
        for (const Core::Suggestion &s : *list) {
            auto *item = new QListWidgetItem(describe(m_context, s), m_list);
            item->setData(Qt::UserRole, s.reason);
        }
    }

    const Core::Result<QList<Core::ExpiringPoints>> expiring =
        recommender.expiringPoints(m_context.actor(), m_memberId, kExpiryDays);
    if (!expiring) {
        m_expiring->setText(expiring.error().message);
        return;
    }
    if (expiring->isEmpty()) {
        m_expiring->setText(tr("No points expire in the next %Ln day(s).", nullptr, kExpiryDays));
        return;
    }
    QStringList lines;
    for (const Core::ExpiringPoints &e : *expiring)
        //: One line of the expiring points: %1 the date, then how many points expire that day
        lines << Labels::directed(tr("%1: %Ln point(s)", nullptr, int(e.points)).arg(Format::date(e.date)));
    m_expiring->setText(lines.join(QLatin1Char('\n')));
}

QString MemberSuggestionsPanel::describe(UiContext &context, const Core::Suggestion &s)
{
    //: When something happens, relative to today
    const QString when = s.days == 0 ? tr("today")
                         : s.days == 1 ? tr("tomorrow")
                                       //: When something happens: in %Ln days
                                       : tr("in %Ln day(s)", nullptr, s.days);
    const QString date = Format::date(s.date);
    if (s.reason == QLatin1String("expiry.soon"))
        //: %Ln points, %1 the date, %2 "today", "tomorrow" or "in 5 days"
        return tr("%Ln point(s) expire on %1 (%2): suggest spending them.", nullptr, int(s.points))
            .arg(date, when);
    if (s.reason == QLatin1String("occasion.birthday")) {
        if (s.points > 0)
            //: %1 the date, %2 "today" or "in 5 days"; %Ln the bonus points of the birthday rule
            return tr("Birthday on %1 (%2): a purchase that day earns %Ln bonus point(s).", nullptr, int(s.points))
                .arg(date, when);
        //: %1 the date, %2 "today" or "in 5 days"
        return tr("Birthday on %1 (%2).").arg(date, when);
    }
    if (s.reason == QLatin1String("occasion.anniversary")) {
        if (s.points > 0)
            //: Marriage anniversary. %1 the date, %2 "today" or "in 5 days"; %Ln the bonus points
            return tr("Wedding anniversary on %1 (%2): a purchase that day earns %Ln bonus point(s).", nullptr,
                      int(s.points))
                .arg(date, when);
        //: Marriage anniversary. %1 the date, %2 "today" or "in 5 days"
        return tr("Wedding anniversary on %1 (%2).").arg(date, when);
    }
    if (s.reason == QLatin1String("gift.reachable"))
        //: %1 the gift's name; %Ln its price in points; %2 the member's spendable points
        return tr("Gift within reach: %1 for %Ln point(s) (%2 available).", nullptr, int(s.points))
            .arg(productName(context, s.productId), Format::number(s.balance));
    if (s.reason == QLatin1String("threshold.points"))
        //: %Ln points still to earn; %1 the gift's name
        return tr("%Ln more point(s) to earn the gift %1.", nullptr, int(s.remaining))
            .arg(productName(context, s.productId));
    if (s.reason == QLatin1String("threshold.amount"))
        //: %1 an amount of money still to spend; %2 the gift's name
        return tr("%1 more in purchases to earn the gift %2.")
            .arg(Format::money(s.remaining), productName(context, s.productId));
    if (s.reason == QLatin1String("repurchase.due"))
        //: %1 a product; %Ln the usual number of days between purchases; %2 the last purchase's date
        return tr("Usually buys %1 every %Ln day(s); last bought on %2: due again.", nullptr, s.intervalDays)
            .arg(productName(context, s.productId), Format::date(s.at.toLocalTime().date()));
    return s.reason;
}

QStringList MemberSuggestionsPanel::suggestionTexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString MemberSuggestionsPanel::expiringText() const
{
    return m_expiring->text();
}

} // namespace Club::Ui
