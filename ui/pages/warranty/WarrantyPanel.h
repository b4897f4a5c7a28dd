// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "warranty/Warranty.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// What the operator reads for warranty statuses and service events.
class WarrantyWords
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::WarrantyWords)

public:
    static QString status(Core::WarrantyStatus status);
    static QString event(Core::WarrantyEventKind kind);
    static QList<Core::WarrantyEventKind> events();
};

// A list of warranties with the chosen one's status and service history, and "Log event"
// for it. The list comes from a query (a search, a member, a card, the expiring list) that
// runs again whenever a warranty changes, so what it shows is never stale. Used by the
// Warranty page and the member page's Warranties tab.
class WarrantyPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { ProductColumn, SerialColumn, MemberColumn, EndsColumn, StatusColumn, ColumnCount };
    using Query = std::function<Core::Result<QList<Core::Warranty>>()>;

    explicit WarrantyPanel(UiContext &context, QWidget *parent = nullptr);

    // Runs `query` now and again after every change; false (and the error shown) when it fails.
    bool setQuery(const Query &query);
    void clear();
    bool selectWarranty(Core::Id warrantyId);
    // The chosen warranty with its events, if any.
    const std::optional<Core::Warranty> &current() const { return m_current; }
    int count() const { return m_rows.size(); }

    QTableWidget *table() const { return m_table; }
    QTableWidget *history() const { return m_history; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void logEvent();
    void reload();

private:
    void fill();
    void showCurrent();

    UiContext &m_context;
    Query m_query;
    QList<Core::Warranty> m_rows;
    std::optional<Core::Warranty> m_current;
    QTableWidget *m_table;
    QLabel *m_summary;
    QTableWidget *m_history;
    QPushButton *m_logEvent;
};

} // namespace Club::Ui
