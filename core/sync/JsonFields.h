// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading fields of the server's JSON (API v1), shared by the desk's client and its puller.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Club::Core::JsonFields {

inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Receipt numbers and ids may come as text from a server that keeps them as such.
inline qint64 integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace Club::Core::JsonFields
