// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCheck.h"

#include "BackupSql.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "storage/Database.h"
#include "util/Log.h"

#include <QLocale>

namespace Club::Core {

Result<DataReport> DataCheck::run(const Actor &actor, const Database &db, const LedgerService &ledger,
                                  const InventoryService &inventory)
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    DataReport report;
    if (db.engine() == Database::Engine::SQLite) {
        Result<QStringList> file = BackupSql::integrityCheck(db.connection());
        if (!file)
            return file.error();
        report.fileChecked = true;
        report.fileProblems = *file;
    }
    Result<LedgerCheck> check = ledger.verify(actor);
    if (!check)
        return check.error();
    report.ledger = *check;
    Result<QList<StockMismatch>> stock = inventory.verify(actor);
    if (!stock)
        return stock.error();
    report.stock = *stock;
    if (!report.ok())
        qCWarning(lcDb) << "data check:" << report.fileProblems.size() << "file," << report.ledger.problems.size()
                        << "ledger," << report.stock.size() << "stock problems";
    return report;
}

QString DataReport::plainWords() const
{
    // In the program's language: Persian digits in Persian.
    const QLocale locale;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    QStringList lines;
    if (!fileChecked)
        lines << DataCheck::tr("The database server checks its own files; that part was not checked here.");
    else if (fileProblems.isEmpty())
        lines << DataCheck::tr("The data file is sound.");
    else {
        lines << DataCheck::tr("The data file is damaged (%Ln finding(s)). Restore the latest good backup.", nullptr,
                               int(fileProblems.size()));
        for (const QString &p : fileProblems)
            lines << QStringLiteral("  • ") + p;
    }
    //: %1 transactions, %2 accounts, %3 points lots
    const QString counted = DataCheck::tr("%1 transactions, %2 accounts and %3 points lots were checked.")
                                .arg(n(ledger.transactionsChecked), n(ledger.accountsChecked), n(ledger.lotsChecked));
    if (ledger.ok())
        lines << DataCheck::tr("The ledger is in order: every transaction balances and every balance equals its "
                               "entries.")
              << counted;
    else {
        lines << DataCheck::tr("The ledger has %Ln problem(s):", nullptr, int(ledger.problems.size())) << counted;
        for (const QString &p : ledger.problems)
            lines << QStringLiteral("  • ") + p;
    }
    if (stock.isEmpty())
        lines << DataCheck::tr("Stock agrees with its movements.");
    else {
        lines << DataCheck::tr("Stock disagrees with its movements in %Ln place(s):", nullptr, int(stock.size()));
        for (const StockMismatch &m : stock)
            lines << QStringLiteral("  • ") +
                         DataCheck::tr("Product %1 in warehouse %2 shows %3 in stock, but its movements add up to %4.")
                             .arg(n(m.productId), n(m.warehouseId), n(m.cached), n(m.movements));
    }
    lines << (ok() ? DataCheck::tr("Everything is in order.")
                   : DataCheck::tr("Keep this report and contact support before you go on selling."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Club::Core
