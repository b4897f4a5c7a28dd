// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Club::Core {
class Database;
}

namespace Club::Server {

struct Terminal
{
    Core::Id id = Core::kNoId;
    QString terminalId;
    QString name;
    Core::Id branchId = Core::kNoId;
    bool active = true;
};

struct SessionRow
{
    QString terminalId;
    Core::Id operatorId = Core::kNoId;
    qint64 expiresAt = 0;
};

struct OperatorRow
{
    Core::Id id = Core::kNoId;
    QString username;
    QString fullName;
    QString role;
    Core::Id branchId = Core::kNoId;
    bool active = false;
};

struct StoredResponse
{
    QString endpoint;
    QByteArray bodyHash;
    int status = 0;
    QByteArray response;
};

// The server's own tables (migration 0010) and the natural-key lookups of the API.
class ServerSql
{
public:
    explicit ServerSql(const Core::Database &db) : m_db(db) {}

    Core::Result<Terminal> insertTerminal(const QString &terminalId, const QString &name, Core::Id branchId,
                                          const QString &createdAt);
    Core::Result<std::optional<Terminal>> terminal(const QString &terminalId) const;
    // Number of rows changed (0: unknown id).
    Core::Result<int> disableTerminal(const QString &terminalId, const QString &at);

    // False when (terminal, nonce) was already there: a replay. Purges nonces older than
    // `purgeBefore` first, so the table stays small; at most every kNoncePurgeSecs per
    // instance (older nonces fail the timestamp check anyway; this saves a round trip).
    Core::Result<bool> rememberNonce(const QString &terminalId, const QString &nonce, qint64 now, qint64 purgeBefore);
    static constexpr qint64 kNoncePurgeSecs = 10;

    // Also drops sessions that expired before `now`.
    Core::Status insertSession(const QByteArray &tokenHash, const QString &terminalId, Core::Id operatorId,
                               const QString &createdAt, qint64 expiresAt, qint64 now);
    Core::Result<std::optional<SessionRow>> session(const QByteArray &tokenHash) const;
    Core::Status extendSession(const QByteArray &tokenHash, qint64 expiresAt);
    Core::Status deleteSession(const QByteArray &tokenHash);

    // Claims the key inside the caller's transaction: true when this request owns it. On
    // PostgreSQL a concurrent twin waits here until the owner commits or rolls back.
    Core::Result<bool> claimKey(const QString &key, const QString &endpoint, const QByteArray &bodyHash,
                                const QString &terminalId, const QString &createdAt);
    Core::Status storeResponse(const QString &key, int status, const QByteArray &response);
    Core::Result<std::optional<StoredResponse>> storedResponse(const QString &key) const;

    Core::Status recordFailure(const QString &scope, qint64 at);
    Core::Result<qint64> failuresSince(const QString &scope, qint64 since) const;

    Core::Result<std::optional<OperatorRow>> operatorById(Core::Id operatorId) const;

    // Natural keys.
    Core::Result<Core::Id> branchByCode(const QString &code) const;
    Core::Result<QString> branchCode(Core::Id branchId) const;
    Core::Result<Core::Id> productByCode(const QString &code) const;
    Core::Result<QString> productCode(Core::Id productId) const;
    Core::Result<Core::Id> cardTypeByName(const QString &name) const;

private:
    const Core::Database &m_db;
    qint64 m_noncesPurgedAt = 0;
};

} // namespace Club::Server
