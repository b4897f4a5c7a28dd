// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Club::Ui {

class CardActionBar;
class CardListModel;
class UiContext;

// The member view's cards: every card the member ever had (number, type, status,
// sequence, expiry, PIN), Issue Card… and the actions on the selected card.
class MemberCardsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberCardsPanel(UiContext &context, QWidget *parent = nullptr);

    void setMember(const Core::Member &member);
    void reload();
    CardListModel *model() const { return m_model; }
    void selectCard(qint64 cardId);

public Q_SLOTS:
    void issueCard();

private:
    void selectionChanged();

    UiContext &m_context;
    Core::Member m_member;
    CardListModel *m_model;
    QTableView *m_table;
    QPushButton *m_issue;
    CardActionBar *m_actions;
    QLabel *m_status;
};

} // namespace Club::Ui
