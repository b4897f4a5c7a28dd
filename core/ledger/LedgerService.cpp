// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerService.h"

#include "LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace Club::Core {

namespace {
const QString kMemberAccountEntity = QStringLiteral("member_account");

Error expiryError()
{
    return Error::invalid(LedgerService::tr("The expiry must be later than the time the points can be used."),
                          QStringLiteral("expiresAt"));
}
} // namespace

// The posting skeleton every write shares: replay check, journal header, the body's lots
// and entries, audit line, commit, signal.
struct LedgerService::Impl
{
    using Body = std::function<Status(const LedgerStore &store, Id transactionId)>;

    struct Posting
    {
        LedgerStore::Header header;
        QList<Id> memberAccountIds;
        QString auditAction;
        QString auditDetail;
    };

    static LedgerStore::Header header(const Actor &actor,
                                      const QString &key,
                                      const QString &kind,
                                      const QString &reference = {},
                                      const QString &memo = {})
    {
        return {key, kind, actor.branchId, actor.terminal, actor.operatorId, reference, memo};
    }

    static Status checkKey(const QString &key)
    {
        if (key.trimmed().isEmpty())
            return Error::invalid(LedgerService::tr("The operation could not be identified, so it was not posted."),
                                  QStringLiteral("idempotencyKey"));
        return {};
    }

    static Result<PostResult> post(LedgerService &self, const Actor &actor, const Posting &posting, const Body &body)
    {
        LedgerStore store(self.m_db, self.m_clock.nowUtc());
        Transaction tx(self.m_db);
        if (!tx.ok())
            return tx.error();
        // The key decides: a transaction with it already posted is returned, nothing written.
        Result<Id> id = store.insertTransaction(posting.header);
        if (!id)
            return id.error();
        if (*id == kNoId) {
            Result<Id> existing = store.findTransaction(posting.header.idempotencyKey);
            if (!existing)
                return existing.error();
            if (*existing == kNoId)
                return Error::make(Error::Code::Conflict,
                                   LedgerService::tr("The operation is already being posted. Try again."),
                                   QStringLiteral("idempotency key taken but not visible"));
            return PostResult{*existing, true}; // the scope rolls back
        }
        if (Status s = body(store, *id); !s)
            return s.error();
        const Id entityId = posting.memberAccountIds.value(0, kNoId);
        if (Status s = self.m_audit.record(actor, posting.auditAction, kMemberAccountEntity, entityId,
                                           posting.auditDetail + QStringLiteral("; transaction %1").arg(*id));
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCDebug(lcLedger) << "posted" << posting.header.kind << "transaction" << *id;
        Q_EMIT self.posted(*id, posting.memberAccountIds);
        return PostResult{*id, false};
    }

    // A new lot on the member's points account, balanced against a system account.
    static Status creditLot(const LedgerStore &store,
                            Id transactionId,
                            Id memberAccountId,
                            Points points,
                            const QDateTime &availableAt,
                            const QDateTime &expiresAt,
                            const QString &systemCode)
    {
        Result<Id> account = store.memberLedgerAccount(memberAccountId, MemberAccountKind::Points);
        if (!account)
            return account.error();
        Result<Id> system = store.systemAccount(systemCode, Unit::Points);
        if (!system)
            return system.error();
        Result<Id> lot = store.insertLot(*account, transactionId, points, store.now(),
                                         availableAt.isValid() ? availableAt : store.now(), expiresAt);
        if (!lot)
            return lot.error();
        return store.writeEntries(transactionId,
                                  {{*account, Unit::Points, points, *lot}, {*system, Unit::Points, -points, kNoId}});
    }

    // The member's points account for a debit, locked unless the caller locks it;
    // InsufficientFunds when it has never held any.
    static Result<Id> debitAccount(const LedgerStore &store, Id memberAccountId, Points points, bool lock = true)
    {
        Result<Id> account = store.memberLedgerAccount(memberAccountId, MemberAccountKind::Points, false);
        if (!account)
            return account.error();
        if (*account == kNoId) {
            if (Status s = store.requireMemberAccount(memberAccountId); !s)
                return s.error();
            return LedgerStore::insufficientPoints(0, points);
        }
        if (lock) {
            if (Status s = store.lockAccount(*account); !s)
                return s.error();
        }
        return account;
    }

    // Draws available lots (one entry per lot), balanced against a system account.
    static Status
    debitLots(const LedgerStore &store, Id transactionId, Id memberAccountId, Points points, const QString &systemCode)
    {
        Result<Id> account = debitAccount(store, memberAccountId, points);
        if (!account)
            return account.error();
        Result<QList<LedgerStore::Draw>> draws =
            store.drawLots(*account, points, LedgerStore::DrawScope::AvailableOnly);
        if (!draws)
            return draws.error();
        Result<Id> system = store.systemAccount(systemCode, Unit::Points);
        if (!system)
            return system.error();
        QList<LedgerStore::EntryDraft> entries;
        for (const LedgerStore::Draw &draw : std::as_const(*draws))
            entries.append({*account, Unit::Points, -draw.amount, draw.lotId});
        entries.append({*system, Unit::Points, points, kNoId});
        return store.writeEntries(transactionId, entries);
    }
};

LedgerService::LedgerService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<PostResult> LedgerService::earnPoints(
    const Actor &actor, Id memberAccountId, Points points, const EarnOptions &options, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (points <= 0)
        return Error::invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    // Checks against "now" wait until after the replay check: a retry (an offline outbox
    // catching up) must find its first result even when the expiry has passed since.
    if (options.expiresAt.isValid() && options.availableAt.isValid() && options.expiresAt <= options.availableAt)
        return expiryError();
    const QString kind = options.kind.trimmed().isEmpty() ? QStringLiteral("earn") : options.kind.trimmed();

    Impl::Posting posting{Impl::header(actor, idempotencyKey, kind, options.reference, options.memo),
                          {memberAccountId},
                          QStringLiteral("ledger.earn"),
                          QStringLiteral("%1 %2 points").arg(kind).arg(points)};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
        const QDateTime availableAt = options.availableAt.isValid() ? options.availableAt.toUTC() : store.now();
        if (options.expiresAt.isValid() && options.expiresAt <= qMax(store.now(), availableAt))
            return expiryError();
        return Impl::creditLot(store, transactionId, memberAccountId, points, availableAt, options.expiresAt,
                               LedgerStore::kPointsIssued);
    });
}

Result<PostResult> LedgerService::spendPoints(
    const Actor &actor, Id memberAccountId, Points points, const QString &reference, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (points <= 0)
        return Error::invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();

    Impl::Posting posting{Impl::header(actor, idempotencyKey, QStringLiteral("spend"), reference),
                          {memberAccountId},
                          QStringLiteral("ledger.spend"),
                          QStringLiteral("spend %1 points").arg(points)};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) {
        return Impl::debitLots(store, transactionId, memberAccountId, points, LedgerStore::kPointsRedeemed);
    });
}

Result<PostResult> LedgerService::adjustPoints(const Actor &actor,
                                               Id memberAccountId,
                                               Points delta,
                                               const QString &reason,
                                               const QString &idempotencyKey,
                                               const QDateTime &expiresAt)
{
    if (Status s = require(actor, Permission::LedgerAdjust); !s)
        return s.error();
    if (delta == 0)
        return Error::invalid(tr("Enter the number of points to add or take away."), QStringLiteral("points"));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Enter the reason for the adjustment."), QStringLiteral("reason"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();

    Impl::Posting posting{Impl::header(actor, idempotencyKey, QStringLiteral("adjust"), {}, reason.trimmed()),
                          {memberAccountId},
                          QStringLiteral("ledger.adjust"),
                          QStringLiteral("%1 points: %2").arg(delta).arg(reason.trimmed())};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
        if (delta > 0 && expiresAt.isValid() && expiresAt <= store.now())
            return expiryError();
        if (delta > 0)
            return Impl::creditLot(store, transactionId, memberAccountId, delta, {}, expiresAt,
                                   LedgerStore::kPointsAdjustments);
        return Impl::debitLots(store, transactionId, memberAccountId, -delta, LedgerStore::kPointsAdjustments);
    });
}

Result<PostResult> LedgerService::transferPoints(const Actor &actor,
                                                 Id fromMemberAccountId,
                                                 Id toMemberAccountId,
                                                 Points points,
                                                 const QString &reason,
                                                 const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (points <= 0)
        return Error::invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    if (fromMemberAccountId == toMemberAccountId)
        return Error::invalid(tr("Points cannot be moved to the account they are in."), QStringLiteral("toAccount"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();

    Impl::Posting posting{
        Impl::header(actor, idempotencyKey, QStringLiteral("transfer"), {}, reason.trimmed()),
        {fromMemberAccountId, toMemberAccountId},
        QStringLiteral("ledger.transfer"),
        QStringLiteral("%1 points to account %2: %3").arg(points).arg(toMemberAccountId).arg(reason.trimmed())};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
        Result<Id> to = store.memberLedgerAccount(toMemberAccountId, MemberAccountKind::Points);
        if (!to)
            return to.error();
        Result<Id> from = Impl::debitAccount(store, fromMemberAccountId, points, false);
        if (!from)
            return from.error();
        // Both rows in id order, so opposite transfers at the same time queue instead of
        // deadlocking.
        for (Id account : {qMin(*from, *to), qMax(*from, *to)}) {
            if (Status s = store.lockAccount(account); !s)
                return s;
        }
        // Pending lots move too and stay pending; each new lot keeps its source's dates, so
        // a family's points expire exactly when the member's would have.
        Result<QList<LedgerStore::Draw>> draws =
            store.drawLots(*from, points, LedgerStore::DrawScope::AvailableThenPending);
        if (!draws)
            return draws.error();
        QList<LedgerStore::EntryDraft> entries;
        for (const LedgerStore::Draw &draw : std::as_const(*draws)) {
            Result<Id> lot =
                store.insertLot(*to, transactionId, draw.amount, draw.earnedAt, draw.availableAt, draw.expiresAt,
                                draw.merchantId);
            if (!lot)
                return lot.error();
            entries.append({*from, Unit::Points, -draw.amount, draw.lotId});
            entries.append({*to, Unit::Points, draw.amount, *lot});
        }
        return store.writeEntries(transactionId, entries);
    });
}

Result<int> LedgerService::expirePoints(const Actor &actor, const QDateTime &asOf)
{
    if (Status s = require(actor, Permission::LedgerExpire); !s)
        return s.error();
    if (!asOf.isValid())
        return Error::invalid(tr("Choose the time up to which points expire."), QStringLiteral("asOf"));
    LedgerStore store(m_db, m_clock.nowUtc());
    if (asOf.toUTC() > store.now())
        return Error::invalid(tr("Points cannot be expired ahead of time."), QStringLiteral("asOf"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    struct Due
    {
        Id lotId;
        Points remaining;
        Id ledgerAccountId;
        Id memberAccountId;
    };
    QList<Due> due;
    {
        // Account by account, so the row locks are taken in one order (see transferPoints).
        SqlQuery q(m_db, QStringLiteral("SELECT l.id, l.remaining, l.ledger_account_id, a.member_account_id "
                                        "FROM points_lots l JOIN ledger_accounts a ON a.id = l.ledger_account_id "
                                        "WHERE l.remaining > 0 AND l.expires_at IS NOT NULL AND l.expires_at <= :asOf "
                                        "ORDER BY l.ledger_account_id, l.id"));
        q.bind(QStringLiteral(":asOf"), LedgerStore::isoUtc(asOf));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            due.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }

    QList<std::pair<Id, Id>> done; // transaction, member account
    Points total = 0;
    if (!due.isEmpty()) {
        Result<Id> system = store.systemAccount(LedgerStore::kPointsExpired, Unit::Points);
        if (!system)
            return system.error();
        for (const Due &lot : std::as_const(due)) {
            // The key makes a lot's expiry post once, whatever happens to a run.
            const QString key = QStringLiteral("expire:lot:%1").arg(lot.lotId);
            Result<Id> id = store.insertTransaction(
                Impl::header(actor, key, QStringLiteral("expire"), QStringLiteral("lot:%1").arg(lot.lotId)));
            if (!id)
                return id.error();
            if (*id == kNoId)
                continue;
            if (Status s = store.lockAccount(lot.ledgerAccountId); !s)
                return s.error();
            Result<bool> emptied = store.emptyLot(lot.lotId, lot.remaining);
            if (!emptied)
                return emptied.error();
            if (!*emptied)
                return Error::make(Error::Code::Conflict,
                                   tr("The points changed while they were being expired. Nothing was posted; run "
                                      "the expiry again."),
                                   QStringLiteral("lot %1 changed during expiry").arg(lot.lotId));
            if (Status s = store.writeEntries(*id, {{lot.ledgerAccountId, Unit::Points, -lot.remaining, lot.lotId},
                                                    {*system, Unit::Points, lot.remaining, kNoId}});
                !s)
                return s.error();
            done.append({*id, lot.memberAccountId});
            total += lot.remaining;
        }
    }
    if (Status s = m_audit.record(
            actor, QStringLiteral("ledger.expire"), QStringLiteral("ledger"), kNoId,
            QStringLiteral("as of %1: %2 lots, %3 points").arg(LedgerStore::isoUtc(asOf)).arg(done.size()).arg(total));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcLedger) << "expired" << done.size() << "lots," << total << "points";
    for (const auto &[transactionId, memberAccountId] : std::as_const(done))
        Q_EMIT posted(transactionId, {memberAccountId});
    return int(done.size());
}

Result<PostResult> LedgerService::chargeStoredValue(
    const Actor &actor, Id memberAccountId, Money amount, const QString &reference, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (amount <= 0)
        return Error::invalid(tr("Enter a positive amount."), QStringLiteral("amount"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();

    Impl::Posting posting{Impl::header(actor, idempotencyKey, QStringLiteral("stored_value.charge"), reference),
                          {memberAccountId},
                          QStringLiteral("ledger.stored_value.charge"),
                          QStringLiteral("charge %1").arg(amount)};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
        Result<Id> account = store.memberLedgerAccount(memberAccountId, MemberAccountKind::StoredValue);
        if (!account)
            return account.error();
        Result<Id> system = store.systemAccount(LedgerStore::kStoredValueIssued, Unit::Money);
        if (!system)
            return system.error();
        return store.writeEntries(transactionId,
                                  {{*account, Unit::Money, amount, kNoId}, {*system, Unit::Money, -amount, kNoId}});
    });
}

Result<PostResult> LedgerService::spendStoredValue(
    const Actor &actor, Id memberAccountId, Money amount, const QString &reference, const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (amount <= 0)
        return Error::invalid(tr("Enter a positive amount."), QStringLiteral("amount"));
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();

    Impl::Posting posting{Impl::header(actor, idempotencyKey, QStringLiteral("stored_value.spend"), reference),
                          {memberAccountId},
                          QStringLiteral("ledger.stored_value.spend"),
                          QStringLiteral("spend %1").arg(amount)};
    return Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
        Result<Id> account = store.memberLedgerAccount(memberAccountId, MemberAccountKind::StoredValue, false);
        if (!account)
            return account.error();
        if (*account == kNoId) {
            if (Status s = store.requireMemberAccount(memberAccountId); !s)
                return s;
            return LedgerStore::insufficientMoney(0, amount);
        }
        if (Status s = store.lockAccount(*account); !s)
            return s;
        Result<qint64> balance = store.cachedBalance(*account);
        if (!balance)
            return balance.error();
        if (*balance < amount)
            return LedgerStore::insufficientMoney(*balance, amount);
        Result<Id> system = store.systemAccount(LedgerStore::kStoredValueRedeemed, Unit::Money);
        if (!system)
            return system.error();
        // writeEntries' conditional update is the guard; the check above only words the refusal.
        return store.writeEntries(transactionId,
                                  {{*account, Unit::Money, -amount, kNoId}, {*system, Unit::Money, amount, kNoId}});
    });
}

Result<BatchResult> LedgerService::postBatch(const Actor &actor,
                                             Id memberAccountId,
                                             const LedgerBatch &batch,
                                             const QString &idempotencyKey)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    if (Status s = Impl::checkKey(idempotencyKey); !s)
        return s.error();
    bool negative = batch.spend < 0 || batch.drawAny < 0;
    for (const LedgerBatch::LotCredit &c : batch.credits)
        negative = negative || c.points <= 0 || c.systemCode.isEmpty();
    for (const LedgerBatch::LotDebit &d : batch.lotDebits)
        negative = negative || d.points <= 0 || d.systemCode.isEmpty() || d.lotId == kNoId;
    for (const LedgerBatch::OtherDraw &d : batch.otherDraws)
        negative = negative || d.points <= 0 || d.systemCode.isEmpty() || d.memberAccountId == kNoId;
    if (negative || (batch.spend > 0 && batch.spendSystemCode.isEmpty()) ||
        (batch.drawAny > 0 && batch.drawAnySystemCode.isEmpty()))
        return Error::invalid(tr("Enter a positive number of points."), QStringLiteral("points"));
    const QString kind = batch.kind.trimmed().isEmpty() ? QStringLiteral("batch") : batch.kind.trimmed();

    // Another member account a lot of this batch belongs to (a referrer's), or kNoId.
    const auto other = [memberAccountId](Id account) {
        return account != kNoId && account != memberAccountId ? account : kNoId;
    };
    QList<Id> accounts{memberAccountId};
    for (const LedgerBatch::LotCredit &c : batch.credits) {
        if (other(c.memberAccountId) != kNoId && !accounts.contains(c.memberAccountId))
            accounts.append(c.memberAccountId);
    }
    for (const LedgerBatch::LotDebit &d : batch.lotDebits) {
        if (other(d.memberAccountId) != kNoId && !accounts.contains(d.memberAccountId))
            accounts.append(d.memberAccountId);
    }
    for (const LedgerBatch::OtherDraw &d : batch.otherDraws) {
        if (!accounts.contains(d.memberAccountId))
            accounts.append(d.memberAccountId);
    }

    QList<Id> lotIds;
    Impl::Posting posting{Impl::header(actor, idempotencyKey, kind, batch.reference, batch.memo),
                          accounts,
                          QStringLiteral("ledger.") + kind,
                          QStringLiteral("%1 %2").arg(kind, batch.reference)};
    Result<PostResult> posted =
        Impl::post(*this, actor, posting, [&](const LedgerStore &store, Id transactionId) -> Status {
            QList<LedgerStore::EntryDraft> entries;
            auto system = [&](const QString &code, Unit unit) {
                return store.systemAccount(code, unit);
            };
            // Debits first, so the lots a credit of this batch makes are never drawn by it.
            Points debited = batch.spend + batch.drawAny;
            QMap<Id, Points> debitedElsewhere; // other member account → points taken from it
            for (const LedgerBatch::LotDebit &d : batch.lotDebits) {
                if (other(d.memberAccountId) != kNoId)
                    debitedElsewhere[d.memberAccountId] += d.points;
                else
                    debited += d.points;
            }
            for (const LedgerBatch::OtherDraw &d : batch.otherDraws)
                debitedElsewhere[d.memberAccountId] += d.points;
            Id points = kNoId;
            if (debited > 0) {
                Result<Id> account = Impl::debitAccount(store, memberAccountId, debited, true);
                if (!account)
                    return account.error();
                points = *account;
            }
            QHash<Id, Id> pointsOf; // other member account → its points ledger account
            for (auto it = debitedElsewhere.cbegin(); it != debitedElsewhere.cend(); ++it) {
                Result<Id> account = Impl::debitAccount(store, it.key(), it.value(), true);
                if (!account)
                    return account.error();
                pointsOf.insert(it.key(), *account);
            }
            for (const LedgerBatch::OtherDraw &d : batch.otherDraws) {
                const Id account = pointsOf.value(d.memberAccountId);
                Result<QList<LedgerStore::Draw>> drawn =
                    store.drawLots(account, d.points, LedgerStore::DrawScope::AvailableThenPending);
                if (!drawn)
                    return drawn.error();
                Result<Id> sys = system(d.systemCode, Unit::Points);
                if (!sys)
                    return sys.error();
                for (const LedgerStore::Draw &draw : std::as_const(*drawn))
                    entries.append({account, Unit::Points, -draw.amount, draw.lotId});
                entries.append({*sys, Unit::Points, d.points, kNoId});
            }
            for (const LedgerBatch::LotDebit &d : batch.lotDebits) {
                const Id account = other(d.memberAccountId) != kNoId ? pointsOf.value(d.memberAccountId) : points;
                Result<bool> taken = store.takeFromLot(account, d.lotId, d.points);
                if (!taken)
                    return taken.error();
                if (!*taken)
                    return Error::make(Error::Code::Conflict,
                                       tr("The points changed during this operation. Nothing was posted; try again."),
                                       QStringLiteral("lot %1 does not hold %2").arg(d.lotId).arg(d.points));
                Result<Id> sys = system(d.systemCode, Unit::Points);
                if (!sys)
                    return sys.error();
                entries.append({account, Unit::Points, -d.points, d.lotId});
                entries.append({*sys, Unit::Points, d.points, kNoId});
            }
            const std::pair<Points, LedgerStore::DrawScope> draws[] = {
                {batch.spend, LedgerStore::DrawScope::AvailableOnly},
                {batch.drawAny, LedgerStore::DrawScope::AvailableThenPending}};
            QMap<Id, Points> crossPoints; // earning merchant → points it owes the batch's merchant for
            for (const auto &[amount, scope] : draws) {
                if (amount <= 0)
                    continue;
                const bool spend = scope == LedgerStore::DrawScope::AvailableOnly;
                const LedgerStore::LotFilter filter =
                    spend ? LedgerStore::LotFilter{batch.merchantId, batch.crossMerchantSpend} : LedgerStore::LotFilter{};
                Result<QList<LedgerStore::Draw>> drawn = store.drawLots(points, amount, scope, filter);
                if (!drawn)
                    return drawn.error();
                if (spend && batch.merchantId != kNoId) {
                    for (const LedgerStore::Draw &draw : std::as_const(*drawn)) {
                        if (draw.merchantId != kNoId && draw.merchantId != batch.merchantId)
                            crossPoints[draw.merchantId] += draw.amount;
                    }
                }
                Result<Id> sys = system(scope == LedgerStore::DrawScope::AvailableOnly ? batch.spendSystemCode
                                                                                       : batch.drawAnySystemCode,
                                        Unit::Points);
                if (!sys)
                    return sys.error();
                for (const LedgerStore::Draw &draw : std::as_const(*drawn))
                    entries.append({points, Unit::Points, -draw.amount, draw.lotId});
                entries.append({*sys, Unit::Points, amount, kNoId});
            }
            for (const LedgerBatch::LotCredit &c : batch.credits) {
                const Id owner = other(c.memberAccountId) != kNoId ? c.memberAccountId : memberAccountId;
                Id account = owner == memberAccountId ? points : pointsOf.value(owner, kNoId);
                if (account == kNoId) {
                    Result<Id> made = store.memberLedgerAccount(owner, MemberAccountKind::Points);
                    if (!made)
                        return made.error();
                    account = *made;
                    if (owner == memberAccountId)
                        points = account;
                    else
                        pointsOf.insert(owner, account);
                }
                const QDateTime availableAt = c.availableAt.isValid() ? c.availableAt.toUTC() : store.now();
                if (c.expiresAt.isValid() && c.expiresAt <= qMax(store.now(), availableAt))
                    return expiryError();
                Result<Id> lot = store.insertLot(account, transactionId, c.points, store.now(), availableAt,
                                                 c.expiresAt, c.merchantId);
                if (!lot)
                    return lot.error();
                Result<Id> sys = system(c.systemCode, Unit::Points);
                if (!sys)
                    return sys.error();
                lotIds.append(*lot);
                entries.append({account, Unit::Points, c.points, *lot});
                entries.append({*sys, Unit::Points, -c.points, kNoId});
            }
            // Settlement: the same transaction records who owes whom for the points spent here.
            if (batch.settlementPointValue > 0 && !crossPoints.isEmpty()) {
                Money owedHere = 0;
                for (auto it = crossPoints.cbegin(); it != crossPoints.cend(); ++it) {
                    const Money value = it.value() * batch.settlementPointValue;
                    Result<Id> debtor = system(LedgerStore::settlementCode(it.key()), Unit::Money);
                    if (!debtor)
                        return debtor.error();
                    entries.append({*debtor, Unit::Money, -value, kNoId});
                    owedHere += value;
                }
                Result<Id> creditor = system(LedgerStore::settlementCode(batch.merchantId), Unit::Money);
                if (!creditor)
                    return creditor.error();
                entries.append({*creditor, Unit::Money, owedHere, kNoId});
            }
            for (const LedgerBatch::MoneyLeg &leg : batch.money) {
                Result<Id> sys = system(leg.systemCode, Unit::Money);
                if (!sys)
                    return sys.error();
                entries.append({*sys, Unit::Money, leg.amount, kNoId});
            }
            if (batch.memberCredit != 0) {
                Result<Id> credit = store.memberLedgerAccount(memberAccountId, MemberAccountKind::Credit);
                if (!credit)
                    return credit.error();
                entries.append({*credit, Unit::Money, batch.memberCredit, kNoId});
            }
            if (batch.memberStoredValue != 0) {
                const bool spend = batch.memberStoredValue < 0;
                Result<Id> stored = store.memberLedgerAccount(memberAccountId, MemberAccountKind::StoredValue, !spend);
                if (!stored)
                    return stored.error();
                if (*stored == kNoId) {
                    if (Status s = store.requireMemberAccount(memberAccountId); !s)
                        return s;
                    return LedgerStore::insufficientMoney(0, -batch.memberStoredValue);
                }
                if (spend) {
                    if (Status s = store.lockAccount(*stored); !s)
                        return s;
                    Result<qint64> balance = store.cachedBalance(*stored);
                    if (!balance)
                        return balance.error();
                    // writeEntries' conditional update is the guard; this only words the refusal.
                    if (*balance < -batch.memberStoredValue)
                        return LedgerStore::insufficientMoney(*balance, -batch.memberStoredValue);
                }
                entries.append({*stored, Unit::Money, batch.memberStoredValue, kNoId});
            }
            return store.writeEntries(transactionId, entries);
        });
    if (!posted)
        return posted.error();
    return BatchResult{posted->transactionId, posted->replayed, posted->replayed ? QList<Id>{} : lotIds};
}

} // namespace Club::Core
