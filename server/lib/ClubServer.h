// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Api.h"
#include "ServerConfig.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QRegularExpression>

#include <memory>

namespace Club::Core {
class Database;
class ServiceHub;
class Clock;
} // namespace Club::Core

namespace Club::Server {

// The clubserver HTTP API v1 on one thread: routing, terminal signatures, sessions, the
// body limit, the failure rate limit and the request log. It keeps nothing between
// requests that another process would need (nonces, sessions, counters and idempotency
// results are in the database), so several processes can share one database.
class ClubServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ClubServer(Core::Database &db, const ServerConfig &config, const Core::Clock &clock, QObject *parent = nullptr);
    ~ClubServer() override;

    // Listens on the configured address (TLS when the config names a certificate and key).
    // Returns the port (the real one when the config says 0), or an error.
    Core::Result<quint16> start();

    // Method and pattern of every route, for the OpenAPI check.
    QList<QPair<QByteArray, QString>> routes() const;

    static QByteArray version();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct CompiledRoute
    {
        Route route;
        QRegularExpression regex;
    };
    ApiResponse dispatch(const QHttpServerRequest &request, ApiRequest &api);
    ApiResponse authenticate(const QHttpServerRequest &request, ApiRequest &api, Auth auth);
    ApiResponse checkRateLimit(const ApiRequest &api);
    void recordFailure(const ApiRequest &api, const ApiResponse &response);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    Core::Database &m_db;
    ServerConfig m_config;
    const Core::Clock &m_clock;
    std::unique_ptr<Core::ServiceHub> m_hub;
    std::unique_ptr<ApiContext> m_context;
    QList<CompiledRoute> m_routes;
    QByteArray m_masterKey;
};

// The terminal's 32-byte secret: HMAC-SHA256(master key, "clubserver terminal v1:" + id).
QByteArray terminalSecret(const QByteArray &masterKey, const QString &terminalId);
// Reads the master key file (32 bytes); an error when it is missing or the wrong size.
Core::Result<QByteArray> readMasterKey(const QString &path);

} // namespace Club::Server
