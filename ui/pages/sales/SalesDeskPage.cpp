// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesDeskPage.h"

#include "Format.h"
#include "GiftDialog.h"
#include "ReturnDialog.h"
#include "SaleWords.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "pages/cards/PinDialog.h"
#include "pages/warranty/WarrantyDialogs.h"
#include "pages/members/MemberSuggestionsPanel.h"
#include "recommend/Recommender.h"
#include "rules/RuleService.h"
#include "sales/SaleCommitter.h"
#include "sync/ConnectedDesk.h"
#include "sales/SalesService.h"
#include "util/Text.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>

namespace Club::Ui {

namespace {
QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}
} // namespace

SalesDeskPage::SalesDeskPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("salesDeskPage"));
    buildUi();
    resetBasket();
    clearCustomer();
}

void SalesDeskPage::activate()
{
    if (m_member)
        setCustomer(*m_member, m_card); // the balance may have moved elsewhere
    // A new sale starts with the customer (card or mobile); one under way goes on with products.
    if (!m_member && m_lines.isEmpty())
        m_customerInput->setFocus();
    else
        m_productInput->setFocus();
}

void SalesDeskPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

// --- the customer ---

void SalesDeskPage::findCustomer()
{
    const QString number = m_customerInput->latinText();
    if (number.isEmpty())
        return;
    const Core::Actor &actor = context().actor();
    if (const Core::Result<Core::Card> card = context().cards().findByNumber(actor, number)) {
        useCard(*card);
        return;
    }
    const Core::Result<QList<Core::MemberSummary>> found = context().members().search(actor, number, 5);
    if (!found) {
        showMessage(found.error().message);
        return;
    }
    const Core::MemberSummary *match = found->size() == 1 ? &found->first() : nullptr;
    for (const Core::MemberSummary &m : *found) {
        if (Core::Text::toLatinDigits(m.mobile).endsWith(number.right(10)) && number.size() >= 10)
            match = &m;
    }
    if (!match) {
        showMessage(found->isEmpty() ? tr("No card or member has this number.")
                                     : tr("Several members match. Type the whole mobile number or the card number."));
        return;
    }
    const Core::Result<Core::Member> member = context().members().member(actor, match->id);
    if (!member) {
        showMessage(member.error().message);
        return;
    }
    setCustomer(*member, Core::Card{});
}

bool SalesDeskPage::takeCardPresentation(const Core::CardPresentation &presentation)
{
    const Core::Result<Core::Card> card = context().cards().identify(context().actor(), presentation);
    if (!card) {
        showMessage(card.error().message);
        return true;
    }
    useCard(*card);
    return true;
}

bool SalesDeskPage::useCard(const Core::Card &card)
{
    if (card.status != Core::CardStatus::Active || card.isExpired(QDate::currentDate())) {
        showMessage(card.status == Core::CardStatus::Blocked ? tr("This card is blocked and cannot be used.")
                                                              : tr("This card is not active and cannot be used."));
        return false;
    }
    const Core::Result<Core::Member> member = context().members().member(context().actor(), card.memberId);
    if (!member) {
        showMessage(member.error().message);
        return false;
    }
    setCustomer(*member, card);
    return true;
}

void SalesDeskPage::setCustomer(const Core::Member &member, const Core::Card &card)
{
    m_member = member;
    m_card = card;
    m_available = 0;
    const Core::Result<Core::AccountBalance> balance = context().ledger().balance(context().actor(), member.accountId);
    if (balance)
        m_available = balance->pointsAvailable;
    // Connected: the server holds the balance of record (this store's is only a copy).
    if (Core::ConnectedDesk *desk = context().connectedDesk(); desk && desk->isConnected()) {
        if (const Core::Result<Core::RemoteBalances> remote = desk->balances(context().actor(), member.id))
            m_available = remote->pointsAvailable;
    }
    QString text = member.fullName();
    if (card.id != Core::kNoId)
        text += QStringLiteral(" · ") + Format::ltr(card.number);
    //: %1 the member and card, %2 their points
    m_customer->setText(tr("%1 — %2 points available").arg(text, Format::number(m_available)));
    m_customerInput->clear();
    m_gift->setEnabled(true);
    showMessage({});
    requote();
    showSuggestions();
    m_productInput->setFocus();
}

void SalesDeskPage::showSuggestions()
{
    if (!m_member) {
        m_suggestions->clear();
        return;
    }
    Core::SuggestionOptions options;
    options.maxGifts = 2;
    const Core::Result<QList<Core::Suggestion>> found =
        context().recommender().suggestions(context().actor(), m_member->id, options);
    if (!found) {
        m_suggestions->setText(found.error().message);
        return;
    }
    QStringList lines;
    for (const Core::Suggestion &suggestion : *found)
        lines << QStringLiteral("• ") + MemberSuggestionsPanel::describe(context(), suggestion);
    m_suggestions->setText(lines.isEmpty() ? tr("Nothing to suggest for this member today.")
                                           : lines.join(QLatin1Char('\n')));
}

void SalesDeskPage::clearCustomer()
{
    m_member.reset();
    m_card = Core::Card{};
    m_available = 0;
    m_customer->setText(tr("Walk-in customer"));
    m_gift->setEnabled(false);
    m_suggestions->clear();
    {
        const QSignalBlocker block(m_redeem);
        m_redeem->setRange(0, 0);
    }
    m_storedValue->clear();
    m_credit->clear();
    requote();
}

// --- the basket ---

void SalesDeskPage::addProductFromInput()
{
    const QString typed = m_productInput->text().trimmed();
    if (typed.isEmpty())
        return;
    const QString code = Core::Text::toLatinDigits(typed);
    const Core::Result<QList<Core::Product>> found = context().catalog().search(context().actor(), code, 10);
    if (!found) {
        showMessage(found.error().message);
        return;
    }
    const Core::Product *match = nullptr;
    for (const Core::Product &p : *found) {
        if (p.active && (p.code.compare(code, Qt::CaseInsensitive) == 0 || (!p.barcode.isEmpty() && p.barcode == code))) {
            match = &p;
            break;
        }
    }
    if (!match && found->size() == 1 && found->first().active)
        match = &found->first();
    if (!match) {
        showMessage(found->isEmpty() ? tr("No product has the code or barcode %1.").arg(Format::ltr(typed))
                                     : tr("Several products match %1. Scan the barcode or type the whole code.")
                                           .arg(Format::ltr(typed)));
        m_productInput->selectAll();
        return;
    }
    showMessage({});
    addProduct(*match, m_qty->value());
    m_productInput->clear();
    m_qty->setValue(1);
}

void SalesDeskPage::addProduct(const Core::Product &product, qint64 qty)
{
    if (m_key.isEmpty())
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int row = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).product.id == product.id)
            row = i;
    }
    if (row < 0) {
        m_lines.append({product, qty});
        row = int(m_lines.size()) - 1;
    } else {
        m_lines[row].qty += qty;
    }
    requote();
    TableViews::selectRow(m_basket, row);
}

void SalesDeskPage::removeSelectedLine()
{
    const int row = m_basket->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    requote();
    if (!m_lines.isEmpty())
        TableViews::selectRow(m_basket, qMin(row, int(m_lines.size()) - 1));
}

void SalesDeskPage::changeSelectedQuantity()
{
    const int row = m_basket->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    bool ok = false;
    const int qty = QInputDialog::getInt(this, tr("Change quantity"),
                                         tr("Quantity of %1:").arg(SaleWords::productName(m_lines.at(row).product)),
                                         int(m_lines.at(row).qty), 1, 9999, 1, &ok);
    if (!ok)
        return;
    m_lines[row].qty = qty;
    requote();
    TableViews::selectRow(m_basket, row);
}

Core::QuoteRequest SalesDeskPage::request() const
{
    Core::QuoteRequest r;
    if (m_member)
        r.memberId = m_member->id;
    r.cardId = m_card.id;
    for (const Line &line : m_lines)
        r.lines.append({line.product.id, line.qty, 0});
    r.pointsToRedeem = m_member ? m_redeem->value() : 0;
    if (m_member) {
        r.storedValue = amountOf(m_storedValue);
        r.credit = amountOf(m_credit);
    }
    return r;
}

Core::Money SalesDeskPage::amountOf(const DigitLineEdit *edit)
{
    return edit->latinText().toLongLong();
}

void SalesDeskPage::requote()
{
    m_quote.reset();
    if (!m_lines.isEmpty()) {
        Core::Result<Core::SaleQuote> quote = context().sales().quote(context().actor(), request());
        if (quote) {
            m_quote = *quote;
            showMessage({});
        } else {
            showMessage(quote.error().message);
        }
    }
    showQuote();
}

void SalesDeskPage::showQuote()
{
    const int selected = m_basket->currentRow();
    const QSignalBlocker blockTable(m_basket);
    m_basket->setRowCount(int(m_lines.size()));
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const bool priced = m_quote && i < m_quote->quote.lines.size();
        m_basket->setItem(i, ColName, cell(SaleWords::productName(line.product), false));
        m_basket->setItem(i, ColQty, cell(Format::number(line.qty), true));
        m_basket->setItem(i, ColUnit, cell(priced ? Format::money(m_quote->unitPrices.value(i)) : QString(), true));
        const Core::QuoteLine q = priced ? m_quote->quote.lines.at(i) : Core::QuoteLine{};
        m_basket->setItem(i, ColDiscount, cell(priced ? Format::money(q.discount) : QString(), true));
        m_basket->setItem(i, ColNet, cell(priced ? Format::money(q.net) : QString(), true));
        m_basket->setItem(i, ColPoints, cell(priced ? Format::number(q.points) : QString(), true));
    }
    if (selected >= 0 && selected < m_lines.size())
        TableViews::selectRow(m_basket, selected);

    const Core::Money pointValue = context().sales().settings().pointValue;
    {
        // At most the member's spendable points, and no more than the basket is worth.
        const QSignalBlocker blockRedeem(m_redeem);
        qint64 cap = m_member ? m_available : 0;
        if (m_quote && pointValue > 0)
            cap = qMin(cap, m_quote->quote.net / pointValue);
        else if (m_lines.isEmpty())
            cap = 0;
        m_redeem->setRange(0, int(qMin<qint64>(cap, std::numeric_limits<int>::max())));
    }
    m_redeem->setEnabled(m_member.has_value());
    m_storedValue->setEnabled(m_member.has_value());
    m_credit->setEnabled(m_member.has_value());
    if (m_quote && m_member) {
        //: What the member can still use
        m_storedValueAvailable->setText(tr("of %1").arg(Format::money(m_quote->storedValueAvailable)));
        m_creditAvailable->setText(tr("of %1").arg(Format::money(m_quote->creditAvailable)));
    } else {
        m_storedValueAvailable->clear();
        m_creditAvailable->clear();
    }
    //: The money a number of points is worth
    m_redeemValue->setText(tr("= %1").arg(Format::money(qint64(m_redeem->value()) * pointValue)));

    const Core::SaleQuote q = m_quote.value_or(Core::SaleQuote{});
    m_gross->setText(Format::money(q.quote.gross));
    m_discount->setText(Format::money(q.quote.discount));
    m_pointsValue->setText(Format::money(q.pointsValue));
    m_toPay->setText(Format::money(q.toPay));
    if (!m_member)
        m_earn->setText(tr("No points for a walk-in customer."));
    else if (q.quote.totalPoints > 0 && q.quote.availableAt.isValid())
        //: %Ln points, %1 the date they can be spent
        m_earn->setText(tr("%Ln point(s), available from %1", nullptr, int(q.quote.totalPoints))
                            .arg(Format::date(q.quote.availableAt.toLocalTime().date())));
    else
        m_earn->setText(tr("%Ln point(s)", nullptr, int(q.quote.totalPoints)));
    m_pay->setEnabled(m_quote.has_value());
    showWhy();
}

QString SalesDeskPage::ruleName(Core::Id ruleId)
{
    if (!m_ruleNames.contains(ruleId)) {
        const Core::Result<Core::Rule> rule = context().rules().rule(context().actor(), ruleId);
        m_ruleNames.insert(ruleId, rule ? rule->name : tr("rule %1").arg(Format::number(ruleId)));
    }
    return m_ruleNames.value(ruleId);
}

void SalesDeskPage::showWhy()
{
    QStringList sentences;
    const int row = m_basket->currentRow();
    if (m_quote && row >= 0 && row < m_quote->quote.lines.size()) {
        for (const Core::RuleHit &hit : m_quote->quote.lines.at(row).why)
            sentences << SaleWords::hit(hit, ruleName(hit.ruleId));
        if (sentences.isEmpty())
            sentences << tr("No rule applies to this line.");
    }
    if (m_quote) {
        for (const Core::BonusHit &bonus : m_quote->quote.bonuses)
            sentences << SaleWords::bonus(bonus, ruleName(bonus.ruleId));
    }
    m_why->setText(sentences.join(QLatin1Char('\n')));
}

// --- paying ---

std::optional<QString> SalesDeskPage::askPin()
{
    return PinDialog::askCustomerPin(this);
}

bool SalesDeskPage::pay()
{
    if (m_lines.isEmpty())
        return false;
    requote(); // amounts typed without leaving their field count too
    if (!m_quote)
        return false;
    const Core::Actor &actor = context().actor();
    // The card's PIN when its type needs one: for points, and for stored value or credit.
    bool needPin = m_quote->pinRequired && (amountOf(m_storedValue) > 0 || amountOf(m_credit) > 0);
    if (!needPin && m_redeem->value() > 0 && m_card.id != Core::kNoId) {
        const Core::Result<Core::CardType> type = context().cards().cardType(actor, m_card.cardTypeId);
        needPin = type && type->pinRequired;
    }
    QString pin;
    if (needPin) {
        const std::optional<QString> typed = askPin();
        if (!typed)
            return false;
        pin = *typed;
    }
    m_pay->setEnabled(false);
    // This store, or the central server (and its outbox when it cannot be reached).
    const Core::Result<Core::Sale> sale = context().saleCommitter().commit(actor, request(), m_key, pin);
    m_pay->setEnabled(true);
    if (!sale) {
        // The basket and its key stay: fixing the problem and paying again records it once.
        if (m_member)
            setCustomer(*m_member, m_card); // points spent meanwhile at another desk
        showMessage(sale.error().message);
        showError(this, sale.error());
        return false;
    }
    m_lastSale = *sale;
    m_lastParty = party();
    m_lastNames.clear();
    for (const Line &line : std::as_const(m_lines))
        m_lastNames << SaleWords::productName(line.product);
    QString result = sale->pendingSync
                         ? tr("The server cannot be reached: the sale is kept and will be sent later (pending sync). "
                              "Paid %1.")
                               .arg(Format::money(sale->paid))
                         : tr("Sale recorded, receipt %1. Paid %2.").arg(Format::number(sale->receiptNo),
                                                                         Format::money(sale->paid));
    if (sale->memberId != Core::kNoId) {
        result += QLatin1Char(' ');
        if (sale->pointsEarned > 0 && sale->availableAt.isValid())
            result += tr("%Ln point(s) earned, available from %1.", nullptr, int(sale->pointsEarned))
                          .arg(Format::date(sale->availableAt.toLocalTime().date()));
        else
            result += tr("%Ln point(s) earned.", nullptr, int(sale->pointsEarned));
    }
    m_result->setText(result);
    m_reprint->setEnabled(true);
    // Warranties are kept in this store: a sale the central server recorded has no lines here.
    const bool serverSale = context().connectedDesk() && context().connectedDesk()->isConnected();
    m_warranty->setEnabled(sale->memberId != Core::kNoId && !sale->pendingSync && !serverSale &&
                           context().can(Core::Permission::WarrantyRegister));
    resetBasket();
    clearCustomer();
    m_productInput->setFocus();
    printAgain();
    return true;
}

SaleReceipts::Party SalesDeskPage::party() const
{
    SaleReceipts::Party p;
    const Core::Result<QString> store = context().auth().setting(QStringLiteral("store.name"));
    p.storeName = store ? *store : QString();
    if (m_member)
        p.memberName = m_member->fullName();
    p.cardNumber = m_card.number;
    return p;
}

void SalesDeskPage::printAgain()
{
    if (m_lastSale)
        SaleReceipts::output(context(), SaleReceipts::sale(m_lastParty, *m_lastSale, m_lastNames), this);
}

void SalesDeskPage::registerWarranty()
{
    if (!m_lastSale || !m_warranty->isEnabled())
        return;
    RegisterWarrantyDialog dialog(context(), m_lastSale, this);
    if (dialog.exec() == QDialog::Accepted && dialog.registered())
        m_result->setText(tr("Warranty registered for serial number %1 until %2.")
                              .arg(Format::ltr(dialog.registered()->serialNo),
                                   Format::date(dialog.registered()->endsAt.toLocalTime().date())));
    m_productInput->setFocus();
}

void SalesDeskPage::resetBasket()
{
    m_lines.clear();
    m_key.clear();
    {
        const QSignalBlocker block(m_redeem);
        m_redeem->setValue(0);
    }
    m_storedValue->clear();
    m_credit->clear();
    requote();
}

void SalesDeskPage::newSale()
{
    if (!m_lines.isEmpty()
        && MessageBox::question(this, tr("New sale"), tr("Empty the basket and start a new sale?")) != QMessageBox::Yes)
        return;
    resetBasket();
    clearCustomer();
    showMessage({});
    m_customerInput->setFocus();
}

void SalesDeskPage::openReturn()
{
    ReturnDialog dialog(context(), m_member ? m_member->id : Core::kNoId, this);
    dialog.exec();
    if (m_member)
        setCustomer(*m_member, m_card);
}

void SalesDeskPage::openGift()
{
    if (!m_member) {
        showMessage(tr("A gift is for a member: present the card or type the mobile first."));
        return;
    }
    GiftDialog dialog(context(), *m_member, m_card, this);
    dialog.exec();
    setCustomer(*m_member, m_card);
}

} // namespace Club::Ui
