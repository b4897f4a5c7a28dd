// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace Club::Core {

class Database;

// Internal to reports: the SQL that reads the sales, journal, members, tiers and cards for
// the report builders. Each query streams its rows in time order to a callback; a callback
// that returns false stops the query (the report was cancelled) and the call returns
// ReportSql::cancelled(). Nothing here writes.
class ReportSql
{
    Q_DECLARE_TR_FUNCTIONS(ReportSql)

public:
    explicit ReportSql(const Database &db)
        : m_db(db)
    {}

    static Error cancelled();
    static bool isCancelled(const Error &error);

    struct SaleLineRow
    {
        QDateTime at;
        QString branch;
        QString group;
        Id saleId = kNoId;
        qint64 qty = 0;
        Money gross = 0;
        Money discount = 0;
        Money net = 0;
    };
    struct ReturnLineRow
    {
        QDateTime at;
        QString branch;
        QString group;
        qint64 qty = 0;
        Money net = 0; // gross - discount of the returned quantity
    };
    struct PointsEntryRow
    {
        QDateTime at;
        QString code; // the system account: "system:points_issued"...
        Points amount = 0;
    };
    struct AtValue
    {
        QDateTime at;
        qint64 value = 0; // points, or a member id
    };
    struct CardEventRow
    {
        QDateTime at;
        QString cardType;
        QString event;
        QString detail;
    };
    struct TierName
    {
        QString key;
        QString name; // in the current language, else English, else the key
        int rank = 0;
    };

    Status saleLines(const ReportFilters &f, const std::function<bool(const SaleLineRow &)> &each) const;
    Status returnLines(const ReportFilters &f, const std::function<bool(const ReturnLineRow &)> &each) const;
    // Entries on the points system accounts (issued, sold, redeemed, expired, adjustments).
    // memberAccountId set: only transactions of that member account (member filters ignored).
    Status pointsEntries(const ReportFilters &f, Id memberAccountId,
                         const std::function<bool(const PointsEntryRow &)> &each) const;
    // Points earned in [from, to) still pending at `now`, by earning time.
    Status pendingLots(const ReportFilters &f, const QDateTime &now,
                       const std::function<bool(const AtValue &)> &each) const;
    // The members' points balance before f.from, then their points entries in [from, to).
    Result<Points> pointsBefore(const ReportFilters &f) const;
    Status memberPointsEntries(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const;
    // Members created before f.from, then the creation times of those in [from, to).
    Result<qint64> membersBefore(const ReportFilters &f) const;
    Status memberJoins(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const;
    // Sales to members in [from, to): time and member id.
    Status memberSales(const ReportFilters &f, const std::function<bool(const AtValue &)> &each) const;
    // Active members per tier key now.
    Result<QHash<QString, qint64>> tierCounts(const ReportFilters &f) const;
    // Moves into each tier in [from, to): key "upgrade"/"review_downgrade" -> tier -> count.
    Result<QHash<QString, QHash<QString, qint64>>> tierMoves(const ReportFilters &f) const;
    Result<QList<TierName>> tierNames() const;
    Status cardEvents(const ReportFilters &f, const std::function<bool(const CardEventRow &)> &each) const;
    // The members the member filters keep (for reports built on other services).
    Result<QSet<Id>> filteredMembers(const ReportFilters &f) const;
    Result<Id> accountOf(Id memberId) const; // NotFound for an unknown member
    // One member's sales in [from, to): time and net.
    Status memberSpend(Id memberId, const QDateTime &from, const QDateTime &to,
                       const std::function<bool(const AtValue &)> &each) const;

private:
    const Database &m_db;
};

} // namespace Club::Core
