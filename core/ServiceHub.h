// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "backup/BackupService.h"
#include "cards/CardService.h"
#include "cards/CardStockService.h"
#include "catalog/CatalogService.h"
#include "credit/CreditService.h"
#include "engagement/LotteryService.h"
#include "engagement/SurveyService.h"
#include "donations/DonationService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "organisations/OrganisationService.h"
#include "messaging/CampaignService.h"
#include "messaging/MessagingSettingsStore.h"
#include "messaging/OccasionService.h"
#include "messaging/SegmentService.h"
#include "network/NetworkService.h"
#include "recommend/Recommender.h"
#include "reports/ReportRunner.h"
#include "reports/ReportService.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "sales/SalesSettingsStore.h"
#include "security/KeyVault.h"
#include "templates/CardTemplateService.h"
#include "tiers/TierService.h"
#include "warranty/WarrantyService.h"
#include "transactions/TransactionService.h"
#include "util/Clock.h"

namespace Club::Core {

class Database;

// The services of one open store, built once over the same database and clock. The app
// and the UI tests both get their services here, so they are wired the same way.
class ServiceHub
{
public:
    explicit ServiceHub(Database &db, const Clock &clock = Clock::system());
    ServiceHub(const ServiceHub &) = delete;
    ServiceHub &operator=(const ServiceHub &) = delete;

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }

    AuthService &auth() { return m_auth; }
    LedgerService &ledger() { return m_ledger; }
    MemberService &members() { return m_members; }
    CardService &cards() { return m_cards; }
    KeyVault &keys() { return m_keys; }
    CatalogService &catalog() { return m_catalog; }
    InventoryService &inventory() { return m_inventory; }
    CardTemplateService &templates() { return m_templates; }
    RuleService &rules() { return m_rules; }
    SalesService &sales() { return m_sales; }
    SalesSettingsStore &salesSettings() { return m_salesSettings; }
    TierService &tiers() { return m_tiers; }
    CreditService &credit() { return m_credit; }
    Recommender &recommender() { return m_recommender; }
    BackupService &backups() { return m_backups; }

    // First run: the store, its first branch and administrator (AuthService::setUp) and
    // the branch's first warehouse in one transaction, so a failure or a crash part way
    // leaves a store that still needs set-up (and can be set up), never a half-made one.
    Result<Actor> setUpStore(const StoreSetup &setup, const QString &warehouseName);
    ReportService &reports() { return m_reports; }
    ReportRunner &reportRunner() { return m_reportRunner; }
    SegmentService &segments() { return m_segments; }
    MessagingSettingsStore &messagingSettings() { return m_messagingSettings; }
    CampaignService &campaigns() { return m_campaigns; }
    OccasionService &occasions() { return m_occasions; }
    CardStockService &cardStock() { return m_cardStock; }
    LotteryService &lotteries() { return m_lotteries; }
    SurveyService &surveys() { return m_surveys; }
    WarrantyService &warranties() { return m_warranties; }
    DonationService &donations() { return m_donations; }
    NetworkService &network() { return m_network; }
    OrganisationService &organisations() { return m_organisations; }
    TransactionService &transactions() { return m_transactions; }

private:
    Database &m_db;
    const Clock &m_clock;
    // Declared in dependency order: members use the ledger.
    AuthService m_auth;
    LedgerService m_ledger;
    MemberService m_members;
    CardService m_cards;
    KeyVault m_keys;
    CatalogService m_catalog;
    InventoryService m_inventory;
    CardTemplateService m_templates;
    RuleService m_rules;
    SalesService m_sales; // uses the ledger, members, cards, catalog, inventory and rules
    SalesSettingsStore m_salesSettings; // gives the saved settings to m_sales
    TierService m_tiers;                // evaluates the member after every sale and return
    CreditService m_credit; // uses the ledger, members, cards and sales (settings, sales)
    Recommender m_recommender; // reads members, ledger, catalog, inventory, rules and the sales settings
    BackupService m_backups;
    ReportService m_reports;   // reads everything; debts through m_credit
    ReportRunner m_reportRunner; // runs m_reports' reports on a worker with its own services
    SegmentService m_segments; // the sales settings give the store's day
    MessagingSettingsStore m_messagingSettings;
    CampaignService m_campaigns; // segments, members, ledger (points in messages), messaging settings
    OccasionService m_occasions; // as campaigns; the daily jobs queue and send them
    CardStockService m_cardStock; // cards, members and credit (the preloaded value of gift cards)
    LotteryService m_lotteries;  // sales for entries, the ledger and the gift path for prizes, messaging
    SurveyService m_surveys;     // engagement points through the ledger
    WarrantyService m_warranties; // cards (warranty cards) and members
    DonationService m_donations;  // the ledger, members, cards (PIN) and the sales settings (point value)
    NetworkService m_network;    // guilds, merchants, branches; settles through the ledger
    OrganisationService m_organisations; // members (bulk enrolment) and credit (funded limits, statements)
    TransactionService m_transactions; // the journal, sales (voids) and the sales settings' zone
};

} // namespace Club::Core
