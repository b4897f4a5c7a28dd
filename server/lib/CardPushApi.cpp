// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a connected desk made and sends through its outbox (core/sync/DeskPush.cpp):
// POST /v1/cards (a card issued there, with its own number), POST /v1/cards/block and
// /v1/cards/unblock. Card numbers travel in bodies, never in paths (paths are logged).
#include "ApiJson.h"
#include "ServiceHub.h"
#include "sync/PushSql.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
ApiResponse issued(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json,
                          {QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"), QStringLiteral("memberId"),
                           QStringLiteral("cardTypeCode"), QStringLiteral("expiresOn"), QStringLiteral("chipUid")}))
        return *e;
    if (Status s = require(req.actor, Permission::CardIssue); !s)
        return fromCoreError(s.error());
    QString number, typeCode;
    if (auto e = requireString(req.json, QStringLiteral("cardNumber"), number))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("cardTypeCode"), typeCode))
        return *e;
    const QJsonValue memberValue = req.json.value(QStringLiteral("memberId"));
    const qint64 memberId = memberValue.toInteger();
    if (!memberValue.isDouble() || memberId <= 0)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"memberId\" must be a positive integer."));
    QDate expires;
    const QString expiresText = req.json.value(QStringLiteral("expiresOn")).toString();
    if (!expiresText.isEmpty()) {
        expires = QDate::fromString(expiresText, Qt::ISODate);
        if (!expires.isValid())
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"expiresOn\" must be a date YYYY-MM-DD."));
    }
    const QString chipUid = req.json.value(QStringLiteral("chipUid")).toString();
    return ctx.idempotent(req, QStringLiteral("cards.issue"), [&]() -> ApiResponse {
        // Card numbers are unique chain-wide: another desk's card with this number is a
        // conflict for a manager, never a silent merge.
        Result<Card> existing = ctx.hub().cards().findByNumber(req.actor, number);
        if (existing)
            return apiError(409, QStringLiteral("card_number_taken"),
                            QStringLiteral("Another card already has this number."));
        if (existing.error().code != Error::Code::NotFound)
            return fromCoreError(existing.error());
        Result<QList<CardType>> types = ctx.hub().cards().cardTypes(req.actor, true);
        if (!types)
            return fromCoreError(types.error());
        Id typeId = kNoId;
        QString prefix;
        for (const CardType &t : std::as_const(*types)) {
            if (t.name == typeCode) {
                typeId = t.id;
                prefix = t.prefix;
            }
        }
        if (typeId == kNoId)
            return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such card type."));
        Result<Card> card = ctx.hub().cards().bindStockCard(req.actor, memberId, typeId, number, chipUid, expires);
        if (!card)
            return fromCoreError(card.error());
        // The server's own cards of this type must not take the desk's number later.
        if (Status s = PushSql(ctx.db()).keepSerialPast(prefix, number); !s)
            return fromCoreError(s.error());
        return jsonResponse({{QStringLiteral("cardNumber"), card->number},
                             {QStringLiteral("memberId"), card->memberId},
                             {QStringLiteral("status"), cardStatusKey(card->status)}},
                            201);
    });
}

// A block (or unblock) made at a desk. Blocking a blocked card again changes nothing and
// says so; a card that is replaced, pending or void is a conflict.
ApiResponse blockOrUnblock(ApiContext &ctx, ApiRequest &req, bool blocking)
{
    if (auto e = onlyKeys(req.json, {QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"),
                                     QStringLiteral("reason"), QStringLiteral("note")}))
        return *e;
    if (Status s = require(req.actor, blocking ? Permission::CardBlock : Permission::CardUnblock); !s)
        return fromCoreError(s.error());
    QString number;
    if (auto e = requireString(req.json, QStringLiteral("cardNumber"), number))
        return *e;
    std::optional<BlockReason> reason = BlockReason::Other;
    if (blocking && req.json.contains(QStringLiteral("reason"))) {
        reason = blockReasonFromKey(req.json.value(QStringLiteral("reason")).toString());
        if (!reason)
            return apiError(400, QStringLiteral("invalid"),
                            QStringLiteral("\"reason\" must be lost, stolen, damaged or other."));
    }
    const QString note = req.json.value(QStringLiteral("note")).toString().left(200);
    return ctx.idempotent(req, blocking ? QStringLiteral("cards.block") : QStringLiteral("cards.unblock"),
                          [&]() -> ApiResponse {
                              Result<Card> card = ctx.hub().cards().findByNumber(req.actor, number);
                              if (!card)
                                  return fromCoreError(card.error());
                              const CardStatus want = blocking ? CardStatus::Blocked : CardStatus::Active;
                              const CardStatus from = blocking ? CardStatus::Active : CardStatus::Blocked;
                              QString result = QStringLiteral("unchanged");
                              if (card->status == from) {
                                  Status s = blocking ? ctx.hub().cards().block(req.actor, card->id, *reason, note)
                                                      : ctx.hub().cards().unblock(req.actor, card->id);
                                  if (!s)
                                      return fromCoreError(s.error());
                                  result = QStringLiteral("applied");
                              } else if (card->status != want) {
                                  return apiError(409, QStringLiteral("card_not_usable"),
                                                  QStringLiteral("This card is %1.").arg(cardStatusKey(card->status)));
                              }
                              return jsonResponse({{QStringLiteral("cardNumber"), number},
                                                   {QStringLiteral("status"), cardStatusKey(want)},
                                                   {QStringLiteral("result"), result}});
                          });
}

ApiResponse blocked(ApiContext &ctx, ApiRequest &req)
{
    return blockOrUnblock(ctx, req, true);
}

ApiResponse unblocked(ApiContext &ctx, ApiRequest &req)
{
    return blockOrUnblock(ctx, req, false);
}
} // namespace

void addCardPushRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/cards"), Auth::Session, false, issued});
    routes.append({"POST", QStringLiteral("/v1/cards/block"), Auth::Session, false, blocked});
    routes.append({"POST", QStringLiteral("/v1/cards/unblock"), Auth::Session, false, unblocked});
}

} // namespace Club::Server
