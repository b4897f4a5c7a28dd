// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Api.h"
#include "ServerConfig.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace Club::Core {
class Database;
class ServiceHub;
class Clock;
} // namespace Club::Core

namespace Club::Server {

// The signature headers of a request, copied on the HTTP thread.
struct SignedHeaders
{
    QByteArray terminalId;
    QByteArray timestamp;
    QByteArray nonce;
    QByteArray session;
    QByteArray signature;
};

// One request, routed and size-checked on the HTTP thread, for a worker to answer.
struct ApiJob
{
    quint64 id = 0;
    const Route *route = nullptr; // ClubServer's, unchanged while it lives
    ApiRequest api;
    SignedHeaders headers;
};

// What the workers share; written before they start and only read after.
struct ServerShared
{
    ServerConfig config;
    const Core::Clock &clock;
    QByteArray masterKey;
};

// Answers requests on its own thread with its own services and database connection (a Qt
// SQL connection belongs to the thread that opened it): signature, nonce, session, the
// failure rate limit and the route's handler. Everything a request leaves behind (nonces,
// sessions, failures, idempotency results) is in the database, so workers share nothing
// else; row locks and unique keys order them as they order several server processes.
class ApiWorker : public QObject
{
public:
    ApiWorker(int index, Core::Database &db, const ServerShared &shared);
    ~ApiWorker() override;

    int index() const { return m_index; }

    // On the worker's thread. Fills in job.api's terminal, operator and key for the log.
    ApiResponse run(ApiJob &job);
    // On the worker's thread: opens the connection and builds the services ahead of the
    // first request.
    void warmUp();
    // On the worker's thread, before it ends: the services go while their connection is open.
    void release();

private:
    ApiContext &context();
    ApiResponse authenticate(ApiJob &job);
    ApiResponse checkRateLimit(const ApiRequest &api);
    void recordFailure(const ApiRequest &api);

    const int m_index;
    Core::Database &m_db;
    const ServerShared &m_shared;
    std::unique_ptr<Core::ServiceHub> m_hub;
    std::unique_ptr<ApiContext> m_context;
};

} // namespace Club::Server
