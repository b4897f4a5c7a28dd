// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "transactions/Transactions.h"
#include "util/Result.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class TransactionDetailPane;
class TransactionListModel;

// Every journal transaction (TransactionService): a filter bar (Jalali dates, branch,
// operator, member, card, kind, amount), a list read a page at a time as it scrolls, the
// chosen transaction's entries and "why", a Void… button for managers (reason required,
// confirmed) and CSV export of everything the filter keeps.
class TransactionsPage : public Page
{
    Q_OBJECT

public:
    explicit TransactionsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::TransactionsRead; }
    void activate() override;

    // The filters as chosen: the days turned into UTC instants in the store's zone; an
    // error for a card number no card has.
    Core::Result<Core::TransactionFilter> filter() const;
    TransactionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TransactionDetailPane *detail() const { return m_detail; }
    qint64 memberId() const { return m_memberId; }

public Q_SLOTS:
    bool search();
    void setMember(qint64 memberId);
    void chooseMember();
    void showSelected();
    bool voidSelected();
    bool exportCsv(const QString &path);
    void chooseCsvFile();

private:
    void fillLists();
    void updateButtons();

    FieldErrors *m_errors;
    DateEdit *m_from;
    DateEdit *m_to;
    QComboBox *m_branch;
    QComboBox *m_operator;
    QPushButton *m_member;
    DigitLineEdit *m_card;
    QComboBox *m_kind;
    QComboBox *m_unit;
    DigitLineEdit *m_min;
    DigitLineEdit *m_max;
    QPushButton *m_search;
    QPushButton *m_void;
    QPushButton *m_csv;
    QLabel *m_status;
    QTableView *m_table;
    TransactionListModel *m_model;
    TransactionDetailPane *m_detail;
    qint64 m_memberId = 0;
    bool m_searched = false;
};

} // namespace Club::Ui
