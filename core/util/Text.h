// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Club::Core::Text {

// Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII digits; nothing else changes.
QString toLatinDigits(const QString &text);

// Folds what a shop-counter search should not tell apart: Arabic ي/ى/ك vs Persian ی/ک,
// hamza-carrying alefs, ة, tatweel, diacritics, ZWNJ, digits of any script, Latin case,
// runs of white space. Used both for the stored search column and for the query.
QString searchKey(const QString &text);

// Arabic ي/ك to Persian ی/ک and digits to ASCII, for names as they are stored:
// what is typed on an Arabic keyboard and on a Persian one becomes the same record.
QString normalizeName(const QString &text);

} // namespace Club::Core::Text
