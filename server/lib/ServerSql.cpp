// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSql.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Server {

using Core::Error;
using Core::Id;
using Core::kNoId;
using Core::Result;
using Core::SqlQuery;
using Core::Status;

namespace {
Terminal terminalFrom(const SqlQuery &q)
{
    Terminal t;
    t.id = q.value(0).toLongLong();
    t.terminalId = q.value(1).toString();
    t.name = q.value(2).toString();
    t.branchId = q.value(3).toLongLong();
    t.active = q.value(4).toInt() != 0;
    return t;
}

Result<Id> idFor(const Core::Database &db, const QString &sql, const QString &value)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":v"), value);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<QString> textFor(const Core::Database &db, const QString &sql, Id id)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

Result<Terminal> ServerSql::insertTerminal(const QString &terminalId, const QString &name, Id branchId,
                                           const QString &createdAt)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO server_terminals (terminal_id, name, branch_id, active, created_at) "
                                    "VALUES (:tid, :name, :branch, 1, :at) RETURNING id"));
    q.bind(QStringLiteral(":tid"), terminalId)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":at"), createdAt);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return Terminal{id->toLongLong(), terminalId, name, branchId, true};
}

Result<std::optional<Terminal>> ServerSql::terminal(const QString &terminalId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, terminal_id, name, branch_id, active FROM server_terminals "
                                    "WHERE terminal_id = :tid"));
    q.bind(QStringLiteral(":tid"), terminalId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Terminal>();
    return std::optional<Terminal>(terminalFrom(q));
}

Result<int> ServerSql::disableTerminal(const QString &terminalId, const QString &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE server_terminals SET active = 0, disabled_at = :at "
                                    "WHERE terminal_id = :tid"));
    q.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":tid"), terminalId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected();
}

Result<bool> ServerSql::rememberNonce(const QString &terminalId, const QString &nonce, qint64 now, qint64 purgeBefore)
{
    if (now - m_noncesPurgedAt >= kNoncePurgeSecs || now < m_noncesPurgedAt) {
        SqlQuery purge(m_db, QStringLiteral("DELETE FROM server_nonces WHERE seen_at < :before"));
        purge.bind(QStringLiteral(":before"), purgeBefore);
        if (Status s = purge.exec(); !s)
            return s.error();
        m_noncesPurgedAt = now;
    }
    // ON CONFLICT: a concurrent twin's insert does nothing instead of failing, on both engines.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO server_nonces (terminal_id, nonce, seen_at) VALUES (:tid, :n, :at) "
                                    "ON CONFLICT (terminal_id, nonce) DO NOTHING"));
    q.bind(QStringLiteral(":tid"), terminalId).bind(QStringLiteral(":n"), nonce).bind(QStringLiteral(":at"), now);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Status ServerSql::insertSession(const QByteArray &tokenHash, const QString &terminalId, Id operatorId,
                                const QString &createdAt, qint64 expiresAt, qint64 now)
{
    SqlQuery purge(m_db, QStringLiteral("DELETE FROM server_sessions WHERE expires_at < :now"));
    purge.bind(QStringLiteral(":now"), now);
    if (Status s = purge.exec(); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO server_sessions (token_hash, terminal_id, operator_id, created_at, "
                                    "expires_at) VALUES (:h, :tid, :op, :at, :exp)"));
    q.bind(QStringLiteral(":h"), QString::fromLatin1(tokenHash))
        .bind(QStringLiteral(":tid"), terminalId)
        .bind(QStringLiteral(":op"), operatorId)
        .bind(QStringLiteral(":at"), createdAt)
        .bind(QStringLiteral(":exp"), expiresAt);
    return q.exec();
}

Result<std::optional<SessionRow>> ServerSql::session(const QByteArray &tokenHash) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT terminal_id, operator_id, expires_at FROM server_sessions "
                                    "WHERE token_hash = :h"));
    q.bind(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SessionRow>();
    return std::optional<SessionRow>(SessionRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
}

Status ServerSql::extendSession(const QByteArray &tokenHash, qint64 expiresAt)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE server_sessions SET expires_at = :exp WHERE token_hash = :h"));
    q.bind(QStringLiteral(":exp"), expiresAt).bind(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    return q.exec();
}

Status ServerSql::deleteSession(const QByteArray &tokenHash)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM server_sessions WHERE token_hash = :h"));
    q.bind(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    return q.exec();
}

Result<bool> ServerSql::claimKey(const QString &key, const QString &endpoint, const QByteArray &bodyHash,
                                 const QString &terminalId, const QString &createdAt)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO server_requests (idempotency_key, endpoint, body_hash, terminal_id, "
                                    "status, response, created_at) VALUES (:k, :e, :h, :tid, 0, '', :at) "
                                    "ON CONFLICT (idempotency_key) DO NOTHING"));
    q.bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":e"), endpoint)
        .bind(QStringLiteral(":h"), QString::fromLatin1(bodyHash))
        .bind(QStringLiteral(":tid"), terminalId)
        .bind(QStringLiteral(":at"), createdAt);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Status ServerSql::storeResponse(const QString &key, int status, const QByteArray &response)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE server_requests SET status = :s, response = :r WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":r"), QString::fromUtf8(response))
        .bind(QStringLiteral(":k"), key);
    return q.exec();
}

Result<std::optional<StoredResponse>> ServerSql::storedResponse(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT endpoint, body_hash, status, response FROM server_requests "
                                    "WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), key);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredResponse>();
    return std::optional<StoredResponse>(StoredResponse{q.value(0).toString(), q.value(1).toString().toLatin1(),
                                                        q.value(2).toInt(), q.value(3).toString().toUtf8()});
}

Status ServerSql::recordFailure(const QString &scope, qint64 at)
{
    // Only the last minute counts; an hour is kept for whoever looks into an attack.
    SqlQuery purge(m_db, QStringLiteral("DELETE FROM server_failures WHERE at < :before"));
    purge.bind(QStringLiteral(":before"), at - 3600);
    if (Status s = purge.exec(); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO server_failures (scope, at) VALUES (:s, :at)"));
    q.bind(QStringLiteral(":s"), scope).bind(QStringLiteral(":at"), at);
    return q.exec();
}

Result<qint64> ServerSql::failuresSince(const QString &scope, qint64 since) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM server_failures WHERE scope = :s AND at >= :since"));
    q.bind(QStringLiteral(":s"), scope).bind(QStringLiteral(":since"), since);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<OperatorRow>> ServerSql::operatorById(Id operatorId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, username, full_name, role, branch_id, active FROM operators "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), operatorId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<OperatorRow>();
    return std::optional<OperatorRow>(OperatorRow{q.value(0).toLongLong(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString(),
                                                  Core::idOf(q.value(4)), q.value(5).toInt() != 0});
}

Result<Id> ServerSql::branchByCode(const QString &code) const
{
    return idFor(m_db, QStringLiteral("SELECT id FROM branches WHERE code = :v"), code);
}

Result<QString> ServerSql::branchCode(Id branchId) const
{
    return textFor(m_db, QStringLiteral("SELECT code FROM branches WHERE id = :id"), branchId);
}

Result<Id> ServerSql::productByCode(const QString &code) const
{
    return idFor(m_db, QStringLiteral("SELECT id FROM products WHERE code = :v"), code);
}

Result<QString> ServerSql::productCode(Id productId) const
{
    return textFor(m_db, QStringLiteral("SELECT code FROM products WHERE id = :id"), productId);
}

Result<Id> ServerSql::cardTypeByName(const QString &name) const
{
    return idFor(m_db, QStringLiteral("SELECT id FROM card_types WHERE name = :v"), name);
}

} // namespace Club::Server
