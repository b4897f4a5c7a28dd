// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectedDesk.h"

#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Club::Core {

ConnectedDesk::ConnectedDesk(Database &db, SalesService &sales, CatalogService &catalog, CardService &cards,
                             MemberService &members, const QString &keyFile, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sales(sales)
    , m_catalog(catalog)
    , m_cards(cards)
    , m_members(members)
    , m_clock(clock)
    , m_settings(db, keyFile, clock)
    , m_outbox(db, clock)
    , m_client(clock)
    , m_worker(m_outbox, m_client)
    , m_puller(db, m_client, clock)
    , m_db(db)
{
    connect(&m_outbox, &Outbox::changed, this, &ConnectedDesk::refreshCounts);
    connect(&m_client, &ServerClient::reachabilityChanged, this, &ConnectedDesk::statusChanged);
    connect(&m_settings, &SyncSettings::saved, this, [this] { (void)applySettings(); });
    // A PIN set or changed here goes to the server soon, not only at the next timed round.
    connect(&m_cards, &CardService::cardChanged, &m_puller, &SyncPuller::pushPinsSoon);
    // Members, cards and blocks made here go to the server through the outbox.
    connectPushes();
}

Status ConnectedDesk::applySettings()
{
    Result<ServerConfig> config = m_settings.serverConfig();
    if (!config) {
        m_client.setConfig({});
        Q_EMIT statusChanged();
        return config.error();
    }
    m_client.setConfig(*config);
    refreshCounts();
    m_worker.kick();
    m_puller.pullNow();
    return {};
}

void ConnectedDesk::setOperator(const Actor &actor, const QString &password)
{
    m_actor = actor;
    if (actor.operatorId == kNoId) {
        m_client.logout();
        m_worker.setActor({});
        m_puller.setActor({});
        m_puller.setInterval(0);
        m_pending = m_conflicts = 0;
        Q_EMIT statusChanged();
        return;
    }
    if (m_client.isConfigured() && !password.isEmpty()) {
        // Offline now: the credentials stay, and the session opens at the first answer.
        Result<RemoteSession> session = m_client.login(actor.username, password);
        if (!session)
            qCInfo(lcSync) << "no server session at login:" << session.error().detail;
        else
            m_branchCode = session->op.branchCode;
    }
    m_worker.setActor(actor);
    // The chain's reference data: at once, then now and then (and on "Sync now").
    m_puller.setActor(actor);
    if (m_client.isConfigured()) {
        m_puller.setInterval(kPullIntervalMs);
        m_puller.pullNow();
    }
    refreshCounts();
}

void ConnectedDesk::refreshCounts()
{
    if (m_actor.operatorId != kNoId) {
        if (Result<Outbox::Counts> c = m_outbox.counts(m_actor)) {
            m_pending = c->pending;
            m_conflicts = c->conflicts;
        }
    }
    Q_EMIT statusChanged();
}

Result<QString> ConnectedDesk::testConnection(const Actor &actor)
{
    if (Status s = require(actor, Permission::ServerConnectionManage); !s)
        return s.error();
    if (Status s = applySettings(); !s)
        return s.error();
    if (!m_client.isConfigured())
        return Error::make(Error::Code::Invalid, tr("Enter the server's address, the terminal id and its secret first."));
    Result<RemoteHealth> health = m_client.health();
    if (!health)
        return health.error();
    // Health is unsigned: a signed call proves the terminal id and secret too.
    const ServerAnswer probe = m_client.call("GET", QStringLiteral("/v1/sync/card-types?after=0&limit=1"));
    if (probe.unreachable())
        return ServerClient::errorFor(probe);
    if (probe.code == QLatin1String("bad_signature") || probe.code == QLatin1String("terminal_disabled")
        || probe.code == QLatin1String("clock_skew"))
        return ServerClient::errorFor(probe);
    //: %1 the server's version
    return tr("Connected. The server (version %1) accepts this terminal.").arg(health->version);
}

Result<RemoteBalances> ConnectedDesk::balances(const Actor &actor, Id memberId)
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (!m_client.isConfigured() || !m_client.isReachable())
        return ServerClient::errorFor(ServerAnswer{});
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    Result<QList<RemoteMember>> found = m_client.membersByMobile(member->mobile);
    if (!found)
        return found.error();
    if (found->size() != 1)
        return Error::make(Error::Code::NotFound, tr("The central server does not know this member by their mobile."));
    return found->first().balances;
}

Result<QJsonObject> ConnectedDesk::requestJson(const Actor &actor, const QuoteRequest &request, const QString &key,
                                               QString &cardNumber, bool &memberWithoutCard)
{
    QJsonObject body{{QStringLiteral("idempotencyKey"), key}};
    QJsonArray lines;
    for (const SaleRequestLine &line : request.lines) {
        Result<Product> product = m_catalog.product(actor, line.productId);
        if (!product)
            return product.error();
        QJsonObject l{{QStringLiteral("productCode"), product->code}, {QStringLiteral("qty"), line.qty}};
        if (line.lineDiscount != 0)
            l.insert(QStringLiteral("lineDiscount"), line.lineDiscount);
        lines.append(l);
    }
    body.insert(QStringLiteral("lines"), lines);
    cardNumber.clear();
    memberWithoutCard = false;
    if (request.cardId != kNoId) {
        Result<Card> card = m_cards.card(actor, request.cardId);
        if (!card)
            return card.error();
        cardNumber = card->number;
        body.insert(QStringLiteral("cardNumber"), cardNumber);
    } else if (request.memberId != kNoId) {
        memberWithoutCard = true;
    }
    if (request.tenderCardId != kNoId) {
        Result<Card> tender = m_cards.card(actor, request.tenderCardId);
        if (!tender)
            return tender.error();
        body.insert(QStringLiteral("tenderCardNumber"), tender->number);
        if (cardNumber.isEmpty())
            cardNumber = tender->number;
    }
    if (request.pointsToRedeem > 0)
        body.insert(QStringLiteral("pointsToRedeem"), request.pointsToRedeem);
    if (request.storedValue > 0)
        body.insert(QStringLiteral("storedValue"), request.storedValue);
    if (request.credit > 0)
        body.insert(QStringLiteral("credit"), request.credit);
    // The same on the first try and on every replay (see the class comment).
    body.insert(QStringLiteral("recordedAt"), LedgerStore::isoUtc(m_clock.nowUtc()));
    body.insert(QStringLiteral("recordedBy"), actor.username);
    return body;
}

Sale ConnectedDesk::localSale(const Actor &actor, const SaleQuote &q, const QString &key) const
{
    Sale sale;
    sale.branchId = actor.branchId;
    sale.memberId = q.request.memberId;
    sale.cardId = q.request.cardId;
    sale.operatorId = actor.operatorId;
    sale.terminal = actor.terminal;
    sale.createdAt = m_clock.nowUtc();
    sale.gross = q.quote.gross;
    sale.discount = q.quote.discount;
    sale.net = q.quote.net;
    sale.paid = q.toPay;
    sale.storedValue = q.request.storedValue;
    sale.credit = q.request.credit;
    sale.tenderCardId = q.request.tenderCardId;
    sale.pointsRedeemed = q.request.pointsToRedeem;
    sale.pointsValue = q.pointsValue;
    sale.pointsEarned = q.quote.totalPoints;
    sale.bonusPoints = q.quote.bonusPoints;
    sale.availableAt = q.quote.availableAt;
    sale.idempotencyKey = key;
    for (int i = 0; i < q.quote.lines.size() && i < q.request.lines.size(); ++i) {
        const QuoteLine &l = q.quote.lines.at(i);
        SaleLine line;
        line.lineNo = i + 1;
        // The server knows its lines by number; a return from this desk names them so.
        line.id = line.lineNo;
        line.productId = q.request.lines.at(i).productId;
        line.qty = q.request.lines.at(i).qty;
        line.unitPrice = q.unitPrices.value(i);
        line.gross = l.gross;
        line.discount = l.discount;
        line.net = l.net;
        line.points = l.points;
        sale.lines.append(line);
    }
    return sale;
}

Result<Sale> ConnectedDesk::commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey,
                                   const QString &pin)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    // This store's quote: the lines for the receipt, and the whole sale when offline. The
    // server holds the balances, so this store's stored value and credit are not checked
    // here (the server checks them online; the floor limit bounds them offline).
    QuoteRequest priced = request;
    priced.storedValue = 0;
    priced.credit = 0;
    Result<SaleQuote> quote = m_sales.quote(actor, priced);
    if (!quote)
        return quote.error();
    quote.value().request = request;
    quote.value().toPay -= request.storedValue + request.credit;
    if (quote->toPay < 0)
        return Error::make(Error::Code::Invalid,
                           tr("Points, stored value and credit together are more than the bill."), {},
                           request.credit > 0 ? QStringLiteral("credit") : QStringLiteral("storedValue"));
    QString cardNumber;
    bool memberWithoutCard = false;
    Result<QJsonObject> body = requestJson(actor, request, idempotencyKey, cardNumber, memberWithoutCard);
    if (!body)
        return body.error();
    QJsonObject online = *body;
    bool reachable = true;
    if (memberWithoutCard) {
        // The server knows members by its own ids: find this one by mobile.
        Result<Member> member = m_members.member(actor, request.memberId);
        if (!member)
            return member.error();
        Result<QList<RemoteMember>> found = m_client.membersByMobile(member->mobile);
        if (found && found->size() == 1)
            online.insert(QStringLiteral("memberId"), found->first().memberId);
        else if (found)
            return Error::make(Error::Code::NotFound,
                               tr("The central server does not know this member by their mobile. Use their card."));
        else if (found.error().detail != ServerClient::kUnreachable)
            return found.error();
        else
            reachable = false;
    }
    if (reachable && !cardNumber.isEmpty()) {
        // A card made here that the server does not have yet: the sale waits behind it.
        Result<bool> waiting = cardPushWaiting(cardNumber);
        if (!waiting)
            return waiting.error();
        reachable = !*waiting;
    }
    if (reachable) {
        if (!pin.isEmpty())
            online.insert(QStringLiteral("pin"), pin);
        Result<RemoteSale> remote = m_client.commitSale(online);
        if (remote) {
            Sale sale = localSale(actor, *quote, idempotencyKey);
            sale.id = remote->saleId;
            sale.receiptNo = remote->receiptNo;
            if (remote->at.isValid())
                sale.createdAt = remote->at;
            sale.gross = remote->gross;
            sale.discount = remote->discount;
            sale.net = remote->net;
            sale.paid = remote->toPay;
            sale.pointsValue = remote->pointsValue;
            sale.pointsEarned = remote->pointsEarned;
            if (remote->pendingUntil.isValid())
                sale.availableAt = remote->pendingUntil;
            sale.replayed = remote->replayed;
            qCInfo(lcSync) << "sale" << idempotencyKey << "recorded by the server as" << remote->saleId
                           << (remote->replayed ? "(replayed)" : "");
            remember(sale);
            return sale;
        }
        if (remote.error().detail != ServerClient::kUnreachable)
            return remote.error();
    }

    // Offline: keep it for the server, within the card's floor limit.
    if (memberWithoutCard)
        return Error::make(Error::Code::Conflict,
                           tr("The central server cannot be reached. A member's sale can be kept for later only "
                              "with their card."),
                           Outbox::kFloorLimit);
    Result<ConnectionSettings> settings = m_settings.settings(actor);
    if (!settings)
        return settings.error();
    if (Status s = m_outbox.checkFloorLimit(actor, cardNumber, request.pointsToRedeem,
                                            request.storedValue + request.credit, settings->offline);
        !s)
        return s.error();
    if (!pin.isEmpty()) {
        // The server will not see the PIN (it is never stored): check it against this store.
        const Id pinCard = request.tenderCardId != kNoId ? request.tenderCardId : request.cardId;
        if (Status s = m_cards.verifyPin(actor, pinCard, pin); !s)
            return s.error();
    }
    QJsonObject kept = *body; // no PIN, ever
    kept.insert(QStringLiteral("offline"), true);
    OutboxEntry entry;
    entry.idempotencyKey = idempotencyKey;
    entry.requestJson = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    entry.cardNumber = cardNumber;
    entry.pointsRedeemed = request.pointsToRedeem;
    entry.storedValue = request.storedValue + request.credit;
    entry.recordedAt = m_clock.nowUtc();
    entry.recordedBy = actor.username;
    Result<OutboxEntry> added = m_outbox.add(actor, entry);
    if (!added)
        return added.error();
    Sale sale = localSale(actor, *quote, idempotencyKey);
    sale.pendingSync = true;
    remember(sale);
    return sale;
}

} // namespace Club::Core
