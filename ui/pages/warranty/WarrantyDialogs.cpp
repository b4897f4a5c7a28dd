// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarrantyDialogs.h"

#include "Format.h"
#include "UiContext.h"
#include "WarrantyPanel.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "catalog/CatalogService.h"
#include "models/Labels.h"
#include "pages/sales/SaleWords.h"
#include "sales/SalesService.h"
#include "warranty/WarrantyService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Club::Core;

namespace {
constexpr int kMaxMonths = 240;
}

RegisterWarrantyDialog::RegisterWarrantyDialog(UiContext &context, const std::optional<Sale> &sale, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_receipt(new DigitLineEdit(this))
    , m_saleInfo(new QLabel(this))
    , m_line(new QComboBox(this))
    , m_serial(new QLineEdit(this))
    , m_months(new QSpinBox(this))
    , m_card(new QComboBox(this))
{
    setObjectName(QStringLiteral("registerWarrantyDialog"));
    setWindowTitle(tr("Register Warranty"));
    m_receipt->setObjectName(QStringLiteral("receiptNo"));
    m_receipt->setMaxDigits(12);
    m_saleInfo->setObjectName(QStringLiteral("saleInfo"));
    m_saleInfo->setWordWrap(true);
    m_line->setObjectName(QStringLiteral("saleLine"));
    m_serial->setObjectName(QStringLiteral("serialNo"));
    m_serial->setMaxLength(64);
    m_months->setObjectName(QStringLiteral("months"));
    m_months->setRange(0, kMaxMonths);
    //: Warranty period spin box at 0: the product has no default period
    m_months->setSpecialValueText(tr("Enter the months"));
    //: Unit after the warranty period
    m_months->setSuffix(tr(" months"));
    m_card->setObjectName(QStringLiteral("warrantyCard"));

    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findSale"));
    find->setAutoDefault(false);
    connect(find, &QPushButton::clicked, this, &RegisterWarrantyDialog::findSale);
    connect(m_receipt, &QLineEdit::returnPressed, this, &RegisterWarrantyDialog::findSale);
    connect(m_serial, &QLineEdit::returnPressed, this, &RegisterWarrantyDialog::registerNow);
    connect(m_line, &QComboBox::currentIndexChanged, this, &RegisterWarrantyDialog::lineChanged);

    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receipt, 1);
    receiptRow->addWidget(find);
    auto *form = new QFormLayout;
    auto *receiptLabel = new QLabel(tr("&Receipt number:"), this);
    receiptLabel->setBuddy(m_receipt); // a layout as the field gets no buddy: the & would show
    form->addRow(receiptLabel, receiptRow);
    form->addRow(QString(), m_saleInfo);
    m_errors->addRow(form, tr("Sale &line:"), m_line, QStringLiteral("saleLineId"));
    m_errors->alias(QStringLiteral("productId"), QStringLiteral("saleLineId"));
    m_errors->addRow(form, tr("&Serial number:"), m_serial, QStringLiteral("serialNo"));
    m_errors->addRow(form, tr("&Period:"), m_months, QStringLiteral("months"));
    m_errors->addRow(form, tr("On &card:"), m_card, QStringLiteral("cardId"));
    m_errors->addGeneral();

    // No default button: Enter in the receipt number finds the sale, Enter in the serial
    // number registers, so one Enter never does both.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::ActionRole);
    m_register->setObjectName(QStringLiteral("confirm"));
    m_register->setAutoDefault(false);
    // Cancel would otherwise become the default and an Enter that was refused would close.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_register, &QPushButton::clicked, this, &RegisterWarrantyDialog::registerNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    if (sale) {
        m_receipt->setText(Format::number(sale->receiptNo));
        setSale(*sale);
        m_serial->setFocus();
    } else {
        m_line->setEnabled(false);
        m_register->setEnabled(false);
        m_receipt->setFocus();
    }
}

bool RegisterWarrantyDialog::findSale()
{
    m_errors->clear();
    bool ok = false;
    const qint64 receiptNo = m_receipt->latinText().toLongLong(&ok);
    if (!ok || receiptNo <= 0) {
        m_saleInfo->setText(tr("Enter the receipt number."));
        m_receipt->setFocus();
        return false;
    }
    const Result<Sale> sale =
        m_context.sales().saleByReceipt(m_context.actor(), m_context.actor().branchId, receiptNo);
    if (!sale) {
        m_saleInfo->setText(sale.error().message);
        m_receipt->setFocus();
        return false;
    }
    setSale(*sale);
    m_line->setFocus();
    return true;
}

void RegisterWarrantyDialog::setSale(const Sale &sale)
{
    m_sale = sale;
    QString member;
    if (sale.memberId != kNoId) {
        if (const Result<Member> m = m_context.members().member(m_context.actor(), sale.memberId))
            member = m->fullName();
    }
    //: %1 receipt number, %2 date and time, %3 the member's name (or "walk-in customer")
    m_saleInfo->setText(tr("Receipt %1 of %2, %3.")
                            .arg(Format::number(sale.receiptNo), Format::dateTime(sale.createdAt),
                                 member.isEmpty() ? tr("walk-in customer") : member));
    {
        const QSignalBlocker block(m_line);
        m_line->clear();
        for (const SaleLine &line : sale.lines) {
            const Result<Product> p = m_context.catalog().product(m_context.actor(), line.productId);
            const QString name = p ? SaleWords::productName(*p) : QString::number(line.productId);
            //: A sale line in the warranty dialog: product name × quantity
            m_line->addItem(tr("%1 × %2").arg(name, Format::number(line.qty)), line.id);
        }
    }
    m_card->clear();
    m_card->addItem(tr("No card"), QVariant::fromValue<qint64>(kNoId));
    if (sale.memberId != kNoId) {
        if (const Result<QList<Card>> cards = m_context.cards().cardsOfMember(m_context.actor(), sale.memberId)) {
            // A warranty card first: that is what the customer takes home for the item.
            for (bool warrantyKind : {true, false}) {
                for (const Card &c : *cards) {
                    if (c.status == CardStatus::Active && (c.kind == CardKind::Warranty) == warrantyKind)
                        m_card->addItem(tr("%1 (%2)").arg(Labels::cardNumber(c.number), c.cardTypeName),
                                        QVariant::fromValue<qint64>(c.id));
                }
            }
        }
        if (m_card->count() > 1)
            m_card->setCurrentIndex(1);
    }
    m_line->setEnabled(!sale.lines.isEmpty());
    m_register->setEnabled(!sale.lines.isEmpty());
    lineChanged();
}

void RegisterWarrantyDialog::lineChanged()
{
    if (!m_sale || m_line->currentIndex() < 0)
        return;
    const Id lineId = m_line->currentData().toLongLong();
    for (const SaleLine &line : std::as_const(m_sale->lines)) {
        if (line.id != lineId)
            continue;
        const Result<int> months = m_context.warranties().defaultMonths(m_context.actor(), line.productId);
        m_months->setValue(months ? *months : 0);
    }
}

bool RegisterWarrantyDialog::registerNow()
{
    m_errors->clear();
    if (!m_sale) {
        m_saleInfo->setText(tr("Find the sale first: enter its receipt number."));
        m_receipt->setFocus();
        return false;
    }
    WarrantyDraft draft;
    draft.saleLineId = m_line->currentData().toLongLong();
    draft.serialNo = m_serial->text();
    draft.months = m_months->value();
    draft.cardId = m_card->currentData().toLongLong();
    m_register->setEnabled(false);
    const Result<Warranty> w = m_context.warranties().registerWarranty(m_context.actor(), draft);
    m_register->setEnabled(true);
    if (!w) {
        m_errors->report(w.error());
        return false;
    }
    m_registered = *w;
    accept();
    return true;
}

WarrantyEventDialog::WarrantyEventDialog(UiContext &context, const Warranty &warranty, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_warranty(warranty)
    , m_errors(new FieldErrors(this))
    , m_kind(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("warrantyEventDialog"));
    //: Dialog title; %1 product name, %2 serial number
    setWindowTitle(tr("Service Event: %1 %2").arg(warranty.productName, Format::ltr(warranty.serialNo)));
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (WarrantyEventKind k : WarrantyWords::events())
        m_kind->addItem(WarrantyWords::event(k), int(k));
    // The step that usually comes next.
    const WarrantyEventKind next =
        warranty.status == WarrantyStatus::InService
            ? (warranty.events.isEmpty() || warranty.events.constLast().kind == WarrantyEventKind::Received
                   ? WarrantyEventKind::Diagnosed
                   : warranty.events.constLast().kind == WarrantyEventKind::Diagnosed ? WarrantyEventKind::Repaired
                                                                                      : WarrantyEventKind::Returned)
            : WarrantyEventKind::Received;
    m_kind->setCurrentIndex(m_kind->findData(int(next)));
    m_note->setObjectName(QStringLiteral("eventNote"));
    m_note->setMaxLength(1000);

    auto *status = new QLabel(tr("Now: %1").arg(WarrantyWords::status(warranty.status)), this);
    auto *form = new QFormLayout;
    form->addRow(status);
    m_errors->addRow(form, tr("&Event:"), m_kind, QStringLiteral("event"));
    m_errors->addRow(form, tr("&Note:"), m_note, QStringLiteral("note"));
    m_errors->addGeneral();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_log = buttons->addButton(tr("&Log Event"), QDialogButtonBox::AcceptRole);
    m_log->setObjectName(QStringLiteral("confirm"));
    m_log->setDefault(true);
    connect(m_log, &QPushButton::clicked, this, &WarrantyEventDialog::logNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_kind->setFocus();
}

bool WarrantyEventDialog::logNow()
{
    m_errors->clear();
    const auto kind = WarrantyEventKind(m_kind->currentData().toInt());
    const Result<WarrantyEvent> e =
        m_context.warranties().logEvent(m_context.actor(), m_warranty.id, kind, m_note->text());
    if (!e) {
        m_errors->report(e.error());
        return false;
    }
    m_logged = *e;
    accept();
    return true;
}

} // namespace Club::Ui
