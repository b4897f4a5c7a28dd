// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerClient.h"

#include "RequestSigning.h"
#include "util/Log.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <sodium.h>

namespace Club::Core {

const QString ServerClient::kUnreachable = QStringLiteral("unreachable");

ServerClient::ServerClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_net(new QNetworkAccessManager(this))
{
    // The server must answer each request itself: no proxy from the environment in between.
    m_net->setProxy(QNetworkProxy::NoProxy);
}

ServerClient::~ServerClient()
{
    clearCredentials();
}

void ServerClient::setConfig(const ServerConfig &config)
{
    const bool sameServer = config.url == m_config.url && config.terminalId == m_config.terminalId;
    wipe(m_config.secret);
    m_config = config;
    if (!sameServer)
        wipe(m_token); // a session belongs to one server and terminal
}

void ServerClient::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void ServerClient::clearCredentials()
{
    m_username.clear();
    wipe(m_password);
    wipe(m_token);
}

void ServerClient::noteReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcSync) << "server" << (reachable ? "reachable" : "unreachable");
    Q_EMIT reachabilityChanged(reachable);
}

void ServerClient::send(const QByteArray &method, const QString &pathWithQuery, const QJsonObject &body,
                        const Done &done, bool session)
{
    const QByteArray bytes = body.isEmpty() && (method == "GET" || method == "DELETE")
                                 ? QByteArray()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!session) {
        sendSigned(method, pathWithQuery, bytes, false, done);
        return;
    }
    const auto withSession = [this, method, pathWithQuery, bytes, done](bool retried) {
        sendSigned(method, pathWithQuery, bytes, true,
                   [this, method, pathWithQuery, bytes, done, retried](const ServerAnswer &answer) {
                       const bool expired = answer.status == 401
                                            && (answer.code == QLatin1String("session_expired")
                                                || answer.code == QLatin1String("unauthenticated"));
                       if (!expired || retried || !hasCredentials()) {
                           done(answer);
                           return;
                       }
                       // The server forgot the session (expired, restarted): open it again once.
                       wipe(m_token);
                       openSession([this, method, pathWithQuery, bytes, done, answer](bool opened) {
                           if (!opened) {
                               done(answer);
                               return;
                           }
                           sendSigned(method, pathWithQuery, bytes, true, done);
                       });
                   });
    };
    if (m_token.isEmpty() && hasCredentials()) {
        openSession([withSession](bool) { withSession(true); });
        return;
    }
    withSession(false);
}

void ServerClient::sendSigned(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body,
                              bool session, const Done &done)
{
    if (!isConfigured()) {
        ServerAnswer none;
        none.code = kUnreachable;
        done(none);
        return;
    }
    QUrl url = m_config.url;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    const QString full = base + pathWithQuery;
    const qsizetype q = full.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? full : full.left(q));
    url.setQuery(q < 0 ? QString() : full.mid(q + 1));
    const QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);

    const QByteArray token = session ? m_token : QByteArray();
    const qint64 timestamp = m_clock.nowUtc().toSecsSinceEpoch();

    QNetworkRequest request(url);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const auto signedHeaders = RequestSigning::headers(m_config.terminalId.toUtf8(), m_config.secret, method, path,
                                                       body, token, timestamp);
    for (const auto &[name, value] : signedHeaders)
        request.setRawHeader(name, value);
    if (!m_config.caCertificatePem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = tls.caCertificates();
        cas += QSslCertificate::fromData(m_config.caCertificatePem, QSsl::Pem);
        tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_net->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, method, path] {
        reply->deleteLater();
        ServerAnswer answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            answer.code = kUnreachable;
            qCInfo(lcSync).noquote() << method << QString::fromUtf8(path.split('?').first()) << "no answer:"
                                     << reply->errorString();
            noteReachable(false);
            done(answer);
            return;
        }
        answer.status = status.toInt();
        answer.replayed = reply->rawHeader("X-Club-Replayed") == "1";
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        answer.body = json.object();
        if (!answer.ok())
            answer.code = answer.body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
        if (answer.ok())
            qCDebug(lcSync).noquote() << method << QString::fromUtf8(path.split('?').first()) << answer.status;
        else
            qCInfo(lcSync).noquote() << method << QString::fromUtf8(path.split('?').first()) << answer.status
                                     << answer.code;
        noteReachable(true);
        done(answer);
    });
}

ServerAnswer ServerClient::call(const QByteArray &method, const QString &pathWithQuery, const QJsonObject &body,
                                bool session)
{
    ServerAnswer result;
    bool finished = false;
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    send(method, pathWithQuery, body,
         [&result, &finished, guard](const ServerAnswer &answer) {
             result = answer;
             finished = true;
             if (guard)
                 guard->quit();
         },
         session);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

void ServerClient::openSession(const std::function<void(bool)> &then)
{
    QJsonObject body{{QStringLiteral("username"), m_username},
                     {QStringLiteral("password"), QString::fromUtf8(m_password)}};
    sendSigned("POST", QStringLiteral("/v1/session"), QJsonDocument(body).toJson(QJsonDocument::Compact), false,
               [this, then](const ServerAnswer &answer) {
                   if (answer.ok())
                       m_token = answer.body.value(QLatin1String("token")).toString().toLatin1();
                   else if (answer.status == 401)
                       qCWarning(lcSync) << "server refused the operator's session:" << answer.code;
                   then(answer.ok() && !m_token.isEmpty());
               });
}

Result<RemoteSession> ServerClient::login(const QString &username, const QString &password)
{
    clearCredentials();
    m_username = username;
    m_password = password.toUtf8();
    const QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    const ServerAnswer answer = call("POST", QStringLiteral("/v1/session"), body, false);
    if (!answer.ok()) {
        if (!answer.unreachable())
            clearCredentials(); // wrong password or a refused operator: do not try again by itself
        return errorFor(answer);
    }
    RemoteSession session;
    session.token = answer.body.value(QLatin1String("token")).toString().toLatin1();
    session.expiresAt = QDateTime::fromString(answer.body.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    const QJsonObject op = answer.body.value(QLatin1String("operator")).toObject();
    session.op.id = op.value(QLatin1String("id")).toInteger();
    session.op.username = op.value(QLatin1String("username")).toString();
    session.op.fullName = op.value(QLatin1String("fullName")).toString();
    session.op.role = op.value(QLatin1String("role")).toString();
    session.op.branchCode = op.value(QLatin1String("branchCode")).toString();
    m_token = session.token;
    return session;
}

void ServerClient::logout()
{
    if (!m_token.isEmpty() && isConfigured())
        sendSigned("DELETE", QStringLiteral("/v1/session"), {}, true, [](const ServerAnswer &) {});
    clearCredentials();
}

Error ServerClient::errorFor(const ServerAnswer &a)
{
    const QString code = a.unreachable() ? kUnreachable : a.code;
    using C = Error::Code;
    // The stable code goes to detail: callers tell "offline" from "refused" by it.
    auto make = [&](C c, const QString &message) { return Error::make(c, message, code); };
    if (code == kUnreachable)
        return make(C::Unsupported, tr("The central server cannot be reached."));
    if (code == QLatin1String("bad_credentials"))
        return make(C::Forbidden, tr("The central server did not accept this user name and password."));
    if (code == QLatin1String("session_expired") || code == QLatin1String("unauthenticated"))
        return make(C::Forbidden, tr("The session with the central server has ended. Log in again."));
    if (code == QLatin1String("bad_signature") || code == QLatin1String("terminal_disabled"))
        return make(C::Forbidden, tr("The central server does not accept this desk. Check the terminal id and "
                                     "secret in Settings, or ask whether the terminal was disabled."));
    if (code == QLatin1String("clock_skew"))
        return make(C::Forbidden, tr("This computer's clock is too far from the central server's. Set the date "
                                     "and time and try again."));
    if (code == QLatin1String("replayed"))
        return make(C::Conflict, tr("The central server refused a repeated request. Try again."));
    if (code == QLatin1String("forbidden"))
        return make(C::Forbidden, tr("Your role does not allow this on the central server."));
    if (code == QLatin1String("not_found"))
        return make(C::NotFound, tr("The central server does not know this card, member, product or sale."));
    if (code == QLatin1String("invalid") || code == QLatin1String("too_large"))
        return make(C::Invalid, tr("The central server refused the request as incomplete or wrong."));
    if (code == QLatin1String("conflict"))
        return make(C::Conflict, tr("The central server refused this: the record changed meanwhile."));
    if (code == QLatin1String("insufficient_points"))
        return make(C::InsufficientFunds, tr("The member does not have enough points for this."));
    if (code == QLatin1String("insufficient_funds"))
        return make(C::InsufficientFunds, tr("The stored value or the credit left does not cover this."));
    if (code == QLatin1String("card_not_usable"))
        return make(C::Conflict, tr("This card cannot be used (blocked, replaced or not genuine)."));
    // The PIN answers name the field, so a dialog can ask the customer for it again.
    auto pin = [&](C c, const QString &message) { return Error::make(c, message, code, QStringLiteral("pin")); };
    if (code == QLatin1String("pin_required"))
        return pin(C::Invalid, tr("The card's PIN is needed for this."));
    if (code == QLatin1String("pin_wrong"))
        return pin(C::Invalid, tr("The PIN is wrong."));
    if (code == QLatin1String("pin_locked"))
        return pin(C::Locked, tr("The card's PIN is locked after too many wrong tries. A manager can unlock it."));
    if (code == QLatin1String("rate_limited"))
        return make(C::Locked, tr("Too many tries. Wait a minute and try again."));
    if (code == QLatin1String("card_number_taken"))
        return make(C::Duplicate, tr("Another card in the chain already has this number, so this card is not known "
                                     "to the central server. Block it here and issue the member a new card."));
    if (code == QLatin1String("idempotency_mismatch"))
        return make(C::Conflict, tr("This sale was already sent with other contents. Start a new sale."));
    return make(C::Storage, tr("The central server could not do this (error %1).").arg(a.status));
}

} // namespace Club::Core
