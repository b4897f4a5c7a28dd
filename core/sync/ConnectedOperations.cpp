// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectedDesk's DeskOperations: returns, gift redemptions, gift card charges and bought
// points through the server, or through the outbox when it cannot be reached.
#include "ConnectedDesk.h"

#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "ledger/LedgerStore.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Club::Core {

Result<ConnectedDesk::Posted> ConnectedDesk::post(const Actor &actor,
                                                  OutboxEntry::Operation operation,
                                                  QJsonObject body,
                                                  const QString &cardNumber,
                                                  Points pointsSpent,
                                                  const QString &afterKey,
                                                  const QString &pin,
                                                  Id pinCardId)
{
    // The same on the first try and on every replay (see the class comment).
    body.insert(QStringLiteral("recordedAt"), LedgerStore::isoUtc(m_clock.nowUtc()));
    body.insert(QStringLiteral("recordedBy"), actor.username);
    const QString key = body.value(QLatin1String("idempotencyKey")).toString();
    if (afterKey.isEmpty()) {
        QJsonObject online = body;
        if (!pin.isEmpty())
            online.insert(QStringLiteral("pin"), pin);
        const ServerAnswer answer = m_client.call("POST", outboxOperationPath(operation), online);
        if (answer.ok()) {
            QJsonObject out = answer.body;
            if (answer.replayed)
                out.insert(QStringLiteral("replayed"), true);
            qCInfo(lcSync) << outboxOperationKey(operation) << key << "recorded by the server"
                           << (answer.replayed ? "(replayed)" : "");
            return Posted{out, false};
        }
        if (!answer.unreachable())
            return ServerClient::errorFor(answer);
    }
    // Offline (or behind a sale that is): keep it for the server, within the floor limit. A
    // second press of the same dialog finds its entry and keeps nothing more.
    Result<std::optional<OutboxEntry>> existing = m_outbox.byKey(actor, key);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if ((*existing)->operation != operation)
            return Error::make(Error::Code::Conflict, tr("This request was already kept for another operation."),
                               QStringLiteral("outbox key %1 reused").arg(key));
        return Posted{QJsonDocument::fromJson((*existing)->requestJson).object(), true};
    }
    Result<ConnectionSettings> settings = m_settings.settings(actor);
    if (!settings)
        return settings.error();
    if (Status s = m_outbox.checkFloorLimit(actor, cardNumber, pointsSpent, 0, settings->offline); !s)
        return s.error();
    if (!pin.isEmpty()) {
        // The server will not see the PIN (it is never kept): check it against this store.
        if (Status s = m_cards.verifyPin(actor, pinCardId, pin); !s)
            return s.error();
    }
    QJsonObject kept = body; // no PIN, ever
    kept.insert(QStringLiteral("offline"), true);
    OutboxEntry entry;
    entry.idempotencyKey = key;
    entry.operation = operation;
    entry.afterKey = afterKey;
    entry.requestJson = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    entry.cardNumber = cardNumber;
    entry.pointsRedeemed = pointsSpent;
    entry.recordedAt = m_clock.nowUtc();
    entry.recordedBy = actor.username;
    if (Result<OutboxEntry> added = m_outbox.add(actor, entry); !added)
        return added.error();
    return Posted{kept, true};
}

Error ConnectedDesk::pinNeeded()
{
    return Error::make(Error::Code::Invalid, tr("The card's PIN is needed for this."), QStringLiteral("pin_required"),
                       QStringLiteral("pin"));
}

Result<QString> ConnectedDesk::memberCardNumber(const Actor &actor, Id memberId)
{
    Result<QList<Card>> cards = m_cards.cardsOfMember(actor, memberId);
    if (!cards)
        return cards.error();
    // Points live on the member's club card: a gift card of theirs (stored value only, and
    // its type's PIN rule) is used only when they hold nothing else.
    QString giftCard;
    for (const Card &c : std::as_const(*cards)) {
        if (c.status != CardStatus::Active)
            continue;
        if (c.kind != CardKind::Gift)
            return c.number;
        if (giftCard.isEmpty())
            giftCard = c.number;
    }
    if (!giftCard.isEmpty())
        return giftCard;
    return Error::make(Error::Code::NotFound,
                       tr("This member has no active card, and the central server knows members by their card."),
                       QStringLiteral("member %1 without an active card").arg(memberId));
}

void ConnectedDesk::remember(const Sale &sale)
{
    for (const Sale &s : std::as_const(m_recent)) {
        if (s.idempotencyKey == sale.idempotencyKey)
            return; // a second press of the same basket
    }
    m_recent.append(sale);
    while (m_recent.size() > kRecentSales)
        m_recent.removeFirst();
}

Sale ConnectedDesk::saleFromServer(const Actor &actor, const QJsonObject &o) const
{
    const RemoteSale remote = ServerClient::saleFromJson(o);
    Sale sale;
    sale.id = remote.saleId;
    sale.branchId = actor.branchId;
    sale.receiptNo = remote.receiptNo;
    sale.createdAt = remote.at;
    sale.gross = remote.gross;
    sale.discount = remote.discount;
    sale.net = remote.net;
    sale.paid = remote.toPay;
    sale.pointsRedeemed = remote.pointsToRedeem;
    sale.pointsValue = remote.pointsValue;
    sale.pointsEarned = remote.pointsEarned;
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        SaleLine line;
        line.lineNo = int(l.value(QLatin1String("lineNo")).toInteger());
        line.id = line.lineNo; // the server knows its lines by number (see localSale)
        line.qty = l.value(QLatin1String("qty")).toInteger();
        line.unitPrice = l.value(QLatin1String("unitPrice")).toInteger();
        line.discount = l.value(QLatin1String("discount")).toInteger();
        line.gross = line.unitPrice * line.qty;
        line.net = line.gross - line.discount;
        line.points = l.value(QLatin1String("points")).toInteger();
        line.returnedQty = l.value(QLatin1String("returnedQty")).toInteger();
        const QString code = l.value(QLatin1String("productCode")).toString();
        if (Result<QList<Product>> found = m_catalog.search(actor, code, 20)) {
            for (const Product &p : std::as_const(*found)) {
                if (p.code == code)
                    line.productId = p.id;
            }
        }
        sale.lines.append(line);
    }
    return sale;
}

Result<Sale> ConnectedDesk::saleByReceipt(const Actor &actor, qint64 receiptNo)
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    if (m_branchCode.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("The central server has not named this desk's branch yet. Choose the sale from the "
                              "member's recent sales."),
                           QStringLiteral("no branch code from a server session"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("branchCode"), m_branchCode);
    query.addQueryItem(QStringLiteral("receiptNo"), QString::number(receiptNo));
    const ServerAnswer answer = m_client.call("GET", QStringLiteral("/v1/sales?") + query.toString(QUrl::FullyEncoded));
    if (!answer.ok())
        return ServerClient::errorFor(answer);
    return saleFromServer(actor, answer.body);
}

Result<QList<Sale>> ConnectedDesk::recentSales(const Actor &actor, Id memberId, int limit)
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    QList<Sale> out;
    for (auto it = m_recent.crbegin(); it != m_recent.crend() && out.size() < limit; ++it) {
        if (it->memberId != memberId)
            continue;
        Sale sale = *it;
        if (sale.pendingSync) {
            Result<std::optional<OutboxEntry>> kept = m_outbox.byKey(actor, sale.idempotencyKey);
            if (kept && kept->has_value() && (*kept)->state == OutboxEntry::State::Sent) {
                sale.id = (*kept)->serverSaleId;
                sale.receiptNo = (*kept)->serverReceiptNo;
                sale.pendingSync = false;
            }
        }
        out.append(sale);
    }
    return out;
}

Result<Points> ConnectedDesk::offlinePointsLeft(const Actor &actor, Id memberId)
{
    Result<QString> card = memberCardNumber(actor, memberId);
    if (!card)
        return card.error();
    Result<ConnectionSettings> settings = m_settings.settings(actor);
    if (!settings)
        return settings.error();
    Result<OfflineLimits> left = m_outbox.offlineLeft(actor, *card, settings->offline);
    if (!left)
        return left.error();
    return left->points;
}

Result<DeskPosted<SaleReturn>> ConnectedDesk::returnSale(const Actor &actor,
                                                         const Sale &sale,
                                                         const QList<ReturnRequestLine> &lines,
                                                         const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    // The server's sale id, or the outbox sale this return waits for.
    qint64 serverSaleId = sale.pendingSync ? 0 : sale.id;
    QString afterKey;
    if (sale.pendingSync) {
        Result<std::optional<OutboxEntry>> kept = m_outbox.byKey(actor, sale.idempotencyKey);
        if (!kept)
            return kept.error();
        if (!kept->has_value())
            return Error::make(Error::Code::NotFound, tr("This sale is not in the outbox."),
                               QStringLiteral("outbox sale %1 not found").arg(sale.idempotencyKey));
        const OutboxEntry &e = **kept;
        if (e.state == OutboxEntry::State::Sent)
            serverSaleId = e.serverSaleId;
        else if (e.state == OutboxEntry::State::Pending)
            afterKey = e.idempotencyKey;
        else
            return Error::make(Error::Code::Conflict,
                               tr("The server refused this sale, so it cannot be returned. A manager sees it among "
                                  "the sync conflicts."),
                               QStringLiteral("return of conflicting outbox sale %1").arg(e.idempotencyKey));
    }
    // Lines by their number on the sale (ConnectedDesk's sales use it as the line id).
    QJsonArray items;
    SaleReturn estimate;
    estimate.saleId = serverSaleId;
    estimate.createdAt = m_clock.nowUtc();
    for (const ReturnRequestLine &r : lines) {
        const SaleLine *line = nullptr;
        for (const SaleLine &l : sale.lines) {
            if (l.id == r.saleLineId)
                line = &l;
        }
        if (!line || r.qty <= 0)
            return Error::make(Error::Code::Invalid, tr("Choose how many of each item come back."),
                               QStringLiteral("return line %1 not on the sale").arg(r.saleLineId));
        items.append(QJsonObject{{QStringLiteral("lineNo"), line->lineNo}, {QStringLiteral("qty"), r.qty}});
        if (line->qty > 0) {
            estimate.refundCash += line->net * r.qty / line->qty;
            estimate.pointsReversed += line->points * r.qty / line->qty;
        }
    }
    QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey}, {QStringLiteral("lines"), items}};
    if (serverSaleId > 0)
        body.insert(QStringLiteral("saleId"), serverSaleId);
    QString cardNumber;
    if (sale.cardId != kNoId) {
        if (Result<Card> card = m_cards.card(actor, sale.cardId))
            cardNumber = card->number;
    }
    Result<Posted> posted = post(actor, OutboxEntry::Operation::Return, body, cardNumber, 0, afterKey);
    if (!posted)
        return posted.error();
    if (posted->pending)
        return DeskPosted<SaleReturn>{estimate, true};
    const QJsonObject &o = posted->body;
    SaleReturn r;
    r.id = o.value(QLatin1String("returnId")).toInteger();
    r.saleId = o.value(QLatin1String("saleId")).toInteger();
    r.createdAt = m_clock.nowUtc();
    r.refundCash = o.value(QLatin1String("refund")).toInteger();
    r.refundStoredValue = o.value(QLatin1String("refundStoredValue")).toInteger();
    r.refundCredit = o.value(QLatin1String("refundCredit")).toInteger();
    r.pointsReversed = o.value(QLatin1String("pointsReversed")).toInteger();
    r.pointsRefunded = o.value(QLatin1String("pointsRestored")).toInteger();
    r.replayed = o.value(QLatin1String("replayed")).toBool();
    return DeskPosted<SaleReturn>{r, false};
}

Result<DeskPosted<GiftRedemption>> ConnectedDesk::registerGift(
    const Actor &actor, Id memberId, Id giftProductId, qint64 qty, const QString &idempotencyKey, const QString &pin)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    Result<Product> gift = m_catalog.product(actor, giftProductId);
    if (!gift)
        return gift.error();
    if (!gift->isGift || gift->giftPoints <= 0 || qty <= 0)
        return Error::make(Error::Code::Invalid, tr("%1 is not in the gift catalog.").arg(gift->displayName()),
                           QStringLiteral("product %1 is no gift").arg(giftProductId), QStringLiteral("giftProductId"));
    Result<QString> card = memberCardNumber(actor, memberId);
    if (!card)
        return card.error();
    const Points points = gift->giftPoints * qty;
    // Asked before anything is sent: the server would refuse it without (pin_required), and
    // offline this store is the only one to check it.
    Result<Card> pinCard = m_cards.findByNumber(actor, *card);
    if (!pinCard)
        return pinCard.error();
    if (pin.isEmpty()) {
        if (Result<CardType> type = m_cards.cardType(actor, pinCard->cardTypeId); type && type->pinRequired)
            return pinNeeded();
    }
    const QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey},
                           {QStringLiteral("cardNumber"), *card},
                           {QStringLiteral("productCode"), gift->code},
                           {QStringLiteral("qty"), qty}};
    Result<Posted> posted = post(actor, OutboxEntry::Operation::Gift, body, *card, points, {}, pin, pinCard->id);
    if (!posted) {
        // The server's type may need a PIN this store's copy does not know of yet.
        if (posted.error().detail == QLatin1String("pin_required"))
            return pinNeeded();
        return posted.error();
    }
    GiftRedemption g;
    g.pointsSpent = points;
    if (!posted->pending) {
        g.transactionId = posted->body.value(QLatin1String("redemptionId")).toInteger();
        g.pointsSpent = posted->body.value(QLatin1String("pointsSpent")).toInteger();
        g.replayed = posted->body.value(QLatin1String("replayed")).toBool();
    }
    return DeskPosted<GiftRedemption>{g, posted->pending};
}

Result<DeskPosted<GiftCardCharge>>
ConnectedDesk::chargeGiftCard(const Actor &actor, Id cardId, Money amount, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (amount <= 0)
        return Error::make(Error::Code::Invalid, tr("Enter an amount above zero."), {}, QStringLiteral("amount"));
    Result<Card> card = m_cards.card(actor, cardId);
    if (!card)
        return card.error();
    const QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey},
                           {QStringLiteral("cardNumber"), card->number},
                           {QStringLiteral("amount"), amount}};
    // Charging adds to the card: nothing is spent, so the offline limit does not bound it.
    Result<Posted> posted = post(actor, OutboxEntry::Operation::GiftCardCharge, body, card->number, 0);
    if (!posted)
        return posted.error();
    GiftCardCharge c;
    c.cardId = cardId;
    c.amount = amount;
    c.at = m_clock.nowUtc();
    if (!posted->pending) {
        c.id = posted->body.value(QLatin1String("chargeId")).toInteger();
        c.replayed = posted->body.value(QLatin1String("replayed")).toBool();
    }
    return DeskPosted<GiftCardCharge>{c, posted->pending};
}

Result<DeskPosted<PointsPurchase>>
ConnectedDesk::buyPoints(const Actor &actor, Id memberId, Points points, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (points <= 0)
        return Error::make(Error::Code::Invalid, tr("Enter the number of points."), {}, QStringLiteral("points"));
    Result<QString> card = memberCardNumber(actor, memberId);
    if (!card)
        return card.error();
    const QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey},
                           {QStringLiteral("cardNumber"), *card},
                           {QStringLiteral("points"), points}};
    Result<Posted> posted = post(actor, OutboxEntry::Operation::PointsBuy, body, *card, 0);
    if (!posted)
        return posted.error();
    PointsPurchase p;
    p.points = points; // the price is the server's; while pending the dialog shows its own
    if (!posted->pending) {
        p.transactionId = posted->body.value(QLatin1String("transactionId")).toInteger();
        p.price = posted->body.value(QLatin1String("price")).toInteger();
        p.replayed = posted->body.value(QLatin1String("replayed")).toBool();
    }
    return DeskPosted<PointsPurchase>{p, posted->pending};
}

Result<Repayment> ConnectedDesk::repayCredit(const Actor &actor, Id memberId, Money amount,
                                             const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::CreditCollect); !s)
        return s.error();
    if (amount <= 0)
        return Error::make(Error::Code::Invalid, tr("Enter an amount above zero."), {}, QStringLiteral("amount"));
    Result<QString> card = memberCardNumber(actor, memberId);
    if (!card)
        return card.error();
    QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey},
                     {QStringLiteral("cardNumber"), *card},
                     {QStringLiteral("amount"), amount}};
    body.insert(QStringLiteral("recordedAt"), LedgerStore::isoUtc(m_clock.nowUtc()));
    body.insert(QStringLiteral("recordedBy"), actor.username);
    const ServerAnswer answer = m_client.call("POST", QStringLiteral("/v1/credit/repay"), body);
    if (answer.unreachable())
        return Error::make(Error::Code::Unsupported,
                           tr("The central server cannot be reached, and it keeps what members owe. Take the payment "
                              "when it answers again."),
                           ServerClient::kUnreachable);
    if (!answer.ok())
        return ServerClient::errorFor(answer);
    Repayment r;
    r.transactionId = answer.body.value(QLatin1String("transactionId")).toInteger();
    r.memberId = memberId;
    r.amount = answer.body.value(QLatin1String("amount")).toInteger();
    r.owedAfter = answer.body.value(QLatin1String("owedAfter")).toInteger();
    r.replayed = answer.replayed;
    qCInfo(lcSync) << "credit repayment" << idempotencyKey << "recorded by the server"
                   << (answer.replayed ? "(replayed)" : "");
    return r;
}

} // namespace Club::Core
