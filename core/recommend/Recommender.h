// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Suggestion.h"
#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>

namespace Club::Core {

class Database;
class MemberService;
class LedgerService;
class CatalogService;
class InventoryService;
class RuleService;
class SalesService;

// What to offer one member now: gifts the spendable points reach, the next threshold
// reward, points about to expire, birthdays and anniversaries coming up, and products the
// member buys regularly that are due again. Only reads; the same answer for the same data
// and clock, so the member page and the desk show the same list.
//
// Needs MemberRead and LedgerRead. Kinds whose data the actor may not read (gifts without
// CatalogRead and InventoryRead, thresholds and bonuses without RulesRead) are left out
// rather than failing the whole list. Days are counted in the store's zone and calendar
// (SalesService::settings()), like the rules.
class Recommender
{
public:
    Recommender(Database &db,
                MemberService &members,
                LedgerService &ledger,
                CatalogService &catalog,
                InventoryService &inventory,
                RuleService &rules,
                const SalesService &sales,
                const Clock &clock = Clock::system());

    // Ordered by kind (SuggestionKind order), then within a kind: expiry soonest first,
    // occasions soonest first, gifts most expensive first, thresholds nearest first,
    // repurchases most overdue first; ties by product or rule id.
    Result<QList<Suggestion>>
    suggestions(const Actor &actor, Id memberId, const SuggestionOptions &options = {}) const;

    // Points of the member's account that expire within `withinDays` (from now), soonest
    // first, one entry per local day.
    Result<QList<ExpiringPoints>> expiringPoints(const Actor &actor, Id memberId, int withinDays = 30) const;

private:
    struct Impl;
    Database &m_db;
    MemberService &m_members;
    LedgerService &m_ledger;
    CatalogService &m_catalog;
    InventoryService &m_inventory;
    RuleService &m_rules;
    const SalesService &m_sales;
    const Clock &m_clock;
};

} // namespace Club::Core
