// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberCardsPanel.h"

#include "UiContext.h"
#include "models/TableViews.h"
#include "cards/CardService.h"
#include "models/CardListModel.h"
#include "pages/cards/CardActionBar.h"
#include "pages/cards/IssueCardDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

MemberCardsPanel::MemberCardsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CardListModel(this))
    , m_table(new QTableView(this))
    , m_issue(new QPushButton(tr("I&ssue Card…"), this))
    , m_actions(new CardActionBar(context, this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("memberCards"));
    TableViews::setUp(m_table, m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberCardsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MemberCardsPanel::selectionChanged);

    m_issue->setObjectName(QStringLiteral("issueCard"));
    m_issue->setAutoDefault(false);
    connect(m_issue, &QPushButton::clicked, this, &MemberCardsPanel::issueCard);
    connect(m_actions, &CardActionBar::replaced, this, [this](const Core::Card &card) {
        reload();
        selectCard(card.id);
    });
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Opening a member puts the keyboard on the cards: arrows pick one, Alt+letter acts on it.
    setFocusProxy(m_table);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_issue);
    buttons->addWidget(m_actions, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

void MemberCardsPanel::setMember(const Core::Member &member)
{
    const bool same = member.id == m_member.id;
    m_member = member;
    m_issue->setVisible(m_context.can(Core::Permission::CardIssue));
    m_issue->setEnabled(member.active);
    if (!same)
        m_model->setCards({});
    reload();
}

void MemberCardsPanel::reload()
{
    if (m_member.id == Core::kNoId)
        return;
    const int selectedRow = TableViews::selectedRow(m_table);
    const qint64 keep = selectedRow < 0 ? 0 : m_model->card(selectedRow).id;
    Core::Result<QList<Core::Card>> cards = m_context.cards().cardsOfMember(m_context.actor(), m_member.id);
    if (!cards) {
        m_status->setText(cards.error().message);
        m_model->setCards({});
        return;
    }
    m_status->setText(cards->isEmpty() ? tr("This member has no card yet.") : QString());
    m_model->setCards(*cards);
    if (keep != 0)
        selectCard(keep);
    if (!m_table->selectionModel()->hasSelection()) {
        // The card in use first: the newest active one.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->card(row).status == Core::CardStatus::Active) {
                TableViews::selectRow(m_table, row);
                break;
            }
        }
    }
}

void MemberCardsPanel::selectCard(qint64 cardId)
{
    const int row = m_model->rowOf(cardId);
    if (row >= 0)
        TableViews::selectRow(m_table, row);
}

void MemberCardsPanel::selectionChanged()
{
    const int selectedRow = TableViews::selectedRow(m_table);
    if (selectedRow < 0)
        m_actions->setCard(std::nullopt);
    else
        m_actions->setCard(m_model->card(selectedRow));
}

void MemberCardsPanel::issueCard()
{
    if (m_member.id == Core::kNoId)
        return;
    if (std::optional<Core::Card> card = IssueCardDialog::issueCard(m_context, m_member.id, this)) {
        reload();
        selectCard(card->id);
    }
}

} // namespace Club::Ui
