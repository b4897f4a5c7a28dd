// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiContext.h"
#include "network/Network.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

// A tab of the Network page; reload() is called each time it comes to the front.
class NetworkTab : public QWidget
{
    Q_OBJECT

public:
    NetworkTab(UiContext &context, QWidget *parent = nullptr);
    virtual void reload() = 0;

protected:
    UiContext &m_context;
};

// A list with Add, Edit and Deactivate/Activate (asked first) under a table.
class NetworkListTab : public NetworkTab
{
    Q_OBJECT

public:
    NetworkListTab(UiContext &context, const QString &name, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int selectedRow() const;

public Q_SLOTS:
    virtual void add() = 0;
    virtual void editSelected() = 0;
    void toggleSelected();

protected:
    void setHeaders(const QStringList &headers, int stretchColumn);
    void setRows(const QList<QStringList> &rows, const QList<bool> &active);
    void selectRow(int row);
    virtual bool activeAt(int row) const = 0;
    virtual QString describe(int row) const = 0;
    virtual Core::Status setActiveAt(int row, bool active) = 0;
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
};

class GuildsTab : public NetworkListTab
{
    Q_OBJECT

public:
    explicit GuildsTab(UiContext &context, QWidget *parent = nullptr);
    void reload() override;
    void add() override;
    void editSelected() override;

protected:
    bool activeAt(int row) const override { return m_guilds.at(row).active; }
    QString describe(int row) const override { return m_guilds.at(row).name; }
    Core::Status setActiveAt(int row, bool active) override;

private:
    QList<Core::Guild> m_guilds;
};

class MerchantsTab : public NetworkListTab
{
    Q_OBJECT

public:
    explicit MerchantsTab(UiContext &context, QWidget *parent = nullptr);
    void reload() override;
    void add() override;
    void editSelected() override;
    QCheckBox *crossSpend() const { return m_crossSpend; }

protected:
    bool activeAt(int row) const override { return m_merchants.at(row).active; }
    QString describe(int row) const override { return m_merchants.at(row).name; }
    Core::Status setActiveAt(int row, bool active) override;

private:
    QList<Core::Merchant> m_merchants;
    QCheckBox *m_crossSpend;
};

class BranchesTab : public NetworkListTab
{
    Q_OBJECT

public:
    explicit BranchesTab(UiContext &context, QWidget *parent = nullptr);
    void reload() override;
    void add() override;
    void editSelected() override;

protected:
    bool activeAt(int row) const override { return m_branches.at(row).active; }
    QString describe(int row) const override { return m_branches.at(row).name; }
    Core::Status setActiveAt(int row, bool active) override;

private:
    QList<Core::NetworkBranch> m_branches;
};

} // namespace Club::Ui
