// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Club::Core::Validation {

// Iranian mobiles in any usual form (09121234567, 9121234567, +98 912 123 4567,
// 0098..., Persian or Arabic digits) and international numbers (+ or 00 then 8..15
// digits) to E.164 ("+989121234567"). nullopt when it is not a mobile number.
std::optional<QString> normalizeMobile(const QString &input);

// The Iranian national code: 10 digits with its mod-11 check digit; all-same-digit
// codes are refused. Digits of any script are accepted.
bool isValidNationalCode(const QString &input);
// ASCII digits without separators; 8 or 9 digits are left-padded with zeros to 10, as
// Iranian systems drop leading zeros. Anything else is returned as found, to fail validation.
QString normalizeNationalCode(const QString &input);

bool isValidEmail(const QString &input);
QString normalizeEmail(const QString &input); // trimmed, domain lower-cased

// The Iranian national number form of a normalized Iranian mobile ("+989121234567" ->
// "09121234567"); empty for other numbers.
QString iranianLocalMobile(const QString &normalized);

} // namespace Club::Core::Validation
