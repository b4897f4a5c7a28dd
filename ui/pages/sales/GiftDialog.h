// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "catalog/Catalog.h"
#include "members/Member.h"
#include "sales/Sale.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// A member takes a gift for points: the gift catalog (gifts in stock and their points
// price), the member's spendable points, a quantity, a confirmation, then
// SalesService::registerGift under one idempotency key for the dialog.
class GiftDialog : public QDialog
{
    Q_OBJECT

public:
    GiftDialog(UiContext &context, const Core::Member &member, const Core::Card &card, QWidget *parent = nullptr);

    const std::optional<Core::GiftRedemption> &result() const { return m_result; }

public Q_SLOTS:
    bool confirm();

private:
    void load();
    void updateCost();

    UiContext &m_context;
    const Core::Member m_member;
    const Core::Card m_card;
    const QString m_key;
    Core::Points m_available = 0;
    bool m_needPin = false; // the card's PIN was asked for: ask it at every try
    QList<Core::Product> m_gifts;
    std::optional<Core::GiftRedemption> m_result;

    QLabel *m_balance;
    QTableWidget *m_table;
    QSpinBox *m_qty;
    QLabel *m_cost;
    QLabel *m_outcome;
    QPushButton *m_confirm;
};

} // namespace Club::Ui
