// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"

namespace Club::Test {

// A valid member draft for MemberService::create(), unique per n (0 <= n < 10,000,000):
// mobile "+98912" + n in 7 digits, a valid national code of its own, names "Test" and
// "Member <n>". Change what a test needs before creating it.
Club::Core::Member memberDraft(int n);

// The valid Iranian national code made from the nine leading digits `nine` (ASCII).
QString nationalCodeWithCheckDigit(const QString &nine);

} // namespace Club::Test
