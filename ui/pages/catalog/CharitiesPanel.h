// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "donations/Donation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The Catalog page's Charities tab: the charities members may give points to, with what
// each has received (for those who may read reports), exported as CSV for the accounts.
// Managers add, rename and turn them off; a charity turned off keeps its donations.
class CharitiesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ActiveColumn, DonationsColumn, PointsColumn, ValueColumn, ColumnCount };

    explicit CharitiesPanel(UiContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    std::optional<Core::Charity> selected() const;
    bool select(Core::Id charityId);
    // Writes the per-charity totals as CSV; false (and the error shown) when it cannot.
    bool exportCsv(const QString &path);

public Q_SLOTS:
    void reload();
    void newCharity();
    void renameCharity();
    void toggleActive();
    void exportAsked();

private:
    void updateActions();

    UiContext &m_context;
    QList<Core::CharityTotal> m_rows;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_active;
    QPushButton *m_export;
    QLabel *m_status;
};

} // namespace Club::Ui
