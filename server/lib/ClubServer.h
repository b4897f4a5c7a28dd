// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Api.h"
#include "ApiWorker.h"
#include "ServerConfig.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRegularExpression>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

class QThread;

namespace Club::Core {
class Database;
class Clock;
} // namespace Club::Core

namespace Club::Server {

// The clubserver HTTP API v1. The HTTP thread (the one the server lives in) reads requests,
// routes them and checks the body limit, and writes the answers and the request log; a pool
// of workers (ApiWorker, `workers` in the config), each a thread with its own database
// connection, answers them: terminal signatures, sessions, the failure rate limit and the
// handlers. One connection's requests are answered one after the other, in order; different
// connections' at once. Nothing is kept between requests that another worker or process
// would need (nonces, sessions, counters and idempotency results are in the database), so
// several processes can share one database too.
class ClubServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ClubServer(Core::Database &db, const ServerConfig &config, const Core::Clock &clock, QObject *parent = nullptr);
    ~ClubServer() override; // waits for the requests being answered

    // Listens on the configured address (TLS when the config names a certificate and key)
    // and starts the workers. Returns the port (the real one when the config says 0), or
    // an error.
    Core::Result<quint16> start();

    // Method and pattern of every route, for the OpenAPI check.
    QList<QPair<QByteArray, QString>> routes() const;
    // How many workers answer requests (after start()).
    int workerCount() const { return int(m_workers.size()); }

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
    struct Pending
    {
        ApiJob job;
        QHttpServerResponder responder;
        QTcpSocket *connection = nullptr; // the key in m_connections
        QPointer<QTcpSocket> socket;      // null once the client's socket is gone
        QElapsedTimer timer;
        std::optional<ApiResponse> response;
        bool queued = false;
        bool orphan = false; // its client went while a worker answered it
        int worker = -1;
    };
    struct Worker
    {
        QThread *thread = nullptr;
        ApiWorker *worker = nullptr;
    };

    std::optional<ApiResponse> route(const QHttpServerRequest &request, ApiJob &job) const;
    void advance(QTcpSocket *socket);
    void pump();
    void finished(ApiWorker *worker, quint64 id, const ApiResponse &response, const ApiRequest &api);
    void forget(QTcpSocket *socket);
    void log(const Pending &p, bool answered) const;
    void stopWorkers();
    static void send(QHttpServerResponder &responder, const ApiResponse &response);

    Core::Database &m_db;
    ServerShared m_shared;
    QList<CompiledRoute> m_routes;

    std::vector<Worker> m_workers;
    QList<ApiWorker *> m_idle;
    std::unordered_map<quint64, Pending> m_pending;
    // Per connection, its requests in arrival order: only the first is answered at a time.
    std::unordered_map<QTcpSocket *, std::deque<quint64>> m_connections;
    std::deque<quint64> m_ready; // first in their connection, waiting for a free worker
    quint64 m_nextId = 0;
};

// The terminal's 32-byte secret: HMAC-SHA256(master key, "clubserver terminal v1:" + id).
QByteArray terminalSecret(const QByteArray &masterKey, const QString &terminalId);
// Reads the master key file (32 bytes); an error when it is missing or the wrong size.
Core::Result<QByteArray> readMasterKey(const QString &path);

} // namespace Club::Server
