// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Api.h"
#include "cards/Card.h"
#include "sales/Sale.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Club::Server {

// JSON of the API's shared shapes (see api/openapi.json) and the request checks every area
// uses. A failed step returns the ApiResponse to send instead.
QString isoUtc(const QDateTime &at); // "2026-03-10T08:00:00Z", empty when invalid

// The body may carry only these keys; anything else is refused, so a typo is not ignored.
std::optional<ApiResponse> onlyKeys(const QJsonObject &json, const QStringList &allowed);
// The keys a desk adds when it forwards what it kept while offline: when and by whom it was
// done at the desk, and the offline mark (none of them change what is asked; see idempotent()).
QStringList withDelivery(QStringList keys);
// An outbox replay (any of those keys present): audited as "<what>.forwarded" beside who
// sent it now, in the operation's transaction.
Core::Status auditForwarded(ApiContext &ctx, const ApiRequest &req, const QString &what, Core::Id id);
// A required string / optional non-negative integer field.
std::optional<ApiResponse> requireString(const QJsonObject &json, const QString &key, QString &out);
std::optional<ApiResponse> optionalCount(const QJsonObject &json, const QString &key, qint64 &out, qint64 min = 0);

Core::Result<QJsonObject> balancesJson(ApiContext &ctx, const Core::Actor &actor, Core::Id memberId);
Core::Result<QJsonObject> memberSummaryJson(ApiContext &ctx, const Core::Actor &actor, Core::Id memberId);
QJsonObject cardJson(const Core::Card &card);

// A card the request names by number: active, or card_not_usable.
Core::Result<Core::Card> usableCard(ApiContext &ctx, const Core::Actor &actor, const QString &number);

struct ParsedSale
{
    Core::QuoteRequest request;
    QString pin;
    std::optional<ApiResponse> error;
};
// <SaleRequest>; withKey: the commit form (idempotencyKey, pin, recordedAt...).
ParsedSale parseSaleRequest(ApiContext &ctx, const Core::Actor &actor, const QJsonObject &json, bool commit);

Core::Result<QJsonObject> quoteJson(ApiContext &ctx, const Core::Actor &actor, const Core::SaleQuote &quote);
Core::Result<QJsonObject> saleJson(ApiContext &ctx, const Core::Actor &actor, const Core::Sale &sale);

} // namespace Club::Server
