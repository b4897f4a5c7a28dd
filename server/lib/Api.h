// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerSql.h"
#include "auth/Actor.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace Club::Core {
class Database;
class ServiceHub;
class Clock;
} // namespace Club::Core

namespace Club::Server {

struct ServerConfig;

// One API request after routing and authentication.
struct ApiRequest
{
    QByteArray method;        // "GET", "POST"...
    QByteArray pathWithQuery; // as signed
    QString path;
    QUrlQuery query;
    QByteArray body;
    QJsonObject json;        // the body, when it is a JSON object
    QStringList params;      // the {placeholders} of the route, in order
    Terminal terminal;       // empty for unsigned routes
    Core::Actor actor;       // the session's operator at the terminal's branch
    QByteArray sessionHash;  // SHA-256 hex of the session token
    QString idempotencyKey;  // for the request log
    QString cardScope;       // a card the request checks, for rate limiting (hashed, never the number)
};

struct ApiResponse
{
    int status = 200;
    QJsonDocument body;
    bool empty = false; // 204
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode; // set on errors, for the log and the rate limiter
};

// {"error": {"code", "message"}}; the message is English detail for the desk's log.
ApiResponse apiError(int status, const QString &code, const QString &message);
ApiResponse jsonResponse(const QJsonObject &object, int status = 200);
// A core error as the contract's status and code. Storage errors never leak their SQL.
ApiResponse fromCoreError(const Core::Error &error);

// What every handler may use. Lives in one thread with its own services and connection.
class ApiContext
{
public:
    ApiContext(Core::Database &db, Core::ServiceHub &hub, const ServerConfig &config, const Core::Clock &clock)
        : m_db(db), m_hub(hub), m_config(config), m_clock(clock), m_sql(db)
    {
    }

    Core::Database &db() const { return m_db; }
    Core::ServiceHub &hub() const { return m_hub; }
    const ServerConfig &config() const { return m_config; }
    const Core::Clock &clock() const { return m_clock; }
    ServerSql &sql() { return m_sql; }

    // Runs a money or points operation at most once per idempotency key: the key is claimed
    // in the same database transaction as the operation, so its stored result exists
    // exactly when the operation committed. A failed operation (any non-2xx) rolls back
    // and leaves the key free. A replay answers 200 with X-Club-Replayed: 1.
    // `before` runs after the replay check and outside the transaction: PIN checks, whose
    // failure count must stay written although the request fails.
    ApiResponse idempotent(ApiRequest &request, const QString &endpoint, const std::function<ApiResponse()> &operation,
                           const std::function<std::optional<ApiResponse>()> &before = {});

private:
    ApiResponse replay(const StoredResponse &stored, const QString &endpoint, const QByteArray &bodyHash);

    Core::Database &m_db;
    Core::ServiceHub &m_hub;
    const ServerConfig &m_config;
    const Core::Clock &m_clock;
    ServerSql m_sql;
};

enum class Auth { None, Terminal, Session };

struct Route
{
    QByteArray method;
    QString pattern; // "/v1/members/{memberId}"
    Auth auth = Auth::Session;
    bool checksCards = false; // rate-limited on failed card/PIN checks
    std::function<ApiResponse(ApiContext &, ApiRequest &)> handler;
};

// Each area adds its routes (SessionApi.cpp, CardsApi.cpp...).
void addHealthRoutes(QList<Route> &routes);
void addSessionRoutes(QList<Route> &routes);
void addCardRoutes(QList<Route> &routes);
void addCardPushRoutes(QList<Route> &routes); // CardPushApi.cpp: what a desk made
void addMemberRoutes(QList<Route> &routes);
void addSalesRoutes(QList<Route> &routes);
void addOperationRoutes(QList<Route> &routes);
void addSyncRoutes(QList<Route> &routes);
void addCreditRoutes(QList<Route> &routes);

} // namespace Club::Server
