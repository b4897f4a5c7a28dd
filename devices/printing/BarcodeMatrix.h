// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/CardLayout.h"

#include <QString>

#include <vector>

namespace Club::Devices {

// The modules of a symbol, as the encoding library produced them (zint for Code 128,
// libqrencode for QR), without quiet zone. A linear code has one row.
struct BarcodeMatrix
{
    enum class Error { None, EmptyData, EncodingFailed };

    int columns = 0;
    int rows = 0;
    int quietZone = 0; // modules of white the symbology requires on every used side
    std::vector<bool> dark;
    Error error = Error::None;

    bool isLinear() const { return rows == 1; }
    bool isDark(int column, int row) const { return dark[std::size_t(row) * columns + column]; }

    // Code 128 (auto code set, 10-module quiet zone left and right) or QR (libqrencode's
    // mode split, 8-bit for non-digits, ECC level M, smallest version, 4-module quiet zone
    // all round), from UTF-8 data.
    static BarcodeMatrix encode(CardElement::Symbology symbology, const QString &data);
};

} // namespace Club::Devices
