// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditDialogs.h"

#include "Format.h"
#include "UiContext.h"
#include "credit/CreditService.h"
#include "models/TableViews.h"
#include "sales/DeskOperations.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
constexpr int kMaxAmountDigits = 15;

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QTableWidgetItem *cell(const QString &text, qint64 data = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    return item;
}

Error fieldError(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, {}, field);
}

// A value beside its caption. Digits alone make a label align by their own direction (left
// to right), so it keeps its size hint and stays next to the caption under right-to-left.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, QPushButton **ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    (*ok)->setObjectName(QStringLiteral("confirm"));
    (*ok)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

namespace CreditUi {
std::optional<qint64> amountOf(const DigitLineEdit *edit)
{
    const QString latin = edit->latinText();
    if (latin.isEmpty() || latin.size() > kMaxAmountDigits)
        return std::nullopt;
    bool ok = false;
    const qint64 value = latin.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QDateTime startOf(const QDate &day)
{
    return day.startOfDay().toUTC();
}
} // namespace CreditUi

// ---------------------------------------------------------------------------------------

PaymentDialog::PaymentDialog(UiContext &context, const CreditStanding &standing, const QString &memberName,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_standing(standing)
    , m_key(newKey())
    , m_errors(new FieldErrors(this))
    , m_amount(new DigitLineEdit(this))
{
    //: Dialog title; %1 is the member's name
    setWindowTitle(tr("Take Payment from %1").arg(memberName));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setMaxDigits(kMaxAmountDigits);
    auto *owed = valueLabel(Format::money(qMax<Money>(0, standing.owed)), this);
    owed->setObjectName(QStringLiteral("owed"));
    auto *scheduled = valueLabel(Format::money(standing.scheduled), this);
    auto *note = new QLabel(tr("The payment goes to the oldest unpaid installment first, then to the debt that "
                               "is not in a plan."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Owed:"), owed);
    form->addRow(tr("In installments:"), scheduled);
    m_errors->addRow(form, tr("&Amount paid:"), m_amount, QStringLiteral("amount"));

    QDialogButtonBox *buttons = okCancel(this, tr("&Take Payment"), &m_pay);
    connect(m_pay, &QPushButton::clicked, this, &PaymentDialog::pay);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_amount->setFocus();
}

bool PaymentDialog::pay()
{
    m_errors->clear();
    const std::optional<Money> amount = CreditUi::amountOf(m_amount);
    if (!amount || *amount <= 0) {
        m_errors->show(fieldError(tr("Enter the amount paid."), QStringLiteral("amount")));
        return false;
    }
    if (*amount > m_standing.owed) {
        m_errors->show(fieldError(tr("The member owes only %1.").arg(Format::money(qMax<Money>(0, m_standing.owed))),
                                  QStringLiteral("amount")));
        return false;
    }
    if (MessageBox::question(this, tr("Take Payment"), tr("Take a payment of %1?").arg(Format::money(*amount)))
        != QMessageBox::Yes)
        return false;
    // The key was made when the dialog opened: a second press replays the first payment.
    m_pay->setEnabled(false);
    // This store, or the central server where the debt is kept.
    const Result<Repayment> paid =
        m_context.deskOperations().repayCredit(m_context.actor(), m_standing.memberId, *amount, m_key);
    m_pay->setEnabled(true);
    if (!paid) {
        m_errors->report(paid.error());
        return false;
    }
    m_repayment = *paid;
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

PlanDialog::PlanDialog(UiContext &context, const CreditStanding &standing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_standing(standing)
    , m_key(newKey())
    , m_errors(new FieldErrors(this))
    , m_source(new QComboBox(this))
    , m_amount(new DigitLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_firstDue(new DateEdit(this))
    , m_preview(new QTableWidget(0, 3, this))
    , m_total(new QLabel(this))
{
    setWindowTitle(tr("Open Installment Plan"));
    m_source->setObjectName(QStringLiteral("source"));
    //: What an installment plan is over
    m_source->addItem(tr("An amount"), QVariant::fromValue<qint64>(kNoId));
    const Result<QList<Sale>> sales = context.sales().salesOfMember(context.actor(), standing.memberId, 50);
    if (sales) {
        for (const Sale &s : *sales) {
            if (s.credit <= 0)
                continue;
            //: A credit sale in a list: %1 receipt number, %2 date, %3 amount on credit
            m_source->addItem(tr("Receipt %1 of %2: %3 on credit")
                                  .arg(Format::number(s.receiptNo), Format::dateTime(s.createdAt),
                                       Format::money(s.credit)),
                              QVariant::fromValue<qint64>(s.id));
            m_source->setItemData(m_source->count() - 1, QVariant::fromValue<qint64>(s.credit), Qt::UserRole + 1);
        }
    }
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setMaxDigits(kMaxAmountDigits);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 120);
    m_count->setValue(3);
    m_firstDue->setObjectName(QStringLiteral("firstDue"));
    m_firstDue->setDate(QDate::currentDate().addMonths(1));
    m_preview->setObjectName(QStringLiteral("preview"));
    //: Columns of an installment schedule
    m_preview->setHorizontalHeaderLabels({tr("No."), tr("Due"), tr("Amount")});
    TableViews::setUp(m_preview, m_preview->model());
    m_total->setObjectName(QStringLiteral("total"));

    auto *unscheduled = valueLabel(Format::money(qMax<Money>(0, standing.owed - standing.scheduled)), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Owed outside plans:"), unscheduled);
    m_errors->addRow(form, tr("&Over:"), m_source, QStringLiteral("sale"));
    m_errors->addRow(form, tr("&Amount:"), m_amount, QStringLiteral("amount"));
    m_errors->addRow(form, tr("&Installments:"), m_count, QStringLiteral("count"));
    m_errors->addRow(form, tr("&First due on:"), m_firstDue, QStringLiteral("firstDue"));

    QPushButton *openButton = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("&Open Plan"), &openButton);
    connect(openButton, &QPushButton::clicked, this, &PlanDialog::openPlan);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const bool overAmount = m_source->currentData().toLongLong() == kNoId;
        m_amount->setEnabled(overAmount);
        updatePreview();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &PlanDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &PlanDialog::updatePreview);
    connect(m_firstDue, &DateEdit::dateValueChanged, this, &PlanDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Schedule:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    setMinimumSize(480, 420);
    setTabOrder(m_source, m_amount);
    setTabOrder(m_amount, m_count);
    setTabOrder(m_count, m_firstDue);
    m_amount->setFocus();
    updatePreview();
}

QList<Installment> PlanDialog::schedule(Money amount, int count, const QDate &firstDue, const QCalendar &calendar)
{
    QList<Installment> out;
    if (amount <= 0 || count < 1 || !firstDue.isValid())
        return out;
    const Money each = amount / count;
    for (int i = 0; i < count; ++i) {
        Installment in;
        in.seq = i + 1;
        in.amount = i == 0 ? amount - each * (count - 1) : each;
        in.dueOn = firstDue.addMonths(i, calendar);
        out << in;
    }
    return out;
}

Money PlanDialog::amount() const
{
    if (m_source->currentData().toLongLong() != kNoId)
        return m_source->currentData(Qt::UserRole + 1).toLongLong();
    return CreditUi::amountOf(m_amount).value_or(0);
}

void PlanDialog::updatePreview()
{
    const QList<Installment> rows =
        schedule(amount(), m_count->value(), m_firstDue->date(), m_context.sales().settings().calendar);
    m_preview->setRowCount(0);
    for (const Installment &in : rows) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, cell(Format::number(in.seq), in.seq));
        m_preview->setItem(row, 1, cell(Format::date(in.dueOn)));
        m_preview->setItem(row, 2, cell(Format::money(in.amount), in.amount));
    }
    m_total->setText(rows.isEmpty() ? tr("Enter the amount and the first due date to see the schedule.")
                                    //: %Ln number of installments, %1 total amount
                                    : tr("%Ln installment(s), %1 in all.", nullptr, int(rows.size()))
                                          .arg(Format::money(amount())));
}

bool PlanDialog::openPlan()
{
    m_errors->clear();
    const Id saleId = m_source->currentData().toLongLong();
    const Money total = amount();
    if (saleId == kNoId && total <= 0) {
        m_errors->show(fieldError(tr("Enter the amount to put in installments."), QStringLiteral("amount")));
        return false;
    }
    if (!m_firstDue->date().isValid()) {
        m_errors->show(fieldError(tr("Enter the first due date."), QStringLiteral("firstDue")));
        return false;
    }
    if (MessageBox::question(this, tr("Open Installment Plan"),
                             //: %1 amount, %Ln number of installments, %2 first due date
                             tr("Put %1 in %Ln installment(s), the first due on %2?", nullptr, m_count->value())
                                 .arg(Format::money(total), Format::date(m_firstDue->date())))
        != QMessageBox::Yes)
        return false;
    const Result<InstallmentPlan> plan =
        m_context.credit().openPlan(m_context.actor(), m_standing.memberId, saleId, saleId == kNoId ? total : 0,
                                    m_count->value(), m_firstDue->date(), m_key);
    if (!plan) {
        m_errors->report(plan.error());
        return false;
    }
    m_plan = *plan;
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

LimitDialog::LimitDialog(UiContext &context, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_memberId(memberId)
    , m_errors(new FieldErrors(this))
    , m_own(new QRadioButton(tr("The member's own &limit:"), this))
    , m_cardType(new QRadioButton(tr("Use the &card type's limit"), this))
    , m_amount(new DigitLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_from(new DateEdit(this))
    , m_history(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Set Credit Limit"));
    m_own->setObjectName(QStringLiteral("ownLimit"));
    m_cardType->setObjectName(QStringLiteral("cardTypeLimit"));
    m_own->setChecked(true);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setMaxDigits(kMaxAmountDigits);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setDate(QDate::currentDate());
    m_history->setObjectName(QStringLiteral("history"));
    //: Columns of the limit history
    m_history->setHorizontalHeaderLabels({tr("From"), tr("Limit"), tr("Reason"), tr("Set on")});
    TableViews::setUp(m_history, m_history->model());
    connect(m_own, &QRadioButton::toggled, m_amount, &QWidget::setEnabled);

    const Result<QList<CreditLimitChange>> history = context.credit().limitHistory(context.actor(), memberId);
    if (history) {
        for (const CreditLimitChange &c : *history) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            m_history->setItem(row, 0, cell(Format::dateTime(c.effectiveFrom)));
            m_history->setItem(row, 1, cell(c.amount < 0 ? tr("The card type's limit") : Format::money(c.amount),
                                            c.amount));
            m_history->setItem(row, 2, cell(c.reason));
            m_history->setItem(row, 3, cell(Format::dateTime(c.createdAt)));
        }
    }

    auto *form = new QFormLayout;
    m_errors->addRow(form, QString(), m_own, QStringLiteral("kind"));
    m_errors->addRow(form, tr("Amount:"), m_amount, QStringLiteral("limit"));
    form->addRow(QString(), m_cardType);
    m_errors->addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_errors->addRow(form, tr("&From:"), m_from, QStringLiteral("effectiveFrom"));

    QPushButton *save = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("&Save Limit"), &save);
    connect(save, &QPushButton::clicked, this, &LimitDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_history);
    layout->addWidget(buttons);
    setMinimumSize(520, 420);
    m_amount->setFocus();
}

bool LimitDialog::save()
{
    m_errors->clear();
    Money limit = -1;
    if (m_own->isChecked()) {
        const std::optional<Money> typed = CreditUi::amountOf(m_amount);
        if (!typed) {
            m_errors->show(fieldError(tr("Enter the limit."), QStringLiteral("limit")));
            return false;
        }
        limit = *typed;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        m_errors->show(fieldError(tr("Say why the limit changes."), QStringLiteral("reason")));
        return false;
    }
    // Today takes effect now; another day at its start.
    const QDate day = m_from->date();
    const QDateTime from = !day.isValid() || day == QDate::currentDate() ? QDateTime() : CreditUi::startOf(day);
    const Status set =
        m_context.credit().setMemberLimit(m_context.actor(), m_memberId, limit, m_reason->text().trimmed(), from);
    if (!set) {
        m_errors->report(set.error());
        return false;
    }
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

GiftChargeDialog::GiftChargeDialog(UiContext &context, const QList<Card> &giftCards, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_key(newKey())
    , m_errors(new FieldErrors(this))
    , m_card(new QComboBox(this))
    , m_amount(new DigitLineEdit(this))
{
    setWindowTitle(tr("Charge Gift Card"));
    m_card->setObjectName(QStringLiteral("card"));
    for (const Card &c : giftCards)
        m_card->addItem(Format::ltr(c.number) + QStringLiteral(" — ") + c.cardTypeName,
                        QVariant::fromValue<qint64>(c.id));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setMaxDigits(kMaxAmountDigits);
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Card:"), m_card, QStringLiteral("card"));
    m_errors->addRow(form, tr("&Amount:"), m_amount, QStringLiteral("amount"));
    QPushButton *ok = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("C&harge"), &ok);
    connect(ok, &QPushButton::clicked, this, &GiftChargeDialog::post);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_amount->setFocus();
}

bool GiftChargeDialog::post()
{
    m_errors->clear();
    const std::optional<Money> amount = CreditUi::amountOf(m_amount);
    if (m_card->currentIndex() < 0) {
        m_errors->show(fieldError(tr("The member has no active gift card."), QStringLiteral("card")));
        return false;
    }
    if (!amount || *amount <= 0) {
        m_errors->show(fieldError(tr("Enter the amount the customer pays."), QStringLiteral("amount")));
        return false;
    }
    if (MessageBox::question(this, tr("Charge Gift Card"),
                             //: %1 amount, %2 card number
                             tr("Charge %1 on card %2?").arg(Format::money(*amount), m_card->currentText()))
        != QMessageBox::Yes)
        return false;
    const Result<DeskPosted<GiftCardCharge>> charged = m_context.deskOperations().chargeGiftCard(
        m_context.actor(), m_card->currentData().toLongLong(), *amount, m_key);
    if (!charged) {
        m_errors->report(charged.error());
        return false;
    }
    m_charge = charged->value;
    if (charged->pendingSync)
        MessageBox::information(this, tr("Charge Gift Card"),
                                tr("The central server cannot be reached. The charge is kept and sent when it is "
                                   "back (pending sync)."));
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

GiftReturnDialog::GiftReturnDialog(UiContext &context, const QList<GiftCardCharge> &charges,
                                   const QHash<qint64, QString> &cardNumbers, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_charges(charges)
    , m_table(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Return Gift Card Charge"));
    m_table->setObjectName(QStringLiteral("charges"));
    //: Columns of a gift card's charges
    m_table->setHorizontalHeaderLabels({tr("Card"), tr("Charged on"), tr("Amount")});
    TableViews::setUp(m_table, m_table->model());
    for (const GiftCardCharge &c : charges) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(Format::ltr(cardNumbers.value(c.cardId)), c.id));
        m_table->setItem(row, 1, cell(Format::dateTime(c.at)));
        m_table->setItem(row, 2, cell(Format::money(c.amount), c.amount));
    }
    if (!charges.isEmpty())
        TableViews::selectRow(m_table, 0);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *note = new QLabel(tr("The whole charge is paid back in money and the card is blocked. A charge whose "
                               "value was partly spent cannot be returned."),
                            this);
    note->setWordWrap(true);
    QPushButton *ok = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("&Return Charge"), &ok);
    connect(ok, &QPushButton::clicked, this, &GiftReturnDialog::giveBack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumSize(480, 320);
    m_table->setFocus();
}

bool GiftReturnDialog::giveBack()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0) {
        m_message->setText(tr("Choose the charge to return."));
        return false;
    }
    const GiftCardCharge &c = m_charges.at(row);
    if (MessageBox::question(this, tr("Return Gift Card Charge"),
                             tr("Pay back %1 and block the card?").arg(Format::money(c.amount)))
        != QMessageBox::Yes)
        return false;
    if (!m_keys.contains(c.id))
        m_keys.insert(c.id, newKey());
    const Result<GiftCardChargeReturn> back = m_context.credit().returnGiftCardCharge(m_context.actor(), c.id,
                                                                                      m_keys.value(c.id));
    if (!back) {
        if (back.error().detail == QLatin1String("gift_card.spent"))
            m_message->setText(tr("This charge cannot be returned: some of the value it put on the card has "
                                  "already been spent."));
        else
            m_message->setText(back.error().message);
        return false;
    }
    m_return = *back;
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

BuyPointsDialog::BuyPointsDialog(UiContext &context, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_memberId(memberId)
    , m_price(context.sales().settings().pointsPrice)
    , m_key(newKey())
    , m_errors(new FieldErrors(this))
    , m_points(new DigitLineEdit(this))
    , m_priceLabel(new QLabel(this))
    , m_total(new QLabel(this))
{
    setWindowTitle(tr("Buy Points"));
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setMaxDigits(9);
    m_priceLabel->setObjectName(QStringLiteral("price"));
    m_total->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_total->setObjectName(QStringLiteral("total"));
    m_priceLabel->setText(m_price > 0 ? Format::money(m_price)
                                      : tr("Buying points is turned off in the sales settings."));
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Points:"), m_points, QStringLiteral("points"));
    form->addRow(tr("Price of a point:"), m_priceLabel);
    form->addRow(tr("To pay:"), m_total);
    QDialogButtonBox *buttons = okCancel(this, tr("&Buy"), &m_buy);
    m_buy->setEnabled(m_price > 0);
    connect(m_buy, &QPushButton::clicked, this, &BuyPointsDialog::buy);
    connect(m_points, &QLineEdit::textChanged, this, &BuyPointsDialog::updateTotal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_points->setFocus();
    updateTotal();
}

void BuyPointsDialog::updateTotal()
{
    const qint64 points = CreditUi::amountOf(m_points).value_or(0);
    m_total->setText(Format::money(points * m_price));
}

bool BuyPointsDialog::buy()
{
    m_errors->clear();
    const std::optional<qint64> points = CreditUi::amountOf(m_points);
    if (!points || *points <= 0) {
        m_errors->show(fieldError(tr("Enter the number of points."), QStringLiteral("points")));
        return false;
    }
    if (MessageBox::question(this, tr("Buy Points"),
                             //: %Ln points, %1 price
                             tr("Sell %Ln point(s) for %1?", nullptr, int(*points)).arg(Format::money(*points * m_price)))
        != QMessageBox::Yes)
        return false;
    const Result<DeskPosted<PointsPurchase>> bought =
        m_context.deskOperations().buyPoints(m_context.actor(), m_memberId, *points, m_key);
    if (!bought) {
        m_errors->report(bought.error());
        return false;
    }
    m_purchase = bought->value;
    if (bought->pendingSync) {
        m_purchase->price = *points * m_price; // this desk's price until the server has it
        MessageBox::information(this, tr("Buy Points"),
                                tr("The central server cannot be reached. The purchase is kept and sent when it is "
                                   "back (pending sync)."));
    }
    accept();
    return true;
}

} // namespace Club::Ui
