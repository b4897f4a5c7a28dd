// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QImage>

class QPrinter;
class QTextDocument;

namespace Club::Ui {

// A report on paper or in a PDF: title, the filters' range, the chart's picture and the
// table, right to left in Persian and Arabic, on A4 (landscape when the table is wide).
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinting)

public:
    // `subtitle` says what was chosen (range, branch...); `chart` may be null.
    static void fill(QTextDocument &document, const Core::ReportTable &table, const QString &subtitle,
                     const QImage &chart);
    static void print(QPrinter &printer, const Core::ReportTable &table, const QString &subtitle, const QImage &chart);
    static bool exportPdf(const QString &path, const Core::ReportTable &table, const QString &subtitle,
                          const QImage &chart);
};

} // namespace Club::Ui
