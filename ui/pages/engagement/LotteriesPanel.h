// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/Engagement.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The lotteries: the list, and for the selected one its rules, seed, entries and winners,
// with the steps in order: New…, Freeze entries…, Draw…, Verify draw, Notify winners, and
// Export entries… (the CSV scripts/lottery_verify.py re-runs the draw from).
class LotteriesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LotteriesPanel(UiContext &context, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    QTableWidget *entriesTable() const { return m_entries; }
    QTableWidget *winnersTable() const { return m_winners; }
    QLineEdit *seedEdit() const { return m_seed; }
    QLabel *details() const { return m_details; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *freezeButton() const { return m_freeze; }
    QPushButton *drawButton() const { return m_draw; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *notifyButton() const { return m_notify; }
    qint64 currentId() const;
    void select(qint64 lotteryId);

public Q_SLOTS:
    void reload();
    void createLottery();
    void freeze();
    void draw();
    void verify();
    void notifyWinners();
    void exportEntries();
    // Writes the current lottery's frozen entries as CSV to `path`; false (message shown) on failure.
    bool saveEntries(const QString &path);

private:
    void showCurrent();

    UiContext &m_context;
    QList<Core::Lottery> m_lotteries;
    QTableWidget *m_list;
    QLabel *m_details;
    QLineEdit *m_seed;
    QTableWidget *m_entries;
    QTableWidget *m_winners;
    QPushButton *m_new;
    QPushButton *m_freeze;
    QPushButton *m_draw;
    QPushButton *m_verify;
    QPushButton *m_notify;
    QPushButton *m_export;
};

} // namespace Club::Ui
