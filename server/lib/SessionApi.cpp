// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/health, POST and DELETE /v1/session.
#include "ApiJson.h"
#include "ClubServer.h"
#include "ServerConfig.h"
#include "ServiceHub.h"
#include "storage/Migrator.h"
#include "sync/RequestSigning.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
ApiResponse health(ApiContext &ctx, ApiRequest &)
{
    Result<int> schema = Migrator(ctx.db()).currentVersion();
    if (!schema)
        return fromCoreError(schema.error());
    return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QString::fromLatin1(ClubServer::version())},
                         {QStringLiteral("schemaVersion"), *schema},
                         {QStringLiteral("time"), isoUtc(ctx.clock().nowUtc())}});
}

ApiResponse login(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, {QStringLiteral("username"), QStringLiteral("password")}))
        return *e;
    QString username, password;
    if (auto e = requireString(req.json, QStringLiteral("username"), username))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("password"), password))
        return *e;
    Result<Actor> actor = ctx.hub().auth().login(username, password, req.terminal.name);
    if (!actor) {
        // Wrong password, unknown user, locked out or deactivated: one code, the core's words.
        if (actor.error().code == Error::Code::Storage)
            return fromCoreError(actor.error());
        return apiError(401, QStringLiteral("bad_credentials"), actor.error().message);
    }
    req.actor = *actor;
    const QByteArray token = RequestSigning::toBase64Url(RequestSigning::randomBytes(32));
    const QDateTime now = ctx.clock().nowUtc();
    const QDateTime expires = now.addSecs(ctx.config().sessionHours * 3600);
    if (Status s = ctx.sql().insertSession(RequestSigning::bodyHash(token), req.terminal.terminalId, actor->operatorId,
                                           isoUtc(now), expires.toSecsSinceEpoch(), now.toSecsSinceEpoch());
        !s)
        return fromCoreError(s.error());
    Result<QString> branch = ctx.sql().branchCode(actor->branchId);
    if (!branch)
        return fromCoreError(branch.error());
    return jsonResponse({{QStringLiteral("token"), QString::fromLatin1(token)},
                         {QStringLiteral("expiresAt"), isoUtc(expires)},
                         {QStringLiteral("operator"),
                          QJsonObject{{QStringLiteral("id"), actor->operatorId},
                                      {QStringLiteral("username"), actor->username},
                                      {QStringLiteral("fullName"), actor->fullName},
                                      {QStringLiteral("role"), roleKey(actor->role)},
                                      {QStringLiteral("branchCode"), *branch}}}});
}

ApiResponse logout(ApiContext &ctx, ApiRequest &req)
{
    if (Status s = ctx.sql().deleteSession(req.sessionHash); !s)
        return fromCoreError(s.error());
    ApiResponse r;
    r.status = 204;
    r.empty = true;
    return r;
}
} // namespace

void addHealthRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/health"), Auth::None, false, health});
}

void addSessionRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/session"), Auth::Terminal, false, login});
    routes.append({"DELETE", QStringLiteral("/v1/session"), Auth::Session, false, logout});
}

} // namespace Club::Server
