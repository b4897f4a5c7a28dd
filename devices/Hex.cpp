// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hex.h"

#include <cctype>

namespace Club::Devices::Hex {

QString spaced(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

std::optional<QByteArray> parse(const QString &text)
{
    QByteArray digits;
    for (QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
            return std::nullopt;
        digits.append(c.toLatin1());
    }
    if (digits.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

} // namespace Club::Devices::Hex
