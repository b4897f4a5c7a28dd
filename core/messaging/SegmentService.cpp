// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentService.h"

#include "SegmentQuery.h"
#include "ledger/LedgerStore.h"
#include "members/MemberSql.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Club::Core {

namespace {
void bindAll(SqlQuery &q, const SegmentQuery::Condition &c)
{
    for (const auto &[name, value] : c.bindings)
        q.bind(name, value);
}

Segment segmentFromRow(const SqlQuery &q, Status &status)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    Result<SegmentFilter> filter = SegmentQuery::fromJson(q.value(2).toString());
    if (filter)
        s.filter = *filter;
    else
        status = filter.error();
    s.createdAt = LedgerStore::fromIso(q.value(3));
    s.updatedAt = LedgerStore::fromIso(q.value(4));
    return s;
}
} // namespace

SegmentService::SegmentService(Database &db, SalesService &sales, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_sales(sales)
    , m_clock(clock)
    , m_audit(db, clock)
{}

QDate SegmentService::today() const
{
    const QTimeZone zone = m_sales.settings().zone;
    return m_clock.nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

Result<Segment> SegmentService::save(const Actor &actor, const Segment &segment)
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    Segment out = segment;
    out.name = segment.name.trimmed();
    if (out.name.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Give the segment a name."), {}, QStringLiteral("name"));
    if (Status s = SegmentQuery::validate(out.filter); !s)
        return s.error();
    const QString now = LedgerStore::isoUtc(m_clock.nowUtc());
    const QString spec = SegmentQuery::toJson(out.filter);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (out.id == kNoId) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO segments (name, spec, created_at, updated_at) "
                                        "VALUES (:n, :s, :c, :u) RETURNING id"));
        q.bind(QStringLiteral(":n"), out.name).bind(QStringLiteral(":s"), spec);
        q.bind(QStringLiteral(":c"), now).bind(QStringLiteral(":u"), now);
        Result<QVariant> id = q.scalar();
        if (!id) {
            if (id.error().code == Error::Code::Duplicate)
                return Error::make(Error::Code::Duplicate, tr("Another segment already has this name."),
                                   id.error().detail, QStringLiteral("name"));
            return id.error();
        }
        out.id = id->toLongLong();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE segments SET name = :n, spec = :s, updated_at = :u WHERE id = :id"));
        q.bind(QStringLiteral(":n"), out.name).bind(QStringLiteral(":s"), spec);
        q.bind(QStringLiteral(":u"), now).bind(QStringLiteral(":id"), out.id);
        if (Status s = q.exec(); !s) {
            if (s.error().code == Error::Code::Duplicate)
                return Error::make(Error::Code::Duplicate, tr("Another segment already has this name."),
                                   s.error().detail, QStringLiteral("name"));
            return s.error();
        }
        if (q.rowsAffected() != 1)
            return Error::make(Error::Code::NotFound, tr("The segment no longer exists."));
    }
    if (Status s = m_audit.record(actor, QStringLiteral("segment.save"), QStringLiteral("segment"), out.id, spec); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT segmentsChanged();
    return this->segment(actor, out.id);
}

Result<QList<Segment>> SegmentService::segments(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, spec, created_at, updated_at FROM segments ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Segment> out;
    Status status;
    while (q.next())
        out << segmentFromRow(q, status);
    if (!status)
        return status.error();
    return out;
}

Result<Segment> SegmentService::segment(const Actor &actor, Id segmentId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, spec, created_at, updated_at FROM segments WHERE id = :id"));
    q.bind(QStringLiteral(":id"), segmentId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The segment no longer exists."));
    Status status;
    Segment out = segmentFromRow(q, status);
    if (!status)
        return status.error();
    return out;
}

Result<QList<Member>> SegmentService::members(const Actor &actor, const SegmentFilter &filter, int offset,
                                              int limit) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = SegmentQuery::validate(filter); !s)
        return s.error();
    const SegmentQuery::Condition c = SegmentQuery::where(filter, m_clock.nowUtc(), today());
    SqlQuery q(m_db, MemberSql::select() + QStringLiteral("WHERE ") + c.sql +
                         QStringLiteral(" ORDER BY m.id LIMIT :limit OFFSET :offset"));
    bindAll(q, c);
    q.bind(QStringLiteral(":limit"), std::max(0, limit)).bind(QStringLiteral(":offset"), std::max(0, offset));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Member> out;
    while (q.next())
        out << MemberSql::fromRow(q);
    return out;
}

Result<qint64> SegmentService::count(const Actor &actor, const SegmentFilter &filter) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = SegmentQuery::validate(filter); !s)
        return s.error();
    const SegmentQuery::Condition c = SegmentQuery::where(filter, m_clock.nowUtc(), today());
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM members m WHERE ") + c.sql);
    bindAll(q, c);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<Id>> SegmentService::memberIds(const SegmentFilter &filter) const
{
    if (Status s = SegmentQuery::validate(filter); !s)
        return s.error();
    const SegmentQuery::Condition c = SegmentQuery::where(filter, m_clock.nowUtc(), today());
    SqlQuery q(m_db, QStringLiteral("SELECT m.id FROM members m WHERE ") + c.sql + QStringLiteral(" ORDER BY m.id"));
    bindAll(q, c);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace Club::Core
