// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/gifts/redeem, POST /v1/gift-cards/charge, POST /v1/points/buy.
#include "ApiJson.h"
#include "ServiceHub.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
struct CardAndPin
{
    Card card;
    CardType type;
    QString pin;
    std::optional<ApiResponse> error;
};

CardAndPin cardOf(ApiContext &ctx, const ApiRequest &req)
{
    CardAndPin out;
    QString number;
    if ((out.error = requireString(req.json, QStringLiteral("cardNumber"), number)))
        return out;
    Result<Card> card = usableCard(ctx, req.actor, number);
    if (!card) {
        out.error = fromCoreError(card.error());
        return out;
    }
    Result<CardType> type = ctx.hub().cards().cardType(req.actor, card->cardTypeId);
    if (!type) {
        out.error = fromCoreError(type.error());
        return out;
    }
    out.card = *card;
    out.type = *type;
    const QJsonValue pin = req.json.value(QStringLiteral("pin"));
    if (!pin.isUndefined() && !pin.isString())
        out.error = apiError(400, QStringLiteral("invalid"), QStringLiteral("\"pin\" must be a string."));
    out.pin = pin.toString();
    return out;
}

// Spending points from a card whose type needs a PIN needs it here too; checked outside
// the operation's transaction so a wrong try stays counted.
std::function<std::optional<ApiResponse>()> pinCheck(ApiContext &ctx, const ApiRequest &req, const CardAndPin &c)
{
    return [&ctx, &req, &c]() -> std::optional<ApiResponse> {
        if (c.pin.isEmpty()) {
            if (c.type.pinRequired)
                return apiError(422, QStringLiteral("pin_required"), QStringLiteral("This card needs its PIN."));
            return std::nullopt;
        }
        if (Status s = ctx.hub().cards().verifyPin(req.actor, c.card.id, c.pin); !s)
            return fromCoreError(s.error());
        return std::nullopt;
    };
}

ApiResponse withBalances(ApiContext &ctx, const ApiRequest &req, Id memberId, QJsonObject body)
{
    Result<QJsonObject> b = balancesJson(ctx, req.actor, memberId);
    if (!b)
        return fromCoreError(b.error());
    body.insert(QStringLiteral("balancesAfter"), *b);
    return jsonResponse(body, 201);
}

ApiResponse redeemGift(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, withDelivery({QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"),
                                                  QStringLiteral("productCode"), QStringLiteral("qty"),
                                                  QStringLiteral("pin")})))
        return *e;
    const CardAndPin c = cardOf(ctx, req);
    if (c.error)
        return *c.error;
    QString code;
    if (auto e = requireString(req.json, QStringLiteral("productCode"), code))
        return *e;
    qint64 qty = 1;
    if (auto e = optionalCount(req.json, QStringLiteral("qty"), qty, 1))
        return *e;
    Result<Id> product = ctx.sql().productByCode(code);
    if (!product)
        return fromCoreError(product.error());
    if (*product == kNoId)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("Unknown product code."));
    return ctx.idempotent(
        req, QStringLiteral("gifts.redeem"),
        [&]() -> ApiResponse {
            Result<GiftRedemption> g =
                ctx.hub().sales().registerGift(req.actor, c.card.memberId, *product, qty, req.idempotencyKey);
            if (!g)
                return fromCoreError(g.error());
            if (Status s = auditForwarded(ctx, req, QStringLiteral("gift"), g->transactionId); !s)
                return fromCoreError(s.error());
            return withBalances(ctx, req, c.card.memberId,
                                {{QStringLiteral("redemptionId"), g->transactionId},
                                 {QStringLiteral("pointsSpent"), g->pointsSpent}});
        },
        pinCheck(ctx, req, c));
}

ApiResponse chargeGiftCard(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, withDelivery({QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"),
                                                  QStringLiteral("amount")})))
        return *e;
    const CardAndPin c = cardOf(ctx, req);
    if (c.error)
        return *c.error;
    qint64 amount = 0;
    if (auto e = optionalCount(req.json, QStringLiteral("amount"), amount, 1))
        return *e;
    if (amount == 0)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"amount\" is required."));
    return ctx.idempotent(req, QStringLiteral("gift_cards.charge"), [&]() -> ApiResponse {
        Result<GiftCardCharge> charge = ctx.hub().credit().chargeGiftCard(req.actor, c.card.id, amount,
                                                                          req.idempotencyKey);
        if (!charge)
            return fromCoreError(charge.error());
        if (Status s = auditForwarded(ctx, req, QStringLiteral("gift_card_charge"), charge->id); !s)
            return fromCoreError(s.error());
        return withBalances(ctx, req, c.card.memberId, {{QStringLiteral("chargeId"), charge->id}});
    });
}

ApiResponse buyPoints(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, withDelivery({QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"),
                                                  QStringLiteral("points"), QStringLiteral("pin")})))
        return *e;
    const CardAndPin c = cardOf(ctx, req);
    if (c.error)
        return *c.error;
    qint64 points = 0;
    if (auto e = optionalCount(req.json, QStringLiteral("points"), points, 1))
        return *e;
    if (points == 0)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"points\" is required."));
    // Buying points does not spend them: a PIN is checked when given, never demanded.
    CardAndPin optionalPin = c;
    optionalPin.type.pinRequired = false;
    return ctx.idempotent(
        req, QStringLiteral("points.buy"),
        [&]() -> ApiResponse {
            Result<PointsPurchase> bought =
                ctx.hub().credit().buyPoints(req.actor, c.card.memberId, points, req.idempotencyKey);
            if (!bought)
                return fromCoreError(bought.error());
            if (Status s = auditForwarded(ctx, req, QStringLiteral("points_buy"), bought->transactionId); !s)
                return fromCoreError(s.error());
            return withBalances(ctx, req, c.card.memberId,
                                {{QStringLiteral("transactionId"), bought->transactionId},
                                 {QStringLiteral("price"), bought->price}});
        },
        pinCheck(ctx, req, optionalPin));
}
} // namespace

void addOperationRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/gifts/redeem"), Auth::Session, true, redeemGift});
    routes.append({"POST", QStringLiteral("/v1/gift-cards/charge"), Auth::Session, true, chargeGiftCard});
    routes.append({"POST", QStringLiteral("/v1/points/buy"), Auth::Session, true, buyPoints});
}

} // namespace Club::Server
