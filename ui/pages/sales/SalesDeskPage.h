// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "SaleReceipts.h"
#include "cards/Card.h"
#include "catalog/Catalog.h"
#include "members/Member.h"
#include "sales/Sale.h"

#include <QHash>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class DigitLineEdit;

// The counter: a customer (card, mobile or walk-in), a basket priced and explained by the
// rules on every change, points to redeem, and one confirmed sale per basket. The basket's
// idempotency key is made when its first item goes in and kept across retries, so a double
// press or a retry after an error never records the sale twice. Errors leave the basket.
class SalesDeskPage : public Page
{
    Q_OBJECT

public:
    explicit SalesDeskPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Sales desk"); }
    Core::Permission permission() const override { return Core::Permission::LedgerPost; }
    void activate() override;
    bool takeCardPresentation(const Core::CardPresentation &presentation) override;

    // For tests and the window: the current state.
    const std::optional<Core::SaleQuote> &currentQuote() const { return m_quote; }
    const std::optional<Core::Sale> &lastSale() const { return m_lastSale; }
    QString basketKey() const { return m_key; }

public Q_SLOTS:
    void findCustomer();     // Enter in the customer field: a card number or a mobile
    void addProductFromInput();
    void removeSelectedLine();
    void changeSelectedQuantity();
    bool pay();              // F12, Ctrl+Enter
    void newSale();          // Esc; asks when the basket is not empty
    void openReturn();       // F9
    void openGift();         // F10
    void printAgain();
    void registerWarranty(); // F11: for a line of the sale just made

public:
    // The basket table's columns.
    enum Column { ColName, ColQty, ColUnit, ColDiscount, ColNet, ColPoints, ColumnCount };

private:
    struct Line
    {
        Core::Product product;
        qint64 qty = 1;
    };

    void buildUi(); // SalesDeskLayout.cpp
    void setCustomer(const Core::Member &member, const Core::Card &card);
    void clearCustomer();
    bool useCard(const Core::Card &card);
    void addProduct(const Core::Product &product, qint64 qty);
    Core::QuoteRequest request() const;
    void requote();
    void showQuote();
    void showWhy();
    void showSuggestions();
    void showMessage(const QString &text);
    void resetBasket();
    QString ruleName(Core::Id ruleId);
    std::optional<QString> askPin();
    SaleReceipts::Party party() const;
    static Core::Money amountOf(const DigitLineEdit *edit);

    std::optional<Core::Member> m_member;
    Core::Card m_card; // id kNoId when no card was presented
    Core::Points m_available = 0;
    QList<Line> m_lines;
    std::optional<Core::SaleQuote> m_quote;
    QString m_key;
    std::optional<Core::Sale> m_lastSale;
    QStringList m_lastNames;
    SaleReceipts::Party m_lastParty;
    QHash<Core::Id, QString> m_ruleNames;

    DigitLineEdit *m_customerInput = nullptr;
    QLabel *m_customer = nullptr;
    QLineEdit *m_productInput = nullptr;
    QSpinBox *m_qty = nullptr;
    QTableWidget *m_basket = nullptr;
    QSpinBox *m_redeem = nullptr;
    QLabel *m_redeemValue = nullptr;
    DigitLineEdit *m_storedValue = nullptr; // money from the member's stored value (gift card)
    QLabel *m_storedValueAvailable = nullptr;
    DigitLineEdit *m_credit = nullptr; // money put on the member's credit account
    QLabel *m_creditAvailable = nullptr;
    QLabel *m_gross = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_pointsValue = nullptr;
    QLabel *m_toPay = nullptr;
    QLabel *m_earn = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_suggestions = nullptr; // what the recommender says for the member at the desk
    QLabel *m_message = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_gift = nullptr;
    QPushButton *m_warranty = nullptr;
};

} // namespace Club::Ui
