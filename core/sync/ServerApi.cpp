// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed calls of ServerClient and the JSON of API v1 in the desk's structs.
#include "ServerClient.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Club::Core {

namespace {
using JsonFields::integer;
using JsonFields::text;

QDateTime time(const QJsonObject &o, const char *key)
{
    const QString text = o.value(QLatin1String(key)).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
}

RemoteCard cardFromJson(const QJsonObject &o)
{
    RemoteCard c;
    c.cardNumber = text(o, "cardNumber");
    c.status = text(o, "status");
    c.cardTypeCode = text(o, "cardTypeCode");
    c.cardTypeName = text(o, "cardTypeName");
    c.pinRequired = o.value(QLatin1String("pinRequired")).toBool();
    return c;
}
} // namespace

RemoteBalances ServerClient::balancesFromJson(const QJsonObject &o)
{
    RemoteBalances b;
    b.points = integer(o, "points");
    b.pointsAvailable = integer(o, "pointsAvailable");
    b.pointsPending = integer(o, "pointsPending");
    b.storedValue = integer(o, "storedValue");
    b.creditOwed = integer(o, "creditOwed");
    b.creditLimit = integer(o, "creditLimit");
    return b;
}

RemoteMember ServerClient::memberFromJson(const QJsonObject &o)
{
    RemoteMember m;
    m.memberId = integer(o, "memberId");
    m.fullName = text(o, "fullName");
    m.mobile = text(o, "mobile");
    m.tier = text(o, "tier");
    for (const QJsonValue &c : o.value(QLatin1String("cards")).toArray())
        m.cards.append(cardFromJson(c.toObject()));
    m.balances = balancesFromJson(o.value(QLatin1String("balances")).toObject());
    const QJsonObject expiry = o.value(QLatin1String("nextExpiry")).toObject();
    m.nextExpiryPoints = integer(expiry, "points");
    m.nextExpiryAt = time(expiry, "at");
    return m;
}

RemoteSale ServerClient::saleFromJson(const QJsonObject &o)
{
    RemoteSale s;
    s.saleId = integer(o, "saleId");
    s.branchCode = text(o, "branchCode");
    s.receiptNo = integer(o, "receiptNo");
    s.at = time(o, "at");
    s.replayed = o.value(QLatin1String("replayed")).toBool();
    s.gross = integer(o, "gross");
    s.discount = integer(o, "discount");
    s.net = integer(o, "net");
    s.pointsEarned = integer(o, "pointsEarned");
    s.pointsToRedeem = integer(o, "pointsToRedeem");
    s.pointsValue = integer(o, "pointsValue");
    s.toPay = integer(o, "toPay");
    s.pendingUntil = time(o, "pendingUntil");
    s.balancesAfter = balancesFromJson(o.value(QLatin1String("balancesAfter")).toObject());
    return s;
}

Result<RemoteHealth> ServerClient::health()
{
    const ServerAnswer a = call("GET", QStringLiteral("/v1/health"), {}, false);
    if (!a.ok())
        return errorFor(a);
    RemoteHealth h;
    h.status = text(a.body, "status");
    h.version = text(a.body, "version");
    h.schemaVersion = int(integer(a.body, "schemaVersion"));
    h.time = time(a.body, "time");
    return h;
}

Result<RemoteIdentified> ServerClient::identify(const QString &cardNumber, const QString &check, const QString &source,
                                                const QString &chipUid)
{
    QJsonObject body{{QStringLiteral("cardNumber"), cardNumber},
                     {QStringLiteral("check"), check},
                     {QStringLiteral("source"), source}};
    if (!chipUid.isEmpty())
        body.insert(QStringLiteral("chipUid"), chipUid);
    const ServerAnswer a = call("POST", QStringLiteral("/v1/cards/identify"), body);
    if (!a.ok())
        return errorFor(a);
    RemoteIdentified out;
    out.card = cardFromJson(a.body.value(QLatin1String("card")).toObject());
    out.member = memberFromJson(a.body.value(QLatin1String("member")).toObject());
    return out;
}

Result<RemoteMember> ServerClient::member(qint64 memberId)
{
    const ServerAnswer a = call("GET", QStringLiteral("/v1/members/%1").arg(memberId));
    if (!a.ok())
        return errorFor(a);
    return memberFromJson(a.body);
}

Result<QList<RemoteMember>> ServerClient::membersByMobile(const QString &mobile)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mobile"), mobile);
    const ServerAnswer a =
        call("GET", QStringLiteral("/v1/members?") + query.toString(QUrl::FullyEncoded));
    if (!a.ok())
        return errorFor(a);
    QList<RemoteMember> out;
    for (const QJsonValue &m : a.body.value(QLatin1String("items")).toArray())
        out.append(memberFromJson(m.toObject()));
    return out;
}

Result<RemoteSale> ServerClient::quote(const QJsonObject &saleRequest)
{
    QJsonObject body = saleRequest;
    // A quote carries neither: it writes nothing and checks no PIN.
    body.remove(QStringLiteral("idempotencyKey"));
    body.remove(QStringLiteral("pin"));
    const ServerAnswer a = call("POST", QStringLiteral("/v1/sales/quote"), body);
    if (!a.ok())
        return errorFor(a);
    return saleFromJson(a.body);
}

Result<RemoteSale> ServerClient::commitSale(const QJsonObject &saleRequest)
{
    const ServerAnswer a = call("POST", QStringLiteral("/v1/sales"), saleRequest);
    if (!a.ok())
        return errorFor(a);
    RemoteSale sale = saleFromJson(a.body);
    sale.replayed = sale.replayed || a.replayed;
    return sale;
}

Result<RemoteReturn> ServerClient::returnSale(const QString &idempotencyKey, qint64 saleId,
                                              const QList<std::pair<int, qint64>> &lines)
{
    QJsonArray items;
    for (const auto &[lineNo, qty] : lines)
        items.append(QJsonObject{{QStringLiteral("lineNo"), lineNo}, {QStringLiteral("qty"), qty}});
    const QJsonObject body{{QStringLiteral("idempotencyKey"), idempotencyKey},
                           {QStringLiteral("saleId"), saleId},
                           {QStringLiteral("lines"), items}};
    const ServerAnswer a = call("POST", QStringLiteral("/v1/returns"), body);
    if (!a.ok())
        return errorFor(a);
    RemoteReturn r;
    r.returnId = integer(a.body, "returnId");
    r.saleId = integer(a.body, "saleId");
    r.refund = integer(a.body, "refund");
    r.pointsReversed = integer(a.body, "pointsReversed");
    r.pointsRestored = integer(a.body, "pointsRestored");
    r.balancesAfter = balancesFromJson(a.body.value(QLatin1String("balancesAfter")).toObject());
    return r;
}

} // namespace Club::Core
