// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class SalesService;

// The store's SalesSettings kept in the `settings` table under "sales.*" keys. A key never
// saved reads as the SalesSettings default. save() also hands the settings to the live
// SalesService, so the desk uses them at once; ServiceHub applies the saved ones when it
// is built. The calendar is not stored: it is always Jalali (the store calendar).
//
// Permissions: reading needs RulesRead (the desk shows the point value); saving needs
// SalesSettingsManage.
class SalesSettingsStore : public QObject
{
    Q_OBJECT

public:
    SalesSettingsStore(Database &db,
                       SalesService &sales,
                       const Clock &clock = Clock::system(),
                       QObject *parent = nullptr);

    Result<SalesSettings> settings(const Actor &actor) const;
    // Validates, writes every key and the audit record in one transaction, then updates the
    // live SalesService. Nothing is written when validation fails. Under ExpiryPolicy::Never
    // the lifetime is stored as 0.
    Status save(const Actor &actor, const SalesSettings &settings);

    // The first problem found, with the SalesSettings member at fault as the field
    // ("pointValue", "returnWindowDays", "staffRefundLimit", "pointsLifetimeDays",
    // "pointsPrice", "zone").
    static Status validate(const SalesSettings &settings);

    // Reads the saved settings without an actor (startup) and gives them to SalesService.
    Status applySaved();

Q_SIGNALS:
    void saved();

private:
    Result<SalesSettings> load() const;

    Database &m_db;
    SalesService &m_sales;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
