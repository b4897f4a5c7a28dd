// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSql.h"

#include "Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Text.h"

#include <QStringList>

namespace Club::Core::MemberSql {

QString select()
{
    return QStringLiteral(
        "SELECT m.id, m.account_id, a.head_member_id, m.first_name, m.last_name, m.mobile, m.national_code, m.email, "
        "m.address, m.city, m.gender, m.birth_date, m.marriage_date, m.referrer_id, m.tier, m.notes, m.sms_opt_out, "
        "m.email_opt_out, m.active, m.branch_id, m.created_at, m.updated_at, m.language "
        "FROM members m JOIN member_accounts a ON a.id = m.account_id ");
}

Member fromRow(const SqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.accountId = q.value(1).toLongLong();
    m.familyHeadId = q.value(2).toLongLong();
    m.firstName = q.value(3).toString();
    m.lastName = q.value(4).toString();
    m.mobile = q.value(5).toString();
    m.nationalCode = q.value(6).toString();
    m.email = q.value(7).toString();
    m.address = q.value(8).toString();
    m.city = q.value(9).toString();
    m.gender = genderFromKey(q.value(10).toString());
    m.birthDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    m.marriageDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    m.referrerId = q.value(13).toLongLong();
    m.tier = q.value(14).toString();
    m.notes = q.value(15).toString();
    m.smsOptOut = q.value(16).toInt() != 0;
    m.emailOptOut = q.value(17).toInt() != 0;
    m.active = q.value(18).toInt() != 0;
    m.branchId = q.value(19).toLongLong();
    m.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    m.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
    m.language = q.value(22).toString();
    return m;
}

Result<QList<Id>> groupIds(const Database &db, Id memberId)
{
    SqlQuery q(db, QStringLiteral("SELECT group_id FROM member_group_members WHERE member_id = :m ORDER BY group_id"));
    q.bind(QStringLiteral(":m"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<bool> groupsExist(const Database &db, const QList<Id> &groupIds)
{
    for (Id id : groupIds) {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM member_groups WHERE id = :id"));
        q.bind(QStringLiteral(":id"), id);
        Result<QVariant> n = q.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() == 0)
            return false;
    }
    return true;
}

Result<qint64> othersInAccount(const Database &db, Id accountId, Id memberId)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM members WHERE account_id = :a AND id <> :m"));
    q.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":m"), memberId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status lockMembers(const Database &db, const QList<Id> &memberIds)
{
    if (db.engine() != Database::Engine::PostgreSQL)
        return {};
    for (Id id : memberIds) {
        SqlQuery q(db, QStringLiteral("SELECT id FROM members WHERE id = :id FOR UPDATE"));
        q.bind(QStringLiteral(":id"), id);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

QString genderKey(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Unspecified:
        break;
    }
    return QString(QLatin1String(""));
}

Gender genderFromKey(const QString &key)
{
    if (key == QLatin1String("female"))
        return Gender::Female;
    if (key == QLatin1String("male"))
        return Gender::Male;
    return Gender::Unspecified;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString searchKeyOf(const Member &member)
{
    QStringList parts{member.firstName, member.lastName, member.mobile};
    const QString local = Validation::iranianLocalMobile(member.mobile);
    if (!local.isEmpty())
        parts << local;
    else if (member.mobile.startsWith(QLatin1Char('+')))
        parts << member.mobile.mid(1);
    parts << member.nationalCode << member.email;
    parts.removeAll(QString());
    return Text::searchKey(parts.join(QLatin1Char(' ')));
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

void bindFields(SqlQuery &query, const Member &m)
{
    query.bind(QStringLiteral(":first"), m.firstName)
        .bind(QStringLiteral(":last"), m.lastName)
        .bind(QStringLiteral(":mobile"), m.mobile)
        .bind(QStringLiteral(":nc"), textOrNull(m.nationalCode))
        .bind(QStringLiteral(":email"), m.email)
        .bind(QStringLiteral(":address"), m.address)
        .bind(QStringLiteral(":city"), m.city)
        .bind(QStringLiteral(":gender"), genderKey(m.gender))
        .bind(QStringLiteral(":birth"), dateOrNull(m.birthDate))
        .bind(QStringLiteral(":marriage"), dateOrNull(m.marriageDate))
        .bind(QStringLiteral(":referrer"), idOrNull(m.referrerId))
        .bind(QStringLiteral(":tier"), m.tier)
        .bind(QStringLiteral(":notes"), m.notes)
        .bind(QStringLiteral(":sms"), m.smsOptOut ? 1 : 0)
        .bind(QStringLiteral(":emailOut"), m.emailOptOut ? 1 : 0)
        .bind(QStringLiteral(":lang"), m.language)
        .bind(QStringLiteral(":key"), searchKeyOf(m))
        .bind(QStringLiteral(":branch"), idOrNull(m.branchId));
}

} // namespace Club::Core::MemberSql
