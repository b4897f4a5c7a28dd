// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationSql.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Club::Core {

namespace {
const QString kOrgSelect = QStringLiteral(
    "SELECT o.id, o.name, o.kind, o.contact_name, o.contact_phone, o.contact_email, o.notes, o.active, "
    "o.created_at, o.updated_at, "
    "(SELECT COUNT(*) FROM organisation_members m WHERE m.organisation_id = o.id AND m.left_on IS NULL) "
    "FROM organisations o ");

const QString kMembershipSelect = QStringLiteral(
    "SELECT om.id, om.organisation_id, o.name, om.member_id, m.first_name, m.last_name, m.mobile, "
    "om.staff_number, om.joined_on, om.left_on, om.funded_credit "
    "FROM organisation_members om JOIN organisations o ON o.id = om.organisation_id "
    "JOIN members m ON m.id = om.member_id ");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

Organisation orgFromRow(const SqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.kind = organisationKindFromKey(q.value(2).toString());
    o.contactName = q.value(3).toString();
    o.contactPhone = q.value(4).toString();
    o.contactEmail = q.value(5).toString();
    o.notes = q.value(6).toString();
    o.active = q.value(7).toInt() != 0;
    o.createdAt = fromIso(q.value(8));
    o.updatedAt = fromIso(q.value(9));
    o.memberCount = q.value(10).toLongLong();
    return o;
}

OrganisationMembership membershipFromRow(const SqlQuery &q)
{
    OrganisationMembership m;
    m.id = q.value(0).toLongLong();
    m.organisationId = q.value(1).toLongLong();
    m.organisationName = q.value(2).toString();
    m.memberId = q.value(3).toLongLong();
    m.memberName = QString(q.value(4).toString() + QLatin1Char(' ') + q.value(5).toString()).trimmed();
    m.mobile = q.value(6).toString();
    m.staffNumber = q.value(7).toString();
    m.joinedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    if (!q.value(9).isNull())
        m.leftOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    m.fundedCredit = q.value(10).toInt() != 0;
    return m;
}
} // namespace

QString organisationKindKey(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Company:
        return QStringLiteral("company");
    case OrganisationKind::Union:
        return QStringLiteral("union");
    case OrganisationKind::University:
        return QStringLiteral("university");
    case OrganisationKind::Bank:
        return QStringLiteral("bank");
    case OrganisationKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

OrganisationKind organisationKindFromKey(const QString &key)
{
    for (OrganisationKind k : {OrganisationKind::Company, OrganisationKind::Union, OrganisationKind::University,
                               OrganisationKind::Bank}) {
        if (organisationKindKey(k) == key)
            return k;
    }
    return OrganisationKind::Other;
}

Result<Id> OrganisationSql::insert(const Organisation &org, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO organisations (name, kind, contact_name, contact_phone, "
                                    "contact_email, notes, active, created_at, updated_at) VALUES (:name, :kind, "
                                    ":cn, :cp, :ce, :notes, :active, :now, :now2) RETURNING id"));
    q.bind(QStringLiteral(":name"), org.name)
        .bind(QStringLiteral(":kind"), organisationKindKey(org.kind))
        .bind(QStringLiteral(":cn"), org.contactName)
        .bind(QStringLiteral(":cp"), org.contactPhone)
        .bind(QStringLiteral(":ce"), org.contactEmail)
        .bind(QStringLiteral(":notes"), org.notes)
        .bind(QStringLiteral(":active"), org.active ? 1 : 0)
        .bind(QStringLiteral(":now"), iso(now))
        .bind(QStringLiteral(":now2"), iso(now));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status OrganisationSql::update(const Organisation &org, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE organisations SET name = :name, kind = :kind, contact_name = :cn, "
                                    "contact_phone = :cp, contact_email = :ce, notes = :notes, active = :active, "
                                    "updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":name"), org.name)
        .bind(QStringLiteral(":kind"), organisationKindKey(org.kind))
        .bind(QStringLiteral(":cn"), org.contactName)
        .bind(QStringLiteral(":cp"), org.contactPhone)
        .bind(QStringLiteral(":ce"), org.contactEmail)
        .bind(QStringLiteral(":notes"), org.notes)
        .bind(QStringLiteral(":active"), org.active ? 1 : 0)
        .bind(QStringLiteral(":now"), iso(now))
        .bind(QStringLiteral(":id"), org.id);
    return q.exec();
}

Result<QList<Organisation>> OrganisationSql::list(bool includeInactive) const
{
    SqlQuery q(m_db, kOrgSelect + (includeInactive ? QString() : QStringLiteral("WHERE o.active = 1 ")) +
                         QStringLiteral("ORDER BY o.name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Organisation> out;
    while (q.next())
        out.append(orgFromRow(q));
    return out;
}

Result<Organisation> OrganisationSql::get(Id id) const
{
    SqlQuery q(m_db, kOrgSelect + QStringLiteral("WHERE o.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("OrganisationService", "The organisation was not found."),
                           QStringLiteral("organisation %1").arg(id));
    return orgFromRow(q);
}

Result<Id> OrganisationSql::insertMembership(const OrganisationMembership &m, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO organisation_members (organisation_id, member_id, staff_number, "
                                    "joined_on, left_on, funded_credit, created_at) VALUES (:org, :member, "
                                    ":staff, :joined, :left, :funded, :now) RETURNING id"));
    q.bind(QStringLiteral(":org"), m.organisationId)
        .bind(QStringLiteral(":member"), m.memberId)
        .bind(QStringLiteral(":staff"), m.staffNumber)
        .bind(QStringLiteral(":joined"), m.joinedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":left"), dateOrNull(m.leftOn))
        .bind(QStringLiteral(":funded"), m.fundedCredit ? 1 : 0)
        .bind(QStringLiteral(":now"), iso(now));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<OrganisationMembership> OrganisationSql::membership(Id organisationId, Id memberId) const
{
    SqlQuery q(m_db, kMembershipSelect + QStringLiteral("WHERE om.organisation_id = :org AND om.member_id = :member"));
    q.bind(QStringLiteral(":org"), organisationId).bind(QStringLiteral(":member"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return OrganisationMembership{};
    return membershipFromRow(q);
}

Status OrganisationSql::updateMembership(const OrganisationMembership &m) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE organisation_members SET staff_number = :staff, joined_on = :joined, "
                                    "left_on = :left, funded_credit = :funded WHERE id = :id"));
    q.bind(QStringLiteral(":staff"), m.staffNumber)
        .bind(QStringLiteral(":joined"), m.joinedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":left"), dateOrNull(m.leftOn))
        .bind(QStringLiteral(":funded"), m.fundedCredit ? 1 : 0)
        .bind(QStringLiteral(":id"), m.id);
    return q.exec();
}

Result<QList<OrganisationMembership>> OrganisationSql::members(Id organisationId, bool includeEnded) const
{
    SqlQuery q(m_db, kMembershipSelect + QStringLiteral("WHERE om.organisation_id = :org ") +
                         (includeEnded ? QString() : QStringLiteral("AND om.left_on IS NULL ")) +
                         QStringLiteral("ORDER BY m.last_name, m.first_name, om.id"));
    q.bind(QStringLiteral(":org"), organisationId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OrganisationMembership> out;
    while (q.next())
        out.append(membershipFromRow(q));
    return out;
}

Result<QList<OrganisationMembership>> OrganisationSql::organisationsOf(Id memberId) const
{
    SqlQuery q(m_db, kMembershipSelect + QStringLiteral("WHERE om.member_id = :member ORDER BY o.name"));
    q.bind(QStringLiteral(":member"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OrganisationMembership> out;
    while (q.next())
        out.append(membershipFromRow(q));
    return out;
}

Result<QList<Id>> OrganisationSql::currentOrganisationIds(Id memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT om.organisation_id FROM organisation_members om "
                                    "JOIN organisations o ON o.id = om.organisation_id "
                                    "WHERE om.member_id = :member AND om.left_on IS NULL AND o.active = 1"));
    q.bind(QStringLiteral(":member"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace Club::Core
