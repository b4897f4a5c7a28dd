// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to reports: how ReportSql*.cpp build their WHERE clauses from the filters.

#include "ReportSql.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core::ReportSqlImpl {

inline QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

// Conditions added to a WHERE clause with their bindings; every name is prefixed ":f_".
struct Where
{
    QStringList conds;
    QList<QPair<QString, QVariant>> binds;

    void add(const QString &cond) { conds << cond; }
    void bind(const QString &name, const QVariant &value) { binds.append({name, value}); }
    QString sql() const { return conds.isEmpty() ? QString() : QStringLiteral(" AND ") + conds.join(QStringLiteral(" AND ")); }
    void apply(SqlQuery &q) const
    {
        for (const auto &b : binds)
            q.bind(b.first, b.second);
    }
    void range(const QString &column, const ReportFilters &f)
    {
        add(column + QStringLiteral(" >= :f_from AND ") + column + QStringLiteral(" < :f_to"));
        bind(QStringLiteral(":f_from"), iso(f.from));
        bind(QStringLiteral(":f_to"), iso(f.to));
    }
};

inline bool hasMemberFilter(const ReportFilters &f, bool withBranch)
{
    return f.cardTypeId != kNoId || f.memberGroupId != kNoId || !f.tier.isEmpty() || (withBranch && f.branchId != kNoId);
}

// The member filters as conditions on the members row `m`.
inline QStringList memberConds(const ReportFilters &f, Where &w, bool withBranch)
{
    QStringList c;
    if (f.cardTypeId != kNoId) {
        c << QStringLiteral("EXISTS (SELECT 1 FROM cards fc WHERE fc.member_id = m.id AND fc.card_type_id = :f_ct)");
        w.bind(QStringLiteral(":f_ct"), f.cardTypeId);
    }
    if (f.memberGroupId != kNoId) {
        c << QStringLiteral("EXISTS (SELECT 1 FROM member_group_members fg WHERE fg.member_id = m.id AND "
                            "fg.group_id = :f_grp)");
        w.bind(QStringLiteral(":f_grp"), f.memberGroupId);
    }
    if (!f.tier.isEmpty()) {
        c << QStringLiteral("m.tier = :f_tier");
        w.bind(QStringLiteral(":f_tier"), f.tier);
    }
    if (withBranch && f.branchId != kNoId) {
        c << QStringLiteral("m.branch_id = :f_mbranch");
        w.bind(QStringLiteral(":f_mbranch"), f.branchId);
    }
    return c;
}

// Keeps rows whose member (by id expression) passes the member filters.
inline void memberById(const ReportFilters &f, Where &w, const QString &memberIdExpr, bool withBranch)
{
    if (!hasMemberFilter(f, withBranch))
        return;
    const QStringList c = memberConds(f, w, withBranch);
    w.add(QStringLiteral("EXISTS (SELECT 1 FROM members m WHERE m.id = ") + memberIdExpr + QStringLiteral(" AND ") +
          c.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
}

// Keeps journal transactions (alias t) that moved points or money of a member passing the filters.
inline void memberByTransaction(const ReportFilters &f, Where &w)
{
    if (!hasMemberFilter(f, false))
        return;
    const QStringList c = memberConds(f, w, false);
    w.add(QStringLiteral("EXISTS (SELECT 1 FROM journal_entries me JOIN ledger_accounts ma ON ma.id = "
                         "me.ledger_account_id JOIN members m ON m.account_id = ma.member_account_id WHERE "
                         "me.transaction_id = t.id AND ") +
          c.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
}

// The product group and all groups under it.
inline Result<QList<Id>> groupTree(const Database &db, Id root)
{
    SqlQuery q(db, QStringLiteral("SELECT id, parent_id FROM product_groups"));
    if (Status s = q.exec(); !s)
        return s.error();
    QMultiHash<Id, Id> children;
    while (q.next())
        children.insert(idOf(q.value(1)), q.value(0).toLongLong());
    QList<Id> out{root};
    for (int i = 0; i < out.size(); ++i)
        out += children.values(out.at(i));
    return out;
}

template<typename Row>
Status stream(SqlQuery &q, const std::function<bool(const Row &)> &each, const std::function<Row(const SqlQuery &)> &read)
{
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        if (!each(read(q))) {
            q.raw().finish();
            return ReportSql::cancelled();
        }
    }
    return {};
}

// Products of the chosen group and every group below it (p = products).
inline Status productGroupFilter(const Database &db, const ReportFilters &f, Where &w)
{
    if (f.productGroupId == kNoId)
        return {};
    Result<QList<Id>> tree = groupTree(db, f.productGroupId);
    if (!tree)
        return tree.error();
    QStringList names;
    for (int i = 0; i < tree->size(); ++i) {
        names << QStringLiteral(":f_g%1").arg(i);
        w.bind(names.last(), tree->at(i));
    }
    w.add(QStringLiteral("p.group_id IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
    return {};
}

} // namespace Club::Core::ReportSqlImpl
