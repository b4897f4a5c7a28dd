// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Club::Devices {
// PC/SC failures with their SCARD_* codes; never APDU data (keys travel in load-key APDUs).
Q_DECLARE_LOGGING_CATEGORY(lcPcsc)
} // namespace Club::Devices
