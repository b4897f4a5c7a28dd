// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardRules.h"

namespace Club::Core::CardRules {

QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Number_DecimalDigit && (c < QLatin1Char('0') || c > QLatin1Char('9')))
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString normalizeNumber(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : asciiDigits(typed)) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash || c == QChar(0x2212) // minus sign
            || c.category() == QChar::Other_Format) // LRM, RLM, ZWNJ and friends from RTL text
            continue;
        out += c;
    }
    return out;
}

PinProblem pinProblem(const QString &pin)
{
    if (pin.size() < kMinPinLength || pin.size() > kMaxPinLength)
        return PinProblem::Length;
    if (!isAsciiDigits(pin))
        return PinProblem::NotDigits;
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same)
        return PinProblem::AllSame;
    if (up || down)
        return PinProblem::Sequence;
    return PinProblem::None;
}

QString normalizeChipUid(const QString &typed)
{
    QString hex;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        hex += c.toUpper();
    }
    static const QString digits = QStringLiteral("0123456789ABCDEF");
    for (QChar c : hex) {
        if (!digits.contains(c))
            return {};
    }
    if (hex.size() != 8 && hex.size() != 14 && hex.size() != 20)
        return {};
    return hex;
}

} // namespace Club::Core::CardRules
