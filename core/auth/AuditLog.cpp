// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &entity, Id entityId,
                        const QString &detail)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO audit_log (at, operator_id, branch_id, action, entity, entity_id, "
                                    "detail) VALUES (:at, :op, :branch, :action, :entity, :eid, :detail)"));
    q.bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":op"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":branch"), actor.branchId != kNoId ? QVariant(actor.branchId) : QVariant())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":eid"), entityId != kNoId ? QVariant(entityId) : QVariant())
        .bind(QStringLiteral(":detail"), detail);
    return q.exec();
}

Result<QList<AuditEntry>> AuditLog::list(const Actor &actor, const QString &entity, Id entityId, int limit) const
{
    if (Status s = require(actor, Permission::AuditRead); !s)
        return s.error();
    QString sql = QStringLiteral("SELECT a.id, a.at, a.operator_id, COALESCE(o.full_name, ''), a.branch_id, a.action, "
                                 "a.entity, a.entity_id, a.detail FROM audit_log a "
                                 "LEFT JOIN operators o ON o.id = a.operator_id WHERE 1 = 1");
    if (!entity.isEmpty())
        sql += QStringLiteral(" AND a.entity = :entity");
    if (entityId != kNoId)
        sql += QStringLiteral(" AND a.entity_id = :eid");
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT :limit");
    SqlQuery q(m_db, sql);
    if (!entity.isEmpty())
        q.bind(QStringLiteral(":entity"), entity);
    if (entityId != kNoId)
        q.bind(QStringLiteral(":eid"), entityId);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.operatorId = q.value(2).toLongLong();
        e.operatorName = q.value(3).toString();
        e.branchId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.entity = q.value(6).toString();
        e.entityId = q.value(7).toLongLong();
        e.detail = q.value(8).toString();
        out.append(e);
    }
    return out;
}

} // namespace Club::Core
