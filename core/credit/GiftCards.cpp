// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditImpl.h"
#include "CreditSql.h"

#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <limits>

namespace Club::Core {

Result<GiftCardCharge> CreditService::chargeGiftCard(const Actor &actor, Id cardId, Money amount,
                                                     const QString &idempotencyKey, GiftFunding funding)
{
    const bool promotion = funding == GiftFunding::Promotion;
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (amount <= 0)
        return Impl::invalid(tr("Enter a positive amount."), QStringLiteral("amount"));
    const CreditSql sql(m_db);
    auto replay = [&](Id chargeId) -> Result<GiftCardCharge> {
        Result<GiftCardCharge> first = sql.giftCharge(chargeId);
        if (first)
            first.value().replayed = true;
        return first;
    };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<Id> first = sql.giftChargeByKey(idempotencyKey);
        if (!first)
            return first.error();
        if (*first != kNoId)
            return replay(*first);
    }
    Result<Card> card = m_cards.card(actor, cardId);
    if (!card)
        return card.error();
    if (card->kind != CardKind::Gift || card->status != CardStatus::Active)
        return Impl::invalid(tr("Only an active gift card can be charged."), QStringLiteral("cardId"));

    LedgerBatch batch;
    batch.kind = promotion ? QStringLiteral("gift_card.promotion") : QStringLiteral("gift_card.charge");
    batch.reference = QStringLiteral("card:%1").arg(cardId);
    batch.memberStoredValue = amount;
    batch.money = {{LedgerStore::kStoredValueIssued, -amount},
                   {promotion ? CreditAccounts::kPromotions : CreditAccounts::kCash, amount},
                   {CreditAccounts::kGiftCardSales, -amount}};
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, card->accountId, batch, QStringLiteral("gift_card.charge:") + idempotencyKey);
    if (!posted)
        return posted.error();
    if (posted->replayed) {
        Result<Id> first = sql.giftChargeByKey(idempotencyKey);
        if (!first)
            return first.error();
        if (*first == kNoId)
            return Error::make(Error::Code::Conflict, tr("The charge is already being recorded. Try again."),
                               QStringLiteral("journal key taken, charge not visible"));
        return replay(*first);
    }
    GiftCardCharge charge;
    charge.cardId = cardId;
    charge.memberAccountId = card->accountId;
    charge.amount = amount;
    charge.transactionId = posted->transactionId;
    charge.at = m_clock.nowUtc();
    charge.promotional = promotion;
    Result<Id> id = sql.insertGiftCharge(charge, idempotencyKey, actor.operatorId, actor.branchId);
    if (!id)
        return id.error();
    charge.id = *id;
    if (Status s = m_audit.record(actor, QStringLiteral("gift_card.charge"), QStringLiteral("card"), cardId,
                                  QStringLiteral("charged %1%2, transaction %3")
                                      .arg(amount)
                                      .arg(promotion ? QStringLiteral(" (promotion)") : QString())
                                      .arg(charge.transactionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT giftCardCharged(cardId);
    return charge;
}

Result<QList<GiftCardCharge>> CreditService::giftCardCharges(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::CreditRead); !s)
        return s.error();
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    return CreditSql(m_db).giftCharges(member->accountId);
}

Result<GiftCardChargeReturn>
CreditService::returnGiftCardCharge(const Actor &actor, Id chargeId, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::CardBlock); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    const CreditSql sql(m_db);
    auto replay = [&]() -> Result<GiftCardChargeReturn> {
        Result<GiftCardChargeReturn> first = sql.giftReturnByKey(idempotencyKey);
        if (first && first->id != kNoId)
            first.value().replayed = true;
        return first;
    };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<GiftCardChargeReturn> first = replay();
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return first;
    }
    Result<GiftCardCharge> charge = sql.giftCharge(chargeId);
    if (!charge)
        return charge.error();
    if (charge->returned)
        return Error::make(Error::Code::Conflict, tr("This gift card charge was already returned."),
                           QStringLiteral("charge %1 returned").arg(chargeId));
    if (charge->promotional)
        return Error::make(Error::Code::Conflict,
                           tr("This card's value was given by the club as a promotion, so no money is paid back for "
                              "it. Block the card instead."),
                           QStringLiteral("gift_card.promotional"), QStringLiteral("chargeId"));
    Result<Card> card = m_cards.card(actor, charge->cardId);
    if (!card)
        return card.error();
    if (Status s = sql.lockCredit(charge->memberAccountId, m_clock.nowUtc()); !s)
        return s.error();
    Result<AccountBalance> balance = m_ledger.balance(actor, charge->memberAccountId);
    if (!balance)
        return balance.error();
    // Stored value is the member account's; the charge counts as unspent while the balance
    // still covers it. What was spent is never paid back in money.
    if (balance->storedValue < charge->amount)
        return Error::make(Error::Code::Conflict,
                           tr("%1 of this gift card's value has already been spent, so the card cannot be returned.")
                               .arg(charge->amount - balance->storedValue),
                           QStringLiteral("gift_card.spent"), QStringLiteral("chargeId"));

    LedgerBatch batch;
    batch.kind = QStringLiteral("gift_card.return");
    batch.reference = QStringLiteral("card:%1").arg(charge->cardId);
    batch.memberStoredValue = -charge->amount;
    batch.money = {{LedgerStore::kStoredValueIssued, charge->amount},
                   {CreditAccounts::kCash, -charge->amount},
                   {CreditAccounts::kGiftCardSales, charge->amount}};
    Result<BatchResult> posted = m_ledger.postBatch(actor, charge->memberAccountId, batch,
                                                    QStringLiteral("gift_card.return:") + idempotencyKey);
    if (!posted)
        return posted.error();
    if (posted->replayed) {
        Result<GiftCardChargeReturn> first = replay();
        if (!first)
            return first.error();
        if (first->id == kNoId)
            return Error::make(Error::Code::Conflict, tr("The return is already being recorded. Try again."),
                               QStringLiteral("journal key taken, gift return not visible"));
        return first;
    }
    GiftCardChargeReturn r;
    r.chargeId = chargeId;
    r.refund = charge->amount;
    r.transactionId = posted->transactionId;
    Result<Id> id = sql.insertGiftReturn(r, idempotencyKey, actor.operatorId, m_clock.nowUtc());
    if (!id)
        return id.error();
    r.id = *id;
    if (card->status == CardStatus::Active) {
        if (Status s = m_cards.block(actor, card->id, BlockReason::Other, QStringLiteral("gift card returned")); !s)
            return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("gift_card.return"), QStringLiteral("card"), charge->cardId,
                                  QStringLiteral("charge %1 returned: %2 paid back, card blocked, transaction %3")
                                      .arg(chargeId)
                                      .arg(r.refund)
                                      .arg(r.transactionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT giftCardCharged(charge->cardId);
    return r;
}

Result<PointsPurchase>
CreditService::buyPoints(const Actor &actor, Id memberId, Points points, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (points <= 0)
        return Impl::invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    const QString journalKey = QStringLiteral("points.purchase:") + idempotencyKey;
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    auto replay = [&](Id transactionId) -> Result<PointsPurchase> {
        Result<JournalTransaction> first = m_ledger.transaction(actor, transactionId);
        if (!first)
            return first.error();
        PointsPurchase out;
        out.transactionId = transactionId;
        out.replayed = true;
        for (const LedgerEntry &e : std::as_const(first->entries)) {
            if (e.accountKind == CreditAccounts::kPointsSold)
                out.points -= e.amount;
            if (e.accountKind == CreditAccounts::kCash)
                out.price += e.amount;
        }
        return out;
    };
    {
        // A retry finds its first result even after buying was turned off or repriced.
        Result<Id> first = LedgerStore(m_db, m_clock.nowUtc()).findTransaction(journalKey);
        if (!first)
            return first.error();
        if (*first != kNoId)
            return replay(*first);
    }
    const Money unit = m_sales.settings().pointsPrice;
    if (unit <= 0)
        return Error::make(Error::Code::Conflict, tr("Buying points is turned off."), QStringLiteral("points_price 0"),
                           QStringLiteral("points"));
    if (points > std::numeric_limits<Money>::max() / unit)
        return Impl::invalid(tr("That is too many points."), QStringLiteral("points"));
    const Money price = points * unit;

    LedgerBatch batch;
    batch.kind = kPointsPurchaseKind;
    batch.reference = QStringLiteral("member:%1").arg(memberId);
    // Available at once and never pending; bought, so never expiring either.
    batch.credits.append({points, {}, {}, CreditAccounts::kPointsSold});
    batch.money = {{CreditAccounts::kCash, price}, {CreditAccounts::kPointsSales, -price}};
    Result<BatchResult> posted = m_ledger.postBatch(actor, member->accountId, batch, journalKey);
    if (!posted)
        return posted.error();
    if (posted->replayed)
        return replay(posted->transactionId);
    PointsPurchase out{posted->transactionId, points, price, posted->lotIds.value(0, kNoId), false};
    qCInfo(lcLedger) << "points bought, transaction" << out.transactionId;
    return out;
}

} // namespace Club::Core
