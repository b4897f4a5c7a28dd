// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Club::Ui {

class LedgerHistoryModel;
class MemberCardsPanel;
class MemberChartsPanel;
class MemberFamilyPanel;
class MemberSuggestionsPanel;
class MemberTierPanel;
class UiContext;
class WarrantyPanel;

// One member: who they are, what their account holds, their cards, family and last
// transactions. Follows the services' signals, so what it shows is never stale.
class MemberView : public QWidget
{
    Q_OBJECT

public:
    explicit MemberView(UiContext &context, QWidget *parent = nullptr);

    // False (and an error shown in the view) when the member cannot be read.
    bool showMember(qint64 memberId);
    const Core::Member &member() const { return m_member; }
    MemberCardsPanel *cardsPanel() const { return m_cards; }
    MemberFamilyPanel *familyPanel() const { return m_family; }
    MemberTierPanel *tierPanel() const { return m_tierPanel; }
    MemberSuggestionsPanel *suggestionsPanel() const { return m_suggestions; }
    MemberChartsPanel *chartsPanel() const { return m_charts; }
    LedgerHistoryModel *historyModel() const { return m_history; }
    WarrantyPanel *warrantyPanel() const { return m_warranties; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void editMember();
    void toggleActive();
    void printBalanceSlip();
    void openReturn();
    void answerSurvey();
    void donatePoints();

Q_SIGNALS:
    void backRequested();

private:
    void reloadMember();
    void reloadBalance();
    void showDetails();
    void showWarranties();

    UiContext &m_context;
    Core::Member m_member;

    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_error;
    QPushButton *m_printSlip = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_survey = nullptr;
    QPushButton *m_donate = nullptr;
    QPushButton *m_back;
    QPushButton *m_edit;
    QPushButton *m_active;

    QLabel *m_mobile;
    QLabel *m_nationalCode;
    QLabel *m_tier;
    QLabel *m_groups;
    QLabel *m_organisations; // partner organisations the member belongs to now
    QLabel *m_birthDate;
    QLabel *m_city;
    QLabel *m_since;

    QGroupBox *m_balanceBox;
    QLabel *m_points;
    QLabel *m_available;
    QLabel *m_pending;
    QLabel *m_storedValue;
    QLabel *m_nextExpiry;
    MemberSuggestionsPanel *m_suggestions;

    QTabWidget *m_tabs;
    MemberCardsPanel *m_cards;
    MemberFamilyPanel *m_family;
    MemberTierPanel *m_tierPanel;
    QWidget *m_historyTab;
    MemberChartsPanel *m_charts;
    WarrantyPanel *m_warranties;
    LedgerHistoryModel *m_history;
    QTableView *m_historyTable;
};

} // namespace Club::Ui
