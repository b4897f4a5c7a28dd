// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Club::Core {
class CardService;
class Database;
class LedgerService;
class MemberService;
} // namespace Club::Core

namespace Club::Core::Demo {

// What openShop() made, for the sales that follow.
struct Shop
{
    Id warehouseId = kNoId;
    QList<Id> productIds; // sold goods, gifts excluded
    QList<Id> giftIds;
    QHash<Id, qint64> restockTo; // sold goods kept in stock: level refilled each month
    Id discountGroupId = kNoId;
};

// A member who may buy from `since` on.
struct Customer
{
    Id memberId = kNoId;
    QDateTime since;
};

struct SalesDone
{
    int sales = 0;
    int returns = 0;
};

// The demo store's shelves, through the real catalog and inventory services on the
// generator's clock (set to the club's opening): a small group tree, about thirty
// products with Persian, Arabic and English names, codes and EAN-13 barcodes, prices from
// the opening with one or two changes later on (so the price chart has a history), a few
// gifts with their points price, and the branch's warehouse (made when the wizard did
// not) with opening stock received and low-stock minimums, a couple of them already low.
Result<Shop> openShop(Database &db, const Actor &actor, ManualClock &clock, quint32 seed, const QDateTime &start,
                      const QDateTime &end);

// The store's rules (1 point per 10,000 rials paid, 10 % off one group, a birthday bonus)
// from the opening, then about `perMonth` sales a month through SalesService to members who
// had joined by then, the clock walking forward, a few of them partly returned within days;
// stock is refilled at each month's start except for the products kept low.
Result<SalesDone> playSales(Database &db, const Actor &actor, ManualClock &clock, LedgerService &ledger,
                            MemberService &members, CardService &cards, quint32 seed, const Shop &shop,
                            const QList<Customer> &customers, const QDateTime &start, const QDateTime &end,
                            int perMonth);

// The EAN-13 check digit of twelve ASCII digits.
int ean13CheckDigit(const QString &twelve);

} // namespace Club::Core::Demo
