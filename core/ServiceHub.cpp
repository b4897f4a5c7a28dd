// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceHub.h"

#include "storage/Transaction.h"

namespace Club::Core {

ServiceHub::ServiceHub(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_auth(db, clock)
    , m_ledger(db, clock)
    , m_members(db, m_ledger, clock)
    , m_cards(db, clock)
    , m_keys(db, clock)
    , m_catalog(db, clock)
    , m_inventory(db, clock)
    , m_templates(db, clock)
    , m_rules(db, clock)
    , m_sales(db, m_ledger, m_members, m_cards, m_catalog, m_inventory, m_rules, clock)
    , m_salesSettings(db, m_sales, clock)
    , m_tiers(db, clock)
    , m_credit(db, m_ledger, m_members, m_cards, m_sales, clock)
    , m_recommender(db, m_members, m_ledger, m_catalog, m_inventory, m_rules, m_sales, clock)
    , m_backups(db, clock)
    , m_reports(db, m_sales, m_credit, clock)
    , m_reportRunner(db, m_sales, m_credit, clock)
    , m_segments(db, m_sales, clock)
    , m_messagingSettings(db, clock)
    , m_campaigns(db, m_ledger, m_members, m_sales, m_segments, m_messagingSettings, clock)
    , m_occasions(db, m_ledger, m_members, m_sales, m_messagingSettings, clock)
    , m_cardStock(db, m_cards, m_members, m_credit, clock)
    , m_lotteries(db, m_ledger, m_members, m_catalog, m_sales, m_messagingSettings, clock)
    , m_surveys(db, m_ledger, m_members, clock)
    , m_warranties(db, m_cards, m_members, clock)
    , m_donations(db, m_ledger, m_members, m_cards, m_sales, clock)
    , m_network(db, m_ledger, clock)
    , m_organisations(db, m_members, m_credit, clock)
    , m_transactions(db, m_ledger, m_sales, clock)
{
    // A store never saved keeps the defaults; a failure is logged and the defaults stay.
    (void)m_salesSettings.applySaved();
    // Upgrades apply at once; the rules engine reads members.tier for the next quote.
    QObject::connect(&m_sales, &SalesService::saleRecorded, &m_tiers,
                     [this](qint64 saleId, qint64) { m_tiers.afterSale(saleId); });
    QObject::connect(&m_sales, &SalesService::saleReturned, &m_tiers,
                     [this](qint64 returnId, qint64) { m_tiers.afterReturn(returnId); });
}

Result<Actor> ServiceHub::setUpStore(const StoreSetup &setup, const QString &warehouseName)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Actor> admin = m_auth.setUp(setup);
    if (!admin)
        return admin.error();
    if (Result<Warehouse> warehouse = m_inventory.createWarehouse(*admin, admin->branchId, warehouseName); !warehouse)
        return warehouse.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return admin;
}

} // namespace Club::Core
