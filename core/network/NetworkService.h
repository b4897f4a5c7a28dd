// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Network.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "reports/Report.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;

// The club as a network of merchants: guilds (merchant categories), merchants and their
// branches (with the terminals known for each), whether points cross merchants, and the
// settlement of what merchants owe each other for points earned at one and spent at
// another (the ledger posts those legs with each sale; see LedgerBatch::merchantId).
//
// Reading needs NetworkRead; guilds, merchants, branches and the cross-merchant setting
// NetworkManage (administrators); the settlement report SettlementRead and settling it
// SettlementPost (managers and administrators). Rows are never deleted: a guild, merchant
// or branch the ledger may refer to is deactivated instead.
class NetworkService : public QObject
{
    Q_OBJECT

public:
    NetworkService(Database &db, LedgerService &ledger, const Clock &clock = Clock::system(),
                   QObject *parent = nullptr);

    Result<QList<Guild>> guilds(const Actor &actor) const;
    // Creates the guild when its id is kNoId, else renames / (de)activates it.
    Result<Guild> saveGuild(const Actor &actor, const Guild &guild);

    Result<QList<Merchant>> merchants(const Actor &actor) const; // home merchant first
    Result<Merchant> saveMerchant(const Actor &actor, const Merchant &merchant);

    Result<QList<NetworkBranch>> branches(const Actor &actor) const;
    Result<NetworkBranch> saveBranch(const Actor &actor, const NetworkBranch &branch);

    Status setActive(const Actor &actor, const Guild &guild, bool active);
    Status setActive(const Actor &actor, const Merchant &merchant, bool active);
    Status setActive(const Actor &actor, const NetworkBranch &branch, bool active);

    // Programme setting: may points earned at one merchant be spent at another (default yes).
    Result<bool> crossMerchantSpend(const Actor &actor) const;
    Status setCrossMerchantSpend(const Actor &actor, bool allowed);

    // Who owes whom for points that crossed merchants in [from, to) (UTC instants).
    Result<SettlementReport> settlement(const Actor &actor, const QDateTime &from, const QDateTime &to) const;
    // Posts one settlement.payment transaction that clears every merchant's net for the
    // period. The same period twice returns the first payment; an overlapping period, an
    // unfinished one or one with nothing to settle is refused.
    Result<SettlementReport> settle(const Actor &actor, const QDateTime &from, const QDateTime &to);
    // The report as a table (for the page and the CSV export, see ReportCsv).
    ReportTable settlementTable(const SettlementReport &report) const;

Q_SIGNALS:
    void networkChanged();
    void settled(qint64 transactionId);

private:
    Result<QList<Merchant>> namedMerchants() const;
    Result<QString> homeName() const;
    Result<SettlementReport> computeSettlement(const QDateTime &from, const QDateTime &to) const;
    QString nowIso() const;

    Database &m_db;
    LedgerService &m_ledger;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
