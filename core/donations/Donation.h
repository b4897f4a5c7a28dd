// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QString>

namespace Club::Core {

// The journal kind of points given to a charity, and the system accounts it is balanced
// against (see DonationService for the legs).
inline const QString kDonationKind = QStringLiteral("donation");
namespace DonationAccounts {
inline const QString kPointsDonated = QStringLiteral("system:points_donated"); // the points members gave
inline const QString kDonations = QStringLiteral("system:donations");          // their money value, the store's cost
// What the store owes one charity (negative: owed): "system:charity:<id>".
inline QString charity(Id charityId)
{
    return QStringLiteral("system:charity:%1").arg(charityId);
}
} // namespace DonationAccounts

struct Charity
{
    Id id = kNoId;
    QString name;
    bool active = true;
    QDateTime createdAt;
};

struct Donation
{
    Id id = kNoId;
    Id charityId = kNoId;
    QString charityName;
    Id memberId = kNoId;
    QString memberName;
    Points points = 0;
    Money value = 0; // points x the point value when given
    Id transactionId = kNoId;
    QDateTime at;
    Points pointsLeft = 0; // the member's spendable points after it (read after posting)
    bool replayed = false; // this call found the donation a first call with the key made
};

// Donations to one charity over a period.
struct CharityTotal
{
    Id charityId = kNoId;
    QString name;
    bool active = true;
    qint64 donations = 0;
    Points points = 0;
    Money value = 0;
};

} // namespace Club::Core
