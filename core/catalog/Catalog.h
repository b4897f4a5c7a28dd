// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QString>

namespace Club::Core {

struct ProductGroup
{
    Id id = kNoId;
    Id parentId = kNoId; // kNoId: a top-level group
    QString name;
};

struct Product
{
    Id id = kNoId;
    QString code;    // unique, digits of any script stored as ASCII
    QString barcode; // unique when not empty
    QString nameFa;
    QString nameAr;
    QString nameEn;
    Id groupId = kNoId;
    QString unit;
    Points defaultPoints = 0;
    bool isGift = false;   // offered in the gift catalog ...
    Points giftPoints = 0; // ... for this many points
    bool tracksStock = true;
    bool active = true;

    // The first name set, Persian before Arabic before English.
    QString displayName() const
    {
        return !nameFa.isEmpty() ? nameFa : !nameAr.isEmpty() ? nameAr : nameEn;
    }
};

// One period of a price. `until` is invalid while the period is open.
struct PricePeriod
{
    Id branchId = kNoId; // kNoId: the all-branches price
    Money price = 0;
    QDateTime from;
    QDateTime until;
};

} // namespace Club::Core
