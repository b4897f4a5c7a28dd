// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberFamilyPanel.h"

#include "MemberPickerDialog.h"
#include "UiContext.h"
#include "models/TableViews.h"
#include "members/MemberService.h"
#include "models/Labels.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
enum Column { NameColumn, MobileColumn, RoleColumn, ColumnCount };
}

MemberFamilyPanel::MemberFamilyPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_join(new QPushButton(tr("&Join a Family…"), this))
    , m_leave(new QPushButton(tr("Lea&ve the Family…"), this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("family"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Mobile"),
                                        //: Column: head of the family or member of it
                                        tr("Role")});
    TableViews::setUp(m_table, m_table->model());
    // Enter or double-click on a relative opens that member.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_table->item(index.row(), NameColumn)->data(Qt::UserRole).toLongLong();
        if (id != m_member.id)
            Q_EMIT m_context.openMemberRequested(id);
    });

    m_join->setObjectName(QStringLiteral("joinFamily"));
    m_join->setAutoDefault(false);
    m_leave->setObjectName(QStringLiteral("leaveFamily"));
    m_leave->setAutoDefault(false);
    connect(m_join, &QPushButton::clicked, this, &MemberFamilyPanel::joinFamily);
    connect(m_leave, &QPushButton::clicked, this, &MemberFamilyPanel::leaveFamily);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_join);
    buttons->addWidget(m_leave);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

bool MemberFamilyPanel::contains(qint64 memberId) const
{
    return std::any_of(m_family.cbegin(), m_family.cend(),
                       [memberId](const Core::Member &m) { return m.id == memberId; });
}

void MemberFamilyPanel::setMember(const Core::Member &member)
{
    m_member = member;
    reload();
}

void MemberFamilyPanel::reload()
{
    m_table->setRowCount(0);
    m_family.clear();
    if (m_member.id == Core::kNoId)
        return;
    Core::Result<QList<Core::Member>> family = m_context.members().family(m_context.actor(), m_member.id);
    if (!family) {
        m_status->setText(family.error().message);
        return;
    }
    m_family = *family;
    m_table->setRowCount(int(m_family.size()));
    for (int row = 0; row < m_family.size(); ++row) {
        const Core::Member &m = m_family.at(row);
        const bool head = m.id == m.familyHeadId;
        auto *name = new QTableWidgetItem(m.fullName());
        name->setData(Qt::UserRole, m.id);
        if (m.id == m_member.id) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, MobileColumn, new QTableWidgetItem(Labels::mobile(m.mobile)));
        //: Family role of a member
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(head ? tr("Head of the family") : tr("Member")));
    }
    const bool alone = m_family.size() <= 1;
    m_status->setText(alone ? tr("Not in a family: the points are the member's own.")
                            : tr("%Ln member(s) share one account and its points.", nullptr, int(m_family.size())));
    const bool canWrite = m_context.can(Core::Permission::MemberWrite);
    m_join->setVisible(canWrite);
    m_leave->setVisible(canWrite);
    m_join->setEnabled(alone && m_member.active);
    m_leave->setEnabled(!alone);
}

void MemberFamilyPanel::joinFamily()
{
    //: Window title of the member finder used to join a family
    const std::optional<Core::MemberSummary> picked =
        MemberPickerDialog::pick(m_context, tr("Join Whose Family?"), this, m_member.id);
    if (!picked)
        return;
    // Whoever is picked, the family is the one they belong to.
    Core::Result<Core::Member> relative = m_context.members().member(m_context.actor(), picked->id);
    if (!relative) {
        showError(this, relative.error());
        return;
    }
    const qint64 headId = relative->familyHeadId != Core::kNoId ? relative->familyHeadId : relative->id;
    Core::Result<Core::Member> head = m_context.members().member(m_context.actor(), headId);
    const QString headName = head ? head->fullName() : relative->fullName();
    //: %1 is the member joining, %2 the head of the family
    const QString text = tr("Add %1 to the family of %2?\nThe points of %1 move to the family account.")
                             .arg(m_member.fullName(), headName);
    if (MessageBox::question(this, tr("Join a Family"), text) != QMessageBox::Yes)
        return;
    const Core::Status joined = m_context.members().joinFamily(m_context.actor(), m_member.id, headId);
    if (!joined)
        showError(this, joined.error());
}

void MemberFamilyPanel::leaveFamily()
{
    //: %1 is the member leaving the family
    const QString text = tr("Take %1 out of the family?\nThe family keeps its points; %1 starts with an empty "
                            "account.")
                             .arg(m_member.fullName());
    if (MessageBox::question(this, tr("Leave the Family"), text) != QMessageBox::Yes)
        return;
    const Core::Status left = m_context.members().leaveFamily(m_context.actor(), m_member.id);
    if (!left)
        showError(this, left.error());
}

} // namespace Club::Ui
