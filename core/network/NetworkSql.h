// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Network.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace Club::Core {

class Database;

// Internal to the network (and read by sales and rules): the SQL of guilds, merchants,
// branches' merchants and settlement (migration 0015). Nothing here commits.
class NetworkSql
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSql)

public:
    static const QString kCrossSpendKey; // settings key, "1" (default) or "0"

    explicit NetworkSql(const Database &db)
        : m_db(db)
    {}

    Result<QList<Guild>> guilds() const;
    Result<Id> insertGuild(const Guild &g, const QString &now) const;
    Status updateGuild(const Guild &g, const QString &now) const;

    Result<QList<Merchant>> merchants() const; // home name not filled in
    Result<Id> insertMerchant(const Merchant &m, const QString &now) const;
    Status updateMerchant(const Merchant &m, const QString &now) const;
    Result<Id> homeMerchant() const;

    Result<QList<NetworkBranch>> branches() const; // terminals filled in
    Result<Id> insertBranch(const NetworkBranch &b, const QString &now) const;
    Status updateBranch(const NetworkBranch &b) const;

    Result<QString> storeName() const; // "" before set-up
    Result<bool> crossSpendSetting() const;
    Status setCrossSpendSetting(bool allowed) const;

    // Where a sale at this branch happens, for rules and cross-merchant spending.
    struct Place
    {
        Id merchantId = kNoId;
        Id guildId = kNoId;
        bool crossSpend = true; // the programme allows it and the merchant has not opted out
    };
    Result<Place> place(Id branchId) const;

    // Ids of the list that name no row (rules refuse them).
    Result<QList<Id>> unknownGuilds(const QList<Id> &ids) const;
    Result<QList<Id>> unknownMerchants(const QList<Id> &ids) const;

    // One journal transaction's legs on settlement accounts: merchant → amount.
    Result<QMap<Id, Money>> settlementLegs(Id transactionId) const;
    // The points a transaction drew from the account's lots, by the lots' merchants.
    Result<QMap<Id, Points>> drawnByMerchant(Id transactionId) const;

    struct Leg
    {
        Id transactionId = kNoId;
        Id merchantId = kNoId;
        Money amount = 0;
    };
    // Settlement legs of every transaction created in [from, to), payments left out.
    Result<QList<Leg>> legsBetween(const QString &fromIso, const QString &toIso) const;

    struct Payment
    {
        Id id = kNoId;
        Id transactionId = kNoId;
        QDateTime createdAt;
    };
    Result<Payment> payment(const QString &fromIso, const QString &toIso) const; // id kNoId: none
    Result<bool> overlapsPayment(const QString &fromIso, const QString &toIso) const;
    Status insertPayment(const QString &fromIso, const QString &toIso, Id transactionId, Id operatorId,
                         const QString &now) const;

private:
    Result<QList<Id>> unknownIds(const QString &table, const QList<Id> &ids) const;
    const Database &m_db;
};

} // namespace Club::Core
