// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Club::Core {

struct Warehouse
{
    Id id = kNoId;
    Id branchId = kNoId;
    QString name;
    bool active = true;
};

enum class MovementKind { Receipt, Sale, Return, GiftIssue, TransferOut, TransferIn, Adjustment, CountAdjustment };
// "receipt", "sale", "return", "gift_issue", "transfer_out", "transfer_in", "adjustment", "count_adjustment"
QString movementKindKey(MovementKind kind);
std::optional<MovementKind> movementKindFromKey(const QString &key);

// A stock movement, in whole units: positive in, negative out.
struct StockMovement
{
    Id id = kNoId;
    Id productId = kNoId;
    Id warehouseId = kNoId;
    MovementKind kind = MovementKind::Receipt;
    qint64 qty = 0;
    QString reference; // the sale, the receipt note, "transfer:<id>", "count:<sheet>"
    QString note;
    Id operatorId = kNoId;
    QDateTime at;
};

struct StockLevel
{
    Id productId = kNoId;
    Id warehouseId = kNoId;
    qint64 quantity = 0;
    qint64 minimum = 0; // the low-stock threshold, 0 when none
};

enum class CountSheetStatus { Open, Posted };

struct CountSheet
{
    Id id = kNoId;
    Id warehouseId = kNoId;
    CountSheetStatus status = CountSheetStatus::Open;
    QDateTime openedAt;
    QDateTime postedAt;
};

struct CountLine
{
    Id productId = kNoId;
    qint64 expected = 0;              // the level when the sheet was opened
    std::optional<qint64> counted;    // not yet counted when empty
    qint64 variance() const { return counted ? *counted - expected : 0; }
};

// A product and warehouse whose cached level differs from the sum of its movements.
struct StockMismatch
{
    Id productId = kNoId;
    Id warehouseId = kNoId;
    qint64 cached = 0;
    qint64 movements = 0;
};

} // namespace Club::Core
