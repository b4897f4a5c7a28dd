// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Product groups and card PINs from /v1/sync (migration 0028), and the PINs set here that
// go the other way (POST /v1/cards/pin, sent by SyncPuller). A PIN hash is never logged.
#include "PullSql.h"

#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Log.h"

#include <QDateTime>

namespace Club::Core {

namespace {
QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integerOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

// Pin times compare as times (NULL or unreadable: older than any).
QDateTime pinTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString pinText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<QVariant> PullSql::groupOf(const QJsonValue &serverGroupId) const
{
    const qint64 server = integerOf(serverGroupId);
    if (serverGroupId.isNull() || serverGroupId.isUndefined() || server <= 0)
        return QVariant();
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM product_groups WHERE server_id = :k"), server);
    if (!id)
        return id.error();
    if (*id == kNoId)
        return Error::make(Error::Code::NotFound, {}, QStringLiteral("not pulled yet: product group"));
    return QVariant(*id);
}

Status PullSql::productGroup(const QJsonObject &item) const
{
    const qint64 serverId = integerOf(item.value(QLatin1String("groupId")));
    if (serverId <= 0)
        return Error::make(Error::Code::Invalid, QStringLiteral("product group without groupId"));
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM product_groups WHERE server_id = :k"), serverId);
    if (!id)
        return id.error();

    if (item.value(QLatin1String("deleted")).toBool()) {
        if (*id == kNoId)
            return {};
        // The server deletes only an empty group; what this desk put in it stays, ungrouped.
        for (const QString &sql : {QStringLiteral("UPDATE products SET group_id = NULL WHERE group_id = :k"),
                                   QStringLiteral("UPDATE product_groups SET parent_id = NULL WHERE parent_id = :k"),
                                   QStringLiteral("DELETE FROM product_groups WHERE id = :k")}) {
            SqlQuery q(m_db, sql);
            q.bind(QStringLiteral(":k"), *id);
            if (Status s = q.exec(); !s)
                return s;
        }
        return {};
    }

    const QString name = textOf(item, "name");
    // A group typed here before the desk was connected is the same group when the name
    // matches: it is adopted, not doubled.
    if (*id == kNoId) {
        id = idBy(QStringLiteral("SELECT MIN(id) FROM product_groups WHERE name = :k AND server_id IS NULL"), name);
        if (!id)
            return id.error();
    }
    // The parent's own change is older than this one (it existed first), so it is in this
    // page or an earlier one; a parent met later in the same page (a group moved under a
    // newer one) is held by a row its own item fills in.
    QVariant parent;
    const QJsonValue serverParent = item.value(QLatin1String("parentId"));
    if (integerOf(serverParent) > 0) {
        Result<QVariant> local = groupOf(serverParent);
        if (!local && local.error().code != Error::Code::NotFound)
            return local.error();
        if (local) {
            parent = *local;
        } else {
            SqlQuery hold(m_db, QStringLiteral("INSERT INTO product_groups (name, server_id, created_at, updated_at) "
                                               "VALUES ('', :server, :at, :at2) RETURNING id"));
            hold.bind(QStringLiteral(":server"), integerOf(serverParent))
                .bind(QStringLiteral(":at"), m_now)
                .bind(QStringLiteral(":at2"), m_now);
            Result<QVariant> made = hold.scalar();
            if (!made)
                return made.error();
            parent = *made;
        }
    }
    SqlQuery q(m_db, *id == kNoId
                         ? QStringLiteral("INSERT INTO product_groups (parent_id, name, server_id, created_at, "
                                          "updated_at) VALUES (:parent, :name, :server, :at, :at2)")
                         : QStringLiteral("UPDATE product_groups SET parent_id = :parent, name = :name, server_id = "
                                          ":server, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":parent"), parent)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":server"), serverId)
        .bind(QStringLiteral(":at"), m_now);
    if (*id == kNoId)
        q.bind(QStringLiteral(":at2"), m_now);
    else
        q.bind(QStringLiteral(":id"), *id);
    return q.exec();
}

Status PullSql::cardPin(const QJsonObject &item) const
{
    const QString number = textOf(item, "cardNumber");
    SqlQuery q(m_db, QStringLiteral("SELECT id, pin_hash, pin_changed_at, pin_push_pending FROM cards "
                                    "WHERE number = :k"));
    q.bind(QStringLiteral(":k"), number);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error::make(Error::Code::NotFound, {}, QStringLiteral("not pulled yet: card"));
    const Id cardId = q.value(0).toLongLong();
    const QString localHash = q.value(1).toString();
    const QDateTime localAt = pinTime(q.value(2).toString());
    const bool pending = q.value(3).toInt() != 0;
    q.raw().finish();

    const QJsonValue hashValue = item.value(QLatin1String("pinHash"));
    const QString hash = hashValue.toString();
    // Only a hash verify() can check here is kept; anything else would refuse every PIN.
    if (!hash.isEmpty() && !PasswordHasher::isHash(hash)) {
        qCWarning(lcSync) << "pulled PIN of card" << cardId << "is not a hash this desk can check; skipped";
        return {};
    }
    const QDateTime pulledAt = pinTime(textOf(item, "pinChangedAt"));
    if (hash == localHash) {
        // The server has what this desk has (perhaps it was this desk's own push).
        SqlQuery same(m_db, QStringLiteral("UPDATE cards SET pin_push_pending = 0 WHERE id = :id"));
        same.bind(QStringLiteral(":id"), cardId);
        return same.exec();
    }
    // A PIN set here after the server's, not yet sent: it stays, and goes to the server.
    if (pending && localAt.isValid() && (!pulledAt.isValid() || localAt > pulledAt))
        return {};
    // The failure count was against the old PIN; the lock (this place's) stays.
    SqlQuery set(m_db, QStringLiteral("UPDATE cards SET pin_hash = :h, pin_changed_at = :at, pin_push_pending = 0, "
                                      "pin_failures = 0 WHERE id = :id"));
    set.bind(QStringLiteral(":h"), hash.isEmpty() ? QVariant() : QVariant(hash))
        .bind(QStringLiteral(":at"), pulledAt.isValid() ? QVariant(pinText(pulledAt)) : QVariant())
        .bind(QStringLiteral(":id"), cardId);
    return set.exec();
}

Result<QList<QJsonObject>> PullSql::pinsToPush() const
{
    // A card made here waits for its own push first (migration 0030): sent before it, the
    // PIN would be refused as an unknown card and not sent again; and a card the server
    // refused (its number is another card's there) never sends its PIN onto that card.
    SqlQuery q(m_db, QStringLiteral("SELECT number, pin_hash, pin_changed_at FROM cards WHERE pin_push_pending = 1 "
                                    "AND pin_hash IS NOT NULL AND status_pushed IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                    "sync_outbox o WHERE o.push_operation = 'card_issue' AND o.card_number = "
                                    "cards.number AND COALESCE((SELECT e.state FROM sync_outbox_events e WHERE "
                                    "e.entry_id = o.id ORDER BY e.id DESC LIMIT 1), 'pending') <> 'sent') "
                                    "ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<QJsonObject> pins;
    while (q.next()) {
        const QDateTime at = pinTime(q.value(2).toString());
        pins.append({{QStringLiteral("cardNumber"), q.value(0).toString()},
                     {QStringLiteral("pinHash"), q.value(1).toString()},
                     {QStringLiteral("pinChangedAt"), at.isValid() ? pinText(at) : m_now}});
    }
    return pins;
}

Status PullSql::pinPushed(const QString &cardNumber, const QString &hash) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET pin_push_pending = 0 WHERE number = :n AND pin_hash = :h"));
    q.bind(QStringLiteral(":n"), cardNumber).bind(QStringLiteral(":h"), hash);
    return q.exec();
}

} // namespace Club::Core
