// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "util/Text.h"

#include <QRegularExpression>

namespace Club::Core::Validation {

namespace {
const QString kIranCode = QStringLiteral("98");
constexpr int kMinInternationalDigits = 8;
constexpr int kMaxInternationalDigits = 15;

// What people put between digits when they write a number down, plus the invisible
// direction marks that copying a number out of right-to-left text brings along.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'(':
    case u')':
    case u'.':
    case u'/':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x200C: // ZWNJ
    case 0x200E: // LRM
    case 0x200F: // RLM
    case 0x061C: // ALM
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
        return true;
    default:
        return c.isSpace();
    }
}

QString stripSeparators(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : Text::toLatinDigits(input)) {
        if (!isSeparator(c))
            out += c;
    }
    return out;
}

bool allAsciiDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

// "9" followed by nine digits: the Iranian mobile number without country code or trunk 0.
bool isIranianSubscriber(const QString &digits)
{
    return digits.size() == 10 && digits.at(0) == u'9';
}
} // namespace

std::optional<QString> normalizeMobile(const QString &input)
{
    QString s = stripSeparators(input);
    if (s.isEmpty())
        return std::nullopt;
    // "+" (Latin or full-width) or "00" marks the international form.
    bool international = false;
    if (s.at(0) == u'+' || s.at(0) == QChar(0xFF0B)) {
        international = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1String("00"))) {
        international = true;
        s.remove(0, 2);
    }
    if (!allAsciiDigits(s))
        return std::nullopt;

    if (international) {
        if (s.startsWith(kIranCode)) {
            QString rest = s.mid(2);
            if (rest.size() == 11 && rest.startsWith(QLatin1Char('0'))) // "+98 0912...", a common slip
                rest.remove(0, 1);
            if (!isIranianSubscriber(rest))
                return std::nullopt;
            return QString(QLatin1Char('+') + kIranCode + rest);
        }
        if (s.at(0) == u'0' || s.size() < kMinInternationalDigits || s.size() > kMaxInternationalDigits)
            return std::nullopt;
        return QString(QLatin1Char('+') + s);
    }

    if (s.size() == 11 && s.startsWith(QLatin1String("09")))
        return QString(QLatin1Char('+') + kIranCode + s.mid(1));
    if (isIranianSubscriber(s))
        return QString(QLatin1Char('+') + kIranCode + s);
    if (s.size() == 12 && s.startsWith(kIranCode) && isIranianSubscriber(s.mid(2)))
        return QString(QLatin1Char('+') + s);
    return std::nullopt;
}

QString iranianLocalMobile(const QString &normalized)
{
    if (normalized.size() == 13 && normalized.startsWith(QLatin1String("+98")))
        return QString(QLatin1Char('0') + normalized.mid(3));
    return {};
}

QString normalizeNationalCode(const QString &input)
{
    QString s = stripSeparators(input);
    // Iranian systems drop leading zeros; a code written with 8 or 9 digits is padded back.
    if (allAsciiDigits(s) && (s.size() == 8 || s.size() == 9))
        s = s.rightJustified(10, QLatin1Char('0'));
    return s;
}

bool isValidNationalCode(const QString &input)
{
    const QString code = normalizeNationalCode(input);
    if (code.size() != 10 || !allAsciiDigits(code))
        return false;
    if (code.count(code.at(0)) == code.size())
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += code.at(i).digitValue() * (10 - i);
    const int r = sum % 11;
    const int check = code.at(9).digitValue();
    return r < 2 ? check == r : check == 11 - r;
}

QString normalizeEmail(const QString &input)
{
    const QString s = input.trimmed();
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return s;
    return QString(s.left(at + 1) + s.mid(at + 1).toLower());
}

bool isValidEmail(const QString &input)
{
    // Deliberately plain: a local part of the usual characters with no leading, trailing
    // or doubled dots, and a domain of labels ending in a letters-only top level.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}$"));
    const QString s = input.trimmed();
    return s.size() <= 254 && re.match(s).hasMatch();
}

} // namespace Club::Core::Validation
