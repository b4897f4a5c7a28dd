// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Club::Core {

// Money is always integer minor units (rials have none, so 1 unit = 1 rial; dinars and
// dirhams use fils). Never a floating point type.
using Money = qint64;
// Points are whole numbers.
using Points = qint64;

using Id = qint64;
constexpr Id kNoId = 0;

} // namespace Club::Core
