// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// What the desk and the central server (clubserver, API v1) exchange, in the desk's terms.
// Natural keys only: the server's member ids and receipt numbers are not the desk's.
namespace Club::Core {

// Where the server is and who this desk is to it.
struct ServerConfig
{
    QUrl url;           // e.g. https://club.example:8443 (no /v1)
    QString terminalId; // "t_5f2c..."
    QByteArray secret;  // 32 bytes, never logged
    int timeoutMs = 8000;
    QByteArray caCertificatePem; // optional: trust this certificate (a self-signed server)

    bool isComplete() const { return url.isValid() && !url.host().isEmpty() && !terminalId.isEmpty() && !secret.isEmpty(); }
};

struct RemoteBalances
{
    Points points = 0;
    Points pointsAvailable = 0;
    Points pointsPending = 0;
    Money storedValue = 0;
    Money creditOwed = 0;
    Money creditLimit = 0;
};

struct RemoteCard
{
    QString cardNumber;
    QString status; // active, blocked, replaced...
    QString cardTypeCode;
    QString cardTypeName;
    bool pinRequired = false;
};

struct RemoteMember
{
    qint64 memberId = 0; // the server's
    QString fullName;
    QString mobile;
    QString tier;
    QList<RemoteCard> cards;
    RemoteBalances balances;
    Points nextExpiryPoints = 0;
    QDateTime nextExpiryAt; // invalid: nothing expires
};

struct RemoteIdentified
{
    RemoteCard card;
    RemoteMember member;
};

struct RemoteOperator
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString role;
    QString branchCode;
};

struct RemoteSession
{
    QByteArray token; // never logged
    QDateTime expiresAt;
    RemoteOperator op;
};

struct RemoteHealth
{
    QString status;
    QString version;
    int schemaVersion = 0;
    QDateTime time;
};

// A sale as the server recorded it (or priced it, for a quote: no saleId).
struct RemoteSale
{
    qint64 saleId = 0;
    QString branchCode;
    qint64 receiptNo = 0;
    QDateTime at;
    bool replayed = false; // the server had this idempotency key already
    Money gross = 0;
    Money discount = 0;
    Money net = 0;
    Points pointsEarned = 0;
    Points pointsToRedeem = 0;
    Money pointsValue = 0;
    Money toPay = 0;
    QDateTime pendingUntil;
    RemoteBalances balancesAfter;
};

struct RemoteReturn
{
    qint64 returnId = 0;
    qint64 saleId = 0;
    Money refund = 0;
    Points pointsReversed = 0;
    Points pointsRestored = 0;
    RemoteBalances balancesAfter;
};

// One operation kept on this desk until the server has it (a sale, or since migration 0025
// a return, gift redemption, gift card charge or points purchase).
struct OutboxEntry
{
    enum class State { Pending, Sent, Conflict, Resolved };
    // Since migration 0030 also what was made at the desk: a member, a card, a card's block
    // or unblock (push operations: the outbox's push_operation column).
    enum class Operation { Sale, Return, Gift, GiftCardCharge, PointsBuy, MemberCreate, CardIssue, CardBlock, CardUnblock };

    Id id = kNoId;
    QString idempotencyKey;
    Operation operation = Operation::Sale;
    QByteArray requestJson; // the request's body, recordedAt/recordedBy/offline included
    // A return of a sale still in the outbox: that sale's key. Its saleId is filled in from
    // the sale's entry when it is replayed.
    QString afterKey;
    QString cardNumber;     // the card the sale names (for the floor limit); empty for none
    Points pointsRedeemed = 0;
    Money storedValue = 0;
    QDateTime recordedAt;
    QString recordedBy; // operator username at the desk
    QDateTime createdAt;
    State state = State::Pending;
    QDateTime stateAt;
    QString serverCode;  // the server's error code for a conflict
    QString message;     // what the server said (conflict) or the manager's note (resolved)
    qint64 serverSaleId = 0; // the id the server gave (sale, return, redemption, charge, transaction)
    qint64 serverReceiptNo = 0;
};

QString outboxOperationKey(OutboxEntry::Operation op); // "sale", "return", "gift"...
bool outboxOperationFromKey(const QString &key, OutboxEntry::Operation &op);
QString outboxOperationPath(OutboxEntry::Operation op); // "/v1/sales", "/v1/returns"...
bool outboxIsPush(OutboxEntry::Operation op); // a member, card, block or unblock made here

QString outboxStateKey(OutboxEntry::State state); // "pending", "sent", "conflict", "resolved"
bool outboxStateFromKey(const QString &key, OutboxEntry::State &state);

} // namespace Club::Core
