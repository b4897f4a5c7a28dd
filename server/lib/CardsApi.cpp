// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/cards/identify, POST /v1/cards/pin.
#include "ApiJson.h"
#include "PinSql.h"
#include "ServiceHub.h"
#include "auth/PasswordHasher.h"
#include "util/Clock.h"

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
// A desk's new PIN, as its hash only (the PIN itself never leaves the desk). The number is
// in the body, not the path: paths are logged. Idempotent by nature: the same hash again is
// "unchanged", an older one "superseded".
ApiResponse takePin(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json,
                          {QStringLiteral("cardNumber"), QStringLiteral("pinHash"), QStringLiteral("pinChangedAt")}))
        return *e;
    if (Status s = require(req.actor, Permission::PinSet); !s)
        return fromCoreError(s.error());
    QString number, hash, changed;
    if (auto e = requireString(req.json, QStringLiteral("cardNumber"), number))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("pinHash"), hash))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("pinChangedAt"), changed))
        return *e;
    if (!PasswordHasher::isHash(hash))
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"pinHash\" is not an Argon2id hash."));
    QDateTime at = QDateTime::fromString(changed, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return apiError(400, QStringLiteral("invalid"),
                        QStringLiteral("\"pinChangedAt\" must be an ISO 8601 time with a zone."));
    // A desk's clock ahead of ours must not make its PIN win over every later one.
    at = qMin(at.toUTC(), ctx.clock().nowUtc());
    Result<PinSql::Taken> taken = PinSql(ctx.db(), ctx.clock()).take(req.actor, number, hash, at);
    if (!taken)
        return fromCoreError(taken.error());
    return jsonResponse(
        {{QStringLiteral("cardNumber"), number},
         {QStringLiteral("result"), PinSql::outcomeKey(taken->outcome)},
         {QStringLiteral("pinChangedAt"), taken->pinChangedAt.isValid()
                                              ? QJsonValue(taken->pinChangedAt.toUTC().toString(Qt::ISODateWithMs))
                                              : QJsonValue(QJsonValue::Null)}});
}
} // namespace

void addCardRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/cards/identify"), Auth::Session, true, identify});
    routes.append({"POST", QStringLiteral("/v1/cards/pin"), Auth::Session, false, takePin});
}

} // namespace Club::Server
