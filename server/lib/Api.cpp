// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Api.h"

#include "ServerConfig.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/RequestSigning.h"
#include "util/Clock.h"


namespace Club::Server {

using Core::Error;

ApiResponse apiError(int status, const QString &code, const QString &message)
{
    ApiResponse r;
    r.status = status;
    r.errorCode = code;
    r.body = QJsonDocument(QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
    return r;
}

ApiResponse jsonResponse(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object);
    return r;
}

ApiResponse fromCoreError(const Error &e)
{
    // The core's messages are already user text (translated when a translator is loaded;
    // the server loads none, so they are the English source text).
    const bool pin = e.field == QLatin1String("pin") || e.field == QLatin1String("currentPin");
    if (e.detail.startsWith(QLatin1String("card.")))
        return apiError(422, QStringLiteral("card_not_usable"), e.message);
    switch (e.code) {
    case Error::Code::Invalid:
        if (pin)
            return apiError(422, QStringLiteral("pin_required"), e.message);
        return apiError(400, QStringLiteral("invalid"), e.message);
    case Error::Code::NotFound:
        return apiError(404, QStringLiteral("not_found"), e.message);
    case Error::Code::Duplicate:
        return apiError(409, QStringLiteral("conflict"), e.message);
    case Error::Code::Forbidden:
        if (pin)
            return apiError(422, QStringLiteral("pin_wrong"), e.message);
        return apiError(403, QStringLiteral("forbidden"), e.message);
    case Error::Code::Conflict:
        return apiError(409, QStringLiteral("conflict"), e.message);
    case Error::Code::InsufficientFunds:
        if (e.field == QLatin1String("points") || e.field == QLatin1String("pointsToRedeem"))
            return apiError(409, QStringLiteral("insufficient_points"), e.message);
        return apiError(409, QStringLiteral("insufficient_funds"), e.message);
    case Error::Code::Locked:
        if (pin)
            return apiError(423, QStringLiteral("pin_locked"), e.message);
        return apiError(409, QStringLiteral("conflict"), e.message);
    case Error::Code::Storage:
    case Error::Code::Unsupported:
        break;
    }
    qCWarning(lcServer) << "internal error:" << e.detail;
    return apiError(500, QStringLiteral("internal"), QStringLiteral("The server could not complete the request."));
}

ApiResponse ApiContext::replay(const StoredResponse &stored, const QString &endpoint, const QByteArray &bodyHash)
{
    if (stored.endpoint != endpoint || !Core::RequestSigning::constantTimeEquals(stored.bodyHash, bodyHash))
        return apiError(409, QStringLiteral("idempotency_mismatch"),
                        QStringLiteral("This idempotency key was used with another request."));
    QJsonObject body = QJsonDocument::fromJson(stored.response).object();
    if (body.contains(QStringLiteral("replayed")))
        body.insert(QStringLiteral("replayed"), true);
    ApiResponse r = jsonResponse(body, 200);
    r.headers.append({QByteArrayLiteral("X-Club-Replayed"), QByteArrayLiteral("1")});
    return r;
}

ApiResponse ApiContext::idempotent(ApiRequest &request, const QString &endpoint,
                                   const std::function<ApiResponse()> &operation,
                                   const std::function<std::optional<ApiResponse>()> &before)
{
    const QJsonValue keyValue = request.json.value(QStringLiteral("idempotencyKey"));
    const QString key = keyValue.toString();
    if (!keyValue.isString() || key.size() < 16 || key.size() > 64)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("idempotencyKey must be a string of 16 to 64 "
                                                                       "characters."));
    request.idempotencyKey = key;
    // What the request asks, not how it was delivered: a desk replaying its outbox adds when
    // and by whom the sale was made and that it was offline, and never sends the PIN again.
    // QJsonObject keeps its keys sorted, so the same request in another key order matches.
    QJsonObject asked = request.json;
    for (const char *delivery : {"pin", "offline", "recordedAt", "recordedBy"})
        asked.remove(QLatin1String(delivery));
    const QByteArray bodyHash = Core::RequestSigning::bodyHash(QJsonDocument(asked).toJson(QJsonDocument::Compact));
    {
        Core::Result<std::optional<StoredResponse>> stored = m_sql.storedResponse(key);
        if (!stored)
            return fromCoreError(stored.error());
        if (stored->has_value() && (*stored)->status != 0)
            return replay(**stored, endpoint, bodyHash);
    }
    if (before) {
        if (std::optional<ApiResponse> refused = before())
            return *refused;
    }
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    {
        Core::Transaction tx(m_db);
        if (!tx.ok())
            return fromCoreError(tx.error());
        Core::Result<bool> claimed = m_sql.claimKey(key, endpoint, bodyHash, request.terminal.terminalId, now);
        if (!claimed)
            return fromCoreError(claimed.error());
        if (*claimed) {
            ApiResponse response = operation();
            if (response.status >= 300)
                return response; // rolled back with the claim: the key stays free
            if (Core::Status s = m_sql.storeResponse(key, response.status, response.body.toJson(QJsonDocument::Compact));
                !s)
                return fromCoreError(s.error());
            if (Core::Status s = tx.commit(); !s)
                return fromCoreError(s.error());
            return response;
        }
    }
    // A twin with this key committed while this request waited on the key's row.
    Core::Result<std::optional<StoredResponse>> stored = m_sql.storedResponse(key);
    if (!stored)
        return fromCoreError(stored.error());
    if (!stored->has_value() || (*stored)->status == 0)
        return apiError(409, QStringLiteral("conflict"), QStringLiteral("The request is being processed. Try again."));
    return replay(**stored, endpoint, bodyHash);
}

} // namespace Club::Server
