// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "SalesService.h"
#include "auth/Actor.h"
#include "util/Result.h"

namespace Club::Core {

// Where the desk's confirmed basket goes: this store's own ledger, or a central server
// (core/sync/ConnectedSales). The desk calls only this, so both paths share its flow: one
// idempotency key per basket, the PIN asked before, the Sale shown and printed after.
// A Sale with pendingSync set was kept in the outbox for the server and has no receipt
// number yet.
class SaleCommitter
{
public:
    virtual ~SaleCommitter() = default;
    virtual Result<Sale> commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey,
                                const QString &pin) = 0;
};

// The desk on its own: SalesService posts the sale to the local store.
class LocalSaleCommitter : public SaleCommitter
{
public:
    explicit LocalSaleCommitter(SalesService &sales)
        : m_sales(sales)
    {}
    Result<Sale> commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey,
                        const QString &pin) override
    {
        return m_sales.commit(actor, request, idempotencyKey, pin);
    }

private:
    SalesService &m_sales;
};

} // namespace Club::Core
