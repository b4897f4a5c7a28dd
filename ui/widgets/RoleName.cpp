// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleName.h"

#include <QCoreApplication>

namespace Club::Ui {

QString roleName(Core::Role role)
{
    switch (role) {
    case Core::Role::Admin:
        //: An operator role: may do everything, including managing operators
        return QCoreApplication::translate("Club::Ui::Role", "Administrator");
    case Core::Role::Manager:
        //: An operator role: runs the store
        return QCoreApplication::translate("Club::Ui::Role", "Manager");
    case Core::Role::Staff:
        //: An operator role: works at the counter
        return QCoreApplication::translate("Club::Ui::Role", "Staff");
    case Core::Role::Accountant:
        //: An operator role: handles debts and reports
        return QCoreApplication::translate("Club::Ui::Role", "Accountant");
    }
    return {};
}

QList<Core::Role> allRoles()
{
    return {Core::Role::Staff, Core::Role::Manager, Core::Role::Accountant, Core::Role::Admin};
}

} // namespace Club::Ui
