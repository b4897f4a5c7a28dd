// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "ledger/LedgerTypes.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class CardService;
class CatalogService;
class InventoryService;
class RuleService;

// The sales desk: quotes, sales, returns and gift redemptions through the ledger.
//
// quote() only reads. commit() never trusts the quote it is given: inside one database
// transaction it prices and evaluates the request again, checks the points, posts ONE
// journal transaction (earned points as a pending lot, redeemed points as a spend, the
// money legs), moves the stock and writes the sale. The idempotency key is unique for
// sales and for the journal, so a retry returns the first sale and writes nothing.
//
// Permissions: quote needs RulesRead and CatalogRead; commit, returns and gifts need
// LedgerPost and InventoryMove (staff have them). A return is for the sale's own
// quantities only, and no line goes back twice past what was sold.
class SalesService : public QObject
{
    Q_OBJECT

public:
    SalesService(Database &db,
                 LedgerService &ledger,
                 MemberService &members,
                 CardService &cards,
                 CatalogService &catalog,
                 InventoryService &inventory,
                 RuleService &rules,
                 const Clock &clock = Clock::system(),
                 QObject *parent = nullptr);

    const SalesSettings &settings() const { return m_settings; }
    void setSettings(const SalesSettings &settings) { m_settings = settings; }

    Result<SaleQuote> quote(const Actor &actor, const QuoteRequest &request) const;
    // `pin`: the card's PIN, checked when given (the desk asks for it when points are spent).
    Result<Sale>
    commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey, const QString &pin = {});
    Result<Sale>
    commit(const Actor &actor, const SaleQuote &quote, const QString &idempotencyKey, const QString &pin = {})
    {
        return commit(actor, quote.request, idempotencyKey, pin);
    }
    Result<SaleReturn>
    returnSale(const Actor &actor, Id saleId, const QList<ReturnRequestLine> &lines, const QString &idempotencyKey);
    // Spends the gift's points price × qty from the member's account and issues the stock.
    Result<GiftRedemption>
    registerGift(const Actor &actor, Id memberId, Id giftProductId, qint64 qty, const QString &idempotencyKey);

    Result<Sale> sale(const Actor &actor, Id saleId) const; // lines with their returned quantities

    // Voids (SalesVoid.cpp), called by TransactionService with the start of the store's day
    // as notBefore. TransactionsVoid and InventoryMove; a reason is required. A sale's void
    // is a full return under the journal kind "void": the exact mirror of its journal
    // transaction (LedgerService::reverse), a return row of every line and the stock back.
    // Refused when any item of the sale was returned already.
    Result<SaleReturn>
    voidSale(const Actor &actor, Id saleId, const QString &reason, const QDateTime &notBefore);
    // A gift redemption's void: its points back to their lots, the gift back in stock.
    Result<PostResult>
    voidGift(const Actor &actor, Id transactionId, const QString &reason, const QDateTime &notBefore);

    // Lookups for the desk and returns (SalesQueries.cpp). LedgerRead.
    // The sale with this receipt number at the branch; NotFound when there is none.
    Result<Sale> saleByReceipt(const Actor &actor, Id branchId, qint64 receiptNo) const;
    // The member's newest sales first, at most `limit`, each with its lines.
    Result<QList<Sale>> salesOfMember(const Actor &actor, Id memberId, int limit = 20) const;
    // End of the lookups for the desk and returns.

Q_SIGNALS:
    void saleRecorded(qint64 saleId, qint64 memberId);
    void saleReturned(qint64 returnId, qint64 saleId);
    void giftRegistered(qint64 transactionId, qint64 memberId);

private:
    struct Impl;
    Database &m_db;
    LedgerService &m_ledger;
    MemberService &m_members;
    CardService &m_cards;
    CatalogService &m_catalog;
    InventoryService &m_inventory;
    RuleService &m_rules;
    const Clock &m_clock;
    AuditLog m_audit;
    SalesSettings m_settings;
};

} // namespace Club::Core
