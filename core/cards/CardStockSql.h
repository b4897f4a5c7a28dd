// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardStock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace Club::Core {

class Database;

// Internal to the card stock: the SQL of card_stock_batches and card_stock_cards
// (migration 0018). Nothing here opens or commits a transaction.
class CardStockSql
{
    Q_DECLARE_TR_FUNCTIONS(CardStockSql)

public:
    explicit CardStockSql(const Database &db)
        : m_db(db)
    {}

    // Takes `count` serials of the prefix at once; returns the first.
    Result<qint64> reserveSerials(const QString &prefix, int count) const;
    // Whether an issued card (not a stock card) already has this number.
    Result<bool> issuedNumberExists(const QString &number) const;
    Result<Id> insertBatch(const StockBatch &batch, Id operatorId) const;
    Status insertCard(Id batchId, int seq, const QString &number, Id branchId) const;
    // Blank cards of a type that tracks stock leave the branch's blank stock with the batch.
    Status takeBlanks(Id branchId, Id cardTypeId, int count, Id operatorId, const QDateTime &at) const;

    // Newest first; one batch when batchId is set. With its first and last number and counts.
    Result<QList<StockBatch>> batches(Id batchId = kNoId) const;
    Result<QList<StockCard>> cardsOfBatch(Id batchId) const;
    Result<StockCard> card(Id stockCardId) const; // NotFound when absent
    // NotFound when no stock card has this number.
    Result<StockCard> cardByNumber(const QString &number) const;
    // Per branch, type and status; one branch when branchId is set.
    Result<QList<StockCount>> counts(Id branchId) const;

    // Cards of the range [fromSeq, toSeq] of a batch, and how many of them are in `status`.
    Result<int> rangeSize(Id batchId, int fromSeq, int toSeq) const;
    Result<int> countInRange(Id batchId, int fromSeq, int toSeq, const QStringList &statuses) const;
    Result<int> distribute(const StockDistribution &d, const QDateTime &at) const;
    Result<int> block(Id batchId, int fromSeq, int toSeq, const QString &reason) const;

    Status setChipUid(Id stockCardId, const QString &chipUid, const QDateTime &at) const;
    // distributed -> bound; false when the card was not distributed any more.
    Result<bool> markBound(Id stockCardId, Id memberId, Id cardId, Id operatorId, const QDateTime &at) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
