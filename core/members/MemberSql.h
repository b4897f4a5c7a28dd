// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/members: the member row mapping shared by MemberService's files.

#include "Member.h"
#include "util/Result.h"

#include <QVariant>

namespace Club::Core {

class Database;
class SqlQuery;

namespace MemberSql {

// "SELECT <member columns> FROM members m JOIN member_accounts a ON a.id = m.account_id";
// append a WHERE clause. fromRow() reads its columns (group ids excepted).
QString select();
Member fromRow(const SqlQuery &q);

Result<QList<Id>> groupIds(const Database &db, Id memberId);
// False when any of the ids is not a group.
Result<bool> groupsExist(const Database &db, const QList<Id> &groupIds);
// Member ids sharing the account, other than memberId.
Result<qint64> othersInAccount(const Database &db, Id accountId, Id memberId);
// On PostgreSQL, locks the members' rows until the transaction ends; SQLite's write
// transaction already holds the whole store.
Status lockMembers(const Database &db, const QList<Id> &memberIds);

QString genderKey(Gender gender);
Gender genderFromKey(const QString &key);

QVariant dateOrNull(const QDate &date);
QVariant textOrNull(const QString &text);

// The folded text the search matches words in: names, mobile in its usual forms,
// national code and email.
QString searchKeyOf(const Member &member);
// Escapes \, % and _ for LIKE ... ESCAPE '\'.
QString escapeLike(const QString &text);

// Binds the member's own fields (:first :last :mobile :nc :email :address :city :gender
// :birth :marriage :referrer :tier :notes :sms :emailOut :key :branch), the ones both the
// INSERT and the UPDATE write.
void bindFields(SqlQuery &query, const Member &member);

} // namespace MemberSql
} // namespace Club::Core
