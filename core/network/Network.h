// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Club::Core {

// A merchant category in the programme's own words (supermarket, pharmacy...).
struct Guild
{
    Id id = kNoId;
    QString name;
    bool active = true;
};

// A store or chain taking part in the club. The home merchant is the store itself: branches
// without a merchant and points from before the network belong to it.
struct Merchant
{
    Id id = kNoId;
    QString name; // for the home merchant with no name of its own: the store's name
    Id guildId = kNoId;
    QString guildName;
    bool active = true;
    bool home = false;
    bool noCrossSpend = false; // its points stay here and other merchants' points are not taken
};

struct NetworkBranch
{
    Id id = kNoId;
    QString code;
    QString name;
    Id merchantId = kNoId; // kNoId on a draft: the home merchant
    QString merchantName;
    bool active = true;
    QStringList terminals; // registered with the server or seen in the journal
};

// What one merchant owes and is owed for points crossing merchants in a period. Money only.
struct SettlementLine
{
    Id merchantId = kNoId;
    QString merchantName;
    Money owes = 0;   // to other merchants, for its points spent there
    Money owedTo = 0; // by other merchants, for their points spent here
    Money net() const { return owedTo - owes; } // positive: the merchant is to be paid
};

// Net between two merchants: `debtor` owes `creditor` `amount` (> 0).
struct SettlementPair
{
    Id debtorId = kNoId;
    QString debtorName;
    Id creditorId = kNoId;
    QString creditorName;
    Money amount = 0;
};

struct SettlementReport
{
    QDateTime from; // [from, to) in UTC
    QDateTime to;
    QList<SettlementLine> merchants; // by name
    QList<SettlementPair> pairs;
    Money total = 0;                   // sum of the nets: always zero
    Id paymentTransactionId = kNoId;   // the period's settlement.payment, once settled
    QDateTime settledAt;
};

} // namespace Club::Core
