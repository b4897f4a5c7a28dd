// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"

#include <QList>

namespace Club::Core {
class Database;
} // namespace Club::Core

namespace Club::Core::Demo {

// What openShop() made, for the sales that follow.
struct Shop
{
    Id warehouseId = kNoId;
    QList<Id> productIds; // sold goods, gifts excluded
    QList<Id> giftIds;
};

// The demo store's shelves, through the real catalog and inventory services on the
// generator's clock (set to the club's opening): a small group tree, about thirty
// products with Persian, Arabic and English names, codes and EAN-13 barcodes, prices from
// the opening with one or two changes later on (so the price chart has a history), a few
// gifts with their points price, and the branch's warehouse (made when the wizard did
// not) with opening stock received and low-stock minimums, a couple of them already low.
Result<Shop> openShop(Database &db, const Actor &actor, ManualClock &clock, quint32 seed, const QDateTime &start,
                      const QDateTime &end);

// The EAN-13 check digit of twelve ASCII digits.
int ean13CheckDigit(const QString &twelve);

} // namespace Club::Core::Demo
