// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QString>
#include <QVariant>

namespace Club::Core {

class Database;

// Internal to sync: what the desk remembers of the members and cards it sends to the
// central server (migration 0030; DeskPush.cpp). A member made here carries the outbox key
// of its push until the server's id comes back; a card carries the status the server is
// known to have (NULL: made here, not sent yet).
class PushSql
{
public:
    explicit PushSql(const Database &db)
        : m_db(db)
    {}

    struct MemberLink
    {
        qint64 serverId = 0; // 0: the server has not answered for it (or never got it)
        QString pushKey;     // the outbox key of its push; empty: not made at a connected desk
    };
    Result<MemberLink> memberLink(Id memberId) const;
    Status setPushKey(Id memberId, const QString &key) const;
    // The server's id for the member pushed under this key (a member adopted by a pull
    // meanwhile keeps the id it has).
    Status linkMember(const QString &pushKey, qint64 serverId) const;

    // NULL when the card was made here and not sent; otherwise a status key.
    Result<QVariant> statusPushed(Id cardId) const;
    // With `pinToo`, a PIN the card has goes to the server after the card (issue sets none).
    Status setStatusPushed(Id cardId, const QString &status, bool pinToo = false) const;
    // A card issued here whose push waits in the outbox: a sale on it waits behind it.
    Result<bool> cardPushWaiting(const QString &cardNumber) const;
    // The push that made this card on the server, when it was made here and that push is
    // not known to have been taken (pending, or refused as a conflict).
    struct IssuePush
    {
        QString key;          // empty: none (pulled, or taken by the server)
        bool refused = false; // a conflict (resolved or not): the server's card is not this one
    };
    Result<IssuePush> issuePush(const QString &cardNumber) const;

    // A card number made elsewhere (pulled here, or pushed to the server) is never given
    // out again by this store: its serial moves past the number's. Numbers that are not
    // prefix + serial + check digit change nothing. Used by the desk and by the server.
    Status keepSerialPast(const QString &prefix, const QString &number) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
