// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"

namespace Club::Test {

QString nationalCodeWithCheckDigit(const QString &nine)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nine.at(i).digitValue() * (10 - i);
    const int r = sum % 11;
    const int check = r < 2 ? r : 11 - r;
    return nine + QString::number(check);
}

Club::Core::Member memberDraft(int n)
{
    Club::Core::Member m;
    m.firstName = QStringLiteral("Test");
    m.lastName = QStringLiteral("Member %1").arg(n);
    m.mobile = QStringLiteral("+98912%1").arg(n, 7, 10, QLatin1Char('0'));
    // A leading 3 then n in eight digits: never all the same digit.
    m.nationalCode = nationalCodeWithCheckDigit(QStringLiteral("3%1").arg(n, 8, 10, QLatin1Char('0')));
    return m;
}

} // namespace Club::Test
