// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <functional>

namespace Club::Core {

class Database;
class MemberService;
class CardService;
class LedgerService;

// Fills a new store with a living club so a newcomer has something to look at: members
// with Persian and Arabic names, groups, card types, cards, tiers and a few months of
// points history. Everything goes through the real services (and so the ledger), seeded,
// so the same seed gives the same club.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        int members = 500;
        quint32 seed = 1403;
        int monthsOfHistory = 4;
    };
    // Called after each member; return false to stop. Work done so far stays.
    using Progress = std::function<bool(int done, int total)>;

    DemoDataGenerator(Database &db, MemberService &members, CardService &cards, LedgerService &ledger,
                      const Clock &clock = Clock::system());

    Status generate(const Actor &actor, const Options &options, const Progress &progress = {});

private:
    Database &m_db;
    MemberService &m_members;
    CardService &m_cards;
    LedgerService &m_ledger;
    const Clock &m_clock;
};

} // namespace Club::Core
