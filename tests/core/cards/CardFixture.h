// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "cards/CardService.h"
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
        , cards(t.db(), clock)
    {
    }

    bool ok() const { return t.ok() && admin.operatorId != Core::kNoId; }
    QString error() const { return t.error(); }
    Core::Database &db() { return t.db(); }

    // A member with an account of its own, written directly: the card service only reads
    // members (existence, active, account).
    Core::Id member(int n, bool active = true)
    {
        const QString now = clock.nowUtc().toString(Qt::ISODate);
        Core::SqlQuery account(db(), QStringLiteral("INSERT INTO member_accounts (head_member_id, created_at) "
                                                    "VALUES (NULL, :at) RETURNING id"));
        account.bind(QStringLiteral(":at"), now);
        const Core::Result<QVariant> accountId = account.scalar();
        if (!accountId)
            return Core::kNoId;
        Core::SqlQuery m(db(), QStringLiteral("INSERT INTO members (account_id, first_name, last_name, active, "
                                              "created_at, updated_at) VALUES (:a, 'Test', :last, :active, :at, "
                                              ":at2) RETURNING id"));
        m.bind(QStringLiteral(":a"), *accountId)
            .bind(QStringLiteral(":last"), QStringLiteral("Member %1").arg(n))
            .bind(QStringLiteral(":active"), active ? 1 : 0)
            .bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":at2"), now);
        const Core::Result<QVariant> memberId = m.scalar();
        if (!memberId)
            return Core::kNoId;
        Core::SqlQuery head(db(), QStringLiteral("UPDATE member_accounts SET head_member_id = :m WHERE id = :a"));
        head.bind(QStringLiteral(":m"), *memberId).bind(QStringLiteral(":a"), *accountId);
        if (!head.exec())
            return Core::kNoId;
        return memberId->toLongLong();
    }

    Core::Id accountOf(Core::Id memberId)
    {
        Core::SqlQuery q(db(), QStringLiteral("SELECT account_id FROM members WHERE id = :m"));
        q.bind(QStringLiteral(":m"), memberId);
        const Core::Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : Core::kNoId;
    }

    static Core::CardType typeDraft(const QString &name, const QString &prefix = QStringLiteral("6280"),
                                    int length = 16)
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
    Core::CardService cards;
};

} // namespace Club::Test
