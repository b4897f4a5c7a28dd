// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SalesService.h"
#include "catalog/Catalog.h"
#include "ledger/LedgerTypes.h"

namespace Club::Core {

// Shared by SalesService.cpp (quote, commit), SalesReturns.cpp (returns, gifts) and
// SalesVoid.cpp (voids).
struct SalesService::Impl
{
    // A priced and evaluated request with what commit needs besides the quote.
    struct Evaluated
    {
        SaleQuote quote;
        QList<Product> products; // per request line
        Id memberAccountId = kNoId;
        Id tenderCardId = kNoId; // the card stored value and credit are taken on
        Id referrerAccountId = kNoId; // where a referral bonus goes
    };

    static Result<Evaluated>
    evaluate(const SalesService &self, const Actor &actor, const QuoteRequest &request, const QDateTime &now);
    // The active warehouse of the actor's branch that stock moves in and out of.
    static Result<Id> warehouse(const SalesService &self, const Actor &actor);
    // Where the batch's points are spent: the branch's merchant, whether it may take other
    // merchants' points, and the point value the settlement legs are worth.
    static Status placeSpend(const SalesService &self, const Actor &actor, LedgerBatch &batch);
    // The system account a referral bonus is balanced against ("system:points_referral").
    static const QString kReferralCode;
    static Error invalid(const QString &message, const QString &field);
    static Status checkKey(const QString &key);
    // Shared by returns and voids (SalesReturns.cpp). Credit given back on a sale paid in
    // installments comes off the plan's last installments.
    static Status
    creditBack(const SalesService &self, Id saleId, Id transactionId, Money amount, const QDateTime &now);
    // Products (id, qty) back into the branch warehouse, those that track stock.
    static Status restock(SalesService &self,
                          const Actor &actor,
                          const QList<std::pair<Id, qint64>> &items,
                          const QString &reference);
};

} // namespace Club::Core
