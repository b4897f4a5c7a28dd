// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Club::Devices::Hex {

// "3B 8F 80" style, upper case, one space between bytes: how DEVICES.md and the
// readers' manuals write APDUs.
QString spaced(const QByteArray &bytes);
// Accepts "3B8F80", "3b 8f 80", "3B:8F:80"; nullopt on an odd digit count or a non-hex character.
std::optional<QByteArray> parse(const QString &text);

} // namespace Club::Devices::Hex
