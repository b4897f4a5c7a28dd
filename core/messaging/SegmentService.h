// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "members/Member.h"
#include "util/Clock.h"

#include <QObject>

namespace Club::Core {

class Database;
class SalesService;

// Saved member filters, evaluated in SQL. Anyone who may read members may list segments and
// see who is in one (the members page filters by them); saving needs MessagingManage. Day
// counts are in the store's zone (the sales settings' zone), birthdays in Jalali.
class SegmentService : public QObject
{
    Q_OBJECT

public:
    SegmentService(Database &db, SalesService &sales, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Creates (id kNoId) or replaces a segment. Invalid filters and empty or taken names
    // are refused with the reason.
    Result<Segment> save(const Actor &actor, const Segment &segment);
    Result<QList<Segment>> segments(const Actor &actor) const;
    Result<Segment> segment(const Actor &actor, Id segmentId) const;

    // Active members matching the filter, by id, `limit` from `offset`.
    Result<QList<Member>> members(const Actor &actor, const SegmentFilter &filter, int offset = 0,
                                  int limit = 100) const;
    Result<qint64> count(const Actor &actor, const SegmentFilter &filter) const;

    // All matching member ids, for a campaign (no permission check: the caller has done it).
    Result<QList<Id>> memberIds(const SegmentFilter &filter) const;

Q_SIGNALS:
    void segmentsChanged();

private:
    QDate today() const;

    Database &m_db;
    SalesService &m_sales;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
