// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the LedgerService tests share: a fresh store on one engine, a clock that stands
// still, the service, and two empty member accounts.

#include "LedgerTestSupport.h"
#include "TestDatabase.h"
#include "ledger/LedgerService.h"

#include <QTest>

namespace Club::Test::Ledger {

inline const QDateTime kStart(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

inline QString key(const char *name)
{
    return QString::fromLatin1(name);
}

inline Club::Core::EarnOptions expiringAt(const QDateTime &expiresAt, const QDateTime &availableAt = {})
{
    Club::Core::EarnOptions o;
    o.expiresAt = expiresAt;
    o.availableAt = availableAt;
    return o;
}

struct Fixture
{
    explicit Fixture(int engine)
        : t(Database::Engine(engine))
        , clock(kStart)
        , ledger(t.db(), clock)
    {
        admin = t.admin();
        account = newMemberAccount(t.db(), kStart);
        other = newMemberAccount(t.db(), kStart);
    }
    bool ok() const
    {
        return t.ok() && account != Club::Core::kNoId && other != Club::Core::kNoId &&
               admin.operatorId != Club::Core::kNoId;
    }
    Database &db() { return t.db(); }
    Club::Core::AccountBalance balance(Id id) { return *ledger.balance(admin, id); }

    TestDatabase t;
    Club::Core::ManualClock clock;
    Club::Core::LedgerService ledger;
    Club::Core::Actor admin;
    Id account = Club::Core::kNoId;
    Id other = Club::Core::kNoId;
};

} // namespace Club::Test::Ledger

// In a test function of an engine-row table: the fixture `f` for this row.
#define LEDGER_FIXTURE()                                                                                               \
    QFETCH(int, engine);                                                                                               \
    Club::Test::Ledger::Fixture f(engine);                                                                             \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))
