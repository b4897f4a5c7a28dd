// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectedCredit.h"

#include "ConnectedDesk.h"
#include "members/MemberService.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

namespace Club::Core {

namespace {
QString utc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime atOf(const QJsonValue &v)
{
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : at;
}
} // namespace

ConnectedCreditViews::ConnectedCreditViews(ConnectedDesk &desk, CreditService &credit, LedgerService &ledger,
                                           CardService &cards, MemberService &members, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_local(credit, ledger, cards)
    , m_cards(cards)
    , m_members(members)
{
}

void ConnectedCreditViews::serverMemberId(const Actor &actor, Id memberId,
                                          const std::function<void(const Result<qint64> &, bool)> &then)
{
    if (const auto it = m_serverIds.constFind(memberId); it != m_serverIds.cend()) {
        then(*it, false);
        return;
    }
    Result<Member> member = m_members.member(actor, memberId);
    if (!member) {
        then(member.error(), false);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mobile"), member->mobile);
    QPointer<ConnectedCreditViews> self(this);
    const QString mobile = member->mobile;
    m_desk.client().send("GET", QStringLiteral("/v1/members?") + query.toString(QUrl::FullyEncoded), {},
                         [self, memberId, mobile, then](const ServerAnswer &a) {
                             if (!self)
                                 return;
                             if (!a.ok()) {
                                 then(ServerClient::errorFor(a), a.unreachable());
                                 return;
                             }
                             // The search matches parts of numbers too: only the same mobile counts.
                             QList<qint64> ids;
                             for (const QJsonValue &v : a.body.value(QLatin1String("items")).toArray()) {
                                 const RemoteMember m = ServerClient::memberFromJson(v.toObject());
                                 if (m.mobile == mobile)
                                     ids << m.memberId;
                             }
                             if (ids.size() != 1) {
                                 then(Error::make(Error::Code::NotFound,
                                                  tr("The central server does not know this member by their mobile."),
                                                  QStringLiteral("member %1: %2 server matches")
                                                      .arg(memberId)
                                                      .arg(ids.size())),
                                      false);
                                 return;
                             }
                             self->m_serverIds.insert(memberId, ids.first());
                             then(ids.first(), false);
                         });
}

void ConnectedCreditViews::memberCredit(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to,
                                        const Done<MemberCredit> &done)
{
    if (Status s = require(actor, Permission::CreditRead); !s) {
        done(s.error());
        return;
    }
    QPointer<ConnectedCreditViews> self(this);
    // Offline: this store's records, said to be so.
    auto local = [self, actor, memberId, from, to, done]() {
        Result<MemberCredit> r = self->m_local.read(actor, memberId, from, to);
        if (!r)
            done(r.error());
        else
            done(CreditRead<MemberCredit>{*r, CreditSource::StoreOffline, self->m_desk.pending()});
    };
    serverMemberId(actor, memberId, [self, actor, memberId, from, to, done, local](const Result<qint64> &id,
                                                                                   bool unreachable) {
        if (unreachable) {
            local();
            return;
        }
        if (!id) {
            done(id.error());
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("from"), utc(from));
        query.addQueryItem(QStringLiteral("to"), utc(to));
        const QString path =
            QStringLiteral("/v1/members/%1/credit?").arg(*id) + query.toString(QUrl::FullyEncoded);
        self->m_desk.client().send("GET", path, {}, [self, actor, memberId, done, local](const ServerAnswer &a) {
            if (!self)
                return;
            if (a.unreachable()) {
                local();
                return;
            }
            if (!a.ok()) {
                if (a.code == QLatin1String("not_found"))
                    self->m_serverIds.remove(memberId); // found again by mobile next time
                done(ServerClient::errorFor(a));
                return;
            }
            done(CreditRead<MemberCredit>{self->fromJson(actor, memberId, a.body), CreditSource::Server, 0});
        });
    });
}

MemberCredit ConnectedCreditViews::fromJson(const Actor &actor, Id memberId, const QJsonObject &o) const
{
    MemberCredit out;
    const QJsonObject s = o.value(QLatin1String("standing")).toObject();
    out.standing.memberId = memberId;
    if (Result<Member> m = m_members.member(actor, memberId))
        out.standing.memberAccountId = m->accountId;
    out.standing.limit = s.value(QLatin1String("limit")).toInteger();
    out.standing.limitSource = s.value(QLatin1String("limitSource")).toString();
    out.limitCardTypeName = s.value(QLatin1String("cardTypeName")).toString();
    out.standing.owed = s.value(QLatin1String("owed")).toInteger();
    out.standing.available = s.value(QLatin1String("available")).toInteger();
    out.standing.scheduled = s.value(QLatin1String("scheduled")).toInteger();

    const QJsonObject b = o.value(QLatin1String("balances")).toObject();
    out.storedValue = b.value(QLatin1String("storedValue")).toInteger();
    out.points = b.value(QLatin1String("points")).toInteger();
    out.pointsAvailable = b.value(QLatin1String("pointsAvailable")).toInteger();

    const QJsonObject st = o.value(QLatin1String("statement")).toObject();
    out.statement.memberId = memberId;
    out.statement.from = atOf(st.value(QLatin1String("from")));
    out.statement.to = atOf(st.value(QLatin1String("to")));
    out.statement.opening = st.value(QLatin1String("opening")).toInteger();
    out.statement.closing = st.value(QLatin1String("closing")).toInteger();
    for (const QJsonValue &v : st.value(QLatin1String("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        StatementEntry entry;
        entry.at = atOf(e.value(QLatin1String("at")));
        entry.kind = e.value(QLatin1String("kind")).toString();
        entry.reference = e.value(QLatin1String("reference")).toString();
        entry.amount = e.value(QLatin1String("amount")).toInteger();
        entry.balance = e.value(QLatin1String("balance")).toInteger();
        out.statement.entries << entry;
    }

    // Plans keep the server's ids: this desk only shows them (postsCreditHere() is false).
    for (const QJsonValue &v : o.value(QLatin1String("plans")).toArray()) {
        const QJsonObject p = v.toObject();
        InstallmentPlan plan;
        plan.id = p.value(QLatin1String("planId")).toInteger();
        plan.memberId = memberId;
        plan.amount = p.value(QLatin1String("amount")).toInteger();
        plan.count = p.value(QLatin1String("count")).toInt();
        plan.createdAt = atOf(p.value(QLatin1String("createdAt")));
        plan.paid = p.value(QLatin1String("paid")).toInteger();
        plan.remaining = p.value(QLatin1String("remaining")).toInteger();
        for (const QJsonValue &iv : p.value(QLatin1String("installments")).toArray()) {
            const QJsonObject i = iv.toObject();
            Installment in;
            in.planId = plan.id;
            in.seq = i.value(QLatin1String("seq")).toInt();
            in.dueOn = QDate::fromString(i.value(QLatin1String("dueOn")).toString(), Qt::ISODate);
            in.amount = i.value(QLatin1String("amount")).toInteger();
            in.paid = i.value(QLatin1String("paid")).toInteger();
            in.remaining = i.value(QLatin1String("remaining")).toInteger();
            in.late = i.value(QLatin1String("late")).toBool();
            plan.installments << in;
        }
        if (!plan.installments.isEmpty())
            plan.firstDue = plan.installments.first().dueOn;
        out.plans << plan;
    }

    for (const QJsonValue &v : o.value(QLatin1String("charges")).toArray()) {
        const QJsonObject c = v.toObject();
        GiftCardCharge charge;
        charge.id = c.value(QLatin1String("chargeId")).toInteger();
        const QString number = c.value(QLatin1String("cardNumber")).toString();
        // Cards come from the server (SyncPuller): the same number names the same card here.
        if (Result<Card> card = m_cards.findByNumber(actor, number))
            charge.cardId = card->id;
        charge.amount = c.value(QLatin1String("amount")).toInteger();
        charge.at = atOf(c.value(QLatin1String("at")));
        charge.returned = c.value(QLatin1String("returned")).toBool();
        charge.promotional = c.value(QLatin1String("promotional")).toBool();
        out.charges << charge;
        out.chargeCardNumbers << number;
    }
    return out;
}

Id ConnectedCreditViews::localMemberByMobile(const Actor &actor, const QString &mobile) const
{
    if (mobile.isEmpty())
        return kNoId;
    Result<QList<MemberSummary>> found = m_members.search(actor, mobile, 5);
    if (!found)
        return kNoId;
    Id id = kNoId;
    for (const MemberSummary &m : std::as_const(*found)) {
        if (m.mobile == mobile) {
            if (id != kNoId)
                return kNoId; // two members with one mobile: none is meant
            id = m.id;
        }
    }
    return id;
}

void ConnectedCreditViews::aging(const Actor &actor, const QDateTime &asOf, const Done<QList<AgingRow>> &done)
{
    if (Status s = require(actor, Permission::CreditRead); !s) {
        done(s.error());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("asOf"), utc(asOf));
    QPointer<ConnectedCreditViews> self(this);
    m_desk.client().send(
        "GET", QStringLiteral("/v1/credit/aging?") + query.toString(QUrl::FullyEncoded), {},
        [self, actor, asOf, done](const ServerAnswer &a) {
            if (!self)
                return;
            if (a.unreachable()) {
                self->m_local.aging(actor, asOf, [self, done](const Result<CreditRead<QList<AgingRow>>> &r) {
                    if (!r) {
                        done(r.error());
                        return;
                    }
                    CreditRead<QList<AgingRow>> read = *r;
                    read.source = CreditSource::StoreOffline;
                    read.pendingSync = self->m_desk.pending();
                    done(read);
                });
                return;
            }
            if (!a.ok()) {
                done(ServerClient::errorFor(a));
                return;
            }
            QList<AgingRow> rows;
            for (const QJsonValue &v : a.body.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                AgingRow r;
                r.memberId = self->localMemberByMobile(actor, o.value(QLatin1String("mobile")).toString());
                r.memberName = o.value(QLatin1String("fullName")).toString();
                r.owed = o.value(QLatin1String("owed")).toInteger();
                r.current = o.value(QLatin1String("current")).toInteger();
                r.days1to30 = o.value(QLatin1String("days1to30")).toInteger();
                r.days31to60 = o.value(QLatin1String("days31to60")).toInteger();
                r.days61to90 = o.value(QLatin1String("days61to90")).toInteger();
                r.over90 = o.value(QLatin1String("over90")).toInteger();
                rows << r;
            }
            done(CreditRead<QList<AgingRow>>{rows, CreditSource::Server, 0});
        });
}

} // namespace Club::Core
