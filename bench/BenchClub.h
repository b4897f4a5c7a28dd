// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace Club::Bench {

// What the sales of the benchmark are made of: the cards the clients scan, the product
// codes they sell and the cashier who is logged in at every terminal.
struct ClubData
{
    QStringList cardNumbers;
    QStringList productCodes;
    QString cashier;
    QString cashierPassword;
};

struct ClubSize
{
    int members = 500;
    int products = 40;
    qint64 pointsEach = 5'000; // enough for every redemption a long run makes
};

// Loads a small club into a database clubserver --init-db made, through the core services
// (the same code the server runs, so every row is as the desk would have written it): sales
// settings, a warehouse with deep stock, products with prices, an earn rule, a card type,
// members each with a card and points, and a Staff operator for the terminals. The store's
// administrator signs in with `adminPassword`. Set up "an hour ago", so prices and rules are
// in force when the server sells on the system clock.
Core::Result<ClubData> loadClub(Core::Database &db, const QString &adminPassword, const ClubSize &size);

} // namespace Club::Bench
