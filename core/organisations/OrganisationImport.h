// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/Member.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QStringList>

#include <optional>

namespace Club::Core {

// A CSV file as Excel and others export it, decoded and split into cells.
struct CsvTable
{
    enum class Encoding { Utf8, Utf8Bom, Utf16, Windows1256 };
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    QStringList header;
    QList<QStringList> rows; // data rows, in file order; row i is spreadsheet row i + 2
};

namespace CsvReader {
// UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such; bytes that are not
// valid UTF-8 are read as Windows-1256 (what Persian and Arabic Windows save "CSV" in).
// The delimiter is the one of comma, semicolon and tab the header line has most of.
Result<CsvTable> read(const QByteArray &bytes);
// Decoding only (exposed for tests).
Result<QString> decode(const QByteArray &bytes, CsvTable::Encoding *encoding);
} // namespace CsvReader

// What a column of the file becomes.
enum class ImportField { FirstName, LastName, Mobile, NationalCode, BirthDate, Email, StaffNumber, City, Language };
// A language cell (fa, ar, en, or the language's name in English, Persian or Arabic) as a
// member language key; empty for an empty cell, nullopt when not understood.
std::optional<QString> parseImportLanguage(const QString &text);
inline size_t qHash(ImportField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}
QList<ImportField> importFields();
bool importFieldRequired(ImportField field); // first name, last name, mobile
QString importFieldName(ImportField field);   // translated, for the column mapping

// Field → column index, guessed from the header's words (English, Persian, Arabic).
QHash<ImportField, int> guessImportColumns(const QStringList &header);

// A date as people type it in a spreadsheet: year first (1370/05/12, 1991-08-03) or last
// (12/05/1370, 03/08/1991), Persian or Arabic digits, an Excel time part ignored. Years
// 1300–1499 are Jalali, 1900–2100 Gregorian; day and month that could be either way round
// are refused as ambiguous.
struct ParsedDate
{
    QDate date;      // invalid when refused
    bool jalali = false;
    QString error;   // translated, when refused
};
ParsedDate parseImportDate(const QString &text);

struct ImportPlan
{
    CsvTable table;
    QHash<ImportField, int> columns; // unmapped fields are not imported
    QDate joinedOn;                  // invalid: today
};

struct ImportRow
{
    int row = 0;        // the spreadsheet row number (the header is row 1)
    QStringList errors; // translated; empty when the row can be imported
    QString note;       // e.g. how its date was read
    Member draft;       // as it will be saved
    QString staffNumber;
    Id memberId = kNoId; // after the import
};

struct ImportReport
{
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    QStringList fileErrors; // a required column not chosen, an empty file
    QStringList notes;      // e.g. the file mixes Jalali and Gregorian dates
    QList<ImportRow> rows;
    int errorRows = 0;
    int imported = 0;
    bool clean() const { return fileErrors.isEmpty() && errorRows == 0 && !rows.isEmpty(); }
};

} // namespace Club::Core
