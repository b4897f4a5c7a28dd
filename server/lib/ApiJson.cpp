// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJson.h"

#include "ServiceHub.h"
#include "auth/AuditLog.h"

#include <QJsonDocument>

namespace Club::Server {

using namespace Club::Core;

namespace {
ApiResponse invalid(const QString &message)
{
    return apiError(400, QStringLiteral("invalid"), message);
}

// The rule's name for the "why" lines; looked up once per rule and response.
QString ruleName(ApiContext &ctx, const Actor &actor, Id ruleId, QHash<Id, QString> &cache)
{
    if (ruleId == kNoId)
        return {};
    auto it = cache.constFind(ruleId);
    if (it != cache.constEnd())
        return *it;
    Result<Rule> rule = ctx.hub().rules().rule(actor, ruleId);
    const QString name = rule ? rule->name : QString();
    cache.insert(ruleId, name);
    return name;
}

QJsonObject whyJson(Id ruleId, const QString &name, const QString &kind, Points points, Money discount)
{
    return QJsonObject{{QStringLiteral("ruleId"), ruleId},
                       {QStringLiteral("ruleName"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("discount"), discount}};
}
} // namespace

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

std::optional<ApiResponse> onlyKeys(const QJsonObject &json, const QStringList &allowed)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(QStringLiteral("Unknown field \"%1\".").arg(it.key().left(64)));
    }
    return std::nullopt;
}

std::optional<ApiResponse> requireString(const QJsonObject &json, const QString &key, QString &out)
{
    const QJsonValue v = json.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("\"%1\" is required (a string).").arg(key));
    out = v.toString();
    return std::nullopt;
}

std::optional<ApiResponse> optionalCount(const QJsonObject &json, const QString &key, qint64 &out, qint64 min)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    // Integers only: 1.5 points or 1e300 minor units are refused, not rounded.
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > 9.0e15)
        return invalid(QStringLiteral("\"%1\" must be a whole number of at least %2.").arg(key).arg(min));
    out = qint64(d);
    return std::nullopt;
}

Result<QJsonObject> balancesJson(ApiContext &ctx, const Actor &actor, Id memberId)
{
    Result<Member> member = ctx.hub().members().member(actor, memberId);
    if (!member)
        return member.error();
    Result<AccountBalance> b = ctx.hub().ledger().balance(actor, member->accountId);
    if (!b)
        return b.error();
    Money owed = 0;
    Money limit = 0;
    if (Result<CreditStanding> c = ctx.hub().credit().limit(actor, memberId); c) {
        owed = c->owed;
        limit = c->limit;
    }
    return QJsonObject{{QStringLiteral("points"), b->points},
                       {QStringLiteral("pointsAvailable"), b->pointsAvailable},
                       {QStringLiteral("pointsPending"), b->pointsPending},
                       {QStringLiteral("storedValue"), b->storedValue},
                       {QStringLiteral("creditOwed"), owed},
                       {QStringLiteral("creditLimit"), limit}};
}

QJsonObject cardJson(const Card &card)
{
    return QJsonObject{{QStringLiteral("cardNumber"), card.number},
                       {QStringLiteral("status"), cardStatusKey(card.status)},
                       {QStringLiteral("cardTypeCode"), card.cardTypeName}};
}

Result<QJsonObject> memberSummaryJson(ApiContext &ctx, const Actor &actor, Id memberId)
{
    Result<Member> member = ctx.hub().members().member(actor, memberId);
    if (!member)
        return member.error();
    Result<QList<Card>> cards = ctx.hub().cards().cardsOfMember(actor, memberId);
    if (!cards)
        return cards.error();
    Result<QJsonObject> balances = balancesJson(ctx, actor, memberId);
    if (!balances)
        return balances.error();
    Result<AccountBalance> b = ctx.hub().ledger().balance(actor, member->accountId);
    if (!b)
        return b.error();
    QJsonArray cardList;
    for (const Card &c : std::as_const(*cards))
        cardList.append(cardJson(c));
    QJsonValue nextExpiry = QJsonValue::Null;
    if (b->nextExpiry.isValid())
        nextExpiry = QJsonObject{{QStringLiteral("points"), b->nextExpiryPoints},
                                 {QStringLiteral("at"), isoUtc(b->nextExpiry)}};
    return QJsonObject{{QStringLiteral("memberId"), member->id},
                       {QStringLiteral("fullName"), member->fullName()},
                       {QStringLiteral("mobile"), member->mobile},
                       {QStringLiteral("tier"), member->tier},
                       {QStringLiteral("cards"), cardList},
                       {QStringLiteral("balances"), *balances},
                       {QStringLiteral("nextExpiry"), nextExpiry}};
}

Result<Card> usableCard(ApiContext &ctx, const Actor &actor, const QString &number)
{
    Result<Card> card = ctx.hub().cards().findByNumber(actor, number);
    if (!card)
        return card.error();
    if (card->status != CardStatus::Active)
        return Error::make(Error::Code::Conflict,
                           QStringLiteral("This card is %1 and cannot be used.").arg(cardStatusKey(card->status)),
                           QStringLiteral("card.") + cardStatusKey(card->status));
    if (card->isExpired(ctx.clock().todayUtc()))
        return Error::make(Error::Code::Conflict, QStringLiteral("This card has expired."),
                           QStringLiteral("card.expired"));
    return card;
}

QStringList withDelivery(QStringList keys)
{
    keys << QStringLiteral("recordedAt") << QStringLiteral("recordedBy") << QStringLiteral("offline");
    return keys;
}

Status auditForwarded(ApiContext &ctx, const ApiRequest &req, const QString &what, Id id)
{
    const QString recordedBy = req.json.value(QStringLiteral("recordedBy")).toString();
    const QString recordedAt = req.json.value(QStringLiteral("recordedAt")).toString();
    const bool offline = req.json.value(QStringLiteral("offline")).toBool();
    if (!offline && recordedBy.isEmpty() && recordedAt.isEmpty())
        return {};
    AuditLog audit(ctx.db(), ctx.clock());
    return audit.record(req.actor, what + QStringLiteral(".forwarded"), what, id,
                        QStringLiteral("recordedAt=%1 recordedBy=%2 offline=%3")
                            .arg(recordedAt.left(40), recordedBy.left(64))
                            .arg(offline ? 1 : 0));
}

ParsedSale parseSaleRequest(ApiContext &ctx, const Actor &actor, const QJsonObject &json, bool commit)
{
    ParsedSale out;
    QStringList allowed = {QStringLiteral("cardNumber"),    QStringLiteral("memberId"), QStringLiteral("lines"),
                           QStringLiteral("pointsToRedeem"), QStringLiteral("storedValue"),
                           QStringLiteral("credit"),         QStringLiteral("tenderCardNumber")};
    if (commit)
        allowed << QStringLiteral("idempotencyKey") << QStringLiteral("pin") << QStringLiteral("recordedAt")
                << QStringLiteral("recordedBy") << QStringLiteral("offline");
    if ((out.error = onlyKeys(json, allowed)))
        return out;
    QuoteRequest &r = out.request;
    qint64 memberId = 0;
    if ((out.error = optionalCount(json, QStringLiteral("memberId"), memberId, 1)))
        return out;
    r.memberId = memberId > 0 ? memberId : kNoId;
    if (json.contains(QStringLiteral("cardNumber"))) {
        Result<Card> card = usableCard(ctx, actor, json.value(QStringLiteral("cardNumber")).toString());
        if (!card) {
            out.error = fromCoreError(card.error());
            return out;
        }
        if (r.memberId != kNoId && r.memberId != card->memberId) {
            out.error = invalid(QStringLiteral("The card belongs to another member."));
            return out;
        }
        r.memberId = card->memberId;
        r.cardId = card->id;
    }
    if (json.contains(QStringLiteral("tenderCardNumber"))) {
        Result<Card> card = usableCard(ctx, actor, json.value(QStringLiteral("tenderCardNumber")).toString());
        if (!card) {
            out.error = fromCoreError(card.error());
            return out;
        }
        r.tenderCardId = card->id;
    }
    const QJsonValue lines = json.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty() || lines.toArray().size() > 500) {
        out.error = invalid(QStringLiteral("\"lines\" must list 1 to 500 lines."));
        return out;
    }
    for (const QJsonValue &lv : lines.toArray()) {
        const QJsonObject l = lv.toObject();
        if ((out.error = onlyKeys(l, {QStringLiteral("productCode"), QStringLiteral("qty"),
                                      QStringLiteral("lineDiscount")})))
            return out;
        QString code;
        if ((out.error = requireString(l, QStringLiteral("productCode"), code)))
            return out;
        SaleRequestLine line;
        if ((out.error = optionalCount(l, QStringLiteral("qty"), line.qty, 1)))
            return out;
        if ((out.error = optionalCount(l, QStringLiteral("lineDiscount"), line.lineDiscount, 0)))
            return out;
        Result<Id> product = ctx.sql().productByCode(code);
        if (!product) {
            out.error = fromCoreError(product.error());
            return out;
        }
        if (*product == kNoId) {
            out.error = apiError(404, QStringLiteral("not_found"), QStringLiteral("Unknown product code."));
            return out;
        }
        line.productId = *product;
        r.lines.append(line);
    }
    if ((out.error = optionalCount(json, QStringLiteral("pointsToRedeem"), r.pointsToRedeem)))
        return out;
    if ((out.error = optionalCount(json, QStringLiteral("storedValue"), r.storedValue)))
        return out;
    if ((out.error = optionalCount(json, QStringLiteral("credit"), r.credit)))
        return out;
    if (commit) {
        const QJsonValue pin = json.value(QStringLiteral("pin"));
        if (!pin.isUndefined() && !pin.isString()) {
            out.error = invalid(QStringLiteral("\"pin\" must be a string."));
            return out;
        }
        out.pin = pin.toString();
    }
    return out;
}

Result<QJsonObject> quoteJson(ApiContext &ctx, const Actor &actor, const SaleQuote &sq)
{
    QHash<Id, QString> names;
    QJsonArray lines;
    for (qsizetype i = 0; i < sq.request.lines.size(); ++i) {
        const QuoteLine &ql = sq.quote.lines.value(i);
        Result<QString> code = ctx.sql().productCode(sq.request.lines.at(i).productId);
        if (!code)
            return code.error();
        QJsonArray why;
        for (const RuleHit &h : ql.why)
            why.append(whyJson(h.ruleId, ruleName(ctx, actor, h.ruleId, names), h.reason, h.points, h.discount));
        lines.append(QJsonObject{{QStringLiteral("productCode"), *code},
                                 {QStringLiteral("qty"), sq.request.lines.at(i).qty},
                                 {QStringLiteral("unitPrice"), sq.unitPrices.value(i)},
                                 {QStringLiteral("discount"), ql.discount},
                                 {QStringLiteral("points"), ql.points},
                                 {QStringLiteral("why"), why}});
    }
    QJsonObject o{{QStringLiteral("lines"), lines},
                  {QStringLiteral("gross"), sq.quote.gross},
                  {QStringLiteral("discount"), sq.quote.discount},
                  {QStringLiteral("net"), sq.quote.net},
                  {QStringLiteral("pointsEarned"), sq.quote.totalPoints},
                  {QStringLiteral("pointsToRedeem"), sq.request.pointsToRedeem},
                  {QStringLiteral("pointsValue"), sq.pointsValue},
                  {QStringLiteral("toPay"), sq.toPay},
                  {QStringLiteral("pointsAvailable"), sq.pointsAvailable},
                  {QStringLiteral("storedValueAvailable"), sq.storedValueAvailable},
                  {QStringLiteral("creditAvailable"), sq.creditAvailable},
                  {QStringLiteral("pinRequired"), sq.pinRequired}};
    if (sq.quote.totalPoints > 0 && sq.quote.availableAt.isValid())
        o.insert(QStringLiteral("pendingUntil"), isoUtc(sq.quote.availableAt));
    return o;
}

Result<QJsonObject> saleJson(ApiContext &ctx, const Actor &actor, const Sale &sale)
{
    QHash<Id, QString> names;
    QJsonArray lines;
    for (const SaleLine &l : sale.lines) {
        Result<QString> code = ctx.sql().productCode(l.productId);
        if (!code)
            return code.error();
        QJsonArray why;
        for (const QJsonValue &w : QJsonDocument::fromJson(l.whyJson.toUtf8()).array()) {
            const QJsonObject h = w.toObject();
            const Id ruleId = h.value(QStringLiteral("ruleId")).toInteger();
            why.append(whyJson(ruleId, ruleName(ctx, actor, ruleId, names), h.value(QStringLiteral("reason")).toString(),
                               h.value(QStringLiteral("points")).toInteger(),
                               h.value(QStringLiteral("discount")).toInteger()));
        }
        lines.append(QJsonObject{{QStringLiteral("lineNo"), l.lineNo},
                                 {QStringLiteral("productCode"), *code},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("unitPrice"), l.unitPrice},
                                 {QStringLiteral("discount"), l.discount},
                                 {QStringLiteral("points"), l.points},
                                 {QStringLiteral("returnedQty"), l.returnedQty},
                                 {QStringLiteral("why"), why}});
    }
    Result<QString> branch = ctx.sql().branchCode(sale.branchId);
    if (!branch)
        return branch.error();
    QJsonObject balances;
    if (sale.memberId != kNoId) {
        Result<QJsonObject> b = balancesJson(ctx, actor, sale.memberId);
        if (!b)
            return b.error();
        balances = *b;
    }
    QJsonObject o{{QStringLiteral("saleId"), sale.id},
                  {QStringLiteral("branchCode"), *branch},
                  {QStringLiteral("receiptNo"), sale.receiptNo},
                  {QStringLiteral("at"), isoUtc(sale.createdAt)},
                  {QStringLiteral("replayed"), sale.replayed},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("gross"), sale.gross},
                  {QStringLiteral("discount"), sale.discount},
                  {QStringLiteral("net"), sale.net},
                  {QStringLiteral("pointsEarned"), sale.pointsEarned},
                  {QStringLiteral("pointsToRedeem"), sale.pointsRedeemed},
                  {QStringLiteral("pointsValue"), sale.pointsValue},
                  {QStringLiteral("toPay"), sale.paid},
                  {QStringLiteral("pointsAvailable"), balances.value(QStringLiteral("pointsAvailable")).toInteger()},
                  {QStringLiteral("storedValueAvailable"), balances.value(QStringLiteral("storedValue")).toInteger()},
                  {QStringLiteral("creditAvailable"),
                   qMax<qint64>(0, balances.value(QStringLiteral("creditLimit")).toInteger()
                                       - balances.value(QStringLiteral("creditOwed")).toInteger())},
                  {QStringLiteral("pinRequired"), false},
                  {QStringLiteral("balancesAfter"), balances.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(balances)}};
    if (sale.availableAt.isValid())
        o.insert(QStringLiteral("pendingUntil"), isoUtc(sale.availableAt));
    return o;
}

} // namespace Club::Server
