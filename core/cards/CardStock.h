// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Club::Core {

// A pre-printed card's place in its life: made in stock, handed out (distributed), then
// bound to a member at its first use at a desk. A lost batch or range is Blocked.
enum class StockCardStatus { InStock, Distributed, Bound, Blocked };
QString stockCardStatusKey(StockCardStatus status); // "in_stock", "distributed", "bound", "blocked"
std::optional<StockCardStatus> stockCardStatusFromKey(const QString &key);

// What to make: `quantity` numbered cards of a type for a branch. A gift card type may
// carry a preloaded value (money minor units) that becomes the member's stored value only
// when the card is activated.
struct StockBatchDraft
{
    Id cardTypeId = kNoId;
    Id branchId = kNoId; // kNoId: the actor's branch
    int quantity = 0;
    Money preloadedValue = 0;
    // Who pays for the preloaded value: false, the customer who gets the card (booked as money
    // taken at activation); true, the club, as a promotion (booked against system:promotions).
    bool promotional = false;
    QString note;
};

struct StockBatch
{
    Id id = kNoId;
    Id cardTypeId = kNoId;
    QString cardTypeName;
    CardKind kind = CardKind::Loyalty;
    Id branchId = kNoId;
    QString branchName;
    int quantity = 0;
    Money preloadedValue = 0;
    bool promotional = false; // see StockBatchDraft
    QDate expiresOn; // invalid: the cards never expire
    QString note;
    QDateTime createdAt;
    QString firstNumber;
    QString lastNumber;
    // Cards of the batch by status now.
    int inStock = 0;
    int distributed = 0;
    int bound = 0;
    int blocked = 0;
};

struct StockCard
{
    Id id = kNoId;
    Id batchId = kNoId;
    int seq = 0;
    QString number;
    Id cardTypeId = kNoId;
    QString cardTypeName;
    CardKind kind = CardKind::Loyalty;
    StockCardStatus status = StockCardStatus::InStock;
    Id branchId = kNoId;
    QString distributedTo;
    QString distributionNote;
    QString blockReason;
    QString chipUid;     // empty until encoded on a chip
    QDateTime encodedAt; // invalid until the chip or stripe was written and read back
    Money preloadedValue = 0;
    bool promotional = false; // the batch's: who pays for the preloaded value
    QDate expiresOn;
    QDateTime createdAt;
    QDateTime activatedAt;
    QDateTime boundAt;
    Id memberId = kNoId;
    Id cardId = kNoId; // the member's card made at binding
};

// One line of the stock count: cards of a type at a branch in a status.
struct StockCount
{
    Id branchId = kNoId;
    QString branchName;
    Id cardTypeId = kNoId;
    QString cardTypeName;
    StockCardStatus status = StockCardStatus::InStock;
    qint64 count = 0;
};

// Who gets a distributed range: another branch (the cards move there), or an event or
// organisation named in words (the cards stay counted at their branch), with a note.
struct StockDistribution
{
    Id batchId = kNoId;
    int fromSeq = 1; // inclusive, 1-based within the batch
    int toSeq = 0;   // inclusive; 0: to the end of the batch
    Id toBranchId = kNoId;
    QString recipient;
    QString note;
};

// The member a stock card is bound to at activation: an existing one, or a new one made
// from `newMember` (first name, last name and mobile at least).
struct StockActivation
{
    Id stockCardId = kNoId;
    QString chipUid; // what the reader read now; empty for a stripe or a typed number
    Id memberId = kNoId;
    QString firstName;
    QString lastName;
    QString mobile;
};

struct StockActivationResult
{
    Card card; // the member's card, active
    Id memberId = kNoId;
    Money charged = 0; // the preloaded value posted as a gift card charge (0 when none)
    bool promotional = false; // charged as a promotion (system:promotions), not as money taken
    Id chargeTransactionId = kNoId;
};

} // namespace Club::Core
