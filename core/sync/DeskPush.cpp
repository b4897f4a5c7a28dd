// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Members, cards and card blocks made at a connected desk go to the central server
// (migration 0030). They travel in the outbox with the sales, so a sale kept offline for a
// card made here is replayed after that card, and each goes exactly once under its own
// idempotency key; online, the worker sends them at once. The server's id for a member made
// here is written on the member when its push is answered, so the next pull updates it
// instead of adding it again.
#include "ConnectedDesk.h"

#include "PushSql.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QJsonDocument>
#include <QUuid>

namespace Club::Core {

namespace {
QString genderKey(Gender g)
{
    switch (g) {
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

QString dateOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

void ConnectedDesk::connectPushes()
{
    connect(&m_members, &MemberService::memberCreated, this, &ConnectedDesk::pushMember);
    connect(&m_cards, &CardService::cardIssued, this, [this](qint64 cardId, qint64) { pushCard(cardId); });
    connect(&m_cards, &CardService::cardChanged, this, [this](qint64 cardId, qint64) { pushCard(cardId); });
    connect(&m_worker, &OutboxWorker::entrySent, this, &ConnectedDesk::pushAnswered);
}

Status ConnectedDesk::keepPush(OutboxEntry::Operation operation,
                               const QJsonObject &body,
                               const QString &cardNumber,
                               const QString &afterKey)
{
    OutboxEntry entry;
    entry.idempotencyKey = body.value(QLatin1String("idempotencyKey")).toString();
    entry.operation = operation;
    entry.requestJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    entry.cardNumber = cardNumber;
    entry.afterKey = afterKey;
    entry.recordedAt = m_clock.nowUtc();
    entry.recordedBy = m_actor.username;
    Result<OutboxEntry> added = m_outbox.add(m_actor, entry);
    if (!added)
        return added.error();
    return {};
}

void ConnectedDesk::pushMember(qint64 memberId)
{
    if (!m_client.isConfigured() || m_actor.operatorId == kNoId)
        return; // a desk not connected keeps its members to itself
    const PushSql sql(m_db);
    Result<PushSql::MemberLink> link = sql.memberLink(memberId);
    if (!link || link->serverId > 0 || !link->pushKey.isEmpty())
        return;
    Result<Member> m = m_members.member(m_actor, memberId);
    if (!m) {
        qCWarning(lcSync) << "member" << memberId << "not sent to the server:" << m.error().detail;
        return;
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body{{QStringLiteral("idempotencyKey"), key},
                     {QStringLiteral("firstName"), m->firstName},
                     {QStringLiteral("lastName"), m->lastName},
                     {QStringLiteral("mobile"), m->mobile},
                     {QStringLiteral("gender"), genderKey(m->gender)}};
    const std::pair<const char *, QString> optional[] = {
        {"email", m->email}, {"nationalCode", m->nationalCode},        {"address", m->address},
        {"city", m->city},   {"birthDate", dateOrEmpty(m->birthDate)}, {"marriageDate", dateOrEmpty(m->marriageDate)}};
    for (const auto &[name, value] : optional) {
        if (!value.isEmpty())
            body.insert(QLatin1String(name), value);
    }
    // The key on the member and its entry in the outbox: both or neither.
    Transaction tx(m_db);
    Status s = tx.ok() ? sql.setPushKey(memberId, key) : Status(tx.error());
    if (s)
        s = keepPush(OutboxEntry::Operation::MemberCreate, body, {}, {});
    if (s)
        s = tx.commit();
    if (!s)
        qCWarning(lcSync) << "member" << memberId << "not kept for the server:" << s.error().detail;
    else
        qCInfo(lcSync) << "member" << memberId << "kept for the server as" << key;
}

void ConnectedDesk::pushCard(qint64 cardId)
{
    if (!m_client.isConfigured() || m_actor.operatorId == kNoId)
        return;
    const PushSql sql(m_db);
    Result<QVariant> pushed = sql.statusPushed(cardId);
    Result<Card> card = pushed ? m_cards.card(m_actor, cardId) : Result<Card>(pushed.error());
    if (!card) {
        qCWarning(lcSync) << "card" << cardId << "not sent to the server:" << card.error().detail;
        return;
    }
    const QString status = cardStatusKey(card->status);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body{{QStringLiteral("idempotencyKey"), key}, {QStringLiteral("cardNumber"), card->number}};
    OutboxEntry::Operation operation = OutboxEntry::Operation::CardIssue;
    QString afterKey;
    if (pushed->isNull()) {
        // Made here. A card being encoded goes once it is active; one that never was stays.
        if (card->status != CardStatus::Active)
            return;
        Result<PushSql::MemberLink> link = sql.memberLink(card->memberId);
        Result<CardType> type = link ? m_cards.cardType(m_actor, card->cardTypeId) : Result<CardType>(link.error());
        if (!type) {
            qCWarning(lcSync) << "card" << cardId << "not sent to the server:" << type.error().detail;
            return;
        }
        if (link->serverId > 0) {
            body.insert(QStringLiteral("memberId"), link->serverId);
        } else if (!link->pushKey.isEmpty()) {
            afterKey = link->pushKey; // the worker puts in the server's id of the member
        } else {
            qCInfo(lcSync) << "card" << cardId << "stays here: its member is not on the server";
            return;
        }
        body.insert(QStringLiteral("cardTypeCode"), type->name);
        if (card->expiresOn.isValid())
            body.insert(QStringLiteral("expiresOn"), card->expiresOn.toString(Qt::ISODate));
        if (!card->chipUid.isEmpty())
            body.insert(QStringLiteral("chipUid"), card->chipUid);
    } else if ((card->status == CardStatus::Blocked || card->status == CardStatus::Active) &&
               status != pushed->toString()) {
        // A card made here: its block waits behind its own push, and one the server refused
        // (its number is another card's there) must not block or unblock that other card.
        Result<PushSql::IssuePush> issue = sql.issuePush(card->number);
        if (!issue) {
            qCWarning(lcSync) << "card" << cardId << "not sent to the server:" << issue.error().detail;
            return;
        }
        if (issue->refused) {
            qCInfo(lcSync).noquote() << "card" << maskCardNumber(card->number) << "stays here: the server refused it";
            return;
        }
        afterKey = issue->key;
        const bool blocking = card->status == CardStatus::Blocked;
        operation = blocking ? OutboxEntry::Operation::CardBlock : OutboxEntry::Operation::CardUnblock;
        if (blocking) {
            const QString reason = card->blockReason.section(QLatin1Char(':'), 0, 0).trimmed();
            body.insert(QStringLiteral("reason"), blockReasonFromKey(reason) ? reason : QStringLiteral("other"));
        }
    } else {
        return; // a PIN, an activation of a pulled card...: nothing the server needs from here
    }
    Transaction tx(m_db);
    Status s = tx.ok() ? sql.setStatusPushed(cardId, status, operation == OutboxEntry::Operation::CardIssue)
                       : Status(tx.error());
    if (s)
        s = keepPush(operation, body, card->number, afterKey);
    if (s)
        s = tx.commit();
    if (!s)
        qCWarning(lcSync).noquote() << "card" << maskCardNumber(card->number)
                                    << "not kept for the server:" << s.error().detail;
    else
        qCInfo(lcSync).noquote() << outboxOperationKey(operation) << "of card" << maskCardNumber(card->number)
                                 << "kept for the server";
}

void ConnectedDesk::pushAnswered(qint64 entryId, qint64 serverId)
{
    Result<OutboxEntry> entry = m_outbox.entry(m_actor, entryId);
    if (!entry)
        return;
    if (entry->operation == OutboxEntry::Operation::MemberCreate && serverId > 0) {
        if (Status s = PushSql(m_db).linkMember(entry->idempotencyKey, serverId); !s)
            qCWarning(lcSync) << "member pushed as" << serverId << "not linked:" << s.error().detail;
    } else if (entry->operation == OutboxEntry::Operation::CardIssue) {
        // Its PIN waited for the card to be there (PullSql::pinsToPush).
        m_puller.pushPinsSoon();
    }
}

Result<bool> ConnectedDesk::cardPushWaiting(const QString &cardNumber) const
{
    return PushSql(m_db).cardPushWaiting(cardNumber);
}

} // namespace Club::Core
