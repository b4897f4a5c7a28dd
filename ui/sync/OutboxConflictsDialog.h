// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// Sales this desk kept offline that the central server refused on replay (a card blocked
// meanwhile, points spent elsewhere...). A manager sees what was sold, when, by whom and
// why it was refused, settles each with the customer, and writes what was done.
class OutboxConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ColWhen, ColBy, ColWhat, ColCard, ColWhy, ColState, ColumnCount };

    explicit OutboxConflictsDialog(UiContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void reload();
    // Settles the selected conflict with the note (asks for one when empty).
    bool settleSelected(const QString &note = {});

private:
    UiContext &m_context;
    QTableWidget *m_table;
    QCheckBox *m_showSettled;
    QPushButton *m_settle;
    QLabel *m_empty;
    QList<Core::OutboxEntry> m_entries;
};

} // namespace Club::Ui
