// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

namespace Club::Core::ReportCsv {

namespace {

QString quoted(const QString &text)
{
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    bool needs = false;
    for (QChar c : text)
        needs = needs || kSpecial.contains(c);
    if (!needs)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QString percentText(qint64 hundredths)
{
    const QString sign = hundredths < 0 ? QStringLiteral("-") : QString();
    const qint64 a = hundredths < 0 ? -hundredths : hundredths;
    return sign + QString::number(a / 100) + QLatin1Char('.') + twoDigits(int(a % 100));
}

QString cell(const ReportTable &table, int column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (table.columns.at(column).kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Date:
    case ColumnKind::Month: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return {};
        const QCalendar::YearMonthDay p = table.calendar.partsFromDate(d);
        QString out = QString::number(p.year) + QLatin1Char('-') + twoDigits(p.month);
        if (table.columns.at(column).kind == ColumnKind::Date)
            out += QLatin1Char('-') + twoDigits(p.day);
        return out;
    }
    case ColumnKind::Money:
    case ColumnKind::Points:
    case ColumnKind::Count:
        return QString::number(value.toLongLong());
    case ColumnKind::Percent:
        return percentText(value.toLongLong());
    }
    return value.toString();
}

QByteArray toCsv(const ReportTable &table)
{
    QString out;
    const QString crlf = QStringLiteral("\r\n");
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << quoted(c.title);
    out += header.join(QLatin1Char(',')) + crlf;
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (int i = 0; i < table.columns.size(); ++i)
            cells << quoted(cell(table, i, row.value(i)));
        out += cells.join(QLatin1Char(',')) + crlf;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Club::Core::ReportCsv
