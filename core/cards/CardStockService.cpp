// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stock batches: making, listing, counting, distributing and blocking pre-printed cards.
// Activation at the desk lives in CardStockActivation.cpp.
#include "CardStockService.h"

#include "CardService.h"
#include "CardStockSql.h"
#include "domain/CardNumber.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

namespace {
// How often createBatch reports progress: often enough for a smooth bar, rarely enough
// that drawing it costs nothing next to the inserts.
constexpr int kProgressEvery = 25;

const QList<std::pair<StockCardStatus, QString>> &statusKeys()
{
    static const QList<std::pair<StockCardStatus, QString>> keys{
        {StockCardStatus::InStock, QStringLiteral("in_stock")},
        {StockCardStatus::Distributed, QStringLiteral("distributed")},
        {StockCardStatus::Bound, QStringLiteral("bound")},
        {StockCardStatus::Blocked, QStringLiteral("blocked")},
    };
    return keys;
}
} // namespace

QString stockCardStatusKey(StockCardStatus status)
{
    for (const auto &[s, key] : statusKeys()) {
        if (s == status)
            return key;
    }
    return {};
}

std::optional<StockCardStatus> stockCardStatusFromKey(const QString &key)
{
    for (const auto &[s, k] : statusKeys()) {
        if (k == key)
            return s;
    }
    return std::nullopt;
}

CardStockService::CardStockService(Database &db,
                                   CardService &cards,
                                   MemberService &members,
                                   CreditService &credit,
                                   const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cards(cards)
    , m_members(members)
    , m_credit(credit)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<StockBatch> CardStockService::createBatch(const Actor &actor,
                                                 const StockBatchDraft &draft,
                                                 const std::function<bool(int)> &progress)
{
    if (Status s = require(actor, Permission::CardStockManage); !s)
        return s.error();
    if (draft.quantity <= 0 || draft.quantity > kMaxBatch)
        return Error::make(Error::Code::Invalid, tr("Enter how many cards to make, from 1 to %Ln.", nullptr, kMaxBatch),
                           {}, QStringLiteral("quantity"));
    if (draft.preloadedValue < 0)
        return Error::make(Error::Code::Invalid, tr("The preloaded value cannot be negative."), {},
                           QStringLiteral("preloadedValue"));
    Result<CardType> type = m_cards.cardType(actor, draft.cardTypeId);
    if (!type)
        return type.error();
    if (!type->active)
        return Error::make(Error::Code::Conflict, tr("Cards of this type are no longer issued."), {},
                           QStringLiteral("cardTypeId"));
    if (type->kind != CardKind::Loyalty && type->kind != CardKind::Discount && type->kind != CardKind::Gift)
        return Error::make(Error::Code::Invalid,
                           tr("Only loyalty, discount and gift cards can be made in stock batches."), {},
                           QStringLiteral("cardTypeId"));
    if (draft.preloadedValue > 0 && type->kind != CardKind::Gift)
        return Error::make(Error::Code::Invalid, tr("Only gift cards can carry a preloaded value."), {},
                           QStringLiteral("preloadedValue"));
    if (draft.promotional && draft.preloadedValue <= 0)
        return Error::make(Error::Code::Invalid,
                           tr("Enter the gift value the club gives with each card, or choose that the customer pays "
                              "for it."),
                           {}, QStringLiteral("preloadedValue"));
    const Id branchId = draft.branchId != kNoId ? draft.branchId : actor.branchId;
    if (branchId == kNoId)
        return Error::make(Error::Code::Invalid, tr("Choose the branch that keeps the cards."), {},
                           QStringLiteral("branchId"));

    const QDateTime now = m_clock.nowUtc();
    const CardStockSql sql(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (type->trackStock) {
        if (Status s = sql.takeBlanks(branchId, type->id, draft.quantity, actor.operatorId, now); !s)
            return s.error();
    }
    Result<qint64> first = sql.reserveSerials(type->prefix, draft.quantity);
    if (!first)
        return first.error();
    StockBatch batch;
    batch.cardTypeId = type->id;
    batch.branchId = branchId;
    batch.quantity = draft.quantity;
    batch.preloadedValue = draft.preloadedValue;
    batch.promotional = draft.promotional;
    batch.note = draft.note.simplified();
    batch.createdAt = now;
    // Written on the chip when encoded, so it is fixed now rather than at binding.
    if (type->validityMonths > 0)
        batch.expiresOn = m_clock.todayUtc().addMonths(type->validityMonths);
    Result<Id> batchId = sql.insertBatch(batch, actor.operatorId);
    if (!batchId)
        return batchId.error();
    for (int i = 0; i < draft.quantity; ++i) {
        const QString number = CardNumber::compose(type->prefix, *first + i, type->numberLength);
        if (number.isEmpty())
            return Error::make(Error::Code::Conflict,
                               tr("The card type's numbers run out before the batch is complete. Give the card type "
                                  "a new prefix or a longer number, or make a smaller batch."),
                               QStringLiteral("serial %1 does not fit").arg(*first + i), QStringLiteral("quantity"));
        // Only a prefix overlapping another ("6280" and "62800") can give a number in use.
        Result<bool> taken = sql.issuedNumberExists(number);
        if (!taken)
            return taken.error();
        Status inserted = *taken ? Status(Error::make(Error::Code::Duplicate, {}))
                                 : sql.insertCard(*batchId, i + 1, number, branchId);
        if (!inserted) {
            if (inserted.error().code == Error::Code::Duplicate)
                return Error::make(Error::Code::Conflict,
                                   tr("Some numbers of this card type's prefix are already in use by another prefix. "
                                      "Give the card type a new prefix."),
                                   QStringLiteral("number taken: %1").arg(maskCardNumber(number)));
            return inserted.error();
        }
        if (progress && ((i + 1) % kProgressEvery == 0 || i + 1 == draft.quantity) && !progress(i + 1))
            return Error::make(Error::Code::Conflict, tr("The batch was cancelled. No cards were made."),
                               QStringLiteral("card_stock.cancelled"));
    }
    if (Status s =
            m_audit.record(actor, QStringLiteral("card_stock.batch"), QStringLiteral("card_stock_batch"), *batchId,
                           QStringLiteral("%1 x %2 branch=%3 preloaded=%4%5")
                               .arg(draft.quantity)
                               .arg(type->name)
                               .arg(branchId)
                               .arg(draft.preloadedValue)
                               .arg(draft.promotional ? QStringLiteral(" (promotion)") : QString()));
        !s)
        return s.error();
    Result<QList<StockBatch>> made = sql.batches(*batchId);
    if (!made)
        return made.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "stock batch" << *batchId << "made:" << draft.quantity << "cards";
    Q_EMIT stockChanged();
    if (type->trackStock)
        Q_EMIT m_cards.stockChanged(branchId, type->id);
    return made->value(0);
}

Result<QList<StockBatch>> CardStockService::batches(const Actor &actor) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return CardStockSql(m_db).batches();
}

Result<StockBatch> CardStockService::batch(const Actor &actor, Id batchId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    Result<QList<StockBatch>> found = CardStockSql(m_db).batches(batchId);
    if (!found)
        return found.error();
    if (found->isEmpty() || batchId == kNoId)
        return Error::make(Error::Code::NotFound, tr("The batch was not found."));
    return found->first();
}

Result<QList<StockCard>> CardStockService::cardsOfBatch(const Actor &actor, Id batchId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return CardStockSql(m_db).cardsOfBatch(batchId);
}

Result<StockCard> CardStockService::stockCard(const Actor &actor, Id stockCardId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return CardStockSql(m_db).card(stockCardId);
}

Result<QList<StockCount>> CardStockService::counts(const Actor &actor, Id branchId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return CardStockSql(m_db).counts(branchId);
}

Result<int> CardStockService::distribute(const Actor &actor, const StockDistribution &distribution)
{
    if (Status s = require(actor, Permission::CardStockManage); !s)
        return s.error();
    StockDistribution d = distribution;
    d.recipient = d.recipient.simplified();
    d.note = d.note.simplified();
    if (d.toBranchId == kNoId && d.recipient.isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Choose a branch, or enter the event or organisation that gets the cards."), {},
                           QStringLiteral("recipient"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<StockBatch> b = batch(actor, d.batchId);
    if (!b)
        return b.error();
    if (d.toSeq == 0)
        d.toSeq = b->quantity;
    if (d.fromSeq < 1 || d.toSeq > b->quantity || d.fromSeq > d.toSeq)
        return Error::make(Error::Code::Invalid,
                           tr("Enter a range of cards from 1 to %1 of this batch.").arg(b->quantity), {},
                           QStringLiteral("range"));
    const CardStockSql sql(m_db);
    Result<int> inStock = sql.countInRange(d.batchId, d.fromSeq, d.toSeq, {QStringLiteral("in_stock")});
    if (!inStock)
        return inStock.error();
    const int size = d.toSeq - d.fromSeq + 1;
    if (*inStock != size)
        return Error::make(Error::Code::Conflict,
                           tr("%Ln card(s) of this range are no longer in stock (already distributed, bound or "
                              "blocked). Choose a range of cards that are all in stock.",
                              nullptr, size - *inStock),
                           QStringLiteral("card_stock.range_not_in_stock"), QStringLiteral("range"));
    Result<int> moved = sql.distribute(d, m_clock.nowUtc());
    if (!moved)
        return moved.error();
    if (Status s = m_audit.record(actor, QStringLiteral("card_stock.distribute"), QStringLiteral("card_stock_batch"),
                                  d.batchId,
                                  QStringLiteral("cards %1-%2 to branch=%3 %4; %5")
                                      .arg(d.fromSeq)
                                      .arg(d.toSeq)
                                      .arg(d.toBranchId)
                                      .arg(d.recipient, d.note));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT stockChanged();
    return *moved;
}

Result<int> CardStockService::block(const Actor &actor, Id batchId, int fromSeq, int toSeq, const QString &reason)
{
    if (Status s = require(actor, Permission::CardStockManage); !s)
        return s.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter why these cards are blocked."), {},
                           QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<StockBatch> b = batch(actor, batchId);
    if (!b)
        return b.error();
    if (toSeq == 0)
        toSeq = b->quantity;
    if (fromSeq < 1 || toSeq > b->quantity || fromSeq > toSeq)
        return Error::make(Error::Code::Invalid,
                           tr("Enter a range of cards from 1 to %1 of this batch.").arg(b->quantity), {},
                           QStringLiteral("range"));
    Result<int> blocked = CardStockSql(m_db).block(batchId, fromSeq, toSeq, why);
    if (!blocked)
        return blocked.error();
    if (*blocked == 0)
        return Error::make(Error::Code::Conflict,
                           tr("No card of this range can be blocked here: they are all bound to members or "
                              "blocked already. Block a member's card on its own."),
                           QStringLiteral("card_stock.nothing_to_block"), QStringLiteral("range"));
    if (Status s = m_audit.record(
            actor, QStringLiteral("card_stock.block"), QStringLiteral("card_stock_batch"), batchId,
            QStringLiteral("cards %1-%2 (%3 blocked): %4").arg(fromSeq).arg(toSeq).arg(*blocked).arg(why));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "stock batch" << batchId << "blocked" << *blocked << "cards";
    Q_EMIT stockChanged();
    return *blocked;
}

} // namespace Club::Core
