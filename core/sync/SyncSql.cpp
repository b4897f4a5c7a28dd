// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {
// The newest event of each entry decides its state; an entry without one is pending.
const QString kWithState = QStringLiteral(
    "SELECT o.id, o.idempotency_key, o.request_json, o.card_number, o.points_redeemed, o.stored_value, "
    "o.recorded_at, o.recorded_by, o.created_at, e.state, e.created_at, e.server_code, e.message, "
    "e.server_sale_id, e.server_receipt_no, COALESCE(o.push_operation, o.operation), o.after_key FROM sync_outbox o "
    "LEFT JOIN sync_outbox_events e ON e.id = "
    "(SELECT MAX(x.id) FROM sync_outbox_events x WHERE x.entry_id = o.id)");

OutboxEntry entryOf(const SqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.requestJson = q.value(2).toString().toUtf8();
    e.cardNumber = q.value(3).toString();
    e.pointsRedeemed = q.value(4).toLongLong();
    e.storedValue = q.value(5).toLongLong();
    e.recordedAt = LedgerStore::fromIso(q.value(6));
    e.recordedBy = q.value(7).toString();
    e.createdAt = LedgerStore::fromIso(q.value(8));
    if (q.value(9).isNull()) {
        e.state = OutboxEntry::State::Pending;
        e.stateAt = e.createdAt;
    } else {
        outboxStateFromKey(q.value(9).toString(), e.state);
        e.stateAt = LedgerStore::fromIso(q.value(10));
        e.serverCode = q.value(11).toString();
        e.message = q.value(12).toString();
        e.serverSaleId = q.value(13).toLongLong();
        e.serverReceiptNo = q.value(14).toLongLong();
    }
    outboxOperationFromKey(q.value(15).toString(), e.operation);
    e.afterKey = q.value(16).toString();
    return e;
}
} // namespace

QString outboxStateKey(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Sent:
        return QStringLiteral("sent");
    case OutboxEntry::State::Conflict:
        return QStringLiteral("conflict");
    case OutboxEntry::State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

bool outboxStateFromKey(const QString &key, OutboxEntry::State &state)
{
    for (auto s : {OutboxEntry::State::Pending, OutboxEntry::State::Sent, OutboxEntry::State::Conflict,
                   OutboxEntry::State::Resolved}) {
        if (outboxStateKey(s) == key) {
            state = s;
            return true;
        }
    }
    return false;
}

QString outboxOperationKey(OutboxEntry::Operation op)
{
    switch (op) {
    case OutboxEntry::Operation::Sale:
        return QStringLiteral("sale");
    case OutboxEntry::Operation::Return:
        return QStringLiteral("return");
    case OutboxEntry::Operation::Gift:
        return QStringLiteral("gift");
    case OutboxEntry::Operation::GiftCardCharge:
        return QStringLiteral("gift_card_charge");
    case OutboxEntry::Operation::PointsBuy:
        return QStringLiteral("points_buy");
    case OutboxEntry::Operation::MemberCreate:
        return QStringLiteral("member");
    case OutboxEntry::Operation::CardIssue:
        return QStringLiteral("card_issue");
    case OutboxEntry::Operation::CardBlock:
        return QStringLiteral("card_block");
    case OutboxEntry::Operation::CardUnblock:
        return QStringLiteral("card_unblock");
    }
    return {};
}

bool outboxIsPush(OutboxEntry::Operation op)
{
    return op == OutboxEntry::Operation::MemberCreate || op == OutboxEntry::Operation::CardIssue
           || op == OutboxEntry::Operation::CardBlock || op == OutboxEntry::Operation::CardUnblock;
}

bool outboxOperationFromKey(const QString &key, OutboxEntry::Operation &op)
{
    for (auto o : {OutboxEntry::Operation::Sale, OutboxEntry::Operation::Return, OutboxEntry::Operation::Gift,
                   OutboxEntry::Operation::GiftCardCharge, OutboxEntry::Operation::PointsBuy,
                   OutboxEntry::Operation::MemberCreate, OutboxEntry::Operation::CardIssue,
                   OutboxEntry::Operation::CardBlock, OutboxEntry::Operation::CardUnblock}) {
        if (outboxOperationKey(o) == key) {
            op = o;
            return true;
        }
    }
    return false;
}

QString outboxOperationPath(OutboxEntry::Operation op)
{
    switch (op) {
    case OutboxEntry::Operation::Sale:
        return QStringLiteral("/v1/sales");
    case OutboxEntry::Operation::Return:
        return QStringLiteral("/v1/returns");
    case OutboxEntry::Operation::Gift:
        return QStringLiteral("/v1/gifts/redeem");
    case OutboxEntry::Operation::GiftCardCharge:
        return QStringLiteral("/v1/gift-cards/charge");
    case OutboxEntry::Operation::PointsBuy:
        return QStringLiteral("/v1/points/buy");
    case OutboxEntry::Operation::MemberCreate:
        return QStringLiteral("/v1/members");
    case OutboxEntry::Operation::CardIssue:
        return QStringLiteral("/v1/cards");
    case OutboxEntry::Operation::CardBlock:
        return QStringLiteral("/v1/cards/block");
    case OutboxEntry::Operation::CardUnblock:
        return QStringLiteral("/v1/cards/unblock");
    }
    return {};
}

Result<Id> SyncSql::insert(const OutboxEntry &e) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO sync_outbox (idempotency_key, request_json, card_number, "
                                    "points_redeemed, stored_value, recorded_at, recorded_by, created_at, operation, "
                                    "after_key, push_operation) "
                                    "VALUES (:k, :json, :card, :pts, :sv, :rat, :rby, :at, :op, :after, :push) "
                                    "RETURNING id"));
    const bool push = outboxIsPush(e.operation);
    q.bind(QStringLiteral(":k"), e.idempotencyKey)
        .bind(QStringLiteral(":json"), QString::fromUtf8(e.requestJson))
        .bind(QStringLiteral(":card"), e.cardNumber)
        .bind(QStringLiteral(":pts"), e.pointsRedeemed)
        .bind(QStringLiteral(":sv"), e.storedValue)
        .bind(QStringLiteral(":rat"), LedgerStore::isoUtc(e.recordedAt))
        .bind(QStringLiteral(":rby"), e.recordedBy)
        .bind(QStringLiteral(":at"), LedgerStore::isoUtc(e.createdAt))
        .bind(QStringLiteral(":op"), push ? QStringLiteral("sale") : outboxOperationKey(e.operation))
        .bind(QStringLiteral(":after"), e.afterKey)
        .bind(QStringLiteral(":push"), push ? QVariant(outboxOperationKey(e.operation)) : QVariant());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status SyncSql::insertEvent(Id entryId, OutboxEntry::State state, const QString &serverCode, const QString &message,
                              qint64 serverSaleId, qint64 receiptNo, Id operatorId, const QDateTime &at) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO sync_outbox_events (entry_id, state, server_code, message, "
                                    "server_sale_id, server_receipt_no, operator_id, created_at) VALUES "
                                    "(:e, :s, :code, :msg, :sale, :rno, :op, :at)"));
    q.bind(QStringLiteral(":e"), entryId)
        .bind(QStringLiteral(":s"), outboxStateKey(state))
        .bind(QStringLiteral(":code"), serverCode)
        .bind(QStringLiteral(":msg"), message)
        .bind(QStringLiteral(":sale"), serverSaleId)
        .bind(QStringLiteral(":rno"), receiptNo)
        .bind(QStringLiteral(":op"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), LedgerStore::isoUtc(at));
    return q.exec();
}

Result<QList<OutboxEntry>> SyncSql::entries(std::optional<OutboxEntry::State> state, Id entryId) const
{
    QString sql = kWithState;
    if (entryId != kNoId)
        sql += QStringLiteral(" WHERE o.id = :id");
    sql += QStringLiteral(" ORDER BY o.id");
    SqlQuery q(m_db, sql);
    if (entryId != kNoId)
        q.bind(QStringLiteral(":id"), entryId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e = entryOf(q);
        if (!state || e.state == *state)
            out.append(e);
    }
    return out;
}

Result<Id> SyncSql::byKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM sync_outbox WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<std::pair<Points, Money>> SyncSql::pendingUse(const QString &cardNumber) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(o.points_redeemed), 0), COALESCE(SUM(o.stored_value), 0) "
                                    "FROM sync_outbox o WHERE o.card_number = :c AND NOT EXISTS (SELECT 1 FROM "
                                    "sync_outbox_events e WHERE e.entry_id = o.id)"));
    q.bind(QStringLiteral(":c"), cardNumber);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::pair<Points, Money>{0, 0};
    return std::pair<Points, Money>{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QString> SyncSql::setting(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncSql::setSetting(const QString &key, const QString &value) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
    return q.exec();
}

} // namespace Club::Core
