// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QByteArray>

namespace Club::Core {

// A report as CSV for spreadsheets and other programs: UTF-8 with a byte order mark (so
// spreadsheet programs read Persian and Arabic right), RFC 4180 quoting, CRLF line ends,
// a header row of the column titles. Cells are machine-readable: money as a plain integer
// of minor units, points and counts as integers, percents as "25.50", dates as
// "yyyy-MM-dd" and months as "yyyy-MM" in the report's calendar (Jalali for the store) with
// Latin digits.
namespace ReportCsv {

QByteArray toCsv(const ReportTable &table);
QString cell(const ReportTable &table, int column, const QVariant &value);
QString percentText(qint64 hundredths); // 2550 -> "25.50"

} // namespace ReportCsv

} // namespace Club::Core
