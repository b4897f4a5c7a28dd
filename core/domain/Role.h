// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Club::Core {

enum class Role { Admin, Manager, Staff, Accountant };

// What an operator may do. Every service call names the permission it needs.
enum class Permission {
    MemberRead,
    MemberWrite,
    MemberDeactivate,
    GroupManage,
    CardRead,
    CardIssue,
    CardBlock,
    CardUnblock,
    CardTypeManage,
    CardStockManage,
    PinSet,
    PinUnlock,
    LedgerRead,
    LedgerPost,     // earn/spend through the normal flows
    LedgerAdjust,   // manual adjustment with a reason
    LedgerExpire,   // run the expiry job
    OperatorManage,
    SettingsManage,
    AuditRead,
    CardKeysManage,   // create, unlock, export and import the sealed card master keys
    CardKeysUse,      // encode and verify cards with the unlocked keys
    CatalogRead,
    CatalogManage,    // products, groups, prices
    InventoryRead,
    InventoryMove,    // receipts, transfers, count sheets
    InventoryApprove, // post stock-taking adjustments
    RulesRead,        // earn and discount rules, and quotes built on them
    RulesManage,      // create, revise and end rules
    SalesSettingsManage, // point value, return window, expiry policy, spent-points policy
    TiersManage,      // tier programmes, thresholds and review dates
    CreditRead,       // credit accounts, statements, installment plans and aging
    CreditCollect,    // take a repayment or an installment at any branch
    CreditManage,     // credit limits, open and settle installment plans
    BackupCreate,     // back up now, scheduled backups, read a backup's manifest
    BackupRestore,    // replace the store with a backup (administrators)
    ReportsRead,      // the Reports page: sales, points, liability, debts, members, tiers, cards
    MessagingManage,  // segments, message templates, campaigns, occasion messages, SMTP/SMS settings
    ServerConnectionManage, // the central server's address and this desk's terminal credentials
    SyncConflictsResolve,   // see and settle sales the central server refused on replay
    StoreMove,              // move the embedded store into the central PostgreSQL database (administrators)
    EngagementManage, // lotteries (create, freeze, draw, verify), surveys and their results
    SurveyAnswer,     // answer a survey for a member at the desk, import answers
    WarrantyRead,     // warranties, their service log and the expiring list
    WarrantyRegister, // register a sold item's warranty (serial number, period)
    WarrantyServiceLog, // log after-sales service events (received, repaired, returned...)
    CharityManage,    // define charities and turn them off
    NetworkRead,      // guilds, merchants and branches of the club network (rules are scoped by them)
    NetworkManage,    // create, edit and deactivate guilds, merchants, branches; cross-merchant spending
    SettlementRead,   // what merchants owe each other for points spent across merchants
    SettlementPost,   // post the payment that settles a period
    OrganisationRead,       // partner organisations, their members and statements
    OrganisationManage,     // create and edit organisations, enrol members (bulk import), funded credit
    TransactionsRead, // the Transactions page: every journal transaction, its entries and "why"
    TransactionsVoid, // void a transaction of the same day with a reason (managers)
};

bool roleAllows(Role role, Permission permission);

QString roleKey(Role role); // stable key stored in the database: "admin", "manager"...
std::optional<Role> roleFromKey(const QString &key);

} // namespace Club::Core
