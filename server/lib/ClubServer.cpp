// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClubServer.h"

#include "storage/Database.h"
#include "sync/RequestSigning.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcServer, "club.server")

namespace Club::Server {

namespace RS = Core::RequestSigning;
using Core::Error;
using Core::Result;

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QRegularExpression compile(const QString &pattern)
{
    QString re = QRegularExpression::escape(pattern);
    // escape() turned "{name}" into "\{name\}"; each becomes one path segment.
    re.replace(QRegularExpression(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}")), QStringLiteral("([^/]+)"));
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'));
}
} // namespace

QByteArray terminalSecret(const QByteArray &masterKey, const QString &terminalId)
{
    const QByteArray label = QByteArrayLiteral("clubserver terminal v1:") + terminalId.toUtf8();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(masterKey.constData()),
                                size_t(masterKey.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                                  quint64(label.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    const QByteArray secret(reinterpret_cast<const char *>(mac), sizeof mac);
    sodium_memzero(mac, sizeof mac);
    return secret;
}

Result<QByteArray> readMasterKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, QStringLiteral("The master key file %1 cannot be read.").arg(path));
    const std::optional<QByteArray> key = RS::fromBase64Url(f.readAll().trimmed());
    if (!key || key->size() != RS::kSecretSize)
        return Error::make(Error::Code::Invalid,
                           QStringLiteral("The master key file %1 does not hold a 32-byte base64url key.").arg(path));
    return *key;
}

ClubServer::ClubServer(Core::Database &db, const ServerConfig &config, const Core::Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_shared{config, clock, {}}
{
    QList<Route> routes;
    addHealthRoutes(routes);
    addSessionRoutes(routes);
    addCardRoutes(routes);
    addCardPushRoutes(routes);
    addMemberRoutes(routes);
    addSalesRoutes(routes);
    addOperationRoutes(routes);
    addSyncRoutes(routes);
    addCreditRoutes(routes);
    for (const Route &r : std::as_const(routes))
        m_routes.append({r, compile(r.pattern)});
}

ClubServer::~ClubServer()
{
    stopWorkers();
    sodium_memzero(m_shared.masterKey.data(), size_t(m_shared.masterKey.size()));
}

QByteArray ClubServer::version()
{
    return QByteArrayLiteral("0.1.0");
}

QList<QPair<QByteArray, QString>> ClubServer::routes() const
{
    QList<QPair<QByteArray, QString>> out;
    for (const CompiledRoute &r : m_routes)
        out.append({r.route.method, r.route.pattern});
    return out;
}

Result<quint16> ClubServer::start()
{
    const ServerConfig &config = m_shared.config;
    if (Core::Status s = config.check(); !s)
        return s.error();
    if (!m_workers.empty())
        return Error::make(Error::Code::Invalid, QStringLiteral("The server is already started."));
    Result<QByteArray> key = readMasterKey(config.masterKeyFile);
    if (!key)
        return key.error();
    m_shared.masterKey = *key;
    if (config.tls()) {
        QFile certFile(config.tlsCert);
        QFile keyFile(config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::NotFound, QStringLiteral("The TLS certificate or key cannot be read."));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey sslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (sslKey.isNull())
            sslKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || sslKey.isNull())
            return Error::make(Error::Code::Invalid, QStringLiteral("The TLS certificate or key is not valid PEM."));
        sslSetup(cert, sslKey);
    }
    const QHostAddress address = config.listen == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                             : QHostAddress(config.listen);
    const quint16 port = listen(address, config.port);
    if (port == 0)
        return Error::make(Error::Code::Unsupported,
                           QStringLiteral("Cannot listen on %1 port %2.").arg(config.listen).arg(config.port));

    // The master key and the config are only read from here on.
    const int count = config.workerCount();
    for (int i = 0; i < count; ++i) {
        Worker w;
        w.thread = new QThread;
        w.thread->setObjectName(QStringLiteral("clubserver worker %1").arg(i + 1));
        w.worker = new ApiWorker(i + 1, m_db, m_shared);
        w.worker->moveToThread(w.thread);
        w.thread->start();
        ApiWorker *worker = w.worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->warmUp(); }, Qt::QueuedConnection);
        m_workers.push_back(w);
        m_idle.append(worker);
    }
    qCInfo(lcServer) << "listening on" << config.listen << port << (config.tls() ? "TLS" : "plain HTTP") << "with"
                     << count << "workers";
    return port;
}

void ClubServer::stopWorkers()
{
    for (const Worker &w : m_workers) {
        // After the request it is answering (if any); its services go while its connection
        // is still open, and the connection goes with the thread (Database).
        ApiWorker *worker = w.worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->release(); }, Qt::BlockingQueuedConnection);
        w.thread->quit();
        w.thread->wait();
        delete w.worker;
        delete w.thread;
    }
    m_workers.clear();
    m_idle.clear();
}

bool ClubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const quint64 id = ++m_nextId;
    Pending p{ApiJob{}, makeResponder(request, socket), socket, QPointer<QTcpSocket>(socket), {}, std::nullopt};
    p.timer.start();
    p.job.id = id;
    p.response = route(request, p.job);
    m_pending.emplace(id, std::move(p));

    auto [it, first] = m_connections.try_emplace(socket);
    if (first) {
        // A request that has not started when its client goes is never run.
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    }
    it->second.push_back(id);
    advance(socket);
    pump();
    return true;
}

void ClubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource.")));
}

std::optional<ApiResponse> ClubServer::route(const QHttpServerRequest &request, ApiJob &job) const
{
    ApiRequest &api = job.api;
    const QUrl url = request.url();
    api.method = methodName(request.method());
    api.path = url.path();
    api.pathWithQuery = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        api.pathWithQuery += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    api.query = QUrlQuery(url);
    api.body = request.body();
    if (api.body.size() > m_shared.config.maxBody)
        return apiError(413, QStringLiteral("too_large"),
                        QStringLiteral("The body is larger than %1 bytes.").arg(m_shared.config.maxBody));

    bool pathKnown = false;
    for (const CompiledRoute &r : m_routes) {
        const QRegularExpressionMatch m = r.regex.match(api.path);
        if (!m.hasMatch())
            continue;
        pathKnown = true;
        if (r.route.method != api.method)
            continue;
        job.route = &r.route;
        api.params = m.capturedTexts().mid(1);
        for (QString &p : api.params)
            p = QUrl::fromPercentEncoding(p.toUtf8());
        break;
    }
    if (!job.route) {
        if (pathKnown)
            return apiError(405, QStringLiteral("not_found"), QStringLiteral("This method is not allowed here."));
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    }
    SignedHeaders &h = job.headers;
    h.terminalId = request.value(RS::kTerminalHeader.toByteArray());
    h.timestamp = request.value(RS::kTimestampHeader.toByteArray());
    h.nonce = request.value(RS::kNonceHeader.toByteArray());
    h.session = request.value(RS::kSessionHeader.toByteArray());
    h.signature = request.value(RS::kSignatureHeader.toByteArray());
    return std::nullopt;
}

void ClubServer::advance(QTcpSocket *socket)
{
    const auto conn = m_connections.find(socket);
    if (conn == m_connections.end())
        return;
    std::deque<quint64> &order = conn->second;
    while (!order.empty()) {
        const auto it = m_pending.find(order.front());
        Q_ASSERT(it != m_pending.end());
        Pending &p = it->second;
        if (!p.response) {
            if (!p.queued) {
                p.queued = true;
                m_ready.push_back(p.job.id);
            }
            return;
        }
        const bool connected = p.socket && p.socket->state() == QAbstractSocket::ConnectedState;
        if (connected)
            send(p.responder, *p.response);
        log(p, connected);
        m_pending.erase(it);
        order.pop_front();
    }
}

void ClubServer::log(const Pending &p, bool answered) const
{
    const ApiRequest &api = p.job.api;
    const ApiResponse &response = *p.response;
    // Never bodies, queries, tokens or card numbers: the path, who, and the key.
    qCInfo(lcServer).noquote() << api.method << api.path << response.status
                               << QStringLiteral("%1ms").arg(p.timer.elapsed())
                               << QStringLiteral("terminal=%1").arg(api.terminal.terminalId)
                               << QStringLiteral("operator=%1").arg(api.actor.username)
                               << QStringLiteral("key=%1").arg(api.idempotencyKey)
                               << (p.worker > 0 ? QStringLiteral("worker=%1").arg(p.worker) : QString())
                               << (response.errorCode.isEmpty() ? QString()
                                                                : QStringLiteral("error=%1").arg(response.errorCode))
                               << (answered ? QString() : QStringLiteral("(client gone before the answer)"));
}

void ClubServer::pump()
{
    while (!m_idle.isEmpty() && !m_ready.empty()) {
        const quint64 id = m_ready.front();
        m_ready.pop_front();
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue; // its client went before it started
        ApiWorker *worker = m_idle.takeLast();
        it->second.worker = worker->index();
        QMetaObject::invokeMethod(
            worker,
            [this, worker, job = it->second.job]() mutable {
                const ApiResponse response = worker->run(job);
                QMetaObject::invokeMethod(
                    this, [this, worker, id = job.id, response, api = job.api] { finished(worker, id, response, api); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
}

void ClubServer::finished(ApiWorker *worker, quint64 id, const ApiResponse &response, const ApiRequest &api)
{
    m_idle.append(worker);
    const auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        Pending &p = it->second;
        p.response = response;
        p.job.api = api;
        if (p.orphan) {
            // Done all the same (a retry with its key gets this answer): logged, not sent.
            log(p, false);
            m_pending.erase(it);
        } else {
            advance(p.connection);
        }
    }
    pump();
}

void ClubServer::forget(QTcpSocket *socket)
{
    const auto conn = m_connections.find(socket);
    if (conn == m_connections.end())
        return;
    for (const quint64 id : conn->second) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        if (it->second.worker > 0)
            it->second.orphan = true; // a worker has it: finished() logs it
        else {
            qCInfo(lcServer).noquote() << it->second.job.api.method << it->second.job.api.path
                                       << "not run: the client went first";
            m_pending.erase(it);
        }
    }
    m_connections.erase(conn);
}

void ClubServer::send(QHttpServerResponder &responder, const ApiResponse &response)
{
    const QByteArray body = response.empty ? QByteArray() : response.body.toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.empty)
        responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace Club::Server
