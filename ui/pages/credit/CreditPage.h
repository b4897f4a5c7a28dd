// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "cards/Card.h"
#include "credit/Credit.h"
#include "credit/CreditViews.h"

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Club::Ui {

class DateEdit;

// Credit and installments of one member (limit, what is owed, statement, plans, gift
// cards, their charges and points) and the aging of what members owe. Reads need
// CreditRead; the buttons follow CreditCollect, CreditManage and LedgerPost.
//
// The figures come through UiContext::creditViews(): this store, or on a connected desk the
// central server (every branch's operations), asked without blocking the window. While an
// answer is awaited the page says so and its buttons wait; figures from this store because
// the server cannot be reached are said to be so (the `creditSource` line).
class CreditPage : public Page
{
    Q_OBJECT

public:
    enum Tab { StatementTab, InstallmentsTab, GiftCardsTab, AgingTab };
    enum AgingColumn { AgingMember, AgingOwed, AgingCurrent, Aging1to30, Aging31to60, Aging61to90, AgingOver90,
                       AgingColumnCount };

    explicit CreditPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::CreditRead; }
    void activate() override;

    qint64 memberId() const { return m_memberId; }
    const std::optional<Core::CreditStanding> &standing() const { return m_standing; }
    QTabWidget *tabs() const { return m_tabs; }
    DateEdit *agingAsOf() const { return m_agingAsOf; }
    // The member's gift card charges, newest first, as the figures' source has them.
    const QList<Core::GiftCardCharge> &charges() const { return m_charges; }
    // An answer is awaited (the member's figures or the aging).
    bool isLoading() const { return m_loading > 0; }
    // Where the member's figures shown came from.
    Core::CreditSource source() const { return m_figuresFrom; }

public Q_SLOTS:
    void setMember(qint64 memberId);
    void chooseMember();
    void refresh();
    void loadStatement();
    void loadAging();
    void takePayment();
    void openPlan();
    void settlePlan();
    void setLimit();
    void chargeGiftCard();
    void returnGiftCharge();
    void buyPoints();

private:
    void updateButtons();
    void showRead(const Core::CreditRead<Core::MemberCredit> &read);
    void showStanding(const Core::MemberCredit &credit);
    void showStatement(const Core::CreditStatement &statement);
    void showInstallments(const QList<Core::InstallmentPlan> &plans);
    void showGiftCards(const Core::MemberCredit &credit);
    void showAging(const QList<Core::AgingRow> &rows);
    void noteSource(Core::CreditSource source, int pending, const QString &problem = {});
    void setLoading(int delta);
    void renderSource();
    QString limitSourceText(const Core::CreditStanding &s, const QString &cardTypeName) const;
    qint64 selectedPlanId() const;

    qint64 m_memberId = 0;
    QString m_memberName;
    std::optional<Core::CreditStanding> m_standing;
    QList<Core::Card> m_giftCards;
    QList<Core::GiftCardCharge> m_charges;
    Core::CreditSource m_figuresFrom = Core::CreditSource::Store;
    int m_loading = 0;
    int m_pendingSync = 0;
    QString m_problem; // the last read's refusal, shown instead of the source
    // Answers to an older request (another member, other dates) are dropped.
    quint64 m_memberAsk = 0;
    quint64 m_agingAsk = 0;

    QPushButton *m_choose;
    QLabel *m_name;
    QLabel *m_limit;
    QLabel *m_source;
    QLabel *m_owed;
    QLabel *m_available;
    QLabel *m_scheduled;
    QPushButton *m_pay;
    QPushButton *m_plan;
    QPushButton *m_settle;
    QPushButton *m_setLimit;
    QTabWidget *m_tabs;
    DateEdit *m_from;
    DateEdit *m_to;
    QLabel *m_opening;
    QLabel *m_closing;
    QTableWidget *m_statement;
    QTreeWidget *m_installments;
    QLabel *m_sourceNote;
    QTableWidget *m_cards;
    QTableWidget *m_chargeTable;
    QLabel *m_storedValue;
    QLabel *m_points;
    QPushButton *m_charge;
    QPushButton *m_returnCharge;
    QPushButton *m_buyPoints;
    DateEdit *m_agingAsOf;
    QTableWidget *m_aging;
};

} // namespace Club::Ui
