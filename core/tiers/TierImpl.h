// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TierService.h"

#include <optional>

namespace Club::Core {

// Shared by TierPrograms.cpp (programmes) and TierService.cpp (evaluation, reviews).
struct TierService::Impl
{
    static Error invalid(const QString &message, const QString &field);
};

// The card type's programme with its tiers by rank, lowest first; nullopt when none.
Result<std::optional<TierProgram>> loadTierProgram(const Database &db, Id cardTypeId);

} // namespace Club::Core
