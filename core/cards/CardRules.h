// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Pure rules for what an operator types about cards: numbers and PINs. No storage, no
// translation, so the UI can check input as it is typed and the service checks it again.
namespace Club::Core::CardRules {

// Every decimal digit of any script (Persian, Arabic-Indic, Devanagari...) to ASCII;
// everything else unchanged.
QString asciiDigits(const QString &text);

// True when text is not empty and holds ASCII digits only.
bool isAsciiDigits(const QString &text);

// A card number as typed or pasted: digits of any script to ASCII, white space, dashes and
// invisible direction marks removed. Other characters stay, so a wrong number stays wrong.
QString normalizeNumber(const QString &typed);

// A chip UID as read or typed: "AA:BB cc-dd" -> "AABBCCDD"; empty when it is not 4, 7 or 10
// bytes of hex (the UID lengths of ISO 14443-A), so a garbled read never matches a stored UID.
QString normalizeChipUid(const QString &typed);

constexpr int kMinPinLength = 4;
constexpr int kMaxPinLength = 6;

enum class PinProblem {
    None,
    Length,    // not 4 to 6 characters
    NotDigits, // anything but digits
    AllSame,   // 1111, 000000
    Sequence,  // 1234, 4321, 123456, 6543...
};

// Checks a PIN already converted with asciiDigits().
PinProblem pinProblem(const QString &asciiPin);

} // namespace Club::Core::CardRules
