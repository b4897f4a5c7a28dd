// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrinting.h"

#include "Format.h"
#include "ReportTableModel.h"

#include <QApplication>
#include <QFile>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

namespace Club::Ui {

using namespace Core;

void ReportPrinting::fill(QTextDocument &document, const ReportTable &table, const QString &subtitle,
                          const QImage &chart)
{
    const bool rtl = QApplication::layoutDirection() == Qt::RightToLeft;
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString leading = rtl ? QStringLiteral("right") : QStringLiteral("left");
    const QString trailing = rtl ? QStringLiteral("left") : QStringLiteral("right");
    QString html = QStringLiteral("<html><body dir=\"%1\">").arg(dir);
    html += QStringLiteral("<h2 dir=\"%1\" align=\"%2\">%3</h2>").arg(dir, leading, table.title.toHtmlEscaped());
    html += QStringLiteral("<p dir=\"%1\" align=\"%2\">%3</p>").arg(dir, leading, subtitle.toHtmlEscaped());
    if (!chart.isNull()) {
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report://chart.png")), chart);
        html += QStringLiteral("<p align=\"center\"><img src=\"report://chart.png\" width=\"%1\"></p>")
                    .arg(qMin(chart.width(), 640));
    }
    html += QStringLiteral("<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #888;\"><thead><tr>")
                .arg(dir);
    // QTextDocument lays table columns out left to right whatever the direction, so under
    // right to left the columns are written last first: the first column stands at the right.
    QList<int> columns;
    for (int c = 0; c < table.columns.size(); ++c)
        columns.append(c);
    if (rtl)
        std::reverse(columns.begin(), columns.end());
    for (int c : std::as_const(columns))
        html += QStringLiteral("<th bgcolor=\"#e8eef3\" align=\"%1\">%2</th>")
                    .arg(leading, table.columns.at(c).title.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int c : std::as_const(columns)) {
            const bool text = table.columns.at(c).kind == ColumnKind::Text || table.columns.at(c).kind == ColumnKind::Month;
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(text ? leading : trailing, ReportTableModel::text(table, c, row.value(c)).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (table.rows.isEmpty())
        html += QStringLiteral("<p dir=\"%1\" align=\"%2\">%3</p>")
                    .arg(dir, leading, tr("Nothing to report for these filters.").toHtmlEscaped());
    //: At the foot of a printed report; %1 date and time
    html += QStringLiteral("<p dir=\"%1\" align=\"%2\"><small>%3</small></p>")
                .arg(dir, leading, tr("Made on %1").arg(Format::dateTime(table.asOf)).toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setHtml(html);
}

namespace {
void layOut(QPrinter &printer, const ReportTable &table)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(table.columns.size() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}
} // namespace

void ReportPrinting::print(QPrinter &printer, const ReportTable &table, const QString &subtitle, const QImage &chart)
{
    QTextDocument document;
    fill(document, table, subtitle, chart);
    document.print(&printer);
}

bool ReportPrinting::exportPdf(const QString &path, const ReportTable &table, const QString &subtitle,
                               const QImage &chart)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(table.title);
    printer.setCreator(QCoreApplication::applicationName());
    layOut(printer, table);
    print(printer, table, subtitle, chart);
    return QFile::exists(path) && QFile(path).size() > 0;
}

} // namespace Club::Ui
