// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "inventory/Inventory.h"
#include "ledger/LedgerTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace Club::Core {

class Database;
class InventoryService;
class LedgerService;

// The result of checking a store: the engine's own check of the file, the ledger's
// invariants and stock against its movements.
struct DataReport
{
    bool fileChecked = false; // false on PostgreSQL, which checks its own files
    QStringList fileProblems;
    LedgerCheck ledger;
    QList<StockMismatch> stock;

    bool ok() const { return fileProblems.isEmpty() && ledger.ok() && stock.isEmpty(); }
    // The whole report, one finding a line, for a person (and for --check on a terminal).
    QString plainWords() const;
};

// Runs every check on an open store. Needs LedgerRead and InventoryRead.
class DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataCheck)

public:
    static Result<DataReport> run(const Actor &actor, const Database &db, const LedgerService &ledger,
                                  const InventoryService &inventory);
};

} // namespace Club::Core
