// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClubServer.h"

#include "ServiceHub.h"
#include "storage/Database.h"
#include "sync/RequestSigning.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonParseError>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>

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

QString cardScopeOf(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.isEmpty())
        return {};
    // A hash, never the number: the table is not a list of card numbers.
    return QStringLiteral("card:") + QString::fromLatin1(RS::bodyHash(digits.toLatin1()).left(32));
}

bool countsAsFailure(const QString &code)
{
    return code == QLatin1String("card_not_usable") || code == QLatin1String("pin_wrong")
           || code == QLatin1String("pin_locked") || code == QLatin1String("not_found");
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
    , m_config(config)
    , m_clock(clock)
    , m_hub(std::make_unique<Core::ServiceHub>(db, clock))
    , m_context(std::make_unique<ApiContext>(db, *m_hub, m_config, clock))
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
    for (const Route &r : std::as_const(routes))
        m_routes.append({r, compile(r.pattern)});
}

ClubServer::~ClubServer()
{
    sodium_memzero(m_masterKey.data(), size_t(m_masterKey.size()));
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
    if (Core::Status s = m_config.check(); !s)
        return s.error();
    Result<QByteArray> key = readMasterKey(m_config.masterKeyFile);
    if (!key)
        return key.error();
    m_masterKey = *key;
    if (m_config.tls()) {
        QFile certFile(m_config.tlsCert);
        QFile keyFile(m_config.tlsKey);
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
    const QHostAddress address = m_config.listen == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                               : QHostAddress(m_config.listen);
    const quint16 port = listen(address, m_config.port);
    if (port == 0)
        return Error::make(Error::Code::Unsupported,
                           QStringLiteral("Cannot listen on %1 port %2.").arg(m_config.listen).arg(m_config.port));
    qCInfo(lcServer) << "listening on" << m_config.listen << port << (m_config.tls() ? "TLS" : "plain HTTP");
    return port;
}

bool ClubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    const ApiResponse response = dispatch(request, api);
    send(request, socket, response);
    // Never bodies, queries, tokens or card numbers: the path, who, and the key.
    qCInfo(lcServer).noquote() << api.method << api.path << response.status << QStringLiteral("%1ms").arg(timer.elapsed())
                               << QStringLiteral("terminal=%1").arg(api.terminal.terminalId)
                               << QStringLiteral("operator=%1").arg(api.actor.username)
                               << QStringLiteral("key=%1").arg(api.idempotencyKey)
                               << (response.errorCode.isEmpty() ? QString()
                                                                : QStringLiteral("error=%1").arg(response.errorCode));
    return true;
}

void ClubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource.")));
}

ApiResponse ClubServer::dispatch(const QHttpServerRequest &request, ApiRequest &api)
{
    const QUrl url = request.url();
    api.method = methodName(request.method());
    api.path = url.path();
    api.pathWithQuery = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        api.pathWithQuery += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    api.query = QUrlQuery(url);
    api.body = request.body();
    if (api.body.size() > m_config.maxBody)
        return apiError(413, QStringLiteral("too_large"),
                        QStringLiteral("The body is larger than %1 bytes.").arg(m_config.maxBody));

    const CompiledRoute *route = nullptr;
    bool pathKnown = false;
    for (const CompiledRoute &r : std::as_const(m_routes)) {
        const QRegularExpressionMatch m = r.regex.match(api.path);
        if (!m.hasMatch())
            continue;
        pathKnown = true;
        if (r.route.method != api.method)
            continue;
        route = &r;
        api.params = m.capturedTexts().mid(1);
        for (QString &p : api.params)
            p = QUrl::fromPercentEncoding(p.toUtf8());
        break;
    }
    if (!route) {
        if (pathKnown)
            return apiError(405, QStringLiteral("not_found"), QStringLiteral("This method is not allowed here."));
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    }

    if (ApiResponse denied = authenticate(request, api, route->route.auth); denied.status != 200)
        return denied;

    if (!api.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(api.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("The body is not a JSON object."));
        api.json = doc.object();
    }
    if (route->route.checksCards) {
        api.cardScope = cardScopeOf(api.json.value(QStringLiteral("cardNumber")).toString());
        if (ApiResponse limited = checkRateLimit(api); limited.status != 200)
            return limited;
    }
    if (route->route.auth == Auth::Session) {
        // Another process (or the desktop) may have changed the sales settings.
        Result<Core::SalesSettings> settings = m_hub->salesSettings().settings(api.actor);
        if (settings)
            m_hub->sales().setSettings(*settings);
    }
    ApiResponse response = route->route.handler(*m_context, api);
    if (route->route.checksCards && countsAsFailure(response.errorCode))
        recordFailure(api, response);
    return response;
}

ApiResponse ClubServer::authenticate(const QHttpServerRequest &request, ApiRequest &api, Auth auth)
{
    if (auth == Auth::None)
        return ApiResponse{};
    const QByteArray terminalId = request.value(RS::kTerminalHeader.toByteArray());
    const QByteArray timestamp = request.value(RS::kTimestampHeader.toByteArray());
    const QByteArray nonce = request.value(RS::kNonceHeader.toByteArray());
    const QByteArray session = request.value(RS::kSessionHeader.toByteArray());
    const QByteArray signature = request.value(RS::kSignatureHeader.toByteArray());
    if (terminalId.isEmpty() || timestamp.isEmpty() || nonce.isEmpty() || signature.isEmpty())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("The request is not signed."));

    ServerSql &sql = m_context->sql();
    Result<std::optional<Terminal>> terminal = sql.terminal(QString::fromUtf8(terminalId));
    if (!terminal)
        return fromCoreError(terminal.error());
    if (!terminal->has_value())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("Unknown terminal."));
    bool tsOk = false;
    const qint64 ts = timestamp.toLongLong(&tsOk);
    const QByteArray secret = terminalSecret(m_masterKey, (*terminal)->terminalId);
    const QByteArray canonical = RS::canonical(api.method, api.pathWithQuery, ts, nonce, api.body, session);
    if (!tsOk || !RS::verify(secret, canonical, signature))
        return apiError(401, QStringLiteral("bad_signature"), QStringLiteral("The signature does not match."));
    api.terminal = **terminal;
    if (!api.terminal.active)
        return apiError(401, QStringLiteral("terminal_disabled"), QStringLiteral("This terminal has been disabled."));
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    if (qAbs(now - ts) > RS::kMaxClockSkewSecs)
        return apiError(401, QStringLiteral("clock_skew"),
                        QStringLiteral("The terminal's clock is more than %1 seconds off.").arg(RS::kMaxClockSkewSecs));
    const std::optional<QByteArray> nonceBytes = RS::fromBase64Url(nonce);
    if (!nonceBytes || nonceBytes->size() < 12 || nonceBytes->size() > 64)
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("The nonce is not valid."));
    // Twice the skew window: a nonce older than that fails the timestamp check anyway.
    Result<bool> fresh = sql.rememberNonce(api.terminal.terminalId, QString::fromLatin1(nonce), now,
                                           now - RS::kNonceLifetimeSecs);
    if (!fresh)
        return fromCoreError(fresh.error());
    if (!*fresh)
        return apiError(401, QStringLiteral("replayed"), QStringLiteral("This request was already received."));
    if (auth == Auth::Terminal)
        return ApiResponse{};

    if (session.isEmpty())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("Log in first."));
    api.sessionHash = RS::bodyHash(session);
    Result<std::optional<SessionRow>> row = sql.session(api.sessionHash);
    if (!row)
        return fromCoreError(row.error());
    if (!row->has_value() || (*row)->terminalId != api.terminal.terminalId || (*row)->expiresAt < now)
        return apiError(401, QStringLiteral("session_expired"), QStringLiteral("The session has expired. Log in again."));
    Result<std::optional<OperatorRow>> op = sql.operatorById((*row)->operatorId);
    if (!op)
        return fromCoreError(op.error());
    const std::optional<Core::Role> role = op->has_value() ? Core::roleFromKey((*op)->role) : std::nullopt;
    if (!op->has_value() || !(*op)->active || !role)
        return apiError(401, QStringLiteral("session_expired"), QStringLiteral("The operator can no longer log in."));
    api.actor.operatorId = (*op)->id;
    api.actor.username = (*op)->username;
    api.actor.fullName = (*op)->fullName;
    api.actor.role = *role;
    // The terminal's branch: receipts are numbered and stock is taken where the sale happens.
    api.actor.branchId = api.terminal.branchId;
    api.actor.terminal = api.terminal.name;
    if (Core::Status s = sql.extendSession(api.sessionHash, now + m_config.sessionHours * 3600); !s)
        return fromCoreError(s.error());
    return ApiResponse{};
}

ApiResponse ClubServer::checkRateLimit(const ApiRequest &api)
{
    const qint64 since = m_clock.nowUtc().toSecsSinceEpoch() - 60;
    const QStringList scopes = {QStringLiteral("terminal:") + api.terminal.terminalId, api.cardScope};
    for (const QString &scope : scopes) {
        if (scope.isEmpty())
            continue;
        Result<qint64> n = m_context->sql().failuresSince(scope, since);
        if (!n)
            return fromCoreError(n.error());
        if (*n >= m_config.failuresPerMinute) {
            ApiResponse r = apiError(429, QStringLiteral("rate_limited"),
                                     QStringLiteral("Too many failed card or PIN checks. Wait a minute."));
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60")});
            return r;
        }
    }
    return ApiResponse{};
}

void ClubServer::recordFailure(const ApiRequest &api, const ApiResponse &response)
{
    Q_UNUSED(response)
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const QStringList scopes = {QStringLiteral("terminal:") + api.terminal.terminalId, api.cardScope};
    for (const QString &scope : scopes) {
        if (scope.isEmpty())
            continue;
        if (Core::Status s = m_context->sql().recordFailure(scope, now); !s)
            qCWarning(lcServer) << "cannot record a failed check:" << s.error().detail;
    }
}

void ClubServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
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
