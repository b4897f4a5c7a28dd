// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the member tests share: a fresh store on one engine with the ledger and the member
// service on a clock that stands still, plus row counting.

#include "MemberBuilders.h"
#include "TestDatabase.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/SqlQuery.h"

#include <QDateTime>

namespace Club::Test {

inline const QDateTime kMemberTestNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

struct MemberFixture
{
    explicit MemberFixture(int engine)
        : t{Club::Core::Database::Engine(engine)}
        , ledger(t.db(), clock)
        , members(t.db(), ledger, clock)
    {
        if (t.ok())
            admin = t.admin();
    }

    bool ok() const { return t.ok() && admin.operatorId != Club::Core::kNoId; }

    // Rows in a table, or -1 when the query fails.
    qint64 rows(const QString &table)
    {
        Club::Core::SqlQuery q(t.db(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        Club::Core::Result<QVariant> n = q.scalar();
        return n ? n->toLongLong() : -1;
    }

    // The rows of every table a member operation writes to.
    QList<qint64> footprint()
    {
        return {rows(QStringLiteral("members")),
                rows(QStringLiteral("member_accounts")),
                rows(QStringLiteral("member_group_members")),
                rows(QStringLiteral("member_groups")),
                rows(QStringLiteral("audit_log")),
                rows(QStringLiteral("journal_transactions"))};
    }

    Club::Core::Member create(int n)
    {
        Club::Core::Result<Club::Core::Member> m = members.create(admin, memberDraft(n));
        return m ? *m : Club::Core::Member{};
    }

    TestDatabase t;
    Club::Core::ManualClock clock{kMemberTestNow};
    Club::Core::LedgerService ledger;
    Club::Core::MemberService members;
    Club::Core::Actor admin;
};

} // namespace Club::Test
