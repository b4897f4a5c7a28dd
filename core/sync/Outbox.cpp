// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "SyncSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

const QString Outbox::kFloorLimit = QStringLiteral("sync.floor_limit");

Outbox::Outbox(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

Result<OutboxEntry> Outbox::add(const Actor &actor, const OutboxEntry &draft)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (draft.idempotencyKey.isEmpty() || draft.requestJson.isEmpty() || draft.pointsRedeemed < 0
        || draft.storedValue < 0)
        return Error::make(Error::Code::Invalid, tr("The sale cannot be kept for later: it is incomplete."),
                           QStringLiteral("outbox entry without key or request"));
    const SyncSql sql(m_db);
    Id id = kNoId;
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        Result<Id> existing = sql.byKey(draft.idempotencyKey);
        if (!existing)
            return existing.error();
        id = *existing;
        if (id == kNoId) {
            OutboxEntry e = draft;
            e.createdAt = m_clock.nowUtc();
            if (!e.recordedAt.isValid())
                e.recordedAt = e.createdAt;
            if (e.recordedBy.isEmpty())
                e.recordedBy = actor.username;
            Result<Id> inserted = sql.insert(e);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    qCInfo(lcSync) << "outbox: kept entry" << id << "key" << draft.idempotencyKey << "card"
                   << maskCardNumber(draft.cardNumber);
    Q_EMIT changed();
    return entry(actor, id);
}

Result<QList<OutboxEntry>> Outbox::pending(const Actor &actor) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    return SyncSql(m_db).entries(OutboxEntry::State::Pending);
}

Result<OutboxEntry> Outbox::entry(const Actor &actor, Id entryId) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    Result<QList<OutboxEntry>> found = SyncSql(m_db).entries(std::nullopt, entryId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound, tr("This sale is not in the outbox."),
                           QStringLiteral("outbox entry %1 not found").arg(entryId));
    return found->first();
}

Result<std::optional<OutboxEntry>> Outbox::byKey(const Actor &actor, const QString &idempotencyKey) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    Result<Id> id = SyncSql(m_db).byKey(idempotencyKey);
    if (!id)
        return id.error();
    if (*id == kNoId)
        return std::optional<OutboxEntry>{};
    Result<OutboxEntry> found = entry(actor, *id);
    if (!found)
        return found.error();
    return std::optional<OutboxEntry>{*found};
}

Status Outbox::markSent(const Actor &actor, Id entryId, qint64 serverSaleId, qint64 receiptNo)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s;
    return move(actor, entryId, OutboxEntry::State::Pending, OutboxEntry::State::Sent, {}, {}, serverSaleId,
                receiptNo);
}

Status Outbox::markConflict(const Actor &actor, Id entryId, const QString &serverCode, const QString &message)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s;
    return move(actor, entryId, OutboxEntry::State::Pending, OutboxEntry::State::Conflict, serverCode, message, 0, 0);
}

Status Outbox::resolve(const Actor &actor, Id entryId, const QString &note)
{
    if (Status s = require(actor, Permission::SyncConflictsResolve); !s)
        return s;
    if (note.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Write what was done about this sale."), {},
                           QStringLiteral("note"));
    return move(actor, entryId, OutboxEntry::State::Conflict, OutboxEntry::State::Resolved, {}, note.trimmed(), 0, 0);
}

Status Outbox::move(const Actor &actor, Id entryId, OutboxEntry::State from, OutboxEntry::State to,
                    const QString &serverCode, const QString &message, qint64 saleId, qint64 receiptNo)
{
    const SyncSql sql(m_db);
    {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        Result<QList<OutboxEntry>> found = sql.entries(std::nullopt, entryId);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::make(Error::Code::NotFound, tr("This sale is not in the outbox."),
                               QStringLiteral("outbox entry %1 not found").arg(entryId));
        const OutboxEntry &e = found->first();
        if (e.state != from)
            return Error::make(Error::Code::Conflict, tr("This sale has already been dealt with."),
                               QStringLiteral("outbox entry %1 is %2, not %3")
                                   .arg(entryId)
                                   .arg(outboxStateKey(e.state), outboxStateKey(from)));
        if (Status s = sql.insertEvent(entryId, to, serverCode, message, saleId, receiptNo, actor.operatorId,
                                       m_clock.nowUtc());
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    qCInfo(lcSync) << "outbox: entry" << entryId << outboxStateKey(from) << "->" << outboxStateKey(to)
                   << serverCode;
    Q_EMIT changed();
    return {};
}

Result<Outbox::Counts> Outbox::counts(const Actor &actor) const
{
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    Result<QList<OutboxEntry>> all = SyncSql(m_db).entries(std::nullopt);
    if (!all)
        return all.error();
    Counts c;
    for (const OutboxEntry &e : *all) {
        if (e.state == OutboxEntry::State::Pending)
            ++c.pending;
        else if (e.state == OutboxEntry::State::Conflict)
            ++c.conflicts;
    }
    return c;
}

Result<QList<OutboxEntry>> Outbox::conflicts(const Actor &actor, bool includeResolved) const
{
    if (Status s = require(actor, Permission::SyncConflictsResolve); !s)
        return s.error();
    Result<QList<OutboxEntry>> all = SyncSql(m_db).entries(std::nullopt);
    if (!all)
        return all.error();
    QList<OutboxEntry> out;
    for (const OutboxEntry &e : *all) {
        if (e.state == OutboxEntry::State::Conflict || (includeResolved && e.state == OutboxEntry::State::Resolved))
            out.append(e);
    }
    return out;
}

Result<OfflineLimits> Outbox::offlineLeft(const Actor &actor, const QString &cardNumber,
                                          const OfflineLimits &limits) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    Result<std::pair<Points, Money>> used = SyncSql(m_db).pendingUse(cardNumber);
    if (!used)
        return used.error();
    return OfflineLimits{qMax<Points>(0, limits.points - used->first),
                         qMax<Money>(0, limits.storedValue - used->second)};
}

Status Outbox::checkFloorLimit(const Actor &actor, const QString &cardNumber, Points points, Money storedValue,
                               const OfflineLimits &limits) const
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s;
    if (points <= 0 && storedValue <= 0)
        return {};
    if (cardNumber.isEmpty())
        return Error::make(Error::Code::Conflict,
                           tr("The server cannot be reached: points and stored value can only be spent offline with "
                              "the member's card."),
                           kFloorLimit);
    Result<std::pair<Points, Money>> used = SyncSql(m_db).pendingUse(cardNumber);
    if (!used)
        return used.error();
    const Points pointsLeft = qMax<Points>(0, limits.points - used->first);
    const Money storedLeft = qMax<Money>(0, limits.storedValue - used->second);
    if (points > pointsLeft)
        //: %1 how many points this card may still spend while the server cannot be reached
        return Error::make(Error::Code::Conflict,
                           tr("The server cannot be reached and this card may spend only %1 more points offline. "
                              "Redeem fewer points or wait for the connection.")
                               .arg(QLocale().toString(pointsLeft)),
                           kFloorLimit, QStringLiteral("pointsToRedeem"));
    if (storedValue > storedLeft)
        return Error::make(Error::Code::Conflict,
                           tr("The server cannot be reached and this card may spend only %1 more of its stored "
                              "value offline. Pay the rest another way or wait for the connection.")
                               .arg(QLocale().toString(storedLeft)),
                           kFloorLimit, QStringLiteral("storedValue"));
    return {};
}

} // namespace Club::Core
