// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "catalog/Catalog.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class PriceChart;
class UiContext;

// The prices of one product: its history per branch as a step chart and a table (the
// all-branches price, then each branch that has a price of its own), and "New price
// from date…" for those who manage the catalog.
class PricePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { BranchColumn, PriceColumn, FromColumn, UntilColumn, ColumnCount };

    explicit PricePanel(UiContext &context, QWidget *parent = nullptr);

    void setProduct(const std::optional<Core::Product> &product);
    void reload();

    PriceChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void newPrice();

private:
    void updateActions();

    UiContext &m_context;
    std::optional<Core::Product> m_product;
    QList<Core::Branch> m_branches;
    QLabel *m_title;
    QPushButton *m_new;
    PriceChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace Club::Ui
