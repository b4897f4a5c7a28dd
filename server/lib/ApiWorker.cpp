// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiWorker.h"

#include "ClubServer.h"
#include "ServiceHub.h"
#include "storage/Database.h"
#include "sync/RequestSigning.h"
#include "util/Clock.h"

#include <QJsonParseError>

namespace Club::Server {

namespace RS = Core::RequestSigning;
using Core::Result;

namespace {
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
    return code == QLatin1String("card_not_usable") || code == QLatin1String("pin_wrong") ||
           code == QLatin1String("pin_locked") || code == QLatin1String("not_found");
}
} // namespace

ApiWorker::ApiWorker(int index, Core::Database &db, const ServerShared &shared)
    : m_index(index)
    , m_db(db)
    , m_shared(shared)
{}

ApiWorker::~ApiWorker() = default;

ApiContext &ApiWorker::context()
{
    if (!m_context) {
        m_hub = std::make_unique<Core::ServiceHub>(m_db, m_shared.clock);
        m_context = std::make_unique<ApiContext>(m_db, *m_hub, m_shared.config, m_shared.clock);
    }
    return *m_context;
}

void ApiWorker::warmUp()
{
    (void)context();
    if (!m_db.connection().isOpen())
        qCWarning(lcServer) << "worker" << m_index << "cannot reach the database yet";
}

void ApiWorker::release()
{
    m_context.reset();
    m_hub.reset();
}

ApiResponse ApiWorker::run(ApiJob &job)
{
    ApiRequest &api = job.api;
    const Route &route = *job.route;
    if (ApiResponse denied = authenticate(job); denied.status != 200)
        return denied;

    if (!api.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(api.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return apiError(400, QStringLiteral("invalid"), QStringLiteral("The body is not a JSON object."));
        api.json = doc.object();
    }
    if (route.checksCards) {
        api.cardScope = cardScopeOf(api.json.value(QStringLiteral("cardNumber")).toString());
        if (ApiResponse limited = checkRateLimit(api); limited.status != 200)
            return limited;
    }
    Core::ServiceHub &hub = *m_hub; // built by authenticate()
    if (route.auth == Auth::Session) {
        // Another process, another worker or the desktop may have changed the sales settings.
        Result<Core::SalesSettings> settings = hub.salesSettings().settings(api.actor);
        if (settings)
            hub.sales().setSettings(*settings);
    }
    ApiResponse response = route.handler(*m_context, api);
    if (route.checksCards && countsAsFailure(response.errorCode))
        recordFailure(api);
    return response;
}

ApiResponse ApiWorker::authenticate(ApiJob &job)
{
    ApiRequest &api = job.api;
    const SignedHeaders &h = job.headers;
    ServerSql &sql = context().sql();
    if (job.route->auth == Auth::None)
        return ApiResponse{};
    if (h.terminalId.isEmpty() || h.timestamp.isEmpty() || h.nonce.isEmpty() || h.signature.isEmpty())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("The request is not signed."));

    Result<std::optional<Terminal>> terminal = sql.terminal(QString::fromUtf8(h.terminalId));
    if (!terminal)
        return fromCoreError(terminal.error());
    if (!terminal->has_value())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("Unknown terminal."));
    bool tsOk = false;
    const qint64 ts = h.timestamp.toLongLong(&tsOk);
    const QByteArray secret = terminalSecret(m_shared.masterKey, (*terminal)->terminalId);
    const QByteArray canonical = RS::canonical(api.method, api.pathWithQuery, ts, h.nonce, api.body, h.session);
    if (!tsOk || !RS::verify(secret, canonical, h.signature))
        return apiError(401, QStringLiteral("bad_signature"), QStringLiteral("The signature does not match."));
    api.terminal = **terminal;
    if (!api.terminal.active)
        return apiError(401, QStringLiteral("terminal_disabled"), QStringLiteral("This terminal has been disabled."));
    const qint64 now = m_shared.clock.nowUtc().toSecsSinceEpoch();
    if (qAbs(now - ts) > RS::kMaxClockSkewSecs)
        return apiError(401, QStringLiteral("clock_skew"),
                        QStringLiteral("The terminal's clock is more than %1 seconds off.").arg(RS::kMaxClockSkewSecs));
    const std::optional<QByteArray> nonceBytes = RS::fromBase64Url(h.nonce);
    if (!nonceBytes || nonceBytes->size() < 12 || nonceBytes->size() > 64)
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("The nonce is not valid."));
    // Twice the skew window: a nonce older than that fails the timestamp check anyway. The
    // unique key decides between workers (and processes) that see one nonce at once.
    Result<bool> fresh =
        sql.rememberNonce(api.terminal.terminalId, QString::fromLatin1(h.nonce), now, now - RS::kNonceLifetimeSecs);
    if (!fresh)
        return fromCoreError(fresh.error());
    if (!*fresh)
        return apiError(401, QStringLiteral("replayed"), QStringLiteral("This request was already received."));
    if (job.route->auth == Auth::Terminal)
        return ApiResponse{};

    if (h.session.isEmpty())
        return apiError(401, QStringLiteral("unauthenticated"), QStringLiteral("Log in first."));
    api.sessionHash = RS::bodyHash(h.session);
    Result<std::optional<SessionRow>> row = sql.session(api.sessionHash);
    if (!row)
        return fromCoreError(row.error());
    if (!row->has_value() || (*row)->terminalId != api.terminal.terminalId || (*row)->expiresAt < now)
        return apiError(401, QStringLiteral("session_expired"),
                        QStringLiteral("The session has expired. Log in again."));
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
    // A session used again within a minute keeps its expiry: one write (and one row lock
    // shared by a terminal's desks) less per request.
    if (const qint64 expires = now + m_shared.config.sessionHours * 3600; expires - (*row)->expiresAt >= 60) {
        if (Core::Status s = sql.extendSession(api.sessionHash, expires); !s)
            return fromCoreError(s.error());
    }
    return ApiResponse{};
}

ApiResponse ApiWorker::checkRateLimit(const ApiRequest &api)
{
    const qint64 since = m_shared.clock.nowUtc().toSecsSinceEpoch() - 60;
    const QStringList scopes = {QStringLiteral("terminal:") + api.terminal.terminalId, api.cardScope};
    for (const QString &scope : scopes) {
        if (scope.isEmpty())
            continue;
        Result<qint64> n = m_context->sql().failuresSince(scope, since);
        if (!n)
            return fromCoreError(n.error());
        if (*n >= m_shared.config.failuresPerMinute) {
            ApiResponse r = apiError(429, QStringLiteral("rate_limited"),
                                     QStringLiteral("Too many failed card or PIN checks. Wait a minute."));
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60")});
            return r;
        }
    }
    return ApiResponse{};
}

void ApiWorker::recordFailure(const ApiRequest &api)
{
    const qint64 now = m_shared.clock.nowUtc().toSecsSinceEpoch();
    const QStringList scopes = {QStringLiteral("terminal:") + api.terminal.terminalId, api.cardScope};
    for (const QString &scope : scopes) {
        if (scope.isEmpty())
            continue;
        if (Core::Status s = m_context->sql().recordFailure(scope, now); !s)
            qCWarning(lcServer) << "cannot record a failed check:" << s.error().detail;
    }
}

} // namespace Club::Server
