// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <functional>

namespace Club::Core {

class Database;

// Fills a new store with a living club so a newcomer has something to look at: members
// with Persian and Arabic names, groups, card types, cards, tiers and a few months of
// points history, and a shop (DemoShop.h): products with prices and their changes, gifts,
// the branch's warehouse with stock and minimums, earn and discount rules, and months of
// sales through the sales service with a few returns. Everything goes through the real services (and so the ledger), seeded,
// so the same seed gives the same club. History is dated in the past: the generator runs
// its own service instances on a clock that walks from months ago up to now.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    static constexpr int kMaxMembers = 100'000;
    static constexpr int kMaxMonths = 36;

    struct Options
    {
        int members = 500;
        quint32 seed = 1403;
        int monthsOfHistory = 4;
    };
    // Called after each member; return false to stop. Work done so far stays.
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoDataGenerator(Database &db, const Clock &clock = Clock::system());

    Status generate(const Actor &actor, const Options &options, const Progress &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Club::Core
