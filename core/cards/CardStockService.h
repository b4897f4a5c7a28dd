// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardStock.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Club::Core {

class Database;
class CardService;
class MemberService;
class CreditService;

// Pre-printed card stock. A batch makes numbered cards of a type for a branch, without
// members, from the same number counter as issued cards; they can be printed and encoded
// like any card (stock cards carry no name). A card is handed out (distributed, to a
// branch or to an event or organisation, with a note), and its first use at a desk binds
// it to a new or existing member: then it becomes that member's card (a `cards` row with
// the same number) and a gift batch's preloaded value is posted once, as a gift card
// charge, to the member's stored value. Nothing is stored value before that. A lost batch
// or range is blocked as a whole; blocked cards refuse activation.
//
// Permissions: batches, distribution and blocking need CardStockManage; reads CardRead;
// activation CardIssue (plus MemberWrite for a new member and LedgerPost for a preloaded
// value, checked by those services).
class CardStockService : public QObject
{
    Q_OBJECT

public:
    // Stable codes in Error::detail for the refusals of activation.
    static const QString kNotStock;       // "card_stock.not_stock": no stock card has the number
    static const QString kNotDistributed; // "card_stock.not_distributed": still in stock
    static const QString kStockBlocked;   // "card_stock.blocked"
    static const QString kAlreadyBound;   // "card_stock.bound"
    static const QString kForged;         // "card_stock.forged": the chip is not the one encoded
    static const int kMaxBatch = 100000;

    CardStockService(Database &db,
                     CardService &cards,
                     MemberService &members,
                     CreditService &credit,
                     const Clock &clock = Clock::system(),
                     QObject *parent = nullptr);

    // Makes the batch and all its cards in one transaction. `progress` (may be empty) is
    // called with the number of cards made so far; returning false cancels, and then
    // nothing is written.
    Result<StockBatch>
    createBatch(const Actor &actor, const StockBatchDraft &draft, const std::function<bool(int)> &progress = {});
    Result<QList<StockBatch>> batches(const Actor &actor) const;
    Result<StockBatch> batch(const Actor &actor, Id batchId) const;
    Result<QList<StockCard>> cardsOfBatch(const Actor &actor, Id batchId) const;
    Result<StockCard> stockCard(const Actor &actor, Id stockCardId) const;
    // Per branch, card type and status; every branch when branchId is kNoId.
    Result<QList<StockCount>> counts(const Actor &actor, Id branchId = kNoId) const;

    // Hands out the range; every card of it must be in stock, or nothing is written.
    // Returns how many cards were distributed.
    Result<int> distribute(const Actor &actor, const StockDistribution &distribution);
    // Blocks the cards of the range that are not bound yet (toSeq 0: to the end of the
    // batch). Bound cards are members' cards now and are blocked on their own. Returns how
    // many were blocked; refused when none could be.
    Result<int> block(const Actor &actor, Id batchId, int fromSeq, int toSeq, const QString &reason);

    // Records the chip UID once a stock card has been encoded (empty for a stripe).
    Status recordEncoding(const Actor &actor, Id stockCardId, const QString &chipUid);

    // The stock card a presented card is, when it can be activated now. Refusals carry the
    // codes above (kNotStock when it is no stock card at all: the caller then identifies
    // it as an issued card). Writes nothing.
    Result<StockCard> checkActivation(const Actor &actor, const CardPresentation &presentation) const;
    // Binds a distributed stock card to a member (existing, or registered here), makes it the
    // member's active card and posts the preloaded value once. All in one transaction:
    // a refusal writes nothing.
    Result<StockActivationResult> activate(const Actor &actor, const StockActivation &activation);

Q_SIGNALS:
    void stockChanged();

private:
    Status checkStockCard(const StockCard &card) const;

    Database &m_db;
    CardService &m_cards;
    MemberService &m_members;
    CreditService &m_credit;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
