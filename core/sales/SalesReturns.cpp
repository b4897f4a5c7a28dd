// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesImpl.h"
#include "SalesSql.h"

#include "catalog/CatalogService.h"
#include "credit/Credit.h"
#include "credit/CreditSql.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "network/NetworkSql.h"
#include "rules/RuleEngine.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QHash>

namespace Club::Core {

namespace {
// The share of `total` that `part` of `whole` units carries. Shares are always taken on
// cumulative quantities and differenced, so returning a line in pieces gives back exactly
// what returning it at once would, and the last piece closes it to the unit.
qint64 share(qint64 total, qint64 part, qint64 whole)
{
    if (whole <= 0 || total <= 0)
        return 0;
    return RuleEngine::mulDiv(total, part, whole, RoundingPolicy::Floor);
}

qint64 slice(qint64 total, qint64 before, qint64 after, qint64 whole)
{
    return share(total, after, whole) - share(total, before, whole);
}
} // namespace

Status SalesService::Impl::creditBack(const SalesService &self, Id saleId, Id transactionId, Money amount,
                                      const QDateTime &now)
{
    if (amount <= 0)
        return {};
    // A sale paid in installments: the debt given back comes off the plan's last
    // installments, so the plan never expects more than is owed.
    const CreditSql credit(self.m_db);
    Result<Id> planId = credit.planOfSale(saleId);
    if (!planId)
        return planId.error();
    if (*planId == kNoId)
        return {};
    Result<QList<InstallmentPlan>> plans = credit.plans(kNoId, *planId, now.date());
    if (!plans)
        return plans.error();
    Money left = amount;
    const QList<Installment> &installments = plans->first().installments;
    for (auto it = installments.crbegin(); it != installments.crend() && left > 0; ++it) {
        const Money part = qMin(left, it->remaining);
        if (part <= 0)
            continue;
        if (Status s = credit.insertPayment(it->id, transactionId, part, now); !s)
            return s;
        left -= part;
    }
    return {};
}

Status SalesService::Impl::restock(SalesService &self,
                                   const Actor &actor,
                                   const QList<std::pair<Id, qint64>> &items,
                                   const QString &reference)
{
    Id warehouseId = kNoId;
    for (const auto &[productId, qty] : items) {
        Result<Product> product = self.m_catalog.product(actor, productId);
        if (!product)
            return product.error();
        if (!product->tracksStock)
            continue;
        if (warehouseId == kNoId) {
            Result<Id> w = warehouse(self, actor);
            if (!w)
                return w.error();
            warehouseId = *w;
        }
        StockMovement m;
        m.productId = productId;
        m.warehouseId = warehouseId;
        m.kind = MovementKind::Return;
        m.qty = qty;
        m.reference = reference;
        if (Result<Id> moved = self.m_inventory.record(actor, m); !moved)
            return moved.error();
    }
    return {};
}

Result<SaleReturn> SalesService::returnSale(const Actor &actor,
                                            Id saleId,
                                            const QList<ReturnRequestLine> &lines,
                                            const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (lines.isEmpty())
        return Impl::invalid(tr("Choose the items being returned."), QStringLiteral("lines"));
    QHash<Id, qint64> wanted;
    for (const ReturnRequestLine &l : lines) {
        if (l.qty <= 0)
            return Impl::invalid(tr("Quantities must be above zero."), QStringLiteral("qty"));
        if (wanted.contains(l.saleLineId))
            return Impl::invalid(tr("Each line of the sale can appear once in a return."), QStringLiteral("lines"));
        wanted.insert(l.saleLineId, l.qty);
    }
    const SalesSql sql(m_db);
    auto replay = [&]() -> Result<SaleReturn> {
        Result<SaleReturn> first = sql.loadReturnByKey(idempotencyKey);
        if (first && first->id != kNoId)
            first.value().replayed = true;
        return first;
    };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<SaleReturn> first = replay();
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return first;
    }
    if (Status s = sql.lockSale(saleId); !s)
        return s.error();
    {
        // A twin return with this key may have committed while this one waited for the row.
        Result<SaleReturn> first = replay();
        if (!first)
            return first.error();
        if (first->id != kNoId)
            return first;
    }
    Result<Sale> loaded = sql.load(saleId);
    if (!loaded)
        return loaded.error();
    const Sale &sale = *loaded;
    const QDateTime now = m_clock.nowUtc();

    struct Piece
    {
        const SaleLine *line;
        qint64 qty;
        Money gross;
        Money discount;
        Points points;
    };
    QList<Piece> pieces;
    bool allBack = true;
    Money gross = 0;
    Money discount = 0;
    Points earned = 0;
    for (const SaleLine &line : sale.lines) {
        const qint64 qty = wanted.take(line.id);
        if (qty > line.qty - line.returnedQty)
            return Impl::invalid(tr("Only %1 of this item can still be returned.").arg(line.qty - line.returnedQty),
                                 QStringLiteral("qty"));
        allBack = allBack && line.returnedQty + qty == line.qty;
        if (qty == 0)
            continue;
        const qint64 before = line.returnedQty;
        const qint64 after = before + qty;
        Piece p{&line, qty, slice(line.gross, before, after, line.qty), slice(line.discount, before, after, line.qty),
                slice(line.points, before, after, line.qty)};
        gross += p.gross;
        discount += p.discount;
        earned += p.points;
        pieces.append(p);
    }
    if (!wanted.isEmpty())
        return Impl::invalid(tr("A returned item is not on this sale."), QStringLiteral("saleLineId"));
    // Bonuses (birthday, signup...) belong to the whole sale: they go back with its last item.
    const bool bonusBack = allBack && sale.earnedLotId != kNoId;
    if (bonusBack)
        earned += sale.bonusPoints;
    // The earned lot holds the line points and the bonuses; a walk-in sale earned nothing.
    if (sale.earnedLotId == kNoId)
        earned = 0;

    Result<Money> netBefore = sql.returnedNet(saleId);
    if (!netBefore)
        return netBefore.error();
    const Money net = gross - discount;
    const Money netAfter = *netBefore + net;
    SaleReturn r;
    r.saleId = saleId;
    r.createdAt = now;
    r.policy = m_settings.spentPointsPolicy;
    const Money pointsValueBack = slice(sale.pointsValue, *netBefore, netAfter, sale.net);
    r.pointsRefunded = slice(sale.pointsRedeemed, *netBefore, netAfter, sale.net);
    // The money part goes back where it came from, in proportion (cumulative slices, so
    // returning in pieces gives back what returning at once would): credit first reduces
    // what the member owes (never below zero: the rest of its share is paid in cash),
    // stored value goes back onto the stored value, cash takes the rest.
    Money moneyBack = net - pointsValueBack;
    if (sale.credit > 0) {
        Result<Money> balance = CreditSql(m_db).creditBalance(sale.memberAccountId);
        if (!balance)
            return balance.error();
        r.refundCredit = qBound<Money>(0, slice(sale.credit, *netBefore, netAfter, sale.net), moneyBack);
        r.refundCredit = qMin(r.refundCredit, qMax<Money>(0, -*balance));
        moneyBack -= r.refundCredit;
    }
    if (sale.storedValue > 0) {
        r.refundStoredValue = qBound<Money>(0, slice(sale.storedValue, *netBefore, netAfter, sale.net), moneyBack);
        moneyBack -= r.refundStoredValue;
    }
    r.refundCash = moneyBack;

    // Earned points go back from the sale's own lot; what was already spent is the shortfall.
    Points inLot = 0;
    if (earned > 0) {
        Result<QList<PointsLot>> lots = m_ledger.openLots(actor, sale.memberAccountId);
        if (!lots)
            return lots.error();
        for (const PointsLot &lot : std::as_const(*lots)) {
            if (lot.id == sale.earnedLotId)
                inLot = lot.remaining;
        }
    }
    r.pointsReversed = qMin(earned, inLot);
    r.pointsShortfall = earned - r.pointsReversed;
    Money owed = r.pointsShortfall * m_settings.pointValue;
    switch (r.policy) {
    case SpentPointsPolicy::TakeOtherPoints:
        if (r.pointsShortfall > 0) {
            Result<AccountBalance> balance = m_ledger.balance(actor, sale.memberAccountId);
            if (!balance)
                return balance.error();
            // The sale's lot is emptied first, so what is left to draw is the rest.
            const Points other = qMax<Points>(0, balance->pointsAvailable + balance->pointsPending - inLot);
            r.pointsFromOther = qMin(other, r.pointsShortfall);
            owed = (r.pointsShortfall - r.pointsFromOther) * m_settings.pointValue;
        }
        r.debt = owed;
        break;
    case SpentPointsPolicy::Debt:
        r.debt = owed;
        break;
    case SpentPointsPolicy::DeductFromRefund:
        r.deducted = qMin(owed, r.refundCash);
        r.debt = owed - r.deducted;
        break;
    }
    r.refundCash -= r.deducted;

    // The referrer's bonus goes back in the returned money's proportion: from its own lot
    // first, then from the referrer's other points; what the referrer no longer holds is
    // not taken (the referrer is not the one being refunded).
    Points referralFromLot = 0;
    Points referralFromOther = 0;
    if (sale.referralLotId != kNoId && sale.referralAccountId != kNoId) {
        const Points back = slice(sale.referralPoints, *netBefore, netAfter, sale.net);
        Points inReferralLot = 0;
        if (back > 0) {
            Result<QList<PointsLot>> lots = m_ledger.openLots(actor, sale.referralAccountId);
            if (!lots)
                return lots.error();
            for (const PointsLot &lot : std::as_const(*lots)) {
                if (lot.id == sale.referralLotId)
                    inReferralLot = lot.remaining;
            }
        }
        referralFromLot = qMin(back, inReferralLot);
        if (back > referralFromLot && sale.referralAccountId != sale.memberAccountId) {
            Result<AccountBalance> balance = m_ledger.balance(actor, sale.referralAccountId);
            if (!balance)
                return balance.error();
            const Points other =
                qMax<Points>(0, balance->pointsAvailable + balance->pointsPending - inReferralLot);
            referralFromOther = qMin(other, back - referralFromLot);
        }
        r.referralReversed = referralFromLot + referralFromOther;
    }

    if (m_settings.staffRefundLimit > 0 && r.refundCash > m_settings.staffRefundLimit &&
        !roleAllows(actor.role, Permission::LedgerAdjust))
        return Error::make(
            Error::Code::Forbidden,
            tr("A refund above %1 needs a manager. Nothing was recorded.").arg(m_settings.staffRefundLimit),
            QStringLiteral("refund %1 over the staff limit").arg(r.refundCash));

    LedgerBatch batch;
    batch.kind = QStringLiteral("return");
    batch.reference = QStringLiteral("sale:%1/%2").arg(sale.branchId).arg(sale.receiptNo);
    if (r.pointsReversed > 0)
        batch.lotDebits.append({sale.earnedLotId, r.pointsReversed, LedgerStore::kPointsIssued});
    batch.drawAny = r.pointsFromOther;
    batch.drawAnySystemCode = LedgerStore::kPointsIssued;
    if (referralFromLot > 0) {
        LedgerBatch::LotDebit d{sale.referralLotId, referralFromLot, Impl::kReferralCode};
        d.memberAccountId = sale.referralAccountId;
        batch.lotDebits.append(d);
    }
    if (referralFromOther > 0)
        batch.otherDraws.append({sale.referralAccountId, referralFromOther, Impl::kReferralCode});
    if (r.pointsRefunded > 0) {
        // Given back as new lots under the store's expiry policy (a month or year end in
        // the store calendar, never...), as if earned now, each at the merchant whose points
        // the sale took; the settlement the sale recorded for them is reversed in the same
        // proportion, so who owes whom follows the points back.
        const QDateTime expires = pointsExpiresAt(m_settings.expiryPolicy, m_settings.pointsLifetimeDays, now,
                                                  m_settings.zone, m_settings.calendar);
        const NetworkSql network(m_db);
        Result<QMap<Id, Points>> drawn = network.drawnByMerchant(sale.transactionId);
        if (!drawn)
            return drawn.error();
        Result<QMap<Id, Money>> legs = network.settlementLegs(sale.transactionId);
        if (!legs)
            return legs.error();
        Points placed = 0;
        Money reversed = 0;
        Id spentAt = kNoId; // the merchant the sale's settlement credited
        for (auto it = legs->cbegin(); it != legs->cend(); ++it) {
            if (it.value() > 0)
                spentAt = it.key();
        }
        for (auto it = drawn->cbegin(); it != drawn->cend(); ++it) {
            const Points back = slice(it.value(), *netBefore, netAfter, sale.net);
            if (back <= 0 || it.key() == kNoId)
                continue;
            batch.credits.append({back, now, expires, LedgerStore::kPointsRedeemed, it.key()});
            placed += back;
            const Money leg = legs->value(it.key());
            if (leg < 0 && spentAt != kNoId) {
                const Money value = back * (-leg / it.value()); // the legs are points × point value
                batch.money.append({LedgerStore::settlementCode(it.key()), value});
                reversed += value;
            }
        }
        if (r.pointsRefunded > placed)
            batch.credits.append({r.pointsRefunded - placed, now, expires, LedgerStore::kPointsRedeemed});
        if (reversed > 0)
            batch.money.append({LedgerStore::settlementCode(spentAt), -reversed});
    }
    // Mirror of the sale's legs; the shortfall's value is income kept (from the refund) or owed.
    batch.money += QList<LedgerBatch::MoneyLeg>{{QStringLiteral("system:sales"), gross},
                   {QStringLiteral("system:discounts"), -discount},
                   {QStringLiteral("system:points_tender"), -pointsValueBack},
                   {QStringLiteral("system:cash"), -r.refundCash},
                   {QStringLiteral("system:points_clawback"), r.debt - r.deducted}};
    batch.memberCredit = r.refundCredit - r.debt;
    if (r.refundCredit > 0) {
        batch.money.append({CreditAccounts::kCreditTender, -r.refundCredit});
        batch.money.append({CreditAccounts::kCreditIssued, -r.refundCredit});
    }
    if (r.refundStoredValue > 0) {
        batch.memberStoredValue = r.refundStoredValue;
        batch.money.append({CreditAccounts::kStoredValueTender, -r.refundStoredValue});
        batch.money.append({LedgerStore::kStoredValueRedeemed, -r.refundStoredValue});
    }
    if (sale.memberAccountId == kNoId && (batch.memberCredit != 0 || !batch.credits.isEmpty()))
        return Error::make(Error::Code::Storage,
                           tr("The data store could not complete the operation. Nothing was "
                              "changed."),
                           QStringLiteral("walk-in sale %1 with points").arg(saleId));
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, sale.memberAccountId, batch, QStringLiteral("return:") + idempotencyKey);
    if (!posted)
        return posted.error();
    if (posted->replayed) {
        Result<SaleReturn> first = replay();
        if (!first)
            return first.error();
        if (first->id == kNoId)
            return Error::make(Error::Code::Conflict, tr("The return is already being recorded. Try again."),
                               QStringLiteral("journal key taken, return not visible"));
        return first;
    }
    r.transactionId = posted->transactionId;
    Result<Id> returnId = sql.insertReturn(r, idempotencyKey, actor.operatorId, actor.branchId, actor.terminal);
    if (!returnId)
        return returnId.error();
    r.id = *returnId;
    if (Status s = Impl::creditBack(*this, saleId, r.transactionId, r.refundCredit, now); !s)
        return s.error();
    QList<std::pair<Id, qint64>> back;
    for (const Piece &p : std::as_const(pieces)) {
        if (Status s = sql.insertReturnLine(r.id, p.line->id, p.qty, p.gross, p.discount, p.points); !s)
            return s.error();
        back.append({p.line->productId, p.qty});
    }
    if (Status s = Impl::restock(*this, actor, back, QStringLiteral("return:%1").arg(r.id)); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("sale.return"), QStringLiteral("sale"), saleId,
                                  QStringLiteral("return %1: refund %2 (stored value %7, credit %8), points back %3, "
                                                 "reversed %4, shortfall %5 (%6), referral back %9")
                                      .arg(r.id)
                                      .arg(r.refundCash)
                                      .arg(r.pointsRefunded)
                                      .arg(r.pointsReversed)
                                      .arg(r.pointsShortfall)
                                      .arg(spentPointsPolicyKey(r.policy))
                                      .arg(r.refundStoredValue)
                                      .arg(r.refundCredit)
                                      .arg(r.referralReversed));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT saleReturned(r.id, saleId);
    return r;
}

Result<GiftRedemption>
SalesService::registerGift(const Actor &actor, Id memberId, Id giftProductId, qint64 qty, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    if (qty <= 0)
        return Impl::invalid(tr("Quantities must be above zero."), QStringLiteral("qty"));
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    Result<Product> gift = m_catalog.product(actor, giftProductId);
    if (!gift)
        return gift.error();
    if (!gift->isGift || gift->giftPoints <= 0 || !gift->active)
        return Impl::invalid(tr("%1 is not in the gift catalog.").arg(gift->displayName()),
                             QStringLiteral("giftProductId"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    LedgerBatch batch;
    batch.kind = QStringLiteral("gift");
    batch.reference = QStringLiteral("gift:product:%1x%2").arg(giftProductId).arg(qty);
    batch.spend = gift->giftPoints * qty;
    batch.spendSystemCode = LedgerStore::kPointsRedeemed;
    if (Status s = Impl::placeSpend(*this, actor, batch); !s)
        return s.error();
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, member->accountId, batch, QStringLiteral("gift:") + idempotencyKey);
    if (!posted)
        return posted.error();
    GiftRedemption out{posted->transactionId, batch.spend, posted->replayed};
    if (posted->replayed)
        return out; // the first call issued the stock; nothing is written again
    if (gift->tracksStock) {
        Result<Id> w = Impl::warehouse(*this, actor);
        if (!w)
            return w.error();
        StockMovement m;
        m.productId = giftProductId;
        m.warehouseId = *w;
        m.kind = MovementKind::GiftIssue;
        m.qty = -qty;
        m.reference = QStringLiteral("gift:%1").arg(posted->transactionId);
        m.note = member->fullName();
        if (Result<Id> moved = m_inventory.record(actor, m); !moved)
            return moved.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("sale.gift"), QStringLiteral("member"), memberId,
                                  QStringLiteral("product %1 x%2 for %3 points, transaction %4")
                                      .arg(giftProductId)
                                      .arg(qty)
                                      .arg(batch.spend)
                                      .arg(posted->transactionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT giftRegistered(posted->transactionId, memberId);
    return out;
}

} // namespace Club::Core
