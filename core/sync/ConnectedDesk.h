// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "OutboxWorker.h"
#include "ServerClient.h"
#include "SyncPuller.h"
#include "SyncSettings.h"
#include "sales/DeskOperations.h"
#include "sales/SaleCommitter.h"

#include <QCoreApplication>
#include <QObject>

namespace Club::Core {

class Database;
class CardService;
class CatalogService;
class MemberService;
class SalesService;

// The desk connected to a central server: the connection settings, the client, the outbox
// and its worker, and the sale path through them.
//
// commit() sends the basket to the server (natural keys: product codes, card numbers) with
// the basket's idempotency key and returns the server's sale. When the server cannot be
// reached it keeps the same request under the same key in the outbox — after the offline
// floor limit and, when one was typed, the card's PIN checked against this store — and
// returns the sale as this store priced it, marked pendingSync. A refusal from the server is
// returned as it is (nothing is kept). Both bodies carry the same recordedAt/recordedBy, so a
// first try that did reach the server and its replay are the same request to it (contract
// note: the server compares bodies without "pin" and "offline").
//
// Returns, gift redemptions, gift card charges and bought points (DeskOperations,
// ConnectedOperations.cpp) go the same way: live to the server when it answers; otherwise
// into the same outbox, in the same order, under the same key, marked pendingSync. Gifts
// keep to the card's offline points limit. A return of a sale still in the outbox waits
// behind it (afterKey) and is sent with the server's id for that sale.
//
// Status for the window: online(), pending(), conflicts(), statusChanged().
class ConnectedDesk : public QObject, public SaleCommitter, public DeskOperations
{
    Q_OBJECT

public:
    ConnectedDesk(Database &db, SalesService &sales, CatalogService &catalog, CardService &cards,
                  MemberService &members, const QString &keyFile, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    SyncSettings &settings() { return m_settings; }
    Outbox &outbox() { return m_outbox; }
    ServerClient &client() { return m_client; }
    OutboxWorker &worker() { return m_worker; }
    SyncPuller &puller() { return m_puller; }
    // How often the reference data is pulled while an operator is logged in.
    static constexpr int kPullIntervalMs = 5 * 60 * 1000;

    // Reads the saved connection into the client (at start-up and after every save).
    Status applySettings();
    bool isConnected() const { return m_client.isConfigured(); }

    // The operator logged in at the desk (empty: logged out). With a password, a server
    // session is opened for them (kept in memory only for this login).
    void setOperator(const Actor &actor, const QString &password = {});

    // Test Connection: health, then the session when an operator is logged in. A plain
    // sentence either way.
    Result<QString> testConnection(const Actor &actor);

    Result<Sale> commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey,
                        const QString &pin) override;

    // By receipt: asked of the server (this desk's branch, as its session named it). Recent:
    // the sales this desk made for the member since it started (the server has no list of a
    // member's sales), newest first; a kept one the server has taken since carries its ids.
    Result<Sale> saleByReceipt(const Actor &actor, qint64 receiptNo) override;
    Result<QList<Sale>> recentSales(const Actor &actor, Id memberId, int limit) override;
    Result<DeskPosted<SaleReturn>> returnSale(const Actor &actor, const Sale &sale,
                                              const QList<ReturnRequestLine> &lines,
                                              const QString &idempotencyKey) override;
    // A card whose type needs its PIN (this store's copy of the type, or the server's answer
    // pin_required) is refused until the PIN is given. Online the server checks it (and counts
    // a wrong one); offline this store checks it and the kept request holds no PIN, as for sales.
    Result<DeskPosted<GiftRedemption>> registerGift(const Actor &actor, Id memberId, Id giftProductId, qint64 qty,
                                                    const QString &idempotencyKey, const QString &pin) override;
    Result<DeskPosted<GiftCardCharge>> chargeGiftCard(const Actor &actor, Id cardId, Money amount,
                                                      const QString &idempotencyKey) override;
    Result<DeskPosted<PointsPurchase>> buyPoints(const Actor &actor, Id memberId, Points points,
                                                 const QString &idempotencyKey) override;
    // Live only: the server's answer (the installments it paid are not named), or an error
    // saying it cannot be reached. The member's club card names them to the server.
    Result<Repayment> repayCredit(const Actor &actor, Id memberId, Money amount,
                                  const QString &idempotencyKey) override;

    // While the server cannot be reached: the points the member's card may still spend here
    // (its offline limit less what its kept entries spend).
    Result<Points> offlinePointsLeft(const Actor &actor, Id memberId);

    // The member's balances as the server has them (found by mobile). When the server was
    // not reachable at the last try this does not wait for it: the error says unreachable.
    Result<RemoteBalances> balances(const Actor &actor, Id memberId);

    bool online() const { return m_client.isReachable(); }
    int pending() const { return m_pending; }
    int conflicts() const { return m_conflicts; }

Q_SIGNALS:
    void statusChanged();

private:
    Result<QJsonObject> requestJson(const Actor &actor, const QuoteRequest &request, const QString &key,
                                    QString &cardNumber, bool &memberWithoutCard);
    Sale localSale(const Actor &actor, const SaleQuote &quote, const QString &key) const;
    void refreshCounts();
    void remember(const Sale &sale);
    Sale saleFromServer(const Actor &actor, const QJsonObject &json) const;
    // What post() did: the server's answer body, or kept in the outbox (pending).
    struct Posted
    {
        QJsonObject body;
        bool pending = false;
    };
    // One operation other than a sale: live when the server answers (afterKey empty), else
    // kept in the outbox within the card's offline limit (pointsSpent), marked offline.
    // `pin` goes to the server only; kept offline after this store checked it on `pinCardId`.
    Result<Posted> post(const Actor &actor, OutboxEntry::Operation operation, QJsonObject body,
                        const QString &cardNumber, Points pointsSpent, const QString &afterKey = {},
                        const QString &pin = {}, Id pinCardId = kNoId);
    // Invalid, field "pin": the dialog asks the customer for the card's PIN and tries again.
    static Error pinNeeded();
    // The member's card the server knows them by: the first active club (not gift) card.
    Result<QString> memberCardNumber(const Actor &actor, Id memberId);
    // DeskPush.cpp: members, cards and card blocks made here, kept in the outbox for the
    // server (as the operator logged in here) and linked to the server's rows once sent.
    void connectPushes();
    void pushMember(qint64 memberId);
    void pushCard(qint64 cardId);
    void pushAnswered(qint64 entryId, qint64 serverId);
    Status keepPush(OutboxEntry::Operation operation, const QJsonObject &body, const QString &cardNumber,
                    const QString &afterKey);
    Result<bool> cardPushWaiting(const QString &cardNumber) const;

    SalesService &m_sales;
    CatalogService &m_catalog;
    CardService &m_cards;
    MemberService &m_members;
    const Clock &m_clock;
    SyncSettings m_settings;
    Outbox m_outbox;
    ServerClient m_client;
    OutboxWorker m_worker;
    SyncPuller m_puller;
    Actor m_actor;
    QString m_branchCode;  // the server's code of this desk's branch (from the session)
    QList<Sale> m_recent;  // this desk's sales since it started, newest last (kRecentSales)
    static constexpr int kRecentSales = 200;
    int m_pending = 0;
    int m_conflicts = 0;
    Database &m_db;
};

} // namespace Club::Core
