// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transactions.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCalendar>
#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class SalesService;

// Every journal transaction, for the Transactions page: a filtered list in pages, one
// transaction in detail (its entries, the sale it belongs to and the rule behind each
// point), a void, and a CSV export. Reads need TransactionsRead (accountants, managers,
// administrators); a void needs TransactionsVoid (managers, administrators).
//
// A void is allowed for a transaction of the store's current local day (the sales
// settings' time zone) and posts a reversing transaction of kind "void"; never an edit or
// a delete. Sales and gifts void through SalesService (their stock and rows come back
// too); points, stored value and transfers through LedgerService::reverse. Returns,
// expiries, voids, repayments and kinds this service does not know are refused: their
// own rows (installment payments, charge returns...) would not follow the journal.
class TransactionService : public QObject
{
    Q_OBJECT

public:
    TransactionService(Database &db,
                       LedgerService &ledger,
                       SalesService &sales,
                       const Clock &clock = Clock::system(),
                       QObject *parent = nullptr);

    // The kinds a void may reverse.
    static QStringList voidableKinds();

    Result<TransactionPage> list(const Actor &actor,
                                 const TransactionFilter &filter,
                                 const TransactionCursor &after = {},
                                 int limit = 100) const;
    // Every operator (id, full name) for the operator filter; OperatorManage is not needed.
    Result<QList<std::pair<Id, QString>>> operatorNames(const Actor &actor) const;
    Result<TransactionDetail> detail(const Actor &actor, Id transactionId) const;
    // The id of the void transaction.
    Result<Id> voidTransaction(const Actor &actor, Id transactionId, const QString &reason);
    // Every row the filter keeps, as CSV (UTF-8 with a byte order mark, see ReportCsv);
    // dates in `calendar` in the store's time zone, with Latin digits.
    Result<QByteArray> exportCsv(const Actor &actor, const TransactionFilter &filter, const QCalendar &calendar) const;

Q_SIGNALS:
    void transactionVoided(qint64 transactionId, qint64 voidTransactionId);

private:
    QDateTime startOfToday() const;
    // Empty when a void may be tried; otherwise why not.
    QString whyNotVoidable(const TransactionRow &row) const;

    Database &m_db;
    LedgerService &m_ledger;
    SalesService &m_sales;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
