// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Club::Core {

// After-sales service steps, logged in the order they happen (append only).
enum class WarrantyEventKind { Received, Diagnosed, Repaired, Returned, Replaced };

// Derived from the events and the dates, never stored.
enum class WarrantyStatus {
    Active,    // within its period and not in the workshop
    Expired,   // the period has ended
    InService, // received for service and not yet returned to the customer
    Replaced,  // the item was replaced: this warranty is closed
};

QString warrantyEventKey(WarrantyEventKind kind); // "received"... as stored
bool warrantyEventFromKey(const QString &key, WarrantyEventKind *kind);

struct WarrantyEvent
{
    Id id = kNoId;
    Id warrantyId = kNoId;
    WarrantyEventKind kind = WarrantyEventKind::Received;
    QDateTime at; // when it happened
    QString note;
    Id operatorId = kNoId;
    QString operatorName;
};

struct Warranty
{
    Id id = kNoId;
    Id productId = kNoId;
    QString productName;
    QString serialNo;
    Id memberId = kNoId;
    QString memberName;
    Id cardId = kNoId; // the warranty card, or the member's card it is on; kNoId: none
    QString cardNumber;
    Id saleId = kNoId;
    Id saleLineId = kNoId;
    QDateTime startsAt;
    int months = 0;
    QDateTime endsAt;
    QDateTime createdAt;
    WarrantyStatus status = WarrantyStatus::Active; // as of the call
    QList<WarrantyEvent> events; // oldest first; filled by warranty() only
};

// What registering needs. With a sale line the product, member and start come from the
// sale; without one (an item sold before the club), they are given here.
struct WarrantyDraft
{
    Id saleLineId = kNoId;
    Id productId = kNoId;  // without a sale line
    Id memberId = kNoId;   // without a sale line (with one: the sale's member unless set)
    QDateTime startsAt;    // without a sale line; invalid: now
    QString serialNo;
    int months = 0;        // 0: the product's default period
    Id cardId = kNoId;     // a warranty card or a card of the member; kNoId: none
};

} // namespace Club::Core
