// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationsPage.h"

#include "Format.h"
#include "OrgImportDialog.h"
#include "OrganisationDialogs.h"
#include "members/Member.h"
#include "models/TableViews.h"
#include "organisations/OrganisationService.h"
#include "pages/members/MemberPickerDialog.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    return item;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

OrganisationsPanel::OrganisationsPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_orgs(new QTableWidget(0, OrgColumnCount, this))
    , m_showInactive(new QCheckBox(tr("Show &deactivated"), this))
    , m_new(button(tr("&New…"), "newOrganisation", this))
    , m_edit(button(tr("&Edit…"), "editOrganisation", this))
    , m_membersTitle(new QLabel(this))
    , m_members(new QTableWidget(0, MemberColumnCount, this))
    , m_add(button(tr("&Add Member…"), "addMember", this))
    , m_end(button(tr("E&nd Membership"), "endMembership", this))
    , m_funded(button(tr("Organisation &Credit…"), "fundedCredit", this))
    , m_import(button(tr("&Import…"), "importMembers", this))
    , m_statement(button(tr("&Statement…"), "statement", this))
{
    m_orgs->setObjectName(QStringLiteral("organisations"));
    m_members->setObjectName(QStringLiteral("members"));
    //: Columns of the organisations list
    m_orgs->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Members"), tr("Contact"), tr("State")});
    //: Columns of an organisation's members
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Mobile"), tr("Staff number"), tr("Joined"),
                                          tr("Organisation credit")});
    TableViews::setUp(m_orgs, m_orgs->model());
    TableViews::setUp(m_members, m_members->model());
    m_import->setToolTip(tr("Enrol many people at once from a CSV file exported from Excel"));

    auto *left = new QWidget(this);
    auto *orgButtons = new QHBoxLayout;
    orgButtons->addWidget(m_new);
    orgButtons->addWidget(m_edit);
    orgButtons->addStretch();
    orgButtons->addWidget(m_showInactive);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(orgButtons);
    leftLayout->addWidget(m_orgs, 1);

    auto *right = new QWidget(this);
    auto *memberButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_end, m_funded})
        memberButtons->addWidget(b);
    memberButtons->addStretch();
    memberButtons->addWidget(m_import);
    memberButtons->addWidget(m_statement);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addLayout(memberButtons);
    rightLayout->addWidget(m_members, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_orgs, &QTableWidget::currentCellChanged, this, &OrganisationsPanel::loadMembers);
    connect(m_orgs, &QTableWidget::cellDoubleClicked, this, &OrganisationsPanel::editOrganisation);
    connect(m_members, &QTableWidget::currentCellChanged, this, &OrganisationsPanel::updateButtons);
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto m = currentMembership())
            Q_EMIT m_context.openMemberRequested(m->memberId);
    });
    connect(m_showInactive, &QCheckBox::toggled, this, &OrganisationsPanel::refresh);
    connect(m_new, &QPushButton::clicked, this, &OrganisationsPanel::newOrganisation);
    connect(m_edit, &QPushButton::clicked, this, &OrganisationsPanel::editOrganisation);
    connect(m_add, &QPushButton::clicked, this, &OrganisationsPanel::addMember);
    connect(m_end, &QPushButton::clicked, this, &OrganisationsPanel::endMembership);
    connect(m_funded, &QPushButton::clicked, this, &OrganisationsPanel::fundedCredit);
    connect(m_import, &QPushButton::clicked, this, &OrganisationsPanel::importMembers);
    connect(m_statement, &QPushButton::clicked, this, &OrganisationsPanel::statement);
    connect(&context, &UiContext::actorChanged, this, &OrganisationsPanel::updateButtons);
    updateButtons();
}

qint64 OrganisationsPanel::currentOrganisationId() const
{
    const int row = m_orgs->currentRow();
    return row >= 0 && m_orgs->item(row, OrgName) ? m_orgs->item(row, OrgName)->data(Qt::UserRole).toLongLong() : 0;
}

std::optional<Organisation> OrganisationsPanel::current() const
{
    const qint64 id = currentOrganisationId();
    for (const Organisation &o : m_list) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

std::optional<OrganisationMembership> OrganisationsPanel::currentMembership() const
{
    const int row = m_members->currentRow();
    if (row < 0 || !m_members->item(row, MemberName))
        return std::nullopt;
    const qint64 id = m_members->item(row, MemberName)->data(Qt::UserRole).toLongLong();
    for (const OrganisationMembership &m : m_memberships) {
        if (m.memberId == id)
            return m;
    }
    return std::nullopt;
}

bool OrganisationsPanel::selectOrganisation(qint64 id)
{
    for (int row = 0; row < m_orgs->rowCount(); ++row) {
        if (m_orgs->item(row, OrgName)->data(Qt::UserRole).toLongLong() == id) {
            m_orgs->setCurrentCell(row, OrgName);
            return true;
        }
    }
    return false;
}

void OrganisationsPanel::refresh()
{
    const qint64 keep = currentOrganisationId();
    const Result<QList<Organisation>> list =
        m_context.organisations().list(m_context.actor(), m_showInactive->isChecked());
    m_list = list ? *list : QList<Organisation>{};
    const QSignalBlocker block(m_orgs);
    m_orgs->setRowCount(0);
    for (const Organisation &o : std::as_const(m_list)) {
        const int row = m_orgs->rowCount();
        m_orgs->insertRow(row);
        m_orgs->setItem(row, OrgName, cell(o.name, o.id));
        m_orgs->setItem(row, OrgKind, cell(organisationKindName(o.kind)));
        m_orgs->setItem(row, OrgMembers, cell(Format::number(o.memberCount)));
        QStringList contact{o.contactName};
        if (!o.contactPhone.isEmpty())
            contact << Format::ltr(o.contactPhone);
        contact.removeAll(QString());
        m_orgs->setItem(row, OrgContact, cell(contact.join(QStringLiteral(" – "))));
        m_orgs->setItem(row, OrgActive, cell(o.active ? tr("Active") : tr("Deactivated")));
    }
    if (!selectOrganisation(keep) && m_orgs->rowCount() > 0)
        m_orgs->setCurrentCell(0, OrgName);
    loadMembers();
}

void OrganisationsPanel::loadMembers()
{
    m_members->setRowCount(0);
    m_memberships.clear();
    const std::optional<Organisation> org = current();
    m_membersTitle->setText(org ? tr("Members of %1").arg(org->name) : tr("Choose an organisation."));
    if (org) {
        const Result<QList<OrganisationMembership>> links = m_context.organisations().members(m_context.actor(), org->id);
        if (links)
            m_memberships = *links;
        else
            showError(this, links.error());
    }
    for (const OrganisationMembership &m : std::as_const(m_memberships)) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, MemberName, cell(m.memberName, m.memberId));
        m_members->setItem(row, MemberMobile, cell(Format::ltr(m.mobile)));
        m_members->setItem(row, MemberStaffNumber, cell(Format::ltr(m.staffNumber)));
        m_members->setItem(row, MemberJoined, cell(Format::date(m.joinedOn)));
        m_members->setItem(row, MemberFunded, cell(m.fundedCredit ? tr("Funded") : QString()));
    }
    updateButtons();
}

void OrganisationsPanel::updateButtons()
{
    const bool manage = m_context.can(Permission::OrganisationManage);
    const bool hasOrg = current().has_value();
    const bool hasMember = currentMembership().has_value();
    m_new->setEnabled(manage);
    m_edit->setEnabled(manage && hasOrg);
    m_add->setEnabled(manage && hasOrg);
    m_import->setEnabled(manage && hasOrg && current()->active);
    m_end->setEnabled(manage && hasMember);
    m_funded->setEnabled(manage && hasMember && m_context.can(Permission::CreditManage));
    m_statement->setEnabled(hasOrg && m_context.can(Permission::CreditRead));
}

void OrganisationsPanel::newOrganisation()
{
    Organisation draft;
    if (const std::optional<Organisation> made = OrganisationDialog::edit(m_context, draft, this)) {
        refresh();
        selectOrganisation(made->id);
    }
}

void OrganisationsPanel::editOrganisation()
{
    if (const std::optional<Organisation> org = current(); org && m_context.can(Permission::OrganisationManage)) {
        if (OrganisationDialog::edit(m_context, *org, this))
            refresh();
    }
}

void OrganisationsPanel::addMember()
{
    const std::optional<Organisation> org = current();
    if (!org)
        return;
    const std::optional<MemberSummary> chosen = MemberPickerDialog::pick(m_context, tr("Add a Member"), this);
    if (!chosen)
        return;
    bool ok = false;
    const QString staffNumber = QInputDialog::getText(this, tr("Staff Number"),
                                                      //: %1 member, %2 organisation
                                                      tr("Staff or student number of %1 at %2 (may be empty):")
                                                          .arg(chosen->fullName, org->name),
                                                      QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (const Status s = m_context.organisations().addMember(m_context.actor(), org->id, chosen->id, staffNumber); !s)
        showError(this, s.error());
    refresh();
}

void OrganisationsPanel::endMembership()
{
    const std::optional<Organisation> org = current();
    const std::optional<OrganisationMembership> m = currentMembership();
    if (!org || !m)
        return;
    //: %1 member, %2 organisation
    if (MessageBox::question(this, tr("End Membership"),
                             tr("%1 no longer belongs to %2? Organisation discounts and credit end today.")
                                 .arg(m->memberName, org->name)) != QMessageBox::Yes)
        return;
    if (const Status s = m_context.organisations().endMembership(m_context.actor(), org->id, m->memberId); !s)
        showError(this, s.error());
    refresh();
}

void OrganisationsPanel::fundedCredit()
{
    if (const std::optional<OrganisationMembership> m = currentMembership()) {
        FundedCreditDialog dialog(m_context, *m, this);
        if (dialog.exec() == QDialog::Accepted)
            loadMembers();
    }
}

void OrganisationsPanel::importMembers()
{
    if (const std::optional<Organisation> org = current()) {
        OrgImportDialog dialog(m_context, org->id, org->name, this);
        dialog.exec();
        refresh();
    }
}

void OrganisationsPanel::statement()
{
    if (const std::optional<Organisation> org = current()) {
        OrgStatementDialog dialog(m_context, *org, this);
        dialog.exec();
    }
}

// ---------------------------------------------------------------------------------------

OrganisationsPage::OrganisationsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_panel(new OrganisationsPanel(context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
}

QString OrganisationsPage::title() const
{
    return tr("Organisations");
}

void OrganisationsPage::activate()
{
    m_panel->refresh();
}

} // namespace Club::Ui
