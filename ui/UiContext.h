// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"

#include <QObject>

#include <memory>

namespace Club::Core {
class Database;
class AuthService;
class MemberService;
class CardService;
class LedgerService;
class KeyVault;
class CatalogService;
class InventoryService;
class CardTemplateService;
class RuleService;
class SalesService;
class Recommender;
class SalesSettingsStore;
class TierService;
class CreditService;
class BackupService;
class ReportService;
class ReportRunner;
class SegmentService;
class CampaignService;
class MessagingSettingsStore;
class OccasionService;
class CardStockService;
class LotteryService;
class SurveyService;
class WarrantyService;
class DonationService;
class NetworkService;
class OrganisationService;
class TransactionService;
class ServiceHub;
class ConnectedDesk;
class SaleCommitter;
class LocalSaleCommitter;
class DeskOperations;
class LocalDeskOperations;
class CreditViews;
class LocalCreditViews;
class ConnectedCreditViews;
} // namespace Club::Core

namespace Club::Ui {

class DeviceHub;

// What every page and dialog needs: the services (never the database itself) and the
// operator who is logged in. Made once in app/ and passed down.
class UiContext : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        Core::AuthService *auth = nullptr;
        Core::MemberService *members = nullptr;
        Core::CardService *cards = nullptr;
        Core::LedgerService *ledger = nullptr;
        Core::KeyVault *keys = nullptr;
        Core::CatalogService *catalog = nullptr;
        Core::InventoryService *inventory = nullptr;
        Core::CardTemplateService *templates = nullptr;
        Core::RuleService *rules = nullptr;
        Core::SalesService *sales = nullptr;
        Core::SalesSettingsStore *salesSettings = nullptr;
        Core::TierService *tiers = nullptr;
        Core::Recommender *recommender = nullptr;
        Core::CreditService *credit = nullptr;
        Core::BackupService *backups = nullptr;
        Core::ReportService *reports = nullptr;
        Core::ReportRunner *reportRunner = nullptr;
        Core::SegmentService *segments = nullptr;
        Core::CampaignService *campaigns = nullptr;
        Core::MessagingSettingsStore *messagingSettings = nullptr;
        Core::OccasionService *occasions = nullptr;
        Core::CardStockService *cardStock = nullptr;
        Core::LotteryService *lotteries = nullptr;
        Core::SurveyService *surveys = nullptr;
        Core::WarrantyService *warranties = nullptr;
        Core::DonationService *donations = nullptr;
        Core::NetworkService *network = nullptr;
        Core::OrganisationService *organisations = nullptr;
        Core::TransactionService *transactions = nullptr;
    };

    explicit UiContext(const Services &services, QObject *parent = nullptr);
    ~UiContext() override;
    // Every service of the hub, as the app and the UI tests use it.
    static Services servicesOf(Core::ServiceHub &hub);

    Core::AuthService &auth() const { return *m_services.auth; }
    Core::MemberService &members() const { return *m_services.members; }
    Core::CardService &cards() const { return *m_services.cards; }
    Core::LedgerService &ledger() const { return *m_services.ledger; }
    Core::KeyVault &keys() const { return *m_services.keys; }
    Core::CatalogService &catalog() const { return *m_services.catalog; }
    Core::InventoryService &inventory() const { return *m_services.inventory; }
    Core::CardTemplateService &templates() const { return *m_services.templates; }
    Core::RuleService &rules() const { return *m_services.rules; }
    Core::SalesService &sales() const { return *m_services.sales; }
    Core::SalesSettingsStore &salesSettings() const { return *m_services.salesSettings; }
    Core::TierService &tiers() const { return *m_services.tiers; }
    Core::Recommender &recommender() const { return *m_services.recommender; }
    Core::CreditService &credit() const { return *m_services.credit; }
    Core::BackupService &backups() const { return *m_services.backups; }
    Core::ReportService &reports() const { return *m_services.reports; }
    Core::ReportRunner &reportRunner() const { return *m_services.reportRunner; }
    Core::SegmentService &segments() const { return *m_services.segments; }
    Core::CampaignService &campaigns() const { return *m_services.campaigns; }
    Core::MessagingSettingsStore &messagingSettings() const { return *m_services.messagingSettings; }
    Core::OccasionService &occasions() const { return *m_services.occasions; }
    Core::CardStockService &cardStock() const { return *m_services.cardStock; }
    Core::LotteryService &lotteries() const { return *m_services.lotteries; }
    Core::SurveyService &surveys() const { return *m_services.surveys; }
    Core::WarrantyService &warranties() const { return *m_services.warranties; }
    Core::DonationService &donations() const { return *m_services.donations; }
    Core::NetworkService &network() const { return *m_services.network; }
    Core::OrganisationService &organisations() const { return *m_services.organisations; }
    Core::TransactionService &transactions() const { return *m_services.transactions; }

    // The desk's devices; null in tests that need none. Not owned.
    DeviceHub *devices() const { return m_devices; }
    void setDevices(DeviceHub *devices) { m_devices = devices; }

    // The central server connection; null when the app runs without one (tests). Not owned.
    Core::ConnectedDesk *connectedDesk() const { return m_desk; }
    void setConnectedDesk(Core::ConnectedDesk *desk);
    // Where the desk's sales go: the server when one is set up, else this store.
    Core::SaleCommitter &saleCommitter() const;
    // Where returns, gift redemptions, gift card charges and bought points go: the same.
    Core::DeskOperations &deskOperations() const;
    // What the Credit page reads: the server's figures when one is set up, else this store.
    Core::CreditViews &creditViews() const;

    const Core::Actor &actor() const { return m_actor; }
    void setActor(const Core::Actor &actor);
    bool can(Core::Permission permission) const;

Q_SIGNALS:
    void actorChanged();
    // Any page may ask the window to show a member (after a search, a card number...).
    void openMemberRequested(qint64 memberId);

private:
    Services m_services;
    Core::Actor m_actor;
    DeviceHub *m_devices = nullptr;
    Core::ConnectedDesk *m_desk = nullptr;
    std::unique_ptr<Core::LocalSaleCommitter> m_localSales;
    std::unique_ptr<Core::LocalDeskOperations> m_localOperations;
    std::unique_ptr<Core::LocalCreditViews> m_localCredit;
    std::unique_ptr<Core::ConnectedCreditViews> m_connectedCredit;
};

} // namespace Club::Ui
