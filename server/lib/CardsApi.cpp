// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/cards/identify.
#include "ApiJson.h"
#include "ServiceHub.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
std::optional<CardPresentation::Check> checkFromKey(const QString &key)
{
    if (key == QLatin1String("valid"))
        return CardPresentation::Check::Valid;
    if (key == QLatin1String("forged"))
        return CardPresentation::Check::Forged;
    if (key == QLatin1String("foreign"))
        return CardPresentation::Check::Foreign;
    if (key == QLatin1String("blank"))
        return CardPresentation::Check::Blank;
    if (key == QLatin1String("unknown_key_version"))
        return CardPresentation::Check::UnknownKeyVersion;
    return std::nullopt;
}

ApiResponse identify(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, {QStringLiteral("cardNumber"), QStringLiteral("chipUid"), QStringLiteral("check"),
                                     QStringLiteral("source")}))
        return *e;
    CardPresentation p;
    QString check;
    if (auto e = requireString(req.json, QStringLiteral("cardNumber"), p.cardNumber))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("check"), check))
        return *e;
    const std::optional<CardPresentation::Check> c = checkFromKey(check);
    if (!c)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("Unknown \"check\" value."));
    p.check = *c;
    p.chipUid = req.json.value(QStringLiteral("chipUid")).toString();
    p.source = req.json.value(QStringLiteral("source")).toString();
    if (!QStringList{QStringLiteral("pcsc"), QStringLiteral("magstripe"), QStringLiteral("keyboard")}.contains(p.source))
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"source\" must be pcsc, magstripe or keyboard."));
    Result<Card> card = ctx.hub().cards().identify(req.actor, p);
    if (!card)
        return fromCoreError(card.error());
    if (card->isExpired(ctx.clock().todayUtc()))
        return apiError(422, QStringLiteral("card_not_usable"), QStringLiteral("This card has expired."));
    Result<CardType> type = ctx.hub().cards().cardType(req.actor, card->cardTypeId);
    if (!type)
        return fromCoreError(type.error());
    Result<QJsonObject> member = memberSummaryJson(ctx, req.actor, card->memberId);
    if (!member)
        return fromCoreError(member.error());
    return jsonResponse({{QStringLiteral("card"),
                          QJsonObject{{QStringLiteral("cardNumber"), card->number},
                                      {QStringLiteral("status"), cardStatusKey(card->status)},
                                      {QStringLiteral("cardTypeCode"), type->name},
                                      {QStringLiteral("cardTypeName"), type->name},
                                      {QStringLiteral("pinRequired"), type->pinRequired}}},
                         {QStringLiteral("member"), *member}});
}
} // namespace

void addCardRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/cards/identify"), Auth::Session, true, identify});
}

} // namespace Club::Server
