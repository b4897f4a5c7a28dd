// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumber.h"

namespace Club::Core::CardNumber {

int luhnCheckDigit(const QString &digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    bool doubleIt = true; // the digit next to the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        int d = c.unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(const QString &number)
{
    if (number.size() < 2)
        return false;
    const int check = luhnCheckDigit(number.left(number.size() - 1));
    return check >= 0 && number.back() == QLatin1Char(char('0' + check));
}

QString compose(const QString &prefix, qint64 serial, int length)
{
    const int serialWidth = length - 1 - int(prefix.size());
    if (serialWidth <= 0 || serial < 0)
        return {};
    const QString serialText = QString::number(serial);
    if (serialText.size() > serialWidth)
        return {};
    const QString body = prefix + serialText.rightJustified(serialWidth, QLatin1Char('0'));
    const int check = luhnCheckDigit(body);
    if (check < 0)
        return {};
    return body + QChar(u'0' + check);
}

} // namespace Club::Core::CardNumber
