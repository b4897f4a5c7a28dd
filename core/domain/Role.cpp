// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

namespace Club::Core {

bool roleAllows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        if (p == P::ServerConnectionManage || p == P::StoreMove || p == P::NetworkManage)
            return false;
        return p != P::OperatorManage && p != P::SettingsManage && p != P::BackupRestore;
    case Role::Staff:
        switch (p) {
        case P::MemberRead:
        case P::MemberWrite:
        case P::CardRead:
        case P::CardIssue:
        case P::CardBlock:
        case P::PinSet:
        case P::LedgerRead:
        case P::LedgerPost:
        case P::CardKeysUse:
        case P::CatalogRead:
        case P::InventoryRead:
        case P::InventoryMove:
        case P::RulesRead:
        case P::CreditRead:
        case P::CreditCollect:
        case P::SurveyAnswer:
        case P::WarrantyRead:
        case P::WarrantyRegister:
        case P::WarrantyServiceLog:
        case P::OrganisationRead:
            return true;
        default:
            return false;
        }
    case Role::Accountant:
        switch (p) {
        case P::MemberRead:
        case P::CardRead:
        case P::LedgerRead:
        case P::LedgerPost:
        case P::LedgerExpire:
        case P::AuditRead:
        case P::CatalogRead:
        case P::InventoryRead:
        case P::RulesRead:
        case P::CreditRead:
        case P::CreditCollect:
        case P::CreditManage:
        case P::ReportsRead:
        case P::NetworkRead:
        case P::SettlementRead:
        case P::OrganisationRead: // the monthly statements to organisations
        case P::TransactionsRead:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Accountant:
        return QStringLiteral("accountant");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Admin, Role::Manager, Role::Staff, Role::Accountant}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

} // namespace Club::Core
