// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesImpl.h"
#include "SalesSql.h"

#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "credit/Credit.h"
#include "credit/CreditSql.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStore.h"
#include "members/MemberService.h"
#include "network/NetworkSql.h"
#include "rules/RuleEngine.h"
#include "rules/RuleService.h"
#include "organisations/OrganisationSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QHash>

namespace Club::Core {

QString spentPointsPolicyKey(SpentPointsPolicy policy)
{
    switch (policy) {
    case SpentPointsPolicy::TakeOtherPoints:
        return QStringLiteral("take_other_points");
    case SpentPointsPolicy::Debt:
        return QStringLiteral("debt");
    case SpentPointsPolicy::DeductFromRefund:
        return QStringLiteral("deduct_from_refund");
    }
    return {};
}

const QString SalesService::Impl::kReferralCode = QStringLiteral("system:points_referral");

Error SalesService::Impl::invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, {}, field);
}

Status SalesService::Impl::checkKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return invalid(SalesService::tr("The operation could not be identified, so it was not recorded."),
                       QStringLiteral("idempotencyKey"));
    return {};
}

Result<Id> SalesService::Impl::warehouse(const SalesService &self, const Actor &actor)
{
    Result<QList<Warehouse>> all = self.m_inventory.warehouses(actor, actor.branchId);
    if (!all)
        return all.error();
    for (const Warehouse &w : std::as_const(*all)) {
        if (w.active)
            return w.id;
    }
    return Error::make(
        Error::Code::Conflict,
        SalesService::tr("This branch has no warehouse, so stock cannot be moved. Nothing was recorded."),
        QStringLiteral("no warehouse at branch %1").arg(actor.branchId));
}

Status SalesService::Impl::placeSpend(const SalesService &self, const Actor &actor, LedgerBatch &batch)
{
    // Points spent here may come from lots earned at other merchants: the ledger draws only
    // the lots this merchant may take and records who owes whom at the point value.
    Result<NetworkSql::Place> place = NetworkSql(self.m_db).place(actor.branchId);
    if (!place)
        return place.error();
    batch.merchantId = place->merchantId;
    batch.crossMerchantSpend = place->crossSpend;
    batch.settlementPointValue = self.m_settings.pointValue;
    return {};
}

Result<SalesService::Impl::Evaluated> SalesService::Impl::evaluate(const SalesService &self,
                                                                   const Actor &actor,
                                                                   const QuoteRequest &request,
                                                                   const QDateTime &now)
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    if (request.lines.isEmpty())
        return invalid(SalesService::tr("Add at least one item."), QStringLiteral("lines"));
    if (request.pointsToRedeem < 0)
        return invalid(SalesService::tr("Enter a positive number of points."), QStringLiteral("pointsToRedeem"));
    if (request.pointsToRedeem > 0 && request.memberId == kNoId)
        return invalid(SalesService::tr("Points can only be redeemed by a member."), QStringLiteral("pointsToRedeem"));
    if (request.storedValue < 0 || request.credit < 0)
        return invalid(SalesService::tr("Enter a positive amount."),
                       request.storedValue < 0 ? QStringLiteral("storedValue") : QStringLiteral("credit"));
    if ((request.storedValue > 0 || request.credit > 0) && request.memberId == kNoId)
        return invalid(SalesService::tr("Only a member can pay with stored value or credit."),
                       request.storedValue > 0 ? QStringLiteral("storedValue") : QStringLiteral("credit"));

    Evaluated ev;
    ev.quote.request = request;
    ev.quote.at = now;

    Result<QList<ProductGroup>> groups = self.m_catalog.groups(actor);
    if (!groups)
        return groups.error();
    QHash<Id, Id> parentOf;
    for (const ProductGroup &g : std::as_const(*groups))
        parentOf.insert(g.id, g.parentId);

    QList<BasketLine> basket;
    for (const SaleRequestLine &line : request.lines) {
        if (line.qty <= 0)
            return invalid(SalesService::tr("Quantities must be above zero."), QStringLiteral("qty"));
        Result<Product> product = self.m_catalog.product(actor, line.productId);
        if (!product)
            return product.error();
        if (!product->active)
            return invalid(SalesService::tr("%1 is no longer sold.").arg(product->displayName()),
                           QStringLiteral("productId"));
        Result<Money> price = self.m_catalog.priceAt(actor, line.productId, actor.branchId, now);
        if (!price)
            return price.error();
        BasketLine b;
        b.productId = line.productId;
        for (Id g = product->groupId; g != kNoId && !b.groupPath.contains(g); g = parentOf.value(g, kNoId))
            b.groupPath.append(g);
        b.quantity = line.qty;
        b.unitPrice = *price;
        if (line.lineDiscount < 0 || line.lineDiscount > *price * line.qty)
            return invalid(SalesService::tr("A discount cannot be negative or more than the line."),
                           QStringLiteral("lineDiscount"));
        b.lineDiscount = line.lineDiscount;
        basket.append(b);
        ev.products.append(*product);
        ev.quote.unitPrices.append(*price);
    }

    const SalesSettings &settings = self.m_settings;
    RuleContext ctx;
    ctx.nowUtc = now;
    ctx.zone = settings.zone;
    ctx.calendar = settings.calendar;
    ctx.returnWindowDays = settings.returnWindowDays;
    ctx.pointsLifetimeDays = settings.pointsLifetimeDays;
    ctx.expiryPolicy = settings.expiryPolicy;
    {
        // Rules limited to guilds or merchants look at where the sale happens.
        Result<NetworkSql::Place> place = NetworkSql(self.m_db).place(actor.branchId);
        if (!place)
            return place.error();
        ctx.merchantId = place->merchantId;
        ctx.guildId = place->guildId;
    }
    if (request.memberId != kNoId) {
        Result<Member> member = self.m_members.member(actor, request.memberId);
        if (!member)
            return member.error();
        if (!member->active)
            return Error::make(Error::Code::Conflict, SalesService::tr("This member is not active."),
                               QStringLiteral("member %1 inactive").arg(request.memberId), QStringLiteral("memberId"));
        ev.memberAccountId = member->accountId;
        ctx.memberId = member->id;
        if (member->referrerId != kNoId) {
            // A referral bonus goes to an active referrer only, with the referrer's tier.
            Result<Member> referrer = self.m_members.member(actor, member->referrerId);
            if (!referrer)
                return referrer.error();
            if (referrer->active) {
                ctx.referrerId = referrer->id;
                ctx.referrerTier = referrer->tier;
                ev.referrerAccountId = referrer->accountId;
            }
        }
        // The member's tier as stored (kept from points earned in a rolling window), never
        // derived here from the balance.
        ctx.tier = member->tier;
        ctx.birthDate = member->birthDate;
        ctx.marriageDate = member->marriageDate;
        ctx.signupDate = member->createdAt.toTimeZone(settings.zone).date();
        Result<QList<Id>> organisations = OrganisationSql(self.m_db).currentOrganisationIds(member->id);
        if (!organisations)
            return organisations.error();
        ctx.organisationIds = *organisations;
        Result<SalesSql::History> history =
            SalesSql(self.m_db).history(member->id, now.toTimeZone(settings.zone).date(), settings.zone);
        if (!history)
            return history.error();
        ctx.usage = history->usage;
        ctx.firstPurchase = history->sales == 0;
        ctx.pointsEarnedBefore = history->pointsEarned;
        ctx.amountPaidBefore = history->amountPaid;
        Result<AccountBalance> balance = self.m_ledger.balance(actor, member->accountId);
        if (!balance)
            return balance.error();
        ev.quote.pointsAvailable = balance->pointsAvailable;
    }
    if (request.cardId != kNoId) {
        Result<Card> card = self.m_cards.card(actor, request.cardId);
        if (!card)
            return card.error();
        if (card->memberId != request.memberId || card->status != CardStatus::Active)
            return invalid(SalesService::tr("This card cannot be used for this member."), QStringLiteral("cardId"));
        ctx.cardTypeId = card->cardTypeId;
        ctx.cardKind = card->kind;
    }
    if (request.memberId != kNoId) {
        Result<CreditStanding> standing = CreditSql(self.m_db).standing(request.memberId, ev.memberAccountId, now);
        if (!standing)
            return standing.error();
        ev.quote.creditLimit = standing->limit;
        ev.quote.creditOwed = standing->owed;
        ev.quote.creditAvailable = standing->available;
        Result<AccountBalance> balance = self.m_ledger.balance(actor, ev.memberAccountId);
        if (!balance)
            return balance.error();
        ev.quote.storedValueAvailable = balance->storedValue;
    }
    if (request.storedValue > 0 || request.credit > 0) {
        const Id tenderCardId = request.tenderCardId != kNoId ? request.tenderCardId : request.cardId;
        if (tenderCardId == kNoId)
            return invalid(SalesService::tr("Present the member's card to pay with stored value or credit."),
                           QStringLiteral("tenderCardId"));
        Result<Card> card = self.m_cards.card(actor, tenderCardId);
        if (!card)
            return card.error();
        if (card->memberId != request.memberId || card->status != CardStatus::Active)
            return invalid(SalesService::tr("This card cannot be used for this member."),
                           QStringLiteral("tenderCardId"));
        Result<CardType> type = self.m_cards.cardType(actor, card->cardTypeId);
        if (!type)
            return type.error();
        ev.tenderCardId = tenderCardId;
        ev.quote.pinRequired = type->pinRequired;
        if (request.storedValue > ev.quote.storedValueAvailable)
            return Error::make(Error::Code::InsufficientFunds,
                               SalesService::tr("The stored value is %1; it cannot pay %2.")
                                   .arg(ev.quote.storedValueAvailable)
                                   .arg(request.storedValue),
                               QStringLiteral("stored value %1 wanted %2")
                                   .arg(ev.quote.storedValueAvailable)
                                   .arg(request.storedValue),
                               QStringLiteral("storedValue"));
        if (request.credit > ev.quote.creditAvailable)
            return Error::make(Error::Code::InsufficientFunds,
                               SalesService::tr("Only %1 more can be put on this member's credit (limit %2).")
                                   .arg(ev.quote.creditAvailable)
                                   .arg(ev.quote.creditLimit),
                               QStringLiteral("credit %1 available %2")
                                   .arg(request.credit)
                                   .arg(ev.quote.creditAvailable),
                               QStringLiteral("credit"));
    }

    Result<QList<Rule>> rules = self.m_rules.activeRules(actor, now);
    if (!rules)
        return rules.error();
    // Discounts do not depend on the tender; what points pay does depend on the net, so the
    // net comes first and the points are then earned on the part paid with money only.
    const Quote first = RuleEngine::evaluate(basket, Tender{}, ctx, *rules);
    const Money pointsValue = request.pointsToRedeem * settings.pointValue;
    if (pointsValue > first.net)
        return invalid(SalesService::tr("The points are worth more than the bill. Redeem fewer points."),
                       QStringLiteral("pointsToRedeem"));
    if (pointsValue + request.storedValue + request.credit > first.net)
        return invalid(SalesService::tr("Points, stored value and credit together are more than the bill."),
                       request.credit > 0 ? QStringLiteral("credit") : QStringLiteral("storedValue"));
    // Only the cash part earns: stored value and credit never do.
    Tender tender;
    tender.paid = first.net - pointsValue - request.storedValue - request.credit;
    tender.pointsValue = pointsValue;
    tender.giftValue = request.storedValue;
    tender.credit = request.credit;
    Quote q = RuleEngine::evaluate(basket, tender, ctx, *rules);
    if (request.memberId == kNoId) {
        // A walk-in customer has no account to earn on: the quote must not promise points.
        for (QuoteLine &line : q.lines) {
            line.points = 0;
            for (RuleHit &hit : line.why)
                hit.points = 0;
        }
        q.bonuses.clear();
        q.linePoints = q.bonusPoints = q.totalPoints = 0;
    }
    ev.quote.quote = q;
    ev.quote.pointsValue = pointsValue;
    ev.quote.toPay = q.net - pointsValue - request.storedValue - request.credit;
    return ev;
}

SalesService::SalesService(Database &db,
                           LedgerService &ledger,
                           MemberService &members,
                           CardService &cards,
                           CatalogService &catalog,
                           InventoryService &inventory,
                           RuleService &rules,
                           const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ledger(ledger)
    , m_members(members)
    , m_cards(cards)
    , m_catalog(catalog)
    , m_inventory(inventory)
    , m_rules(rules)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<SaleQuote> SalesService::quote(const Actor &actor, const QuoteRequest &request) const
{
    Result<Impl::Evaluated> ev = Impl::evaluate(*this, actor, request, m_clock.nowUtc());
    if (!ev)
        return ev.error();
    return ev->quote;
}

Result<Sale> SalesService::sale(const Actor &actor, Id saleId) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    return SalesSql(m_db).load(saleId);
}

Result<Sale>
SalesService::commit(const Actor &actor, const QuoteRequest &request, const QString &idempotencyKey, const QString &pin)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    const SalesSql sql(m_db);
    auto replay = [&](Id saleId) -> Result<Sale> {
        Result<Sale> first = sql.load(saleId);
        if (first)
            first.value().replayed = true;
        return first;
    };
    {
        // A retry of a recorded sale returns it before anything else is checked again.
        Result<Id> existing = sql.findByKey(idempotencyKey);
        if (!existing)
            return existing.error();
        if (*existing != kNoId)
            return replay(*existing);
    }
    // Stored value and credit are taken on the tender card: its PIN when its type needs one.
    const bool tender = request.storedValue > 0 || request.credit > 0;
    const Id pinCardId = tender && request.tenderCardId != kNoId ? request.tenderCardId : request.cardId;
    if (tender && pin.isEmpty() && pinCardId != kNoId) {
        Result<Card> card = m_cards.card(actor, pinCardId);
        if (!card)
            return card.error();
        Result<CardType> type = m_cards.cardType(actor, card->cardTypeId);
        if (!type)
            return type.error();
        if (type->pinRequired)
            return Impl::invalid(tr("Enter the card's PIN to pay with stored value or credit."),
                                 QStringLiteral("pin"));
    }
    if (!pin.isEmpty()) {
        if (pinCardId == kNoId)
            return Impl::invalid(tr("Present the card whose PIN was entered."), QStringLiteral("cardId"));
        // Outside the sale's transaction: a wrong PIN's failure count must stay recorded.
        if (Status s = m_cards.verifyPin(actor, pinCardId, pin); !s)
            return s.error();
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        Result<Id> existing = sql.findByKey(idempotencyKey);
        if (!existing)
            return existing.error();
        if (*existing != kNoId)
            return replay(*existing);
    }
    const QDateTime now = m_clock.nowUtc();
    if (request.credit > 0 && request.memberId != kNoId) {
        // Two credit sales of one member check the limit in turn (PostgreSQL row lock).
        Result<Member> member = m_members.member(actor, request.memberId);
        if (!member)
            return member.error();
        if (Status s = CreditSql(m_db).lockCredit(member->accountId, now); !s)
            return s.error();
    }
    // Never the quote the desk showed: prices, rules and balance as they are now.
    Result<Impl::Evaluated> ev = Impl::evaluate(*this, actor, request, now);
    if (!ev)
        return ev.error();
    const Quote &q = ev->quote.quote;
    bool stock = false;
    for (const Product &p : std::as_const(ev->products))
        stock = stock || p.tracksStock;
    Id warehouseId = kNoId;
    if (stock) {
        Result<Id> w = Impl::warehouse(*this, actor);
        if (!w)
            return w.error();
        warehouseId = *w;
    }

    if (Status s = sql.lockBranch(actor.branchId); !s)
        return s.error();
    Result<qint64> receiptNo = sql.nextReceiptNo(actor.branchId);
    if (!receiptNo)
        return receiptNo.error();
    const QString reference = QStringLiteral("sale:%1/%2").arg(actor.branchId).arg(*receiptNo);

    LedgerBatch batch;
    batch.kind = QStringLiteral("sale");
    batch.reference = reference;
    if (ev->memberAccountId != kNoId && q.totalPoints > 0)
        batch.credits.append({q.totalPoints, q.availableAt, q.expiresAt, LedgerStore::kPointsIssued});
    // The referrer's bonus: a lot of its own on the referrer's account, pending and expiring
    // as the sale's points do, in this same transaction (so the sale's key covers it too).
    // Its own system account keeps it out of the buyer's earnings (tiers, dashboard).
    Points referral = 0;
    for (const BonusHit &b : q.bonuses) {
        if (b.reason == QLatin1String("bonus.referral") && b.beneficiaryId != ev->quote.request.memberId)
            referral += b.points;
    }
    const bool referralLot = ev->memberAccountId != kNoId && ev->referrerAccountId != kNoId && referral > 0;
    if (referralLot) {
        LedgerBatch::LotCredit c{referral, q.availableAt, q.expiresAt, Impl::kReferralCode};
        c.memberAccountId = ev->referrerAccountId;
        batch.credits.append(c);
    }
    batch.spend = request.pointsToRedeem;
    batch.spendSystemCode = LedgerStore::kPointsRedeemed;
    if (Status s = Impl::placeSpend(*this, actor, batch); !s)
        return s.error();
    batch.money = {{QStringLiteral("system:cash"), ev->quote.toPay},
                   {QStringLiteral("system:points_tender"), ev->quote.pointsValue},
                   {QStringLiteral("system:discounts"), q.discount},
                   {QStringLiteral("system:sales"), -q.gross}};
    // Stored value and credit: the tender leg pays the sale, the member's account moves
    // against its mirror (see CreditService for the accounts).
    if (request.storedValue > 0) {
        batch.memberStoredValue = -request.storedValue;
        batch.money.append({CreditAccounts::kStoredValueTender, request.storedValue});
        batch.money.append({LedgerStore::kStoredValueRedeemed, request.storedValue});
    }
    if (request.credit > 0) {
        batch.memberCredit = -request.credit;
        batch.money.append({CreditAccounts::kCreditTender, request.credit});
        batch.money.append({CreditAccounts::kCreditIssued, request.credit});
    }
    Result<BatchResult> posted =
        m_ledger.postBatch(actor, ev->memberAccountId, batch, QStringLiteral("sale:") + idempotencyKey);
    if (!posted)
        return posted.error();
    if (posted->replayed) {
        // A twin with the same key committed while this one waited for the journal's key.
        Result<Id> existing = sql.findByKey(idempotencyKey);
        if (!existing)
            return existing.error();
        if (*existing == kNoId)
            return Error::make(Error::Code::Conflict, tr("The sale is already being recorded. Try again."),
                               QStringLiteral("journal key taken, sale not visible"));
        return replay(*existing);
    }

    Sale sale;
    sale.branchId = actor.branchId;
    sale.receiptNo = *receiptNo;
    sale.memberId = request.memberId;
    sale.memberAccountId = ev->memberAccountId;
    sale.cardId = request.cardId;
    sale.operatorId = actor.operatorId;
    sale.terminal = actor.terminal;
    sale.createdAt = now;
    sale.gross = q.gross;
    sale.discount = q.discount;
    sale.net = q.net;
    sale.paid = ev->quote.toPay;
    sale.storedValue = request.storedValue;
    sale.credit = request.credit;
    sale.tenderCardId = ev->tenderCardId;
    sale.pointsRedeemed = request.pointsToRedeem;
    sale.pointsValue = ev->quote.pointsValue;
    const bool earned = ev->memberAccountId != kNoId && q.totalPoints > 0;
    sale.pointsEarned = earned ? q.totalPoints : 0;
    sale.bonusPoints = earned ? q.bonusPoints : 0;
    sale.bonusesJson = SalesSql::bonusesJson(q.bonuses);
    sale.earnedLotId = q.totalPoints > 0 ? posted->lotIds.value(0, kNoId) : kNoId;
    if (referralLot) {
        sale.referralPoints = referral;
        sale.referralAccountId = ev->referrerAccountId;
        sale.referralLotId = posted->lotIds.value(posted->lotIds.size() - 1, kNoId);
    }
    sale.availableAt = sale.earnedLotId != kNoId ? q.availableAt : QDateTime();
    sale.idempotencyKey = idempotencyKey;
    sale.transactionId = posted->transactionId;
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        const QuoteLine &ql = q.lines.at(i);
        SaleLine line;
        line.lineNo = int(i + 1);
        line.productId = request.lines.at(i).productId;
        line.qty = request.lines.at(i).qty;
        line.unitPrice = ev->quote.unitPrices.at(i);
        line.gross = ql.gross;
        line.discount = ql.discount;
        line.net = ql.net;
        line.points = ql.points;
        line.whyJson = SalesSql::whyJson(ql.why);
        sale.lines.append(line);
    }
    Result<Id> saleId = sql.insertSale(sale);
    if (!saleId)
        return saleId.error();
    for (qsizetype i = 0; i < sale.lines.size(); ++i) {
        if (!ev->products.at(i).tracksStock)
            continue;
        StockMovement m;
        m.productId = sale.lines.at(i).productId;
        m.warehouseId = warehouseId;
        m.kind = MovementKind::Sale;
        m.qty = -sale.lines.at(i).qty;
        m.reference = QStringLiteral("sale:%1").arg(*saleId);
        if (Result<Id> moved = m_inventory.record(actor, m); !moved)
            return moved.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("sale.commit"), QStringLiteral("sale"), *saleId,
                                  QStringLiteral("receipt %1, net %2, earned %3, redeemed %4, stored value %5, "
                                                 "credit %6, referral %7")
                                      .arg(sale.receiptNo)
                                      .arg(sale.net)
                                      .arg(sale.pointsEarned)
                                      .arg(sale.pointsRedeemed)
                                      .arg(sale.storedValue)
                                      .arg(sale.credit)
                                      .arg(sale.referralPoints));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "sale" << *saleId << "recorded, transaction" << sale.transactionId;
    Q_EMIT saleRecorded(*saleId, sale.memberId);
    return sale;
}

} // namespace Club::Core
