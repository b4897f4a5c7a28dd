// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>

namespace Club::Core {

class Database;

// Warehouses, stock movements and levels, low-stock thresholds and stock-taking.
//
// Movements are append only (the database refuses UPDATE and DELETE); the level per
// product and warehouse is a cache of their sum, changed in the same transaction by a
// conditional UPDATE. Negative stock: sales and gift issues may take a level below zero,
// because the goods are physically at the counter and the till must not stop on a
// miscount; the negative level shows in lowStock() and the next count corrects it. Every
// other movement that takes stock out (transfers out, manual and count adjustments) is
// refused when it would leave the level below zero, and then writes nothing. Stock coming
// in is never refused, even while the level stays below zero.
//
// Permissions: reading InventoryRead; receipts, sales, returns, gift issues, transfers and
// counting InventoryMove; warehouses, thresholds, manual adjustments and posting a count
// sheet InventoryApprove (managers).
class InventoryService : public QObject
{
    Q_OBJECT

public:
    InventoryService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<QList<Warehouse>> warehouses(const Actor &actor, Id branchId = kNoId) const;
    Result<Warehouse> createWarehouse(const Actor &actor, Id branchId, const QString &name);

    // Any kind but the transfer pair; the sign must suit the kind (receipts and returns
    // in, sales and gift issues out, adjustments either way). Returns the movement id.
    Result<Id> record(const Actor &actor, const StockMovement &movement);
    // transfer_out and transfer_in in one transaction: both or neither.
    Status transfer(const Actor &actor, Id productId, Id fromWarehouseId, Id toWarehouseId, qint64 qty,
                    const QString &reference = {});

    Result<qint64> level(const Actor &actor, Id productId, Id warehouseId) const;
    Result<QList<StockLevel>> levels(const Actor &actor, Id warehouseId) const;
    Result<QList<StockMovement>> movements(const Actor &actor, Id productId, Id warehouseId) const;
    // minimum 0 removes the threshold.
    Status setThreshold(const Actor &actor, Id productId, Id warehouseId, qint64 minimum);
    // Products with a threshold whose level is at or below it, and any negative level.
    Result<QList<StockLevel>> lowStock(const Actor &actor, Id warehouseId) const;

    // Stock-taking: one open sheet per warehouse, holding the expected level of every
    // stocked product when it was opened.
    Result<CountSheet> openCountSheet(const Actor &actor, Id warehouseId);
    // The warehouse's open sheet, so a count left half done can be carried on; empty when
    // none is open.
    Result<std::optional<CountSheet>> currentCountSheet(const Actor &actor, Id warehouseId) const;
    Status enterCount(const Actor &actor, Id sheetId, Id productId, qint64 counted);
    Result<QList<CountLine>> countLines(const Actor &actor, Id sheetId) const;
    // Counted lines whose count differs from the expected level.
    Result<QList<CountLine>> variances(const Actor &actor, Id sheetId) const;
    // Posts one count_adjustment per variance and closes the sheet; a posted sheet is
    // refused. Movements since the sheet was opened are kept (the variance is added).
    Status postCountSheet(const Actor &actor, Id sheetId);

    // Every cached level against the sum of its movements; empty when they agree.
    Result<QList<StockMismatch>> verify(const Actor &actor) const;

Q_SIGNALS:
    void warehousesChanged();
    void stockChanged(qint64 productId, qint64 warehouseId);
    void countSheetPosted(qint64 sheetId);

private:
    Result<Warehouse> loadWarehouse(Id warehouseId) const;
    Status checkStockedProduct(Id productId) const;
    Result<Id> append(const Actor &actor, const StockMovement &m, Id countSheetId = kNoId);
    Result<CountSheet> loadSheet(Id sheetId) const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
