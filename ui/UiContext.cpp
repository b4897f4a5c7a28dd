// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiContext.h"

#include "ServiceHub.h"
#include "sales/DeskOperations.h"
#include "sales/SaleCommitter.h"
#include "credit/CreditViews.h"
#include "sync/ConnectedCredit.h"
#include "sync/ConnectedDesk.h"

namespace Club::Ui {

UiContext::Services UiContext::servicesOf(Core::ServiceHub &hub)
{
    Services services{&hub.auth(),    &hub.members(),   &hub.cards(), &hub.ledger(), &hub.keys(),
                      &hub.catalog(), &hub.inventory(), &hub.templates(), &hub.rules(), &hub.sales()};
    services.recommender = &hub.recommender();
    services.salesSettings = &hub.salesSettings();
    services.tiers = &hub.tiers();
    services.credit = &hub.credit();
    services.backups = &hub.backups();
    services.reports = &hub.reports();
    services.reportRunner = &hub.reportRunner();
    services.segments = &hub.segments();
    services.campaigns = &hub.campaigns();
    services.messagingSettings = &hub.messagingSettings();
    services.occasions = &hub.occasions();
    services.cardStock = &hub.cardStock();
    services.lotteries = &hub.lotteries();
    services.surveys = &hub.surveys();
    services.warranties = &hub.warranties();
    services.donations = &hub.donations();
    services.network = &hub.network();
    services.organisations = &hub.organisations();
    services.transactions = &hub.transactions();
    return services;
}

UiContext::UiContext(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    if (m_services.sales)
        m_localSales = std::make_unique<Core::LocalSaleCommitter>(*m_services.sales);
    if (m_services.sales && m_services.credit)
        m_localOperations = std::make_unique<Core::LocalDeskOperations>(*m_services.sales, *m_services.credit);
    if (m_services.credit && m_services.ledger && m_services.cards)
        m_localCredit = std::make_unique<Core::LocalCreditViews>(*m_services.credit, *m_services.ledger, *m_services.cards);
}

UiContext::~UiContext() = default;

Core::SaleCommitter &UiContext::saleCommitter() const
{
    if (m_desk && m_desk->isConnected())
        return *m_desk;
    return *m_localSales;
}

Core::DeskOperations &UiContext::deskOperations() const
{
    if (m_desk && m_desk->isConnected())
        return *m_desk;
    return *m_localOperations;
}

void UiContext::setConnectedDesk(Core::ConnectedDesk *desk)
{
    m_desk = desk;
    m_connectedCredit.reset();
    if (m_desk && m_services.credit && m_services.ledger && m_services.cards && m_services.members)
        m_connectedCredit = std::make_unique<Core::ConnectedCreditViews>(*m_desk, *m_services.credit, *m_services.ledger,
                                                                         *m_services.cards, *m_services.members);
}

Core::CreditViews &UiContext::creditViews() const
{
    if (m_desk && m_desk->isConnected() && m_connectedCredit)
        return *m_connectedCredit;
    return *m_localCredit;
}

void UiContext::setActor(const Core::Actor &actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

bool UiContext::can(Core::Permission permission) const
{
    return m_actor.operatorId != Core::kNoId && Core::roleAllows(m_actor.role, permission);
}

} // namespace Club::Ui
