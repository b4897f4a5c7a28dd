// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardsPage.h"

#include "AddStockDialog.h"
#include "BatchIssueDialog.h"
#include "CardStockTab.h"
#include "CardActionBar.h"
#include "Format.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "models/CardEventModel.h"
#include "models/CardTypeModel.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    TableViews::setUp(table, model);
    return table;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}
void setValue(QLabel *label, const QString &text)
{
    label->setText(Labels::directed(text));
}
} // namespace

CardsPage::CardsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_number(new DigitLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_details(new QGroupBox(tr("Card"), this))
    , m_actions(new CardActionBar(context, this))
    , m_events(new CardEventModel(this))
    , m_stockBox(new QGroupBox(tr("Blank Cards at This Branch"), this))
    , m_stock(new CardTypeModel(this))
{
    // Find row
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_number->setMaxDigits(19);
    m_number->setPlaceholderText(tr("Type or swipe the card number"));
    m_number->setClearButtonEnabled(true);
    auto *numberLabel = new QLabel(tr("Card &number:"), this);
    numberLabel->setBuddy(m_number);
    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findCard"));
    connect(find, &QPushButton::clicked, this, [this] { findCard(m_number->latinText()); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { findCard(m_number->latinText()); });
    m_findStatus->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(numberLabel);
    findRow->addWidget(m_number, 1);
    findRow->addWidget(find);
    findRow->addWidget(m_findStatus, 1);

    // Card details
    m_cardNumber = valueLabel(m_details, QStringLiteral("detailNumber"));
    m_type = valueLabel(m_details, QStringLiteral("detailType"));
    m_status = valueLabel(m_details, QStringLiteral("detailStatus"));
    m_status->setWordWrap(true);
    m_owner = valueLabel(m_details, QStringLiteral("detailOwner"));
    m_openOwner = new QPushButton(tr("&Open Member"), m_details);
    m_openOwner->setObjectName(QStringLiteral("openOwner"));
    connect(m_openOwner, &QPushButton::clicked, this, [this] {
        if (m_card)
            Q_EMIT this->context().openMemberRequested(m_card->memberId);
    });
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner);
    ownerRow->addWidget(m_openOwner);
    ownerRow->addStretch(1);
    m_sequence = valueLabel(m_details, QStringLiteral("detailSequence"));
    m_issued = valueLabel(m_details, QStringLiteral("detailIssued"));
    m_expires = valueLabel(m_details, QStringLiteral("detailExpires"));
    m_pin = valueLabel(m_details, QStringLiteral("detailPin"));
    auto *facts = new QFormLayout;
    facts->addRow(tr("Number:"), m_cardNumber);
    facts->addRow(tr("Type:"), m_type);
    //: Card status (active, blocked, replaced)
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Member:"), ownerRow);
    //: Which card of the member this is: 1 for the first, 2 after one replacement...
    facts->addRow(tr("Sequence:"), m_sequence);
    facts->addRow(tr("Issued:"), m_issued);
    facts->addRow(tr("Expires:"), m_expires);
    facts->addRow(tr("PIN:"), m_pin);

    m_history = makeTable(m_events, m_details);
    m_history->setObjectName(QStringLiteral("cardHistory"));
    auto *historyLabel = new QLabel(tr("&History:"), m_details);
    historyLabel->setBuddy(m_history);
    auto *historyColumn = new QVBoxLayout;
    historyColumn->addWidget(historyLabel);
    historyColumn->addWidget(m_history, 1);

    auto *detailsTop = new QHBoxLayout;
    detailsTop->addLayout(facts, 2);
    detailsTop->addSpacing(12);
    detailsTop->addLayout(historyColumn, 3);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addLayout(detailsTop, 1);
    detailsLayout->addWidget(m_actions);

    // Stock
    m_stockTable = makeTable(m_stock, m_stockBox);
    m_stockTable->setObjectName(QStringLiteral("stockTable"));
    for (int column = 0; column < CardTypeModel::ColumnCount; ++column) {
        const bool shown = column == CardTypeModel::NameColumn || column == CardTypeModel::KindColumn ||
                           column == CardTypeModel::StockColumn;
        m_stockTable->setColumnHidden(column, !shown);
    }
    m_addStock = new QPushButton(tr("&Add Stock…"), m_stockBox);
    m_addStock->setObjectName(QStringLiteral("addStock"));
    connect(m_addStock, &QPushButton::clicked, this, &CardsPage::addStock);
    m_batchIssue = new QPushButton(tr("&Batch Issue…"), m_stockBox);
    m_batchIssue->setObjectName(QStringLiteral("batchIssue"));
    connect(m_batchIssue, &QPushButton::clicked, this, &CardsPage::batchIssue);
    auto *stockButtons = new QVBoxLayout;
    stockButtons->addWidget(m_addStock);
    stockButtons->addWidget(m_batchIssue);
    stockButtons->addStretch(1);
    auto *stockLayout = new QHBoxLayout(m_stockBox);
    stockLayout->addWidget(m_stockTable, 1);
    stockLayout->addLayout(stockButtons);

    // As the page reads: find, the card and its owner, its history, what to do with it, stock.
    QList<QWidget *> order{m_number, find, m_openOwner, m_history};
    for (QPushButton *action : m_actions->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly))
        order << action;
    order << m_stockTable << m_addStock;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    // The cards themselves on one tab, pre-printed card stock on the other.
    auto *cardsTab = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cardsTab);
    cardsLayout->addLayout(findRow);
    cardsLayout->addWidget(m_details, 3);
    cardsLayout->addWidget(m_stockBox, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardsTabs"));
    //: Tab of the Cards page: find a card, its details and history, blank card stock
    m_tabs->addTab(cardsTab, tr("Cards"));
    m_stockTab = new CardStockTab(context, m_tabs);
    m_stockTab->setObjectName(QStringLiteral("cardStockTab"));
    //: Tab of the Cards page: batches of pre-printed cards made without members
    m_tabs->addTab(m_stockTab, tr("Card Stock"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    Core::CardService &cards = context.cards();
    connect(&cards, &Core::CardService::cardChanged, this, [this](qint64 cardId) {
        if (m_card && m_card->id == cardId)
            reloadCard();
    });
    connect(&cards, &Core::CardService::cardIssued, this, &CardsPage::reloadStock);
    connect(&cards, &Core::CardService::cardTypesChanged, this, &CardsPage::reloadStock);
    connect(m_actions, &CardActionBar::replaced, this, [this](const Core::Card &newCard) { showCard(newCard.id); });
    connect(&context, &UiContext::actorChanged, this, &CardsPage::activate);

    showCardDetails(std::nullopt);
}

QString CardsPage::title() const
{
    //: Side bar page title
    return tr("Cards");
}

QIcon CardsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/cards.svg"));
}

void CardsPage::activate()
{
    m_addStock->setVisible(context().can(Core::Permission::CardStockManage));
    // Batches are for desks that encode cards; elsewhere cards are issued one by one.
    m_batchIssue->setVisible(context().can(Core::Permission::CardIssue)
                             && CardEncodingFlow::encodingAvailable(context()));
    reloadStock();
    m_stockTab->reload();
    if (m_card)
        reloadCard();
}

void CardsPage::focusSearch()
{
    m_number->setFocus();
    m_number->selectAll();
}

bool CardsPage::findCard(const QString &number)
{
    m_findStatus->clear();
    if (number.trimmed().isEmpty()) {
        focusSearch();
        return false;
    }
    Core::Result<Core::Card> card = context().cards().findByNumber(context().actor(), number);
    if (!card) {
        m_findStatus->setText(card.error().message);
        showCardDetails(std::nullopt);
        focusSearch();
        return false;
    }
    showCardDetails(*card);
    return true;
}

void CardsPage::showCard(qint64 cardId)
{
    Core::Result<Core::Card> card = context().cards().card(context().actor(), cardId);
    if (!card) {
        showError(this, card.error());
        return;
    }
    m_number->setText(card->number);
    showCardDetails(*card);
}

void CardsPage::reloadCard()
{
    if (m_card)
        showCard(m_card->id);
}

void CardsPage::showCardDetails(const std::optional<Core::Card> &card)
{
    m_tabs->setCurrentIndex(0);
    m_card = card;
    m_details->setEnabled(card.has_value());
    m_actions->setCard(card);
    if (!card) {
        for (QLabel *l : {m_cardNumber, m_type, m_status, m_owner, m_sequence, m_issued, m_expires, m_pin})
            l->clear();
        m_events->setEvents({});
        m_openOwner->setEnabled(false);
        return;
    }
    const Core::Card &c = *card;
    setValue(m_cardNumber, Labels::cardNumber(c.number));
    setValue(m_type, tr("%1 (%2)").arg(c.cardTypeName, Labels::cardKind(c.kind)));
    QString status = Labels::cardStatus(c.status);
    if (c.status != Core::CardStatus::Active && !c.blockReason.isEmpty())
        //: Card status and why, e.g. "Blocked — Lost: left at the counter"
        status = tr("%1 — %2").arg(status, Labels::storedBlockReason(c.blockReason));
    if (c.status == Core::CardStatus::Active && c.isExpired(QDate::currentDate()))
        //: Card status of an active card past its expiry date
        status = tr("Expired");
    setValue(m_status, status);
    setValue(m_owner, c.memberName);
    m_openOwner->setEnabled(c.memberId != Core::kNoId && context().can(Core::Permission::MemberRead));
    setValue(m_sequence, Format::number(c.sequenceNo));
    setValue(m_issued, Format::dateTime(c.issuedAt));
    setValue(m_expires, c.expiresOn.isValid() ? Format::date(c.expiresOn) : tr("Never"));
    if (c.pinLocked)
        //: PIN state of a card; %Ln wrong tries
        setValue(m_pin, tr("Locked after %Ln wrong tries", nullptr, c.pinFailures));
    else
        //: PIN state of a card
        setValue(m_pin, c.hasPin ? tr("Set", "PIN") : tr("None", "PIN"));

    Core::Result<QList<Core::CardEvent>> events = context().cards().history(context().actor(), c.id);
    m_events->setEvents(events ? *events : QList<Core::CardEvent>());
}

void CardsPage::reloadStock()
{
    const Core::Actor &actor = context().actor();
    Core::Result<QList<Core::CardType>> types = context().cards().cardTypes(actor, false);
    QList<Core::CardType> tracked;
    QHash<qint64, qint64> levels;
    if (types) {
        for (const Core::CardType &t : *types) {
            if (!t.trackStock || !t.active)
                continue;
            tracked.append(t);
            Core::Result<qint64> level = context().cards().stock(actor, actor.branchId, t.id);
            if (level)
                levels.insert(t.id, *level);
        }
    }
    m_stock->setCardTypes(tracked);
    m_stock->setStock(levels);
    m_stockBox->setVisible(!tracked.isEmpty() || context().can(Core::Permission::CardStockManage));
    m_addStock->setEnabled(!tracked.isEmpty());
}

void CardsPage::batchIssue()
{
    Core::Result<QList<Core::MemberGroup>> groups = context().members().groups(context().actor());
    if (!groups || groups->isEmpty()) {
        MessageBox::information(this, tr("Batch Issue Cards"),
                                groups ? tr("There are no member groups. Put the members who get cards in a group "
                                            "first.")
                                       : groups.error().message);
        return;
    }
    QStringList names;
    for (const Core::MemberGroup &g : *groups)
        //: A member group in a list: its name and how many members it has
        names << tr("%1 (%Ln member(s))", nullptr, int(g.memberCount)).arg(g.name);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Batch Issue Cards"), tr("Issue a card to each member of:"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    BatchIssueDialog dialog(context(), BatchIssueDialog::membersOfGroup(context(), groups->at(index).id), this);
    dialog.exec();
}

void CardsPage::addStock()
{
    const int selectedRow = TableViews::selectedRow(m_stockTable);
    const qint64 preselected = selectedRow < 0 ? 0 : m_stock->cardType(selectedRow).id;
    if (AddStockDialog::addStock(context(), m_stock->cardTypes(), preselected, this))
        reloadStock();
}

} // namespace Club::Ui
