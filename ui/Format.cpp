// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

namespace Club::Ui::Format {

QCalendar calendar()
{
    return QLocale().language() == QLocale::Persian ? QCalendar(QCalendar::System::Jalali)
                                                    : QCalendar(QCalendar::System::Gregorian);
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return {};
    return QLocale().toString(d, QStringLiteral("yyyy/MM/dd"), calendar());
}

QString dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy/MM/dd HH:mm"), calendar());
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString money(qint64 minorUnits)
{
    return QLocale().toString(minorUnits);
}

QString ltr(const QString &text)
{
    // LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING. With the isolates (U+2066..2069)
    // the member list showed a "+964…" mobile with its plus on the wrong side; with the
    // embedding it reads right in the list, the member view and the card history.
    return QChar(0x202A) + text + QChar(0x202C);
}

} // namespace Club::Ui::Format
