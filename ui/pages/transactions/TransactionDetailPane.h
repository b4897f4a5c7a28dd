// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transactions/Transactions.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Club::Ui {

class UiContext;

// One journal transaction in full: who, when, where and why (the void's reason), every
// entry (account in words, unit, amount, lot and its expiry), and for a sale, its return
// or its void the sale's lines with the rule behind each point and discount.
class TransactionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit TransactionDetailPane(UiContext &context, QWidget *parent = nullptr);

    void showDetail(const Core::TransactionDetail &detail);
    void clear();

    QTreeWidget *entries() const { return m_entries; }
    QTreeWidget *lines() const { return m_lines; }
    QLabel *summary() const { return m_summary; }

private:
    UiContext &m_context;
    QLabel *m_summary;
    QTreeWidget *m_entries;
    QLabel *m_linesTitle;
    QTreeWidget *m_lines;
};

} // namespace Club::Ui
