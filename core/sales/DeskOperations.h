// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "SalesService.h"
#include "auth/Actor.h"
#include "credit/Credit.h"
#include "credit/CreditService.h"
#include "util/Result.h"

namespace Club::Core {

// What the desk's return, gift, gift card charge and points purchase dialogs post, and where:
// this store's own ledger (LocalDeskOperations), or a central server (core/sync/ConnectedDesk),
// which keeps the request in its outbox when the server cannot be reached. Like
// SaleCommitter for the basket, so a dialog's flow (one idempotency key per dialog, a second
// press records nothing more) is the same on both paths.
//
// `pendingSync`: kept in the outbox for the server; the value then holds what the desk
// knows (the amounts asked), not the server's ids.
template<typename T> struct DeskPosted
{
    T value;
    bool pendingSync = false;
};

class DeskOperations
{
public:
    virtual ~DeskOperations() = default;
    // The sale a return starts from: by the receipt number printed on it (this branch), or
    // among the member's recent sales.
    virtual Result<Sale> saleByReceipt(const Actor &actor, qint64 receiptNo) = 0;
    virtual Result<QList<Sale>> recentSales(const Actor &actor, Id memberId, int limit) = 0;
    // `sale` as the dialog found it: a connected desk needs its idempotency key when the sale
    // itself still waits in the outbox (pendingSync), the return then waits behind it.
    virtual Result<DeskPosted<SaleReturn>> returnSale(const Actor &actor,
                                                      const Sale &sale,
                                                      const QList<ReturnRequestLine> &lines,
                                                      const QString &idempotencyKey) = 0;
    // `pin`: the card's PIN, typed by the customer, when an answer asked for it (an Invalid
    // error whose field is "pin": a card whose type needs its PIN to spend points). A wrong
    // PIN is refused the same way and counts as a failed try. Never kept.
    virtual Result<DeskPosted<GiftRedemption>> registerGift(const Actor &actor, Id memberId, Id giftProductId,
                                                            qint64 qty, const QString &idempotencyKey,
                                                            const QString &pin) = 0;
    virtual Result<DeskPosted<GiftCardCharge>>
    chargeGiftCard(const Actor &actor, Id cardId, Money amount, const QString &idempotencyKey) = 0;
    virtual Result<DeskPosted<PointsPurchase>>
    buyPoints(const Actor &actor, Id memberId, Points points, const QString &idempotencyKey) = 0;
    // A member pays what they owe on credit. A connected desk takes it only while the server
    // answers (the debt is the server's: a payment kept here could not be checked against it).
    virtual Result<Repayment> repayCredit(const Actor &actor, Id memberId, Money amount,
                                          const QString &idempotencyKey) = 0;
};

// The desk on its own: the services post to the local store.
class LocalDeskOperations : public DeskOperations
{
public:
    LocalDeskOperations(SalesService &sales, CreditService &credit)
        : m_sales(sales)
        , m_credit(credit)
    {}

    Result<Sale> saleByReceipt(const Actor &actor, qint64 receiptNo) override
    {
        return m_sales.saleByReceipt(actor, actor.branchId, receiptNo);
    }
    Result<QList<Sale>> recentSales(const Actor &actor, Id memberId, int limit) override
    {
        return m_sales.salesOfMember(actor, memberId, limit);
    }
    Result<DeskPosted<SaleReturn>> returnSale(const Actor &actor,
                                              const Sale &sale,
                                              const QList<ReturnRequestLine> &lines,
                                              const QString &idempotencyKey) override
    {
        return wrap(m_sales.returnSale(actor, sale.id, lines, idempotencyKey));
    }
    // This store's gift path asks no PIN (as before the central server): none is ever asked for.
    Result<DeskPosted<GiftRedemption>> registerGift(const Actor &actor, Id memberId, Id giftProductId, qint64 qty,
                                                    const QString &idempotencyKey, const QString &) override
    {
        return wrap(m_sales.registerGift(actor, memberId, giftProductId, qty, idempotencyKey));
    }
    Result<DeskPosted<GiftCardCharge>>
    chargeGiftCard(const Actor &actor, Id cardId, Money amount, const QString &idempotencyKey) override
    {
        return wrap(m_credit.chargeGiftCard(actor, cardId, amount, idempotencyKey));
    }
    Result<DeskPosted<PointsPurchase>>
    buyPoints(const Actor &actor, Id memberId, Points points, const QString &idempotencyKey) override
    {
        return wrap(m_credit.buyPoints(actor, memberId, points, idempotencyKey));
    }
    Result<Repayment> repayCredit(const Actor &actor, Id memberId, Money amount, const QString &idempotencyKey) override
    {
        return m_credit.repay(actor, memberId, amount, idempotencyKey);
    }

private:
    template<typename T> static Result<DeskPosted<T>> wrap(Result<T> r)
    {
        if (!r)
            return r.error();
        return DeskPosted<T>{*r, false};
    }

    SalesService &m_sales;
    CreditService &m_credit;
};

} // namespace Club::Core
