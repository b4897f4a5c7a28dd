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

    // --- inventory, customers, gifts, operators, referrals (ReportSqlMore.cpp) ---
    struct MovementRow
    {
        QDateTime at;
        Id warehouseId = kNoId;
        Id branchId = kNoId;
        QString warehouse;
        Id productId = kNoId;
        QString product; // in the current language, else the first name set
        QString kind;    // stock_movements.kind
        qint64 qty = 0;
    };
    // Stock movements before f.to (sinceFrom: only from f.from on), of the branch's
    // warehouses and the product group.
    Status stockMovements(const ReportFilters &f, bool sinceFrom,
                          const std::function<bool(const MovementRow &)> &each) const;
    // The price periods open at `at`: (product, branch) -> price, branch kNoId for the
    // all-branches price; a null QVariant ends a branch's own price (see 0004).
    Result<QHash<QPair<Id, Id>, QVariant>> pricesAt(const QDateTime &at) const;
    struct CountVarianceRow
    {
        QDateTime postedAt;
        Id sheetId = kNoId;
        Id branchId = kNoId;
        QString warehouse;
        Id productId = kNoId;
        QString product;
        qint64 expected = 0;
        qint64 counted = 0;
    };
    // Counted lines that differ from the expected level, of the sheets posted in [from, to).
    Status countVariances(const ReportFilters &f, const std::function<bool(const CountVarianceRow &)> &each) const;

    struct MemberMoneyRow
    {
        QDateTime at;
        Id memberId = kNoId;
        Money amount = 0;
    };
    // Sales to members passing the filters in [from, to) (f.branchId: the sale's branch),
    // then the returns of such sales in [from, to), as the money given back.
    Status memberSaleTotals(const ReportFilters &f, const std::function<bool(const MemberMoneyRow &)> &each) const;
    Status memberReturnTotals(const ReportFilters &f, const std::function<bool(const MemberMoneyRow &)> &each) const;
    Result<QHash<Id, QString>> memberNames() const; // every member: first and last name

    struct GiftRow
    {
        QDateTime at;
        QString reference; // "gift:product:<id>x<qty>"
        Id memberAccountId = kNoId;
        Points points = 0;
    };
    // Gift redemptions (journal transactions of kind "gift") in [from, to).
    Status giftRedemptions(const ReportFilters &f, const std::function<bool(const GiftRow &)> &each) const;
    Result<QHash<Id, QString>> productNames() const; // every product, in the current language

    struct PromotionRow
    {
        QDateTime at;
        QString cardTypeName;
        Money value = 0;
    };
    // Promotional gift card charges (value the club gave away) in [from, to).
    Status promotions(const ReportFilters &f, const std::function<bool(const PromotionRow &)> &each) const;

    enum class OperatorFact { Sale, Return, Gift, CardIssued, CardBlocked, CardVoided, Login, LoginFailed };
    struct OperatorRow
    {
        QDateTime at;
        Id operatorId = kNoId;
        OperatorFact fact = OperatorFact::Sale;
        Money amount = 0; // sales and returns: their money
    };
    // What operators did in [from, to) at the branch: sales, returns and gifts from the
    // sales tables and the journal, card issues and blocks from the card history, voided
    // cards and logins from the audit log. Not in time order across facts.
    Status operatorFacts(const ReportFilters &f, const std::function<bool(const OperatorRow &)> &each) const;
    Result<QHash<Id, QString>> operatorNames() const;

    struct ReferredRow
    {
        Id referrerId = kNoId;
        Id memberId = kNoId;
        QDateTime joinedAt;
    };
    // Members referred by a member passing the filters (f.branchId: the referrer's branch),
    // who joined before f.to.
    Status referredMembers(const ReportFilters &f, const std::function<bool(const ReferredRow &)> &each) const;
    // Points of transactions of kind "referral" in [from, to), per member account.
    Result<QHash<Id, Points>> referralPoints(const ReportFilters &f) const;
    // Every member's account.
    Result<QHash<Id, Id>> memberAccounts() const;

private:
    const Database &m_db;
};

} // namespace Club::Core
