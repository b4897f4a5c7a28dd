// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/sales/quote, POST /v1/sales, GET /v1/sales/{saleId}, GET /v1/sales?branchCode=&receiptNo=,
// POST /v1/returns.
#include "ApiJson.h"
#include "ServiceHub.h"
#include "auth/AuditLog.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
ApiResponse quote(ApiContext &ctx, ApiRequest &req)
{
    ParsedSale parsed = parseSaleRequest(ctx, req.actor, req.json, false);
    if (parsed.error)
        return *parsed.error;
    Result<SaleQuote> q = ctx.hub().sales().quote(req.actor, parsed.request);
    if (!q)
        return fromCoreError(q.error());
    Result<QJsonObject> json = quoteJson(ctx, req.actor, *q);
    if (!json)
        return fromCoreError(json.error());
    return jsonResponse(*json);
}

// The PIN is checked before the sale's transaction, on the card the core checks it on, so
// a wrong try stays counted (and rate-limited) although the request is refused.
std::optional<ApiResponse> checkPin(ApiContext &ctx, const Actor &actor, Id cardId, const QString &pin)
{
    if (pin.isEmpty())
        return std::nullopt;
    if (cardId == kNoId)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("A PIN was given without a card."));
    if (Status s = ctx.hub().cards().verifyPin(actor, cardId, pin); !s)
        return fromCoreError(s.error());
    return std::nullopt;
}

ApiResponse commit(ApiContext &ctx, ApiRequest &req)
{
    ParsedSale parsed = parseSaleRequest(ctx, req.actor, req.json, true);
    if (parsed.error)
        return *parsed.error;
    const QuoteRequest &r = parsed.request;
    const bool tender = r.storedValue > 0 || r.credit > 0;
    const Id pinCard = tender && r.tenderCardId != kNoId ? r.tenderCardId : r.cardId;
    return ctx.idempotent(
        req, QStringLiteral("sales.commit"),
        [&]() -> ApiResponse {
            Result<Sale> sale = ctx.hub().sales().commit(req.actor, r, req.idempotencyKey, parsed.pin);
            if (!sale)
                return fromCoreError(sale.error());
            const QString recordedBy = req.json.value(QStringLiteral("recordedBy")).toString();
            const QString recordedAt = req.json.value(QStringLiteral("recordedAt")).toString();
            const bool offline = req.json.value(QStringLiteral("offline")).toBool();
            if (offline || !recordedBy.isEmpty() || !recordedAt.isEmpty()) {
                // An outbox replay: who and when at the desk, beside who sent it now.
                AuditLog audit(ctx.db(), ctx.clock());
                if (Status s = audit.record(req.actor, QStringLiteral("sale.forwarded"), QStringLiteral("sale"),
                                            sale->id,
                                            QStringLiteral("recordedAt=%1 recordedBy=%2 offline=%3")
                                                .arg(recordedAt.left(40), recordedBy.left(64))
                                                .arg(offline ? 1 : 0));
                    !s)
                    return fromCoreError(s.error());
            }
            Result<QJsonObject> json = saleJson(ctx, req.actor, *sale);
            if (!json)
                return fromCoreError(json.error());
            return jsonResponse(*json, sale->replayed ? 200 : 201);
        },
        [&]() { return checkPin(ctx, req.actor, pinCard, parsed.pin); });
}

ApiResponse saleResponse(ApiContext &ctx, ApiRequest &req, const Result<Sale> &sale)
{
    if (!sale)
        return fromCoreError(sale.error());
    Result<QJsonObject> json = saleJson(ctx, req.actor, *sale);
    if (!json)
        return fromCoreError(json.error());
    return jsonResponse(*json);
}

ApiResponse saleById(ApiContext &ctx, ApiRequest &req)
{
    bool ok = false;
    const Id id = req.params.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such sale."));
    return saleResponse(ctx, req, ctx.hub().sales().sale(req.actor, id));
}

ApiResponse saleByReceipt(ApiContext &ctx, ApiRequest &req)
{
    const QString code = req.query.queryItemValue(QStringLiteral("branchCode"), QUrl::FullyDecoded);
    bool ok = false;
    const qint64 receiptNo = req.query.queryItemValue(QStringLiteral("receiptNo")).toLongLong(&ok);
    if (code.isEmpty() || !ok)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("Give branchCode and receiptNo."));
    Result<Id> branch = ctx.sql().branchByCode(code);
    if (!branch)
        return fromCoreError(branch.error());
    if (*branch == kNoId)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("Unknown branch code."));
    return saleResponse(ctx, req, ctx.hub().sales().saleByReceipt(req.actor, *branch, receiptNo));
}

ApiResponse returnSale(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, withDelivery({QStringLiteral("idempotencyKey"), QStringLiteral("saleId"),
                                                  QStringLiteral("lines")})))
        return *e;
    qint64 saleId = 0;
    if (auto e = optionalCount(req.json, QStringLiteral("saleId"), saleId, 1))
        return *e;
    const QJsonArray lines = req.json.value(QStringLiteral("lines")).toArray();
    if (saleId == 0 || lines.isEmpty())
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("Give saleId and the lines to return."));
    Result<Sale> sale = ctx.hub().sales().sale(req.actor, saleId);
    if (!sale)
        return fromCoreError(sale.error());
    QList<ReturnRequestLine> wanted;
    for (const QJsonValue &v : lines) {
        const QJsonObject l = v.toObject();
        if (auto e = onlyKeys(l, {QStringLiteral("lineNo"), QStringLiteral("qty")}))
            return *e;
        qint64 lineNo = 0, qty = 0;
        if (auto e = optionalCount(l, QStringLiteral("lineNo"), lineNo, 1))
            return *e;
        if (auto e = optionalCount(l, QStringLiteral("qty"), qty, 1))
            return *e;
        Id lineId = kNoId;
        for (const SaleLine &sl : std::as_const(sale->lines)) {
            if (sl.lineNo == lineNo)
                lineId = sl.id;
        }
        if (lineId == kNoId || qty == 0)
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("No line %1 with a quantity.").arg(lineNo));
        wanted.append({lineId, qty});
    }
    return ctx.idempotent(req, QStringLiteral("returns.create"), [&]() -> ApiResponse {
        Result<SaleReturn> ret = ctx.hub().sales().returnSale(req.actor, saleId, wanted, req.idempotencyKey);
        if (!ret)
            return fromCoreError(ret.error());
        if (Status s = auditForwarded(ctx, req, QStringLiteral("return"), ret->id); !s)
            return fromCoreError(s.error());
        QJsonValue balances = QJsonValue::Null;
        if (sale->memberId != kNoId) {
            Result<QJsonObject> b = balancesJson(ctx, req.actor, sale->memberId);
            if (!b)
                return fromCoreError(b.error());
            balances = *b;
        }
        return jsonResponse({{QStringLiteral("returnId"), ret->id},
                             {QStringLiteral("saleId"), ret->saleId},
                             {QStringLiteral("refund"), ret->refundCash},
                             {QStringLiteral("refundStoredValue"), ret->refundStoredValue},
                             {QStringLiteral("refundCredit"), ret->refundCredit},
                             {QStringLiteral("pointsReversed"), ret->pointsReversed},
                             {QStringLiteral("pointsRestored"), ret->pointsRefunded},
                             {QStringLiteral("balancesAfter"), balances}},
                            201);
    });
}
} // namespace

void addSalesRoutes(QList<Route> &routes)
{
    routes.append({"POST", QStringLiteral("/v1/sales/quote"), Auth::Session, false, quote});
    routes.append({"POST", QStringLiteral("/v1/sales"), Auth::Session, true, commit});
    routes.append({"GET", QStringLiteral("/v1/sales/{saleId}"), Auth::Session, false, saleById});
    routes.append({"GET", QStringLiteral("/v1/sales"), Auth::Session, false, saleByReceipt});
    routes.append({"POST", QStringLiteral("/v1/returns"), Auth::Session, false, returnSale});
}

} // namespace Club::Server
