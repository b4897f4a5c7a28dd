// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Club::Ui {

class UiContext;

// The member view's family: the members sharing one account, the head marked; join a
// family by finding its head, or leave it.
class MemberFamilyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberFamilyPanel(UiContext &context, QWidget *parent = nullptr);

    void setMember(const Core::Member &member);
    void reload();
    QList<Core::Member> family() const { return m_family; }
    bool contains(qint64 memberId) const;

public Q_SLOTS:
    void joinFamily();
    void leaveFamily();

private:
    UiContext &m_context;
    Core::Member m_member;
    QList<Core::Member> m_family;
    QTableWidget *m_table;
    QPushButton *m_join;
    QPushButton *m_leave;
    QLabel *m_status;
};

} // namespace Club::Ui
