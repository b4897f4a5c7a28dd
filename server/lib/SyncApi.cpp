// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/sync/{entity}?after=&limit=
#include "Api.h"
#include "SyncSql.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
// Reference data a branch may hold: the same as the desk can read.
Permission permissionFor(const QString &entity)
{
    if (entity == QLatin1String("members"))
        return Permission::MemberRead;
    // PIN hashes go to whoever may check a PIN (CardService::verifyPin): a desk checks them
    // itself while the server cannot be reached.
    if (entity == QLatin1String("cards") || entity == QLatin1String("card-types") ||
        entity == QLatin1String("card-pins"))
        return Permission::CardRead;
    if (entity == QLatin1String("rules"))
        return Permission::RulesRead;
    return Permission::CatalogRead;
}

ApiResponse sync(ApiContext &ctx, ApiRequest &req)
{
    const QString entity = req.params.value(0);
    if (!SyncSql::entities().contains(entity))
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("Unknown sync entity."));
    if (Status s = require(req.actor, permissionFor(entity)); !s)
        return fromCoreError(s.error());
    int limit = 500;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("limit must be 1 to 1000."));
    }
    Result<SyncSql::Page> page = SyncSql(ctx.db()).page(entity, req.query.queryItemValue(QStringLiteral("after")), limit);
    if (!page)
        return fromCoreError(page.error());
    return jsonResponse({{QStringLiteral("items"), page->items},
                         {QStringLiteral("next"), page->next},
                         {QStringLiteral("more"), page->more}});
}
} // namespace

void addSyncRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/sync/{entity}"), Auth::Session, false, sync});
}

} // namespace Club::Server
