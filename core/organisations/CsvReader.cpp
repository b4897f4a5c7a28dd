// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationImport.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>
#include <iconv.h>

#include <cerrno>

namespace Club::Core::CsvReader {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Club::Core::CsvReader", text);
}

// Qt 6.4's QStringDecoder knows only the UTF and Latin-1 encodings (no ICU codecs by name),
// so Windows-1256 goes through glibc's iconv, which every Linux has.
Result<QString> fromWindows1256(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1256");
    if (cd == iconv_t(-1))
        return Error::make(Error::Code::Unsupported, tr("This file's text encoding cannot be read on this computer."),
                           QStringLiteral("iconv_open WINDOWS-1256 failed"));
    QByteArray out(bytes.size() * 3 + 4, Qt::Uninitialized); // every cp1256 byte is at most 3 UTF-8 bytes
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    const int err = errno;
    iconv_close(cd);
    if (rc == size_t(-1))
        return Error::make(Error::Code::Invalid,
                           tr("This file is neither UTF-8 nor Windows-1256 text. Save it from Excel as "
                              "\"CSV UTF-8\" and try again."),
                           QStringLiteral("iconv failed: errno %1 at byte %2").arg(err).arg(bytes.size() - qint64(inLeft)));
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

struct Collect
{
    QList<QStringList> rows;
    QStringList current;
};

void onField(void *field, size_t len, void *data)
{
    auto *c = static_cast<Collect *>(data);
    c->current.append(QString::fromUtf8(static_cast<const char *>(field), qsizetype(len)).trimmed());
}

void onRow(int, void *data)
{
    auto *c = static_cast<Collect *>(data);
    c->rows.append(c->current);
    c->current.clear();
}

// Only a blank is white space around a field: the default also takes a tab, which is the
// delimiter of Excel's "Unicode text" files.
int isBlank(unsigned char c)
{
    return c == CSV_SPACE ? 1 : 0;
}

char guessDelimiter(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    char best = ',';
    qsizetype bestCount = 0;
    for (char d : {',', ';', '\t'}) {
        const qsizetype n = first.count(QLatin1Char(d));
        if (n > bestCount) {
            best = d;
            bestCount = n;
        }
    }
    return best;
}
} // namespace

Result<QString> decode(const QByteArray &bytes, CsvTable::Encoding *encoding)
{
    auto set = [encoding](CsvTable::Encoding e) {
        if (encoding)
            *encoding = e;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        set(CsvTable::Encoding::Utf8Bom);
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes.mid(3));
        if (utf8.hasError())
            return Error::make(Error::Code::Invalid,
                               tr("This file says it is UTF-8 but holds bytes that are not. Save it again as "
                                  "\"CSV UTF-8\"."),
                               QStringLiteral("invalid UTF-8 after a BOM"));
        return text;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        set(CsvTable::Encoding::Utf16);
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(utf16(bytes.mid(2)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        set(CsvTable::Encoding::Utf8);
        return text;
    }
    set(CsvTable::Encoding::Windows1256);
    return fromWindows1256(bytes);
}

Result<CsvTable> read(const QByteArray &bytes)
{
    CsvTable table;
    Result<QString> text = decode(bytes, &table.encoding);
    if (!text)
        return text.error();
    table.delimiter = guessDelimiter(*text);

    csv_parser parser;
    if (csv_init(&parser, 0) != 0)
        return Error::make(Error::Code::Storage, tr("Out of memory reading the file."), QStringLiteral("csv_init"));
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    csv_set_space_func(&parser, isBlank);
    Collect collect;
    const QByteArray utf8 = text->toUtf8();
    const size_t parsed = csv_parse(&parser, utf8.constData(), size_t(utf8.size()), onField, onRow, &collect);
    const bool failed = parsed != size_t(utf8.size());
    const QString why = failed ? QString::fromUtf8(csv_strerror(csv_error(&parser))) : QString();
    csv_fini(&parser, onField, onRow, &collect);
    csv_free(&parser);
    if (failed)
        return Error::make(Error::Code::Invalid, tr("This file could not be read as CSV."),
                           QStringLiteral("libcsv: %1 at byte %2").arg(why).arg(parsed));

    // Rows of empty cells that Excel leaves at the end are not rows; one in the middle is
    // kept so that row numbers stay those of the spreadsheet.
    QList<QStringList> rows = collect.rows;
    auto blank = [](const QStringList &r) {
        for (const QString &cell : r) {
            if (!cell.isEmpty())
                return false;
        }
        return true;
    };
    while (!rows.isEmpty() && blank(rows.constLast()))
        rows.removeLast();
    if (rows.isEmpty())
        return Error::make(Error::Code::Invalid, tr("The file is empty."), QStringLiteral("no rows"));
    table.header = rows.takeFirst();
    table.rows = rows;
    return table;
}

} // namespace Club::Core::CsvReader
