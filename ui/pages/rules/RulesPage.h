// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Club::Ui {

class RuleModel;
class RuleTryPanel;

// Earn and discount rules: the latest version of each (in force or starting later, or
// all with the ended ones), the versions of the selected rule, a new rule, a new version
// from a chosen day, ending a rule, and a "Try it" preview. Reading needs RulesRead,
// changing RulesManage.
class RulesPage : public Page
{
    Q_OBJECT

public:
    explicit RulesPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::RulesRead; }
    void activate() override;

    RuleModel *model() const { return m_model; }
    RuleModel *versionModel() const { return m_versions; }
    RuleTryPanel *tryPanel() const { return m_try; }

public Q_SLOTS:
    void newRule();
    void reviseSelected();
    void endSelected();
    void reload();

private:
    void selectSeries(qint64 seriesId);
    void showVersions();
    void updateButtons();

    RuleModel *m_model;
    RuleModel *m_versions;
    QTableView *m_table;
    QTableView *m_versionTable;
    QCheckBox *m_showEnded;
    QPushButton *m_new;
    QPushButton *m_revise;
    QPushButton *m_end;
    QLabel *m_status;
    RuleTryPanel *m_try;
};

} // namespace Club::Ui
