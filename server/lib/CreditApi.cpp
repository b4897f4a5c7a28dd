// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/members/{memberId}/credit, GET /v1/credit/aging: what a desk's Credit page shows,
// as the chain's ledger has it (a desk's own store never sees another branch's charges); the
// services check CreditRead for the session's operator. POST /v1/credit/repay: a member pays
// what they owe, at any branch (CreditCollect), once per idempotency key.
#include "ApiJson.h"
#include "ServiceHub.h"
#include "cards/CardService.h"
#include "credit/CreditService.h"
#include "members/MemberService.h"

namespace Club::Server {

using namespace Club::Core;

namespace {
// An optional ISO date-time query item ("2026-03-10T08:00:00Z"); `out` untouched when absent.
std::optional<ApiResponse> queryTime(const ApiRequest &req, const QString &key, QDateTime &out)
{
    if (!req.query.hasQueryItem(key))
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(req.query.queryItemValue(key, QUrl::FullyDecoded), Qt::ISODate);
    if (!at.isValid())
        return apiError(400, QStringLiteral("invalid"),
                        QStringLiteral("\"%1\" must be a date and time like 2026-03-10T08:00:00Z.").arg(key));
    out = at.toUTC();
    return std::nullopt;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

ApiResponse memberCredit(ApiContext &ctx, ApiRequest &req)
{
    bool ok = false;
    const Id memberId = req.params.value(0).toLongLong(&ok);
    if (!ok || memberId <= 0)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such member."));
    QDateTime to = ctx.clock().nowUtc();
    QDateTime from;
    if (auto e = queryTime(req, QStringLiteral("to"), to))
        return *e;
    from = to.addDays(-31);
    if (auto e = queryTime(req, QStringLiteral("from"), from))
        return *e;
    if (from > to)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"from\" is after \"to\"."));
    CreditService &credit = ctx.hub().credit();
    Result<CreditStanding> s = credit.limit(req.actor, memberId);
    if (!s)
        return fromCoreError(s.error());
    QString cardType;
    if (s->limitSource == QLatin1String("card_type")) {
        if (Result<CardType> t = ctx.hub().cards().cardType(req.actor, s->cardTypeId))
            cardType = t->name;
    }
    const QJsonObject standing{{QStringLiteral("limit"), s->limit},
                               {QStringLiteral("limitSource"), s->limitSource},
                               {QStringLiteral("cardTypeName"), orNull(cardType)},
                               {QStringLiteral("owed"), s->owed},
                               {QStringLiteral("available"), s->available},
                               {QStringLiteral("scheduled"), s->scheduled}};
    Result<QJsonObject> balances = balancesJson(ctx, req.actor, memberId);
    if (!balances)
        return fromCoreError(balances.error());

    Result<CreditStatement> st = credit.statement(req.actor, memberId, from, to);
    if (!st)
        return fromCoreError(st.error());
    QJsonArray entries;
    for (const StatementEntry &e : std::as_const(st->entries))
        entries.append(QJsonObject{{QStringLiteral("at"), isoUtc(e.at)},
                                   {QStringLiteral("kind"), e.kind},
                                   {QStringLiteral("reference"), e.reference},
                                   {QStringLiteral("amount"), e.amount},
                                   {QStringLiteral("balance"), e.balance}});
    const QJsonObject statement{{QStringLiteral("from"), isoUtc(from)},
                                {QStringLiteral("to"), isoUtc(to)},
                                {QStringLiteral("opening"), st->opening},
                                {QStringLiteral("closing"), st->closing},
                                {QStringLiteral("entries"), entries}};

    Result<QList<InstallmentPlan>> plans = credit.installments(req.actor, memberId);
    if (!plans)
        return fromCoreError(plans.error());
    QJsonArray planList;
    for (const InstallmentPlan &p : std::as_const(*plans)) {
        QJsonArray items;
        for (const Installment &in : p.installments)
            items.append(QJsonObject{{QStringLiteral("seq"), in.seq},
                                     {QStringLiteral("dueOn"), in.dueOn.toString(Qt::ISODate)},
                                     {QStringLiteral("amount"), in.amount},
                                     {QStringLiteral("paid"), in.paid},
                                     {QStringLiteral("remaining"), in.remaining},
                                     {QStringLiteral("late"), in.late}});
        planList.append(QJsonObject{{QStringLiteral("planId"), p.id},
                                    {QStringLiteral("amount"), p.amount},
                                    {QStringLiteral("count"), p.count},
                                    {QStringLiteral("createdAt"), isoUtc(p.createdAt)},
                                    {QStringLiteral("paid"), p.paid},
                                    {QStringLiteral("remaining"), p.remaining},
                                    {QStringLiteral("installments"), items}});
    }

    Result<QList<GiftCardCharge>> charges = credit.giftCardCharges(req.actor, memberId);
    if (!charges)
        return fromCoreError(charges.error());
    QJsonArray chargeList;
    for (const GiftCardCharge &c : std::as_const(*charges)) {
        Result<Card> card = ctx.hub().cards().card(req.actor, c.cardId);
        if (!card)
            return fromCoreError(card.error());
        chargeList.append(QJsonObject{{QStringLiteral("chargeId"), c.id},
                                      {QStringLiteral("cardNumber"), card->number},
                                      {QStringLiteral("amount"), c.amount},
                                      {QStringLiteral("at"), isoUtc(c.at)},
                                      {QStringLiteral("returned"), c.returned},
                                      {QStringLiteral("promotional"), c.promotional}});
    }
    return jsonResponse({{QStringLiteral("memberId"), memberId},
                         {QStringLiteral("standing"), standing},
                         {QStringLiteral("balances"), *balances},
                         {QStringLiteral("statement"), statement},
                         {QStringLiteral("plans"), planList},
                         {QStringLiteral("charges"), chargeList}});
}

ApiResponse aging(ApiContext &ctx, ApiRequest &req)
{
    QDateTime asOf = ctx.clock().nowUtc();
    if (auto e = queryTime(req, QStringLiteral("asOf"), asOf))
        return *e;
    Result<QList<AgingRow>> rows = ctx.hub().credit().aging(req.actor, asOf);
    if (!rows)
        return fromCoreError(rows.error());
    QJsonArray items;
    for (const AgingRow &r : std::as_const(*rows)) {
        // The mobile lets a desk find the member in its own store (ids differ per store).
        Result<Member> m = ctx.hub().members().member(req.actor, r.memberId);
        if (!m)
            return fromCoreError(m.error());
        items.append(QJsonObject{{QStringLiteral("memberId"), r.memberId},
                                 {QStringLiteral("fullName"), r.memberName},
                                 {QStringLiteral("mobile"), m->mobile},
                                 {QStringLiteral("owed"), r.owed},
                                 {QStringLiteral("current"), r.current},
                                 {QStringLiteral("days1to30"), r.days1to30},
                                 {QStringLiteral("days31to60"), r.days31to60},
                                 {QStringLiteral("days61to90"), r.days61to90},
                                 {QStringLiteral("over90"), r.over90}});
    }
    return jsonResponse({{QStringLiteral("asOf"), isoUtc(asOf)}, {QStringLiteral("items"), items}});
}
ApiResponse repay(ApiContext &ctx, ApiRequest &req)
{
    if (auto e = onlyKeys(req.json, withDelivery({QStringLiteral("idempotencyKey"), QStringLiteral("cardNumber"),
                                                  QStringLiteral("amount")})))
        return *e;
    QString number;
    if (auto e = requireString(req.json, QStringLiteral("cardNumber"), number))
        return *e;
    Result<Card> card = usableCard(ctx, req.actor, number);
    if (!card)
        return fromCoreError(card.error());
    qint64 amount = 0;
    if (auto e = optionalCount(req.json, QStringLiteral("amount"), amount, 1))
        return *e;
    if (amount == 0)
        return apiError(400, QStringLiteral("invalid"), QStringLiteral("\"amount\" is required."));
    return ctx.idempotent(req, QStringLiteral("credit.repay"), [&]() -> ApiResponse {
        Result<Repayment> paid = ctx.hub().credit().repay(req.actor, card->memberId, amount, req.idempotencyKey);
        if (!paid)
            return fromCoreError(paid.error());
        if (Status s = auditForwarded(ctx, req, QStringLiteral("credit_repay"), paid->transactionId); !s)
            return fromCoreError(s.error());
        return jsonResponse({{QStringLiteral("transactionId"), paid->transactionId},
                             {QStringLiteral("amount"), paid->amount},
                             {QStringLiteral("owedAfter"), paid->owedAfter}},
                            201);
    });
}
} // namespace

void addCreditRoutes(QList<Route> &routes)
{
    routes.append({"GET", QStringLiteral("/v1/members/{memberId}/credit"), Auth::Session, false, memberCredit});
    routes.append({"GET", QStringLiteral("/v1/credit/aging"), Auth::Session, false, aging});
    routes.append({"POST", QStringLiteral("/v1/credit/repay"), Auth::Session, true, repay});
}

} // namespace Club::Server
