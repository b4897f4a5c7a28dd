// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonationSql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {

QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

Charity charityOf(const SqlQuery &q)
{
    Charity c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.active = q.value(2).toInt() != 0;
    c.createdAt = LedgerStore::fromIso(q.value(3));
    return c;
}

} // namespace

Result<QList<Charity>> DonationSql::charities(bool includeInactive) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, active, created_at FROM charities WHERE active = 1 OR :all = 1 "
                                    "ORDER BY name, id"));
    q.bind(QStringLiteral(":all"), includeInactive ? 1 : 0);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Charity> out;
    while (q.next())
        out.append(charityOf(q));
    return out;
}

Result<Charity> DonationSql::charity(Id charityId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, active, created_at FROM charities WHERE id = :id"));
    q.bind(QStringLiteral(":id"), charityId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("That charity was not found."),
                           QStringLiteral("charity %1").arg(charityId), QStringLiteral("charityId"));
    return charityOf(q);
}

Result<Id> DonationSql::insertCharity(const QString &name, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO charities (name, active, created_at, updated_at) "
                                    "VALUES (:n, 1, :at, :at2) RETURNING id"));
    q.bind(QStringLiteral(":n"), name).bind(QStringLiteral(":at"), iso(now)).bind(QStringLiteral(":at2"), iso(now));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status DonationSql::updateCharity(const Charity &c, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE charities SET name = :n, active = :a, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":n"), c.name)
        .bind(QStringLiteral(":a"), c.active ? 1 : 0)
        .bind(QStringLiteral(":at"), iso(now))
        .bind(QStringLiteral(":id"), c.id);
    return q.exec();
}

Result<Id> DonationSql::insertDonation(const Donation &d, Id memberAccountId, const QString &idempotencyKey,
                                       Id operatorId, Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO donations (charity_id, member_id, member_account_id, points, value, "
                                    "idempotency_key, transaction_id, operator_id, branch_id, created_at) VALUES "
                                    "(:c, :m, :a, :p, :v, :k, :t, :o, :b, :at) RETURNING id"));
    q.bind(QStringLiteral(":c"), d.charityId)
        .bind(QStringLiteral(":m"), d.memberId)
        .bind(QStringLiteral(":a"), memberAccountId)
        .bind(QStringLiteral(":p"), d.points)
        .bind(QStringLiteral(":v"), d.value)
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":t"), d.transactionId)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":at"), iso(d.at));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Donation> DonationSql::byKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT d.id, d.charity_id, c.name, d.member_id, m.first_name, m.last_name, "
                                    "d.points, d.value, d.transaction_id, d.created_at FROM donations d "
                                    "JOIN charities c ON c.id = d.charity_id JOIN members m ON m.id = d.member_id "
                                    "WHERE d.idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    Donation d;
    if (!q.next())
        return d;
    d.id = q.value(0).toLongLong();
    d.charityId = q.value(1).toLongLong();
    d.charityName = q.value(2).toString();
    d.memberId = q.value(3).toLongLong();
    d.memberName = QString(q.value(4).toString() + QLatin1Char(' ') + q.value(5).toString()).trimmed();
    d.points = q.value(6).toLongLong();
    d.value = q.value(7).toLongLong();
    d.transactionId = q.value(8).toLongLong();
    d.at = LedgerStore::fromIso(q.value(9));
    return d;
}

Result<QList<CharityTotal>> DonationSql::totals(const QDateTime &from, const QDateTime &to) const
{
    // ISO text sorts like time: "" is before every time and "9" after.
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, c.name, c.active, COUNT(d.id), COALESCE(SUM(d.points), 0), "
                                    "COALESCE(SUM(d.value), 0) FROM charities c LEFT JOIN donations d ON "
                                    "d.charity_id = c.id AND d.created_at >= :from AND d.created_at < :to "
                                    "GROUP BY c.id, c.name, c.active ORDER BY c.name, c.id"));
    q.bind(QStringLiteral(":from"), from.isValid() ? iso(from) : QString())
        .bind(QStringLiteral(":to"), to.isValid() ? iso(to) : QStringLiteral("9"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CharityTotal> out;
    while (q.next()) {
        CharityTotal t;
        t.charityId = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.active = q.value(2).toInt() != 0;
        t.donations = q.value(3).toLongLong();
        t.points = q.value(4).toLongLong();
        t.value = q.value(5).toLongLong();
        out.append(t);
    }
    return out;
}

} // namespace Club::Core
