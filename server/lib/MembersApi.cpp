// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/members/{memberId}, GET /v1/members?mobile=|q=, POST /v1/members.
#include "ApiJson.h"
#include "ServiceHub.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
ApiResponse summary(ApiContext &ctx, ApiRequest &req)
{
    bool ok = false;
    const Id id = req.params.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such member."));
    Result<QJsonObject> member = memberSummaryJson(ctx, req.actor, id);
    if (!member)
        return fromCoreError(member.error());
    return jsonResponse(*member);
}

ApiResponse search(ApiContext &ctx, ApiRequest &req)
{
    const QString mobile = req.query.queryItemValue(QStringLiteral("mobile"), QUrl::FullyDecoded);
    const QString text = req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (mobile.isEmpty() == text.isEmpty())
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("Give either mobile or q."));
    int limit = 20;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 50)
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("limit must be 1 to 50."));
    }
    Result<QList<MemberSummary>> found = ctx.hub().members().search(req.actor, mobile.isEmpty() ? text : mobile, limit);
    if (!found)
        return fromCoreError(found.error());
    QJsonArray items;
    for (const MemberSummary &m : std::as_const(*found)) {
        Result<QJsonObject> s = memberSummaryJson(ctx, req.actor, m.id);
        if (!s)
            return fromCoreError(s.error());
        items.append(*s);
    }
    return jsonResponse({{QStringLiteral("items"), items}});
}

std::optional<ApiResponse> optionalDate(const QJsonObject &json, const QString &key, QDate &out)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    out = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !out.isValid())
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"%1\" must be a date YYYY-MM-DD.").arg(key));
    return std::nullopt;
}

ApiResponse create(ApiContext &ctx, ApiRequest &req)
{
    const QStringList strings = {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("mobile"),
                                 QStringLiteral("email"),     QStringLiteral("nationalCode"),
                                 QStringLiteral("address"),   QStringLiteral("city"),     QStringLiteral("gender")};
    if (auto e = onlyKeys(req.json, strings + QStringList{QStringLiteral("idempotencyKey"), QStringLiteral("birthDate"),
                                                          QStringLiteral("marriageDate")}))
        return *e;
    for (const QString &k : strings) {
        if (req.json.contains(k) && !req.json.value(k).isString())
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"%1\" must be a string.").arg(k));
    }
    Member d;
    if (auto e = requireString(req.json, QStringLiteral("firstName"), d.firstName))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("lastName"), d.lastName))
        return *e;
    if (auto e = requireString(req.json, QStringLiteral("mobile"), d.mobile))
        return *e;
    d.email = req.json.value(QStringLiteral("email")).toString();
    d.nationalCode = req.json.value(QStringLiteral("nationalCode")).toString();
    d.address = req.json.value(QStringLiteral("address")).toString();
    d.city = req.json.value(QStringLiteral("city")).toString();
    const QString gender = req.json.value(QStringLiteral("gender")).toString();
    if (gender == QLatin1String("female"))
        d.gender = Gender::Female;
    else if (gender == QLatin1String("male"))
        d.gender = Gender::Male;
    else if (!gender.isEmpty() && gender != QLatin1String("unspecified"))
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"gender\" must be female, male or unspecified."));
    if (auto e = optionalDate(req.json, QStringLiteral("birthDate"), d.birthDate))
        return *e;
    if (auto e = optionalDate(req.json, QStringLiteral("marriageDate"), d.marriageDate))
        return *e;
    d.branchId = req.actor.branchId;
    return ctx.idempotent(req, QStringLiteral("members.create"), [&]() -> ApiResponse {
        Result<Member> made = ctx.hub().members().create(req.actor, d);
        if (!made)
            return fromCoreError(made.error());
        Result<QJsonObject> s = memberSummaryJson(ctx, req.actor, made->id);
        if (!s)
            return fromCoreError(s.error());
        return jsonResponse(*s, 201);
    });
}
} // namespace

void addMemberRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/members/{memberId}"), Auth::Session, false, summary});
    routes.append({"GET", QStringLiteral("/v1/members"), Auth::Session, false, search});
    routes.append({"POST", QStringLiteral("/v1/members"), Auth::Session, false, create});
}

} // namespace Club::Server
