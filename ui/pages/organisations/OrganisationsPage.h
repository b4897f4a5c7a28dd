// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "organisations/Organisation.h"

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

// Partner organisations (list, edit) and the members of the chosen one: add, end,
// organisation-funded credit, bulk enrolment from a file and the monthly statement. One
// widget, so the Network page can take it as one of its tabs.
class OrganisationsPanel : public QWidget
{
    Q_OBJECT

public:
    enum OrgColumn { OrgName, OrgKind, OrgMembers, OrgContact, OrgActive, OrgColumnCount };
    enum MemberColumn { MemberName, MemberMobile, MemberStaffNumber, MemberJoined, MemberFunded, MemberColumnCount };

    explicit OrganisationsPanel(UiContext &context, QWidget *parent = nullptr);
    QTableWidget *organisationsTable() const { return m_orgs; }
    QTableWidget *membersTable() const { return m_members; }
    qint64 currentOrganisationId() const;
    bool selectOrganisation(qint64 id);

public Q_SLOTS:
    void refresh();
    void loadMembers();
    void newOrganisation();
    void editOrganisation();
    void addMember();
    void endMembership();
    void fundedCredit();
    void importMembers();
    void statement();

private:
    void updateButtons();
    std::optional<Core::Organisation> current() const;
    std::optional<Core::OrganisationMembership> currentMembership() const;

    UiContext &m_context;
    QList<Core::Organisation> m_list;
    QList<Core::OrganisationMembership> m_memberships;
    QTableWidget *m_orgs;
    QCheckBox *m_showInactive;
    QPushButton *m_new;
    QPushButton *m_edit;
    QLabel *m_membersTitle;
    QTableWidget *m_members;
    QPushButton *m_add;
    QPushButton *m_end;
    QPushButton *m_funded;
    QPushButton *m_import;
    QPushButton *m_statement;
};

class OrganisationsPage : public Page
{
    Q_OBJECT

public:
    explicit OrganisationsPage(UiContext &context, QWidget *parent = nullptr);
    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::OrganisationManage; }
    void activate() override;
    OrganisationsPanel *panel() const { return m_panel; }

private:
    OrganisationsPanel *m_panel;
};

} // namespace Club::Ui
