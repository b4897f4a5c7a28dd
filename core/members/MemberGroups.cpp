// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "MemberSql.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QStringList>

namespace Club::Core {

Result<QList<MemberGroup>> MemberService::groups(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT g.id, g.name, g.description, COUNT(gm.member_id) FROM member_groups g "
                                    "LEFT JOIN member_group_members gm ON gm.group_id = g.id "
                                    "GROUP BY g.id, g.name, g.description ORDER BY g.name, g.id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MemberGroup> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Result<MemberGroup> MemberService::createGroup(const Actor &actor, const QString &name, const QString &description)
{
    if (Status s = require(actor, Permission::GroupManage); !s)
        return s.error();
    MemberGroup group;
    group.name = Text::normalizeName(name);
    group.description = description.trimmed();
    if (group.name.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter the group's name."), {}, QStringLiteral("name"));
    const Error taken =
        Error::make(Error::Code::Invalid, tr("A group with this name already exists."), {}, QStringLiteral("name"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // "VIP" and "vip", or the same name typed on an Arabic keyboard, are one group.
    SqlQuery existing(m_db, QStringLiteral("SELECT name FROM member_groups"));
    if (Status s = existing.exec(); !s)
        return s.error();
    const QString key = Text::searchKey(group.name);
    while (existing.next()) {
        if (Text::searchKey(existing.value(0).toString()) == key)
            return taken;
    }
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO member_groups (name, description, created_at) "
                                         "VALUES (:n, :d, :at) RETURNING id"));
    insert.bind(QStringLiteral(":n"), group.name)
        .bind(QStringLiteral(":d"), group.description)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    Result<QVariant> id = insert.scalar();
    if (!id)
        return id.error().code == Error::Code::Duplicate ? taken : id.error();
    group.id = id->toLongLong();
    if (Status s = m_audit.record(actor, QStringLiteral("group.create"), QStringLiteral("group"), group.id, group.name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT groupsChanged();
    return group;
}

Status MemberService::setMemberGroups(const Actor &actor, Id memberId, const QList<Id> &groupIds)
{
    if (Status s = require(actor, Permission::MemberWrite); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Member> current = load(memberId);
    if (!current)
        return current.error();
    Result<bool> exist = MemberSql::groupsExist(m_db, groupIds);
    if (!exist)
        return exist.error();
    if (!*exist)
        return Error::make(Error::Code::Invalid, tr("One of the chosen groups no longer exists."), {},
                           QStringLiteral("groupIds"));
    if (Status s = writeGroups(memberId, groupIds, true); !s)
        return s;
    QStringList ids;
    for (Id id : groupIds)
        ids << QString::number(id);
    if (Status s = m_audit.record(actor, QStringLiteral("member.groups"), QStringLiteral("member"), memberId,
                                  QStringLiteral("groups %1").arg(ids.join(QLatin1Char(','))));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT memberUpdated(memberId);
    Q_EMIT groupsChanged();
    return {};
}

} // namespace Club::Core
