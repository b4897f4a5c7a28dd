// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NetworkTabs.h"

class QLabel;
class QTableWidget;

namespace Club::Ui {

class DateEdit;

// Who owes whom for points earned at one merchant and spent at another, over a period of
// the user's calendar (Jalali in Persian): per merchant and per pair, with Settle (posts
// the payment that clears the period) and a CSV export.
class SettlementTab : public NetworkTab
{
    Q_OBJECT

public:
    explicit SettlementTab(UiContext &context, QWidget *parent = nullptr);
    void reload() override;

    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }
    QTableWidget *merchantsTable() const { return m_merchants; }
    QTableWidget *pairsTable() const { return m_pairs; }
    QLabel *status() const { return m_status; }
    QPushButton *settleButton() const { return m_settle; }
    const Core::SettlementReport &report() const { return m_report; }

    bool exportCsv(const QString &path);

public Q_SLOTS:
    void settle();

private:
    bool period(QDateTime *from, QDateTime *to) const;
    void display(const Core::SettlementReport &report);

    DateEdit *m_from;
    DateEdit *m_to;
    QTableWidget *m_merchants;
    QTableWidget *m_pairs;
    QLabel *m_status;
    QPushButton *m_settle;
    QPushButton *m_export;
    Core::SettlementReport m_report;
};

} // namespace Club::Ui
