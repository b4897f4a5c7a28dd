// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Club::Ui::Language {

// The languages we ship, Persian first: "fa", "ar", "en".
QStringList codes();
// The language's name in itself ("فارسی"), as a language picker shows it.
QString nativeName(const QString &code);
QLocale locale(const QString &code);
bool isRightToLeft(const QString &code);

// The language kept in QSettings ("ui/language"); Persian when none or unknown.
QString saved();
void save(const QString &code);
// The command line's --language when it names one of ours, otherwise saved().
QString choose(const QString &commandLineValue);

// Installs our translations (:/i18n/clubmanager_<code>.qm) and Qt's own (qtbase_<code>),
// makes the language's locale the default, sets the layout direction and the Vazirmatn
// application font. Safe to call again with another language. False when our
// translations for it are missing (the English source text is shown then).
bool install(const QString &code);
// The language installed last; empty before install().
QString current();

// Where an installed program keeps its .qm files: <prefix>/share/clubmanager/translations
// beside <prefix>/bin (the Debian package), or translations/ beside the .exe (Windows).
// install() prefers them to the copies built into the program, so a package's files are the
// ones used and a corrected translation can be dropped in without a rebuild.
QString installedTranslationsDir();
// The folder our translations came from at the last install(): installedTranslationsDir()
// or ":/i18n" (built in); empty when none were found.
QString translationsSource();

// Registers the bundled Vazirmatn faces; returns the family name (empty on failure).
QString loadFonts();

} // namespace Club::Ui::Language
