// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

Q_LOGGING_CATEGORY(lcDb, "club.db")
Q_LOGGING_CATEGORY(lcAuth, "club.auth")
Q_LOGGING_CATEGORY(lcMembers, "club.members")
Q_LOGGING_CATEGORY(lcCards, "club.cards")
Q_LOGGING_CATEGORY(lcLedger, "club.ledger")
Q_LOGGING_CATEGORY(lcDemo, "club.demo")
Q_LOGGING_CATEGORY(lcSync, "club.sync")

namespace Club::Core {

QString maskCardNumber(const QString &number)
{
    if (number.size() <= 8)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(4) + QString(number.size() - 8, QLatin1Char('*')) + number.right(4);
}

} // namespace Club::Core
