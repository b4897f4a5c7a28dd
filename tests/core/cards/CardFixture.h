// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemberBuilders.h"
#include "TestDatabase.h"
#include "cards/CardService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "storage/SqlQuery.h"

#include <QTest>

namespace Club::Test {

// A fresh store with an admin, a clock that stands still and a CardService, plus helpers
// to make members and card types and to count rows.
struct CardFixture
{
    explicit CardFixture(Core::Database::Engine engine)
        : t{engine}
        , clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC))
        , admin(t.admin())
        , ledger(t.db(), clock)
        , members(t.db(), ledger, clock)
        , cards(t.db(), clock)
    {}

    bool ok() const { return t.ok() && admin.operatorId != Core::kNoId; }
    QString error() const { return t.error(); }
    Core::Database &db() { return t.db(); }

    // A member with an account of its own, made through MemberService; kNoId when refused.
    Core::Id member(int n, bool active = true)
    {
        const Core::Result<Core::Member> made = members.create(admin, memberDraft(n));
        if (!made) {
            qWarning() << "member refused:" << made.error().message << made.error().detail;
            return Core::kNoId;
        }
        if (!active && !members.setActive(admin, made->id, false))
            return Core::kNoId;
        return made->id;
    }

    Core::Id accountOf(Core::Id memberId)
    {
        Core::SqlQuery q(db(), QStringLiteral("SELECT account_id FROM members WHERE id = :m"));
        q.bind(QStringLiteral(":m"), memberId);
        const Core::Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : Core::kNoId;
    }

    static Core::CardType
    typeDraft(const QString &name, const QString &prefix = QStringLiteral("6280"), int length = 16)
    {
        Core::CardType d;
        d.name = name;
        d.prefix = prefix;
        d.numberLength = length;
        return d;
    }

    // Creates a card type as the admin; kNoId (and a test failure message) when refused.
    Core::Id type(const Core::CardType &draft)
    {
        const Core::Result<Core::CardType> made = cards.createCardType(admin, draft);
        if (!made) {
            qWarning() << "card type refused:" << made.error().message << made.error().detail;
            return Core::kNoId;
        }
        return made->id;
    }

    qint64 count(const QString &sql)
    {
        Core::SqlQuery q(db(), sql);
        const Core::Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    TestDatabase t;
    Core::ManualClock clock;
    Core::Actor admin;
    Core::LedgerService ledger;
    Core::MemberService members;
    Core::CardService cards;
};

} // namespace Club::Test
