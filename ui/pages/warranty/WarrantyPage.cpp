// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarrantyPage.h"

#include "WarrantyDialogs.h"
#include "WarrantyPanel.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "pages/members/MemberPickerDialog.h"
#include "warranty/WarrantyService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Club::Core;

WarrantyPage::WarrantyPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_search(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_register(new QPushButton(tr("&Register…"), this))
    , m_heading(new QLabel(this))
    , m_panel(new WarrantyPanel(context, this))
{
    m_search->setObjectName(QStringLiteral("warrantySearch"));
    m_search->setPlaceholderText(tr("Serial number or card number"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &WarrantyPage::search);
    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findWarranty"));
    find->setAutoDefault(false);
    connect(find, &QPushButton::clicked, this, &WarrantyPage::search);
    auto *member = new QPushButton(tr("&Member…"), this);
    member->setObjectName(QStringLiteral("warrantiesOfMember"));
    member->setAutoDefault(false);
    connect(member, &QPushButton::clicked, this, &WarrantyPage::pickMember);
    m_register->setObjectName(QStringLiteral("registerWarranty"));
    m_register->setAutoDefault(false);
    connect(m_register, &QPushButton::clicked, this, &WarrantyPage::registerWarranty);
    m_days->setObjectName(QStringLiteral("expiringDays"));
    m_days->setRange(1, 3660);
    m_days->setValue(30);
    //: Unit after the number of days of the expiring list
    m_days->setSuffix(tr(" days"));
    auto *expiring = new QPushButton(tr("&Ending Within"), this);
    expiring->setObjectName(QStringLiteral("showExpiring"));
    expiring->setAutoDefault(false);
    connect(expiring, &QPushButton::clicked, this, &WarrantyPage::showExpiring);
    m_heading->setObjectName(QStringLiteral("warrantyHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(find);
    top->addWidget(member);
    top->addSpacing(12);
    top->addWidget(expiring);
    top->addWidget(m_days);
    top->addStretch(1);
    top->addWidget(m_register);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_panel, 1);

    connect(&context, &UiContext::actorChanged, this, &WarrantyPage::updateActions);
    updateActions();
}

QString WarrantyPage::title() const
{
    return tr("Warranty");
}

void WarrantyPage::activate()
{
    // A page opened with nothing asked shows what needs attention: warranties ending soon.
    if (m_panel->count() == 0 && m_search->text().isEmpty())
        showExpiring();
}

void WarrantyPage::updateActions()
{
    m_register->setEnabled(context().can(Permission::WarrantyRegister));
}

void WarrantyPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        showExpiring();
        return;
    }
    //: Heading of the warranty list: what was searched for
    m_heading->setText(tr("Found for “%1”").arg(text));
    m_panel->setQuery([this, text] { return context().warranties().search(context().actor(), text); });
}

void WarrantyPage::pickMember()
{
    const std::optional<MemberSummary> member = MemberPickerDialog::pick(context(), tr("Warranties of a Member"), this);
    if (!member)
        return;
    const Id id = member->id;
    m_heading->setText(tr("Warranties of %1").arg(member->fullName));
    m_panel->setQuery([this, id] { return context().warranties().ofMember(context().actor(), id); });
}

void WarrantyPage::showCard(const Card &card)
{
    m_heading->setText(tr("Warranties on card %1").arg(Labels::cardNumber(card.number)));
    const Id id = card.id;
    m_panel->setQuery([this, id] { return context().warranties().ofCard(context().actor(), id); });
}

bool WarrantyPage::takeCardPresentation(const CardPresentation &presentation)
{
    const Result<Card> card = context().cards().identify(context().actor(), presentation);
    if (!card) {
        m_heading->setText(card.error().message);
        return true;
    }
    showCard(*card);
    return true;
}

void WarrantyPage::registerWarranty()
{
    RegisterWarrantyDialog dialog(context(), std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.registered())
        return;
    const Warranty w = *dialog.registered();
    m_search->setText(w.serialNo);
    search();
    m_panel->selectWarranty(w.id);
}

void WarrantyPage::showExpiring()
{
    const int days = m_days->value();
    //: Heading of the warranty list
    m_heading->setText(tr("Warranties ending within %Ln day(s)", nullptr, days));
    m_panel->setQuery([this, days] { return context().warranties().expiring(context().actor(), days); });
}

} // namespace Club::Ui
