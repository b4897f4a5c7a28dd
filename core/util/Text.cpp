// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

namespace Club::Core::Text {

namespace {
constexpr char16_t kPersianZero = 0x06F0;
constexpr char16_t kArabicIndicZero = 0x0660;

QChar latinDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= kPersianZero && u <= kPersianZero + 9)
        return QChar(u'0' + (u - kPersianZero));
    if (u >= kArabicIndicZero && u <= kArabicIndicZero + 9)
        return QChar(u'0' + (u - kArabicIndicZero));
    return c;
}
} // namespace

QString toLatinDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = latinDigit(c);
    return out;
}

QString normalizeName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x064A: // ARABIC LETTER YEH
        case 0x0649: // ARABIC LETTER ALEF MAKSURA
            out += QChar(0x06CC);
            break;
        case 0x0643: // ARABIC LETTER KAF
            out += QChar(0x06A9);
            break;
        default:
            out += latinDigit(c);
        }
    }
    return out.simplified();
}

QString searchKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = true;
    for (QChar c : normalizeName(text)) {
        const char16_t u = c.unicode();
        if ((u >= 0x064B && u <= 0x0652) || u == 0x0640 || c.category() == QChar::Other_Format)
            continue; // diacritics, tatweel, ZWNJ and direction marks/embeddings (copied from RTL text)
        QChar folded = c;
        switch (u) {
        case 0x0622: // آ
        case 0x0623: // أ
        case 0x0625: // إ
        case 0x0671: // ٱ
            folded = QChar(0x0627);
            break;
        case 0x0629: // ة
            folded = QChar(0x0647);
            break;
        case 0x0624: // ؤ
            folded = QChar(0x0648);
            break;
        case 0x0626: // ئ
            folded = QChar(0x06CC);
            break;
        default:
            folded = c.toLower();
        }
        if (folded.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        out += folded;
        lastSpace = false;
    }
    return out.trimmed();
}

} // namespace Club::Core::Text
