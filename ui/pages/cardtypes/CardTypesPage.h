// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Club::Ui {

class CardTypeModel;

// The kinds of card the store issues, with their numbering and rules; managers create and
// edit them here.
class CardTypesPage : public Page
{
    Q_OBJECT

public:
    explicit CardTypesPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::CardTypeManage; }
    void activate() override;

    CardTypeModel *model() const { return m_model; }

public Q_SLOTS:
    void newCardType();
    void editSelected();
    void designSelected();

private:
    void reload();
    void selectType(qint64 cardTypeId);

    CardTypeModel *m_model;
    QTableView *m_table;
    QCheckBox *m_showInactive;
    QPushButton *m_edit;
    QPushButton *m_design;
    QLabel *m_status;
};

} // namespace Club::Ui
