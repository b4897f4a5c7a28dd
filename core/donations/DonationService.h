// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Donation.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class LedgerService;
class MemberService;
class CardService;
class SalesService;
struct ReportTable;

// Charities, and members' points given to them.
//
// A donation is one journal transaction of kind "donation", idempotent by its key:
//   member points -p (available lots, soonest expiry first) against system:points_donated +p,
//   system:donations +v against system:charity:<id> -v, v = p x the point value at the time.
// So what the store owes each charity is its own account, and the points a member gave are
// in the member's history like any spend. PIN as for any points spend at the desk: when the
// presented card's type needs one, it must be given (and a wrong one counts).
//
// Permissions: charities are managed with CharityManage and read by anyone signed in who
// may post (LedgerPost) or manage them; donating needs LedgerPost; totals need ReportsRead.
class DonationService : public QObject
{
    Q_OBJECT

public:
    DonationService(Database &db, LedgerService &ledger, MemberService &members, CardService &cards,
                    SalesService &sales, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Result<QList<Charity>> charities(const Actor &actor, bool includeInactive = false) const;
    Result<Charity> createCharity(const Actor &actor, const QString &name);
    // Renames or turns a charity on/off; its donations stay.
    Status updateCharity(const Actor &actor, const Charity &charity);

    // `cardId`: the card the customer presented (kNoId: none, the member was looked up).
    Result<Donation> donate(const Actor &actor, Id memberId, Id charityId, Points points, Id cardId,
                            const QString &pin, const QString &idempotencyKey);

    Result<QList<CharityTotal>> totals(const Actor &actor, const QDateTime &from = {}, const QDateTime &to = {}) const;
    // The totals as a table for ReportCsv (charity, donations, points, value).
    Result<ReportTable> totalsTable(const Actor &actor, const QDateTime &from = {}, const QDateTime &to = {}) const;

Q_SIGNALS:
    void charitiesChanged();
    void donated(qint64 memberId, qint64 charityId);

private:
    Result<QString> checkedName(const QString &name) const;

    Database &m_db;
    LedgerService &m_ledger;
    MemberService &m_members;
    CardService &m_cards;
    SalesService &m_sales;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
