// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushSql.h"

#include "domain/CardNumber.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

Result<PushSql::MemberLink> PushSql::memberLink(Id memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT server_id, push_key FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, {}, QStringLiteral("no member %1").arg(memberId));
    return MemberLink{q.value(0).toLongLong(), q.value(1).toString()};
}

Status PushSql::setPushKey(Id memberId, const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE members SET push_key = :k WHERE id = :id"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":id"), memberId);
    return q.exec();
}

Status PushSql::linkMember(const QString &pushKey, qint64 serverId) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE members SET server_id = :s WHERE push_key = :k AND server_id IS NULL"));
    q.bind(QStringLiteral(":s"), serverId).bind(QStringLiteral(":k"), pushKey);
    return q.exec();
}

Result<QVariant> PushSql::statusPushed(Id cardId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT status_pushed FROM cards WHERE id = :id"));
    q.bind(QStringLiteral(":id"), cardId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, {}, QStringLiteral("no card %1").arg(cardId));
    return q.value(0);
}

Status PushSql::setStatusPushed(Id cardId, const QString &status, bool pinToo) const
{
    SqlQuery q(m_db, pinToo ? QStringLiteral("UPDATE cards SET status_pushed = :s, pin_push_pending = CASE WHEN "
                                             "pin_hash IS NULL THEN 0 ELSE 1 END WHERE id = :id")
                            : QStringLiteral("UPDATE cards SET status_pushed = :s WHERE id = :id"));
    q.bind(QStringLiteral(":s"), status).bind(QStringLiteral(":id"), cardId);
    return q.exec();
}

Result<bool> PushSql::cardPushWaiting(const QString &cardNumber) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox o WHERE o.push_operation = 'card_issue' AND "
                                    "o.card_number = :n AND NOT EXISTS (SELECT 1 FROM sync_outbox_events e "
                                    "WHERE e.entry_id = o.id)"));
    q.bind(QStringLiteral(":n"), cardNumber);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<PushSql::IssuePush> PushSql::issuePush(const QString &cardNumber) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT o.idempotency_key, (SELECT e.state FROM sync_outbox_events e WHERE "
                                    "e.entry_id = o.id ORDER BY e.id DESC LIMIT 1) FROM sync_outbox o WHERE "
                                    "o.push_operation = 'card_issue' AND o.card_number = :n ORDER BY o.id DESC"));
    q.bind(QStringLiteral(":n"), cardNumber);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return IssuePush{};
    const QString state = q.value(1).toString();
    if (state == QLatin1String("sent"))
        return IssuePush{};
    return IssuePush{q.value(0).toString(), !state.isEmpty()};
}

Status PushSql::keepSerialPast(const QString &prefix, const QString &number) const
{
    if (prefix.isEmpty() || !number.startsWith(prefix) || number.size() <= prefix.size() + 1)
        return {};
    bool ok = false;
    const qint64 serial = number.mid(prefix.size(), number.size() - prefix.size() - 1).toLongLong(&ok);
    if (!ok || CardNumber::compose(prefix, serial, int(number.size())) != number)
        return {};
    SqlQuery ensure(m_db, QStringLiteral("INSERT INTO card_number_sequences (prefix, next_serial) VALUES (:p, 1) "
                                         "ON CONFLICT (prefix) DO NOTHING"));
    ensure.bind(QStringLiteral(":p"), prefix);
    if (Status s = ensure.exec(); !s)
        return s;
    SqlQuery past(m_db, QStringLiteral("UPDATE card_number_sequences SET next_serial = :next WHERE prefix = :p AND "
                                       "next_serial <= :s"));
    past.bind(QStringLiteral(":next"), serial + 1)
        .bind(QStringLiteral(":p"), prefix)
        .bind(QStringLiteral(":s"), serial);
    return past.exec();
}

} // namespace Club::Core
