// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Club::Core::CardNumber {

// The Luhn (mod 10) check digit for a string of ASCII digits; -1 if it holds anything else.
int luhnCheckDigit(const QString &digitsWithoutCheck);

// True for an all-digit string whose last digit is its Luhn check digit.
bool isValid(const QString &number);

// prefix + serial zero-padded to fill `length - 1` digits + check digit. Empty when the
// serial does not fit.
QString compose(const QString &prefix, qint64 serial, int length = 16);

} // namespace Club::Core::CardNumber
