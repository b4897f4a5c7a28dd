// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's widgets, their shortcuts and tab order (the behaviour is in SalesDeskPage.cpp).
#include "SalesDeskPage.h"

#include "widgets/DigitLineEdit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

void SalesDeskPage::buildUi()
{
    // The customer.
    m_customerInput = new DigitLineEdit(this);
    m_customerInput->setObjectName(QStringLiteral("customerInput"));
    m_customerInput->setPlaceholderText(tr("Card number or mobile, then Enter"));
    connect(m_customerInput, &QLineEdit::returnPressed, this, &SalesDeskPage::findCustomer);
    m_customer = valueLabel(this, QStringLiteral("customerName"));
    m_customer->setWordWrap(true);
    auto *walkIn = new QPushButton(tr("&Walk-in"), this);
    walkIn->setObjectName(QStringLiteral("walkInButton"));
    walkIn->setAutoDefault(false);
    walkIn->setToolTip(tr("A customer without a card (F4)"));
    walkIn->setShortcut(QKeySequence(Qt::Key_F4));
    connect(walkIn, &QPushButton::clicked, this, &SalesDeskPage::clearCustomer);
    auto *customerRow = new QHBoxLayout;
    auto *customerLabel = new QLabel(tr("&Customer:"), this);
    customerLabel->setBuddy(m_customerInput);
    customerRow->addWidget(customerLabel);
    customerRow->addWidget(m_customerInput, 1);
    customerRow->addWidget(walkIn);
    customerRow->addWidget(m_customer, 2);

    // The product line.
    m_productInput = new QLineEdit(this);
    m_productInput->setObjectName(QStringLiteral("productInput"));
    m_productInput->setPlaceholderText(tr("Scan or type a code or barcode, then Enter"));
    connect(m_productInput, &QLineEdit::returnPressed, this, &SalesDeskPage::addProductFromInput);
    m_qty = new QSpinBox(this);
    m_qty->setObjectName(QStringLiteral("qtyInput"));
    m_qty->setRange(1, 9999);
    auto *productRow = new QHBoxLayout;
    auto *productLabel = new QLabel(tr("&Product:"), this);
    productLabel->setBuddy(m_productInput);
    auto *qtyLabel = new QLabel(tr("&Qty:"), this);
    qtyLabel->setBuddy(m_qty);
    productRow->addWidget(productLabel);
    productRow->addWidget(m_productInput, 1);
    productRow->addWidget(qtyLabel);
    productRow->addWidget(m_qty);

    // The basket.
    m_basket = new QTableWidget(0, ColumnCount, this);
    m_basket->setObjectName(QStringLiteral("basketTable"));
    m_basket->setHorizontalHeaderLabels(
        {tr("Product"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Net"), tr("Points")});
    m_basket->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basket->setSelectionMode(QAbstractItemView::SingleSelection);
    m_basket->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_basket->setTabKeyNavigation(false);
    m_basket->verticalHeader()->hide();
    m_basket->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_basket->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    connect(m_basket, &QTableWidget::itemSelectionChanged, this, &SalesDeskPage::showWhy);
    auto *remove = new QShortcut(QKeySequence::Delete, m_basket, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SalesDeskPage::removeSelectedLine);

    auto *removeButton = new QPushButton(tr("Remove line (Del)"), this);
    removeButton->setObjectName(QStringLiteral("removeLineButton"));
    removeButton->setAutoDefault(false);
    connect(removeButton, &QPushButton::clicked, this, &SalesDeskPage::removeSelectedLine);
    auto *qtyButton = new QPushButton(tr("Change qty… (F6)"), this);
    qtyButton->setObjectName(QStringLiteral("changeQtyButton"));
    qtyButton->setAutoDefault(false);
    qtyButton->setShortcut(QKeySequence(Qt::Key_F6));
    connect(qtyButton, &QPushButton::clicked, this, &SalesDeskPage::changeSelectedQuantity);

    // Points and totals.
    m_redeem = new QSpinBox(this);
    m_redeem->setObjectName(QStringLiteral("redeemInput"));
    m_redeem->setRange(0, 0);
    m_redeem->setGroupSeparatorShown(true);
    connect(m_redeem, &QSpinBox::valueChanged, this, &SalesDeskPage::requote);
    m_redeemValue = valueLabel(this, QStringLiteral("redeemValue"));
    auto *redeemFocus = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(redeemFocus, &QShortcut::activated, this, [this] {
        m_redeem->setFocus();
        m_redeem->selectAll();
    });
    m_gross = valueLabel(this, QStringLiteral("totalGross"));
    m_discount = valueLabel(this, QStringLiteral("totalDiscount"));
    m_pointsValue = valueLabel(this, QStringLiteral("totalPointsValue"));
    m_toPay = valueLabel(this, QStringLiteral("totalToPay"));
    QFont big = m_toPay->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_toPay->setFont(big);
    m_earn = valueLabel(this, QStringLiteral("totalEarn"));
    m_earn->setWordWrap(true);
    auto *totalsBox = new QGroupBox(tr("Totals"), this);
    auto *totals = new QFormLayout(totalsBox);
    auto *redeemRow = new QHBoxLayout;
    redeemRow->addWidget(m_redeem, 1);
    redeemRow->addWidget(m_redeemValue, 1);
    totals->addRow(tr("Redeem points (F8):"), redeemRow);
    // Tenders besides cash: the member's stored value and internal credit.
    m_storedValue = new DigitLineEdit(this);
    m_storedValue->setObjectName(QStringLiteral("storedValueInput"));
    m_storedValue->setMaxDigits(15);
    m_storedValueAvailable = valueLabel(this, QStringLiteral("storedValueAvailable"));
    m_credit = new DigitLineEdit(this);
    m_credit->setObjectName(QStringLiteral("creditInput"));
    m_credit->setMaxDigits(15);
    m_creditAvailable = valueLabel(this, QStringLiteral("creditAvailable"));
    for (DigitLineEdit *edit : {m_storedValue, m_credit})
        connect(edit, &QLineEdit::editingFinished, this, &SalesDeskPage::requote);
    auto *storedRow = new QHBoxLayout;
    storedRow->addWidget(m_storedValue, 1);
    storedRow->addWidget(m_storedValueAvailable, 1);
    auto *creditRow = new QHBoxLayout;
    creditRow->addWidget(m_credit, 1);
    creditRow->addWidget(m_creditAvailable, 1);
    totals->addRow(tr("From stored value:"), storedRow);
    totals->addRow(tr("On credit:"), creditRow);
    totals->addRow(tr("Total:"), m_gross);
    totals->addRow(tr("Discount:"), m_discount);
    totals->addRow(tr("Paid with points:"), m_pointsValue);
    totals->addRow(tr("To pay:"), m_toPay);
    totals->addRow(tr("Points to earn:"), m_earn);

    auto *whyBox = new QGroupBox(tr("Why"), this);
    m_why = valueLabel(whyBox, QStringLiteral("whyText"));
    m_why->setWordWrap(true);
    m_why->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    auto *whyLayout = new QVBoxLayout(whyBox);
    whyLayout->addWidget(m_why);
    whyLayout->addStretch(1);

    // Gifts the balance reaches, points about to expire, occasions, products due again:
    // what the desk can offer the member while the basket is being made.
    auto *suggestionsBox = new QGroupBox(tr("Suggestions"), this);
    m_suggestions = valueLabel(suggestionsBox, QStringLiteral("deskSuggestions"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    auto *suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->addWidget(m_suggestions);
    suggestionsLayout->addStretch(1);

    m_message = valueLabel(this, QStringLiteral("deskMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result = valueLabel(this, QStringLiteral("saleResult"));
    m_result->setWordWrap(true);

    // Actions.
    m_pay = new QPushButton(tr("Pay (F12)"), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setAutoDefault(false);
    m_pay->setShortcut(QKeySequence(Qt::Key_F12));
    connect(m_pay, &QPushButton::clicked, this, &SalesDeskPage::pay);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &SalesDeskPage::pay);
    }
    auto *newButton = new QPushButton(tr("New sale (Esc)"), this);
    newButton->setObjectName(QStringLiteral("newSaleButton"));
    newButton->setAutoDefault(false);
    connect(newButton, &QPushButton::clicked, this, &SalesDeskPage::newSale);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &SalesDeskPage::newSale);
    auto *returnButton = new QPushButton(tr("Return… (F9)"), this);
    returnButton->setObjectName(QStringLiteral("returnButton"));
    returnButton->setAutoDefault(false);
    returnButton->setShortcut(QKeySequence(Qt::Key_F9));
    connect(returnButton, &QPushButton::clicked, this, &SalesDeskPage::openReturn);
    m_gift = new QPushButton(tr("Gift… (F10)"), this);
    m_gift->setObjectName(QStringLiteral("giftButton"));
    m_gift->setAutoDefault(false);
    m_gift->setShortcut(QKeySequence(Qt::Key_F10));
    connect(m_gift, &QPushButton::clicked, this, &SalesDeskPage::openGift);
    m_reprint = new QPushButton(tr("Print receipt again"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setAutoDefault(false);
    m_reprint->setEnabled(false);
    connect(m_reprint, &QPushButton::clicked, this, &SalesDeskPage::printAgain);
    m_warranty = new QPushButton(tr("Warranty… (F11)"), this);
    m_warranty->setObjectName(QStringLiteral("warrantyButton"));
    m_warranty->setAutoDefault(false);
    m_warranty->setShortcut(QKeySequence(Qt::Key_F11));
    m_warranty->setToolTip(tr("Register the warranty of an item of the sale just made"));
    m_warranty->setEnabled(false);
    connect(m_warranty, &QPushButton::clicked, this, &SalesDeskPage::registerWarranty);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(removeButton);
    lineButtons->addWidget(qtyButton);
    lineButtons->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(returnButton);
    actions->addWidget(m_gift);
    actions->addWidget(m_reprint);
    actions->addWidget(m_warranty);
    actions->addStretch(1);
    actions->addWidget(newButton);
    actions->addWidget(m_pay);

    auto *side = new QVBoxLayout;
    side->addWidget(totalsBox);
    side->addWidget(whyBox, 1);
    side->addWidget(suggestionsBox, 1);
    auto *middle = new QHBoxLayout;
    auto *basketColumn = new QVBoxLayout;
    basketColumn->addWidget(m_basket, 1);
    basketColumn->addLayout(lineButtons);
    middle->addLayout(basketColumn, 3);
    middle->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(customerRow);
    layout->addLayout(productRow);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addLayout(actions);

    setTabOrder(m_customerInput, m_productInput);
    setTabOrder(m_productInput, m_qty);
    setTabOrder(m_qty, m_basket);
    setTabOrder(m_basket, m_redeem);
    setTabOrder(m_redeem, m_storedValue);
    setTabOrder(m_storedValue, m_credit);
    setTabOrder(m_credit, m_pay);
}

} // namespace Club::Ui
