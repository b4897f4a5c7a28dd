// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credit/CreditViews.h"

#include <QHash>
#include <QObject>

namespace Club::Core {

class ConnectedDesk;
class MemberService;
class ServerClient;

// The Credit page's reads on a connected desk: the central server's figures (GET
// /v1/members/{id}/credit, GET /v1/credit/aging), which include what every branch did. The
// server knows members by its own ids: a member is found there by mobile once, then
// remembered. Asked asynchronously (ServerClient::send), so the window keeps working while
// the server answers.
//
// When the server cannot be reached the answer is this store's own records, marked
// StoreOffline with the number of operations the desk still keeps for the server; a refusal
// (a role without CreditRead, a member the server does not know) is returned as it is.
class ConnectedCreditViews : public QObject, public CreditViews
{
    Q_OBJECT

public:
    ConnectedCreditViews(ConnectedDesk &desk, CreditService &credit, LedgerService &ledger, CardService &cards,
                         MemberService &members, QObject *parent = nullptr);

    void memberCredit(const Actor &actor, Id memberId, const QDateTime &from, const QDateTime &to,
                      const Done<MemberCredit> &done) override;
    void aging(const Actor &actor, const QDateTime &asOf, const Done<QList<AgingRow>> &done) override;
    bool postsCreditHere() const override { return false; }

private:
    // The server's id of a member of this store: found by mobile; `unreachable` set when the
    // server did not answer.
    void serverMemberId(const Actor &actor, Id memberId,
                        const std::function<void(const Result<qint64> &, bool unreachable)> &then);
    MemberCredit fromJson(const Actor &actor, Id memberId, const QJsonObject &json) const;
    Id localMemberByMobile(const Actor &actor, const QString &mobile) const;

    ConnectedDesk &m_desk;
    LocalCreditViews m_local;
    CardService &m_cards;
    MemberService &m_members;
    QHash<Id, qint64> m_serverIds; // this store's member id -> the server's
};

} // namespace Club::Core
