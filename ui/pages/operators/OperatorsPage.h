// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QPushButton;
class QTableView;

namespace Club::Ui {

class OperatorModel;

// Who may log in, with which role and at which branch: add, edit, set a password.
class OperatorsPage : public Page
{
    Q_OBJECT

public:
    explicit OperatorsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::OperatorManage; }
    void activate() override;

    OperatorModel *model() const { return m_model; }

public Q_SLOTS:
    void addOperator();
    void editSelected();
    void setPasswordOfSelected();

private:
    void reload();
    void updateButtons();
    int selectedRow() const;

    OperatorModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_password;
    bool m_stale = true;
};

} // namespace Club::Ui
