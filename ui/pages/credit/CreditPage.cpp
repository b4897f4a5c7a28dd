// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditPage.h"

#include "CreditDialogs.h"
#include "Format.h"
#include "cards/CardService.h"
#include "credit/CreditService.h"
#include "credit/CreditViews.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "pages/members/MemberPickerDialog.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace Club::Ui {

using namespace Core;

namespace {
QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    // Not selectable: a selectable label lays its text out by the text's own direction,
    // and digits alone would then sit at the far (left) end under right-to-left.
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

CreditPage::CreditPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_choose(new QPushButton(tr("Choose &Member…"), this))
    , m_name(new QLabel(this))
    , m_limit(valueLabel("limit", this))
    , m_source(new QLabel(this))
    , m_owed(valueLabel("owed", this))
    , m_available(valueLabel("available", this))
    , m_scheduled(valueLabel("scheduled", this))
    , m_pay(new QPushButton(tr("&Take Payment…"), this))
    , m_plan(new QPushButton(tr("Open Installment &Plan…"), this))
    , m_settle(new QPushButton(tr("S&ettle Plan…"), this))
    , m_setLimit(new QPushButton(tr("Set &Limit…"), this))
    , m_tabs(new QTabWidget(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_opening(valueLabel("opening", this))
    , m_closing(valueLabel("closing", this))
    , m_statement(new QTableWidget(0, 5, this))
    , m_installments(new QTreeWidget(this))
    , m_sourceNote(new QLabel(this))
    , m_cards(new QTableWidget(0, 3, this))
    , m_chargeTable(new QTableWidget(0, 4, this))
    , m_storedValue(valueLabel("storedValue", this))
    , m_points(valueLabel("points", this))
    , m_charge(new QPushButton(tr("&Charge Gift Card…"), this))
    , m_returnCharge(new QPushButton(tr("&Return a Gift Card Charge…"), this))
    , m_buyPoints(new QPushButton(tr("&Buy Points…"), this))
    , m_agingAsOf(new DateEdit(this))
    , m_aging(new QTableWidget(0, AgingColumnCount, this))
{
    m_choose->setObjectName(QStringLiteral("chooseMember"));
    m_name->setObjectName(QStringLiteral("memberName"));
    m_source->setObjectName(QStringLiteral("limitSource"));
    m_pay->setObjectName(QStringLiteral("takePayment"));
    m_plan->setObjectName(QStringLiteral("openPlan"));
    m_settle->setObjectName(QStringLiteral("settlePlan"));
    m_setLimit->setObjectName(QStringLiteral("setLimit"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_statement->setObjectName(QStringLiteral("statement"));
    m_installments->setObjectName(QStringLiteral("installments"));
    m_cards->setObjectName(QStringLiteral("giftCards"));
    m_chargeTable->setObjectName(QStringLiteral("giftCharges"));
    m_sourceNote->setObjectName(QStringLiteral("creditSource"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_sourceNote->hide();
    m_charge->setObjectName(QStringLiteral("chargeGiftCard"));
    m_returnCharge->setObjectName(QStringLiteral("returnGiftCharge"));
    m_buyPoints->setObjectName(QStringLiteral("buyPoints"));
    m_agingAsOf->setObjectName(QStringLiteral("agingAsOf"));
    m_aging->setObjectName(QStringLiteral("aging"));

    m_choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_choose->setToolTip(tr("Find the member by name, mobile or card number (Ctrl+F)"));

    // The member's standing.
    auto *standing = new QGroupBox(tr("Standing"), this);
    auto *grid = new QFormLayout(standing);
    // A label of digits alone aligns by its text's direction (left to right): kept at its
    // size hint, it stays next to its caption under right-to-left.
    grid->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_source, 1);
    m_limit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    grid->addRow(tr("Limit:"), limitRow);
    grid->addRow(tr("Owed:"), m_owed);
    grid->addRow(tr("Available:"), m_available);
    grid->addRow(tr("In installments:"), m_scheduled);

    auto *actions = new QVBoxLayout;
    for (QPushButton *b : {m_pay, m_plan, m_settle, m_setLimit})
        actions->addWidget(b);
    actions->addStretch();

    // Statement.
    auto *statementPage = new QWidget(this);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addMonths(-1, Format::calendar()));
    m_to->setDate(today);
    //: Columns of a credit statement
    m_statement->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Reference"), tr("Amount"), tr("Balance")});
    TableViews::setUp(m_statement, m_statement->model());
    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From:"), statementPage));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("To:"), statementPage));
    range->addWidget(m_to);
    range->addStretch();
    range->addWidget(new QLabel(tr("Opening:"), statementPage));
    range->addWidget(m_opening);
    range->addWidget(new QLabel(tr("Closing:"), statementPage));
    range->addWidget(m_closing);
    auto *statementLayout = new QVBoxLayout(statementPage);
    statementLayout->addLayout(range);
    statementLayout->addWidget(m_statement);
    connect(m_from, &DateEdit::dateValueChanged, this, &CreditPage::loadStatement);
    connect(m_to, &DateEdit::dateValueChanged, this, &CreditPage::loadStatement);

    // Installments: a plan per top row, its installments under it.
    //: Columns of the installment plans
    m_installments->setHeaderLabels({tr("Plan / No."), tr("Due"), tr("Amount"), tr("Paid"), tr("Remaining"),
                                     tr("State")});
    m_installments->setRootIsDecorated(true);
    m_installments->setAlternatingRowColors(true);
    m_installments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_installments->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    // Gift cards and points.
    auto *giftPage = new QWidget(this);
    //: Columns of the member's gift cards
    m_cards->setHorizontalHeaderLabels({tr("Card"), tr("Type"), tr("State")});
    TableViews::setUp(m_cards, m_cards->model());
    //: Columns of the member's gift card charges
    m_chargeTable->setHorizontalHeaderLabels({tr("Date"), tr("Card"), tr("Amount"), tr("State")});
    TableViews::setUp(m_chargeTable, m_chargeTable->model());
    auto *giftButtons = new QHBoxLayout;
    giftButtons->addWidget(new QLabel(tr("Stored value:"), giftPage));
    giftButtons->addWidget(m_storedValue);
    giftButtons->addWidget(new QLabel(tr("Points:"), giftPage));
    giftButtons->addWidget(m_points);
    giftButtons->addStretch();
    giftButtons->addWidget(m_charge);
    giftButtons->addWidget(m_returnCharge);
    giftButtons->addWidget(m_buyPoints);
    auto *giftLayout = new QVBoxLayout(giftPage);
    giftLayout->addLayout(giftButtons);
    giftLayout->addWidget(m_cards, 1);
    giftLayout->addWidget(new QLabel(tr("Charges:"), giftPage));
    giftLayout->addWidget(m_chargeTable, 2);

    // Aging of the whole store.
    auto *agingPage = new QWidget(this);
    m_agingAsOf->setDate(today);
    //: Columns of the aging report: days past due
    m_aging->setHorizontalHeaderLabels({tr("Member"), tr("Owed"), tr("Not yet due"), tr("1–30 days"),
                                        tr("31–60 days"), tr("61–90 days"), tr("Over 90 days")});
    TableViews::setUp(m_aging, m_aging->model());
    auto *asOf = new QHBoxLayout;
    asOf->addWidget(new QLabel(tr("As of:"), agingPage));
    asOf->addWidget(m_agingAsOf);
    asOf->addStretch();
    auto *agingLayout = new QVBoxLayout(agingPage);
    agingLayout->addLayout(asOf);
    agingLayout->addWidget(m_aging);
    agingLayout->addWidget(new QLabel(tr("Double-click a member to open their credit."), agingPage));
    connect(m_agingAsOf, &DateEdit::dateValueChanged, this, &CreditPage::loadAging);
    connect(m_aging, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 id = m_aging->item(row, AgingMember)->data(Qt::UserRole).toLongLong();
        if (id != kNoId && id != 0) {
            setMember(id);
            m_tabs->setCurrentIndex(InstallmentsTab);
        }
    });

    m_tabs->addTab(statementPage, tr("&Statement"));
    m_tabs->addTab(m_installments, tr("&Installments"));
    m_tabs->addTab(giftPage, tr("&Gift Cards and Points"));
    m_tabs->addTab(agingPage, tr("&Aging"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_choose);
    header->addWidget(m_name, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(standing, 1);
    top->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(top);
    layout->addWidget(m_sourceNote);
    layout->addWidget(m_tabs, 1);

    connect(m_choose, &QPushButton::clicked, this, &CreditPage::chooseMember);
    connect(m_pay, &QPushButton::clicked, this, &CreditPage::takePayment);
    connect(m_plan, &QPushButton::clicked, this, &CreditPage::openPlan);
    connect(m_settle, &QPushButton::clicked, this, &CreditPage::settlePlan);
    connect(m_setLimit, &QPushButton::clicked, this, &CreditPage::setLimit);
    connect(m_charge, &QPushButton::clicked, this, &CreditPage::chargeGiftCard);
    connect(m_returnCharge, &QPushButton::clicked, this, &CreditPage::returnGiftCharge);
    connect(m_buyPoints, &QPushButton::clicked, this, &CreditPage::buyPoints);
    connect(m_installments, &QTreeWidget::currentItemChanged, this, &CreditPage::updateButtons);
    connect(&context, &UiContext::actorChanged, this, &CreditPage::updateButtons);

    m_name->setText(tr("No member chosen."));
    updateButtons();
}

QString CreditPage::title() const
{
    return tr("Credit and installments");
}

void CreditPage::activate()
{
    refresh();
    loadAging();
}

void CreditPage::chooseMember()
{
    const std::optional<MemberSummary> chosen =
        MemberPickerDialog::pick(context(), tr("Choose Member"), this);
    if (chosen)
        setMember(chosen->id);
}

void CreditPage::setMember(qint64 memberId)
{
    m_memberId = memberId;
    const Result<Member> member = context().members().member(context().actor(), memberId);
    m_memberName = member ? member->fullName() : QString();
    refresh();
}

void CreditPage::refresh()
{
    if (m_memberId == 0) {
        updateButtons();
        return;
    }
    m_name->setText(m_memberName);
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return;
    const quint64 ask = ++m_memberAsk;
    setLoading(+1);
    QPointer<CreditPage> self(this);
    // The range is whole days: up to the end of the last one.
    context().creditViews().memberCredit(
        context().actor(), m_memberId, CreditUi::startOf(m_from->date()), CreditUi::startOf(m_to->date().addDays(1)),
        [self, ask](const Result<CreditRead<MemberCredit>> &read) {
            if (!self)
                return;
            self->setLoading(-1);
            if (ask != self->m_memberAsk)
                return; // another member or other dates were asked for since
            if (!read) {
                self->m_standing.reset();
                self->showRead(CreditRead<MemberCredit>{}); // no figures of the member shown before
                self->noteSource(self->m_figuresFrom, self->m_pendingSync, read.error().message);
                self->updateButtons();
                return;
            }
            self->showRead(*read);
        });
}

void CreditPage::setLoading(int delta)
{
    m_loading = qMax(0, m_loading + delta);
    renderSource();
    updateButtons();
}

void CreditPage::noteSource(CreditSource source, int pending, const QString &problem)
{
    m_figuresFrom = source;
    m_pendingSync = pending;
    m_problem = problem;
    renderSource();
}

void CreditPage::loadStatement()
{
    // The statement comes with the member's other figures (one answer, one source).
    refresh();
}

void CreditPage::loadAging()
{
    if (!context().can(Permission::CreditRead) || !m_agingAsOf->date().isValid()) {
        m_aging->setRowCount(0);
        return;
    }
    const quint64 ask = ++m_agingAsk;
    setLoading(+1);
    QPointer<CreditPage> self(this);
    // As of the end of the chosen day.
    context().creditViews().aging(
        context().actor(), CreditUi::startOf(m_agingAsOf->date().addDays(1)).addSecs(-1),
        [self, ask](const Result<CreditRead<QList<AgingRow>>> &rows) {
            if (!self)
                return;
            self->setLoading(-1);
            if (ask != self->m_agingAsk)
                return;
            self->m_aging->setRowCount(0);
            if (!rows) {
                self->noteSource(self->m_figuresFrom, self->m_pendingSync, rows.error().message);
                return;
            }
            // Without a member the aging alone says where the figures come from; offline
            // always says so.
            if (self->m_memberId == 0 || rows->source == CreditSource::StoreOffline)
                self->noteSource(rows->source, rows->pendingSync);
            self->showAging(rows->value);
        });
}

void CreditPage::updateButtons()
{
    // Nothing is posted on figures still being read.
    const bool member = m_memberId != 0 && m_standing.has_value() && !isLoading();
    // Plans, limits and charge returns go to this store only where it keeps the credit (not
    // on a connected desk: see CreditViews::postsCreditHere). Payments go through
    // DeskOperations, to the server on a connected desk.
    const bool here = context().creditViews().postsCreditHere();
    const QString elsewhere =
        here ? QString()
             : tr("The central server keeps the chain's credit: installment plans, limits and returns of "
                  "charges cannot be recorded at this desk.");
    for (QPushButton *b : {m_plan, m_settle, m_setLimit, m_returnCharge})
        b->setToolTip(elsewhere);
    m_pay->setEnabled(member && context().can(Permission::CreditCollect) && m_standing->owed > 0);
    m_plan->setEnabled(here && member && context().can(Permission::CreditManage) && m_standing->owed > 0);
    m_settle->setEnabled(here && member && context().can(Permission::CreditCollect) && selectedPlanId() != 0);
    m_setLimit->setEnabled(here && member && context().can(Permission::CreditManage));
    const bool desk = member && context().can(Permission::LedgerPost);
    m_charge->setEnabled(desk && !m_giftCards.isEmpty());
    m_returnCharge->setEnabled(here && desk &&
                               std::any_of(m_charges.cbegin(), m_charges.cend(),
                                           [](const GiftCardCharge &c) { return !c.returned && !c.promotional; }));
    m_buyPoints->setEnabled(desk);
}

qint64 CreditPage::selectedPlanId() const
{
    const QTreeWidgetItem *item = m_installments->currentItem();
    if (!item)
        return 0;
    const QTreeWidgetItem *top = item->parent() ? item->parent() : item;
    // A plan paid in full has nothing left to settle.
    if (top->text(4) == Format::money(0))
        return 0;
    return item->data(0, Qt::UserRole).toLongLong();
}

void CreditPage::takePayment()
{
    if (!m_standing)
        return;
    PaymentDialog dialog(context(), *m_standing, m_memberName, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.repayment())
        return;
    const Repayment &r = *dialog.repayment();
    refresh();
    loadAging();
    // Which installments the payment went to, by their number in their plan.
    QHash<qint64, QString> names;
    const Result<QList<InstallmentPlan>> plans = context().credit().installments(context().actor(), m_memberId);
    if (plans) {
        for (const InstallmentPlan &p : *plans)
            for (const Installment &in : p.installments)
                //: An installment: %1 its number, %2 its plan's number, %3 its due date
                names.insert(in.id, tr("installment %1 of plan %2 (due %3)")
                                        .arg(Format::number(in.seq), Format::number(p.id), Format::date(in.dueOn)));
    }
    QStringList lines;
    Money toInstallments = 0;
    for (const InstallmentPayment &p : r.payments) {
        //: %1 an amount, %2 which installment
        lines << tr("%1 to %2").arg(Format::money(p.amount), names.value(p.installmentId));
        toInstallments += p.amount;
    }
    if (r.amount > toInstallments)
        lines << tr("%1 to the debt outside plans").arg(Format::money(r.amount - toInstallments));
    MessageBox::information(this, tr("Payment Taken"),
                            //: %1 amount paid, %2 what is still owed, %3 lines of where it went
                            tr("%1 taken. Still owed: %2.\n%3")
                                .arg(Format::money(r.amount), Format::money(r.owedAfter), lines.join(QLatin1Char('\n'))));
}

void CreditPage::openPlan()
{
    if (!m_standing)
        return;
    PlanDialog dialog(context(), *m_standing, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_tabs->setCurrentIndex(InstallmentsTab);
    }
}

void CreditPage::settlePlan()
{
    const qint64 planId = selectedPlanId();
    if (planId == 0)
        return;
    const QTreeWidgetItem *item = m_installments->currentItem();
    const QTreeWidgetItem *top = item->parent() ? item->parent() : item;
    if (MessageBox::question(this, tr("Settle Plan"),
                             //: %1 the amount still expected by the plan
                             tr("The member pays %1 now and the plan is settled. Go ahead?").arg(top->text(4)))
        != QMessageBox::Yes)
        return;
    const Result<Repayment> settled = context().credit().settlePlan(
        context().actor(), planId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!settled) {
        showError(this, settled.error());
        return;
    }
    refresh();
    loadAging();
}

void CreditPage::setLimit()
{
    if (m_memberId == 0)
        return;
    LimitDialog dialog(context(), m_memberId, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CreditPage::chargeGiftCard()
{
    GiftChargeDialog dialog(context(), m_giftCards, this);
    if (dialog.exec() == QDialog::Accepted && dialog.charge())
        refresh();
}

void CreditPage::returnGiftCharge()
{
    QHash<qint64, QString> numbers;
    const Result<QList<Card>> cards = context().cards().cardsOfMember(context().actor(), m_memberId);
    if (cards)
        for (const Card &c : *cards)
            numbers.insert(c.id, c.number);
    QList<GiftCardCharge> open;
    // A promotional value was given by the club, not paid: there is nothing to pay back.
    for (const GiftCardCharge &c : std::as_const(m_charges))
        if (!c.returned && !c.promotional)
            open << c;
    GiftReturnDialog dialog(context(), open, numbers, this);
    if (dialog.exec() == QDialog::Accepted && dialog.returned())
        refresh();
}

void CreditPage::buyPoints()
{
    BuyPointsDialog dialog(context(), m_memberId, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace Club::Ui
