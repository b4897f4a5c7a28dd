// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "cards/Card.h"

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Club::Ui {

class CardActionBar;
class CardStockTab;
class CardEventModel;
class CardTypeModel;
class DigitLineEdit;

// Cards: find a card by its number (digits of any script) to see its details, owner and
// history and to block, unblock, replace it or unlock its PIN; and the blank-card stock
// of the operator's branch.
class CardsPage : public Page
{
    Q_OBJECT

public:
    explicit CardsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::CardRead; }
    void activate() override;

    const std::optional<Core::Card> &currentCard() const { return m_card; }
    CardStockTab *stockTab() const { return m_stockTab; }

public Q_SLOTS:
    // Looks the number up; shows the card or says why not. True when found.
    bool findCard(const QString &number);
    void showCard(qint64 cardId);
    void focusSearch();

private:
    void showCardDetails(const std::optional<Core::Card> &card);
    void reloadCard();
    void reloadStock();
    void addStock();
    // Chooses a member group and issues (and encodes) a card to each of its members.
    void batchIssue();

    std::optional<Core::Card> m_card;
    DigitLineEdit *m_number;
    QLabel *m_findStatus;
    QGroupBox *m_details;
    QLabel *m_cardNumber;
    QLabel *m_type;
    QLabel *m_status;
    QLabel *m_owner;
    QPushButton *m_openOwner;
    QLabel *m_sequence;
    QLabel *m_issued;
    QLabel *m_expires;
    QLabel *m_pin;
    CardActionBar *m_actions;
    CardEventModel *m_events;
    QTableView *m_history;
    QGroupBox *m_stockBox;
    CardTypeModel *m_stock;
    QTableView *m_stockTable;
    QPushButton *m_addStock;
    QPushButton *m_batchIssue;
    QTabWidget *m_tabs;
    CardStockTab *m_stockTab;
};

} // namespace Club::Ui
