// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "MemberSql.h"
#include "Validation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Text.h"

namespace Club::Core {

namespace {
const QString kSummarySelect =
    QStringLiteral("SELECT m.id, m.account_id, m.first_name, m.last_name, m.mobile, m.national_code, m.tier, m.active, "
                   "(SELECT c.number FROM cards c WHERE c.member_id = m.id AND c.status = 'active' "
                   "ORDER BY c.issued_at DESC, c.id DESC LIMIT 1) "
                   "FROM members m WHERE ");

// The query without what people put between digits; empty when anything else is left.
QString digitsOnly(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c != u' ' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            return {};
    }
    return out;
}

// The subscriber part of a dialled number: without 0098, 00, 98 or the trunk 0.
QString subscriberPart(const QString &digits)
{
    for (const char *prefix : {"0098", "00", "98", "0"}) {
        if (digits.startsWith(QLatin1String(prefix)) && digits.size() > qsizetype(qstrlen(prefix)))
            return digits.mid(qstrlen(prefix));
    }
    return digits;
}
} // namespace

Result<QList<MemberSummary>>
MemberService::search(const Actor &actor, const QString &query, int limit, bool includeInactive) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    const QString key = Text::searchKey(query);
    const QString digits = digitsOnly(key);
    QString sql = kSummarySelect + (includeInactive ? QStringLiteral("1 = 1") : QStringLiteral("m.active = 1"));

    QList<QPair<QString, QVariant>> bindings;
    if (key.isEmpty()) {
        sql += QStringLiteral(" ORDER BY m.id DESC");
    } else if (!digits.isEmpty()) {
        // Mobile in any form, national code or card number, as far as it has been typed.
        sql +=
            QStringLiteral(" AND (m.mobile LIKE :mobileTyped OR m.mobile LIKE :mobileCore OR m.national_code LIKE :nc"
                           " OR EXISTS (SELECT 1 FROM cards c2 WHERE c2.member_id = m.id AND c2.number LIKE :card))"
                           " ORDER BY CASE WHEN m.mobile = :exactMobile OR m.national_code = :exactNc"
                           " OR EXISTS (SELECT 1 FROM cards c3 WHERE c3.member_id = m.id AND c3.number = :exactCard)"
                           " THEN 0 ELSE 1 END, m.last_name, m.first_name, m.id");
        const QString contains = QStringLiteral("%") + digits + QStringLiteral("%");
        bindings = {
            {QStringLiteral(":mobileTyped"), contains},
            {QStringLiteral(":mobileCore"), QString(QLatin1Char('%') + subscriberPart(digits) + QLatin1Char('%'))},
            {QStringLiteral(":nc"), contains},
            {QStringLiteral(":card"), contains},
            {QStringLiteral(":exactMobile"), Validation::normalizeMobile(digits).value_or(digits)},
            {QStringLiteral(":exactNc"), Validation::normalizeNationalCode(digits)},
            {QStringLiteral(":exactCard"), digits}};
    } else {
        // Every word somewhere in the folded names, mobile, national code and email.
        const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString name = QStringLiteral(":w%1").arg(i);
            sql += QStringLiteral(" AND m.search_key LIKE ") + name + QStringLiteral(" ESCAPE '\\'");
            bindings.append({name, QString(QLatin1Char('%') + MemberSql::escapeLike(words.at(i)) + QLatin1Char('%'))});
        }
        // Whole-word matches (a full first name, "first last") before partial ones.
        sql +=
            QStringLiteral(" ORDER BY CASE WHEN ' ' || m.search_key || ' ' LIKE :whole ESCAPE '\\' THEN 0 ELSE 1 END,"
                           " m.last_name, m.first_name, m.id");
        bindings.append({QStringLiteral(":whole"),
                         QString(QStringLiteral("% ") + MemberSql::escapeLike(key) + QStringLiteral(" %"))});
    }
    sql += QStringLiteral(" LIMIT :limit");

    SqlQuery q(m_db, sql);
    for (const auto &[name, value] : std::as_const(bindings))
        q.bind(name, value);
    q.bind(QStringLiteral(":limit"), limit > 0 ? limit : 50);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MemberSummary> out;
    while (q.next()) {
        MemberSummary row;
        row.id = q.value(0).toLongLong();
        row.accountId = q.value(1).toLongLong();
        row.fullName = QString(q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString()).trimmed();
        row.mobile = q.value(4).toString();
        row.nationalCode = q.value(5).toString();
        row.tier = q.value(6).toString();
        row.active = q.value(7).toInt() != 0;
        row.cardNumber = q.value(8).toString();
        out.append(row);
    }
    return out;
}

} // namespace Club::Core
