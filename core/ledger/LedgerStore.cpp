// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerStore.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Log.h"

#include <QMap>

namespace Club::Core {

const QString LedgerStore::kPointsIssued = QStringLiteral("system:points_issued");
const QString LedgerStore::kPointsRedeemed = QStringLiteral("system:points_redeemed");
const QString LedgerStore::kPointsExpired = QStringLiteral("system:points_expired");
const QString LedgerStore::kPointsAdjustments = QStringLiteral("system:points_adjustments");
const QString LedgerStore::kStoredValueIssued = QStringLiteral("system:stored_value_issued");
const QString LedgerStore::kStoredValueRedeemed = QStringLiteral("system:stored_value_redeemed");

LedgerStore::LedgerStore(const Database &db, const QDateTime &now)
    : m_db(db)
    , m_now(now.toUTC())
    , m_nowIso(isoUtc(now))
{}

QString LedgerStore::isoUtc(const QDateTime &at)
{
    // Whole seconds, always "Z": the text sorts like the time, so SQL compares it directly.
    if (!at.isValid())
        return {};
    QDateTime utc = at.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QDateTime LedgerStore::fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QString LedgerStore::unitKey(Unit unit)
{
    return unit == Unit::Points ? QStringLiteral("points") : QStringLiteral("money");
}

Unit LedgerStore::unitFromKey(const QString &key)
{
    return key == QLatin1String("money") ? Unit::Money : Unit::Points;
}

QString LedgerStore::kindKey(MemberAccountKind kind)
{
    switch (kind) {
    case MemberAccountKind::Points:
        return QStringLiteral("points");
    case MemberAccountKind::StoredValue:
        return QStringLiteral("stored_value");
    case MemberAccountKind::Credit:
        return QStringLiteral("credit");
    }
    return {};
}

Status LedgerStore::requireMemberAccount(Id memberAccountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM member_accounts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), memberAccountId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return Error::make(Error::Code::NotFound, tr("The member account was not found."),
                           QStringLiteral("member account %1").arg(memberAccountId));
    return {};
}

Result<Id> LedgerStore::memberLedgerAccount(Id memberAccountId, MemberAccountKind kind, bool create) const
{
    const QString kindText = kindKey(kind);
    auto find = [&]() -> Result<Id> {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM ledger_accounts WHERE member_account_id = :m AND kind = :k"));
        q.bind(QStringLiteral(":m"), memberAccountId).bind(QStringLiteral(":k"), kindText);
        if (Status s = q.exec(); !s)
            return s.error();
        return q.next() ? q.value(0).toLongLong() : kNoId;
    };
    Result<Id> found = find();
    if (!found || *found != kNoId || !create)
        return found;
    if (Status s = requireMemberAccount(memberAccountId); !s)
        return s.error();

    // Credit may go below zero (the member owes the store); points and stored value never.
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO ledger_accounts (member_account_id, kind, unit, balance, "
                                         "allow_negative, created_at) VALUES (:m, :k, :u, 0, :neg, :at) "
                                         "ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":m"), memberAccountId)
        .bind(QStringLiteral(":k"), kindText)
        .bind(QStringLiteral(":u"), unitKey(kind == MemberAccountKind::Points ? Unit::Points : Unit::Money))
        .bind(QStringLiteral(":neg"), kind == MemberAccountKind::Credit ? 1 : 0)
        .bind(QStringLiteral(":at"), m_nowIso);
    if (Status s = insert.exec(); !s)
        return s.error();
    found = find();
    if (found && *found == kNoId)
        return Error::make(Error::Code::Storage,
                           tr("The data store could not complete the operation. Nothing was "
                              "changed."),
                           QStringLiteral("ledger account %1/%2 not created").arg(memberAccountId).arg(kindText));
    return found;
}

Result<Id> LedgerStore::systemAccount(const QString &code, Unit unit) const
{
    auto find = [&]() -> Result<Id> {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM ledger_accounts WHERE code = :c"));
        q.bind(QStringLiteral(":c"), code);
        if (Status s = q.exec(); !s)
            return s.error();
        return q.next() ? q.value(0).toLongLong() : kNoId;
    };
    Result<Id> found = find();
    if (!found || *found != kNoId)
        return found;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO ledger_accounts (member_account_id, code, kind, unit, balance, "
                                         "allow_negative, created_at) VALUES (NULL, :c, :k, :u, 0, 1, :at) "
                                         "ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":c"), code)
        .bind(QStringLiteral(":k"), code)
        .bind(QStringLiteral(":u"), unitKey(unit))
        .bind(QStringLiteral(":at"), m_nowIso);
    if (Status s = insert.exec(); !s)
        return s.error();
    found = find();
    if (found && *found == kNoId)
        return Error::make(Error::Code::Storage,
                           tr("The data store could not complete the operation. Nothing was "
                              "changed."),
                           QStringLiteral("system account %1 not created").arg(code));
    return found;
}

Status LedgerStore::lockAccount(Id ledgerAccountId) const
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM ledger_accounts WHERE id = :id FOR UPDATE"));
    q.bind(QStringLiteral(":id"), ledgerAccountId);
    return q.exec();
}

Result<qint64> LedgerStore::cachedBalance(Id ledgerAccountId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT balance FROM ledger_accounts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), ledgerAccountId);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<Id> LedgerStore::findTransaction(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM journal_transactions WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> LedgerStore::insertTransaction(const Header &header) const
{
    // ON CONFLICT DO NOTHING rather than catching the unique violation: on PostgreSQL a
    // failed statement would poison the caller's whole transaction. A twin that is still
    // open makes this statement wait for it, then see its key.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO journal_transactions (idempotency_key, kind, branch_id, terminal, "
                                    "operator_id, created_at, reference, memo) VALUES (:key, :kind, :branch, :term, "
                                    ":op, :at, :ref, :memo) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"));
    q.bind(QStringLiteral(":key"), header.idempotencyKey)
        .bind(QStringLiteral(":kind"), header.kind)
        .bind(QStringLiteral(":branch"), idOrNull(header.branchId))
        .bind(QStringLiteral(":term"), header.terminal)
        .bind(QStringLiteral(":op"), idOrNull(header.operatorId))
        .bind(QStringLiteral(":at"), m_nowIso)
        .bind(QStringLiteral(":ref"), header.reference)
        .bind(QStringLiteral(":memo"), header.memo);
    if (Status s = q.exec(); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return kNoId;
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> LedgerStore::insertLot(Id ledgerAccountId,
                                  Id transactionId,
                                  Points amount,
                                  const QDateTime &earnedAt,
                                  const QDateTime &availableAt,
                                  const QDateTime &expiresAt,
                                  Id merchantId) const
{
    // A lot counts as earned at the merchant of the branch that posted it; a branch without
    // a merchant (or a posting without a branch) belongs to the home merchant.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO points_lots (ledger_account_id, transaction_id, amount, remaining, "
                                    "earned_at, available_at, expires_at, merchant_id) VALUES (:a, :t, :amount, "
                                    ":rem, :earned, :avail, :exp, COALESCE(CAST(:m AS BIGINT), "
                                    "(SELECT b.merchant_id FROM journal_transactions jt JOIN branches b "
                                    "ON b.id = jt.branch_id WHERE jt.id = :t2), "
                                    "(SELECT MIN(id) FROM merchants WHERE is_home = 1))) RETURNING id"));
    q.bind(QStringLiteral(":m"), idOrNull(merchantId)).bind(QStringLiteral(":t2"), transactionId);
    q.bind(QStringLiteral(":a"), ledgerAccountId)
        .bind(QStringLiteral(":t"), transactionId)
        .bind(QStringLiteral(":amount"), amount)
        .bind(QStringLiteral(":rem"), amount)
        .bind(QStringLiteral(":earned"), isoUtc(earnedAt))
        .bind(QStringLiteral(":avail"), isoUtc(availableAt))
        .bind(QStringLiteral(":exp"), expiresAt.isValid() ? QVariant(isoUtc(expiresAt)) : QVariant());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

namespace {
// Unexpired lots with points, in the order a debit draws them.
QString drawSql(LedgerStore::DrawScope scope, const QString &columns)
{
    QString sql = QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM points_lots WHERE ledger_account_id = :a AND remaining > 0 "
                                 "AND (expires_at IS NULL OR expires_at > :now)");
    if (scope == LedgerStore::DrawScope::AvailableOnly)
        sql += QStringLiteral(" AND available_at <= :now2");
    return sql;
}
} // namespace

Result<Points> LedgerStore::drawable(Id ledgerAccountId, DrawScope scope) const
{
    SqlQuery q(m_db, drawSql(scope, QStringLiteral("CAST(COALESCE(SUM(remaining), 0) AS BIGINT)")));
    q.bind(QStringLiteral(":a"), ledgerAccountId).bind(QStringLiteral(":now"), m_nowIso);
    if (scope == DrawScope::AvailableOnly)
        q.bind(QStringLiteral(":now2"), m_nowIso);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

QString LedgerStore::settlementCode(Id merchantId)
{
    return QStringLiteral("system:settlement:%1").arg(merchantId);
}

Result<QList<LedgerStore::Draw>> LedgerStore::drawLots(Id ledgerAccountId, Points amount, DrawScope scope) const
{
    return drawLots(ledgerAccountId, amount, scope, LotFilter());
}

Result<QList<LedgerStore::Draw>>
LedgerStore::drawLots(Id ledgerAccountId, Points amount, DrawScope scope, const LotFilter &filter) const
{
    QString sql = drawSql(scope, QStringLiteral("id, remaining, earned_at, available_at, expires_at, merchant_id"));
    if (filter.merchantId != kNoId) {
        sql += QStringLiteral(" AND (merchant_id = :fm");
        if (filter.crossMerchant)
            sql += QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM merchants x WHERE x.id = points_lots.merchant_id "
                                  "AND x.no_cross_spend = 1)");
        sql += QStringLiteral(")");
    }
    sql += QStringLiteral(" ORDER BY ");
    if (scope == DrawScope::AvailableThenPending)
        sql += QStringLiteral("CASE WHEN available_at <= :now3 THEN 0 ELSE 1 END, ");
    sql += QStringLiteral("CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END, expires_at, earned_at, id");
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":a"), ledgerAccountId).bind(QStringLiteral(":now"), m_nowIso);
    if (scope == DrawScope::AvailableOnly)
        q.bind(QStringLiteral(":now2"), m_nowIso);
    else
        q.bind(QStringLiteral(":now3"), m_nowIso);
    if (filter.merchantId != kNoId)
        q.bind(QStringLiteral(":fm"), filter.merchantId);
    if (Status s = q.exec(); !s)
        return s.error();

    QList<Draw> draws;
    Points total = 0;
    Points left = amount;
    while (q.next()) {
        const Points remaining = q.value(1).toLongLong();
        total += remaining;
        if (left == 0)
            continue;
        const Points take = qMin(left, remaining);
        draws.append({q.value(0).toLongLong(), take, fromIso(q.value(2)), fromIso(q.value(3)), fromIso(q.value(4)),
                      idOf(q.value(5))});
        left -= take;
    }
    if (left > 0)
        return insufficientPoints(total, amount);

    SqlQuery update(m_db, QStringLiteral("UPDATE points_lots SET remaining = remaining - :n "
                                         "WHERE id = :id AND remaining >= :n2"));
    for (const Draw &draw : std::as_const(draws)) {
        update.bind(QStringLiteral(":n"), draw.amount)
            .bind(QStringLiteral(":id"), draw.lotId)
            .bind(QStringLiteral(":n2"), draw.amount);
        if (Status s = update.exec(); !s)
            return s.error();
        if (update.rowsAffected() != 1)
            return Error::make(Error::Code::Conflict,
                               tr("The points changed during this operation. Nothing was posted; try again."),
                               QStringLiteral("lot %1 changed while drawing").arg(draw.lotId));
    }
    return draws;
}

Result<bool> LedgerStore::takeFromLot(Id ledgerAccountId, Id lotId, Points amount) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE points_lots SET remaining = remaining - :n "
                                    "WHERE id = :id AND ledger_account_id = :a AND remaining >= :n2"));
    q.bind(QStringLiteral(":n"), amount)
        .bind(QStringLiteral(":id"), lotId)
        .bind(QStringLiteral(":a"), ledgerAccountId)
        .bind(QStringLiteral(":n2"), amount);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<bool> LedgerStore::restoreToLot(Id ledgerAccountId, Id lotId, Points amount) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE points_lots SET remaining = remaining + :n "
                                    "WHERE id = :id AND ledger_account_id = :a AND remaining + :n2 <= amount"));
    q.bind(QStringLiteral(":n"), amount)
        .bind(QStringLiteral(":id"), lotId)
        .bind(QStringLiteral(":a"), ledgerAccountId)
        .bind(QStringLiteral(":n2"), amount);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<bool> LedgerStore::emptyLot(Id lotId, Points remaining) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE points_lots SET remaining = 0 WHERE id = :id AND remaining = :r"));
    q.bind(QStringLiteral(":id"), lotId).bind(QStringLiteral(":r"), remaining);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Status LedgerStore::writeEntries(Id transactionId, const QList<EntryDraft> &entries) const
{
    qint64 points = 0;
    qint64 money = 0;
    // Sorted by account id, so concurrent postings take the row locks in one order.
    QMap<Id, qint64> deltas;
    for (const EntryDraft &e : entries) {
        (e.unit == Unit::Points ? points : money) += e.amount;
        deltas[e.ledgerAccountId] += e.amount;
    }
    if (points != 0 || money != 0)
        return Error::make(Error::Code::Storage,
                           tr("The data store could not complete the operation. Nothing was changed."),
                           QStringLiteral("unbalanced posting: points %1 money %2").arg(points).arg(money));

    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO journal_entries (transaction_id, ledger_account_id, unit, amount, "
                                   "lot_id) VALUES (:t, :a, :u, :amount, :lot)"));
    for (const EntryDraft &e : entries) {
        if (e.amount == 0)
            continue;
        insert.bind(QStringLiteral(":t"), transactionId)
            .bind(QStringLiteral(":a"), e.ledgerAccountId)
            .bind(QStringLiteral(":u"), unitKey(e.unit))
            .bind(QStringLiteral(":amount"), e.amount)
            .bind(QStringLiteral(":lot"), idOrNull(e.lotId));
        if (Status s = insert.exec(); !s)
            return s;
    }

    SqlQuery update(m_db, QStringLiteral("UPDATE ledger_accounts SET balance = balance + :d WHERE id = :id "
                                         "AND (allow_negative = 1 OR balance + :d2 >= 0)"));
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        if (it.value() == 0)
            continue;
        update.bind(QStringLiteral(":d"), it.value())
            .bind(QStringLiteral(":id"), it.key())
            .bind(QStringLiteral(":d2"), it.value());
        if (Status s = update.exec(); !s)
            return s;
        if (update.rowsAffected() != 1) {
            qCInfo(lcLedger) << "refused: ledger account" << it.key() << "would go below zero";
            return Error::make(Error::Code::InsufficientFunds,
                               tr("The balance does not cover this. Nothing was posted."),
                               QStringLiteral("ledger account %1 would go below zero").arg(it.key()));
        }
    }
    return {};
}

Error LedgerStore::insufficientPoints(Points available, Points wanted)
{
    return Error::make(
        Error::Code::InsufficientFunds,
        tr("Not enough points: %1 can be used now and %2 are needed. Nothing was posted.").arg(available).arg(wanted),
        QStringLiteral("points available %1 wanted %2").arg(available).arg(wanted), QStringLiteral("points"));
}

Error LedgerStore::insufficientMoney(Money available, Money wanted)
{
    return Error::make(Error::Code::InsufficientFunds,
                       tr("Not enough stored value: the balance is %1 and %2 is needed. Nothing was posted.")
                           .arg(available)
                           .arg(wanted),
                       QStringLiteral("stored value %1 wanted %2").arg(available).arg(wanted),
                       QStringLiteral("amount"));
}

} // namespace Club::Core
