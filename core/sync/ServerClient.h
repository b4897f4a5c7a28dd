// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTypes.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Club::Core {

// One answer from the server, or none. status 0: no answer in time (refused, timed out,
// dropped, TLS failure): the desk is offline for this request.
struct ServerAnswer
{
    int status = 0;
    QJsonObject body;
    bool replayed = false; // X-Club-Replayed: 1 — the server had this idempotency key
    QString code;          // the server's error code; "unreachable" when there was no answer

    bool ok() const { return status >= 200 && status < 300; }
    bool unreachable() const { return status == 0; }
};

// The desk's client of clubserver's API v1. Every request is signed (RequestSigning) with
// this terminal's secret, a fresh nonce and the time; an operator session is opened with
// login() and opened again by itself when the server says it expired (the credentials are
// kept in memory for that, wiped by clearCredentials()). Every request gives up after the
// configured timeout. Error codes become translated messages here, with the server's code
// (or kUnreachable) in Error::detail so callers can tell "offline" from "refused".
//
// The typed calls (health, identify, member, quote, commitSale...) wait for their answer in
// a local event loop, which the desk needs for its synchronous flow; send() is the
// asynchronous form the outbox worker uses. Nothing here logs a body, a PIN, a password, a
// token or a secret.
class ServerClient : public QObject
{
    Q_OBJECT

public:
    static const QString kUnreachable; // "unreachable"

    explicit ServerClient(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~ServerClient() override;

    void setConfig(const ServerConfig &config);
    const ServerConfig &config() const { return m_config; }
    bool isConfigured() const { return m_config.isComplete(); }

    // true after the last request got an answer, false after one got none.
    bool isReachable() const { return m_reachable; }

    using Done = std::function<void(const ServerAnswer &)>;
    // Signs and sends; `done` is called exactly once. With `session`, a missing or expired
    // session is opened (again) with the kept credentials first.
    void send(const QByteArray &method, const QString &pathWithQuery, const QJsonObject &body, const Done &done,
              bool session = true);
    ServerAnswer call(const QByteArray &method, const QString &pathWithQuery, const QJsonObject &body = {},
                      bool session = true);

    // Operator sessions. login() keeps the credentials for reopening the session later.
    Result<RemoteSession> login(const QString &username, const QString &password);
    void logout(); // closes the server session (best effort) and wipes the credentials
    void clearCredentials();
    bool hasCredentials() const { return !m_username.isEmpty(); }
    bool hasSession() const { return !m_token.isEmpty(); }

    // The typed API (ServerApi.cpp).
    Result<RemoteHealth> health();
    Result<RemoteIdentified> identify(const QString &cardNumber, const QString &check, const QString &source,
                                      const QString &chipUid = {});
    Result<RemoteMember> member(qint64 memberId);
    Result<QList<RemoteMember>> membersByMobile(const QString &mobile);
    Result<RemoteSale> quote(const QJsonObject &saleRequest);
    Result<RemoteSale> commitSale(const QJsonObject &saleRequest);
    Result<RemoteReturn> returnSale(const QString &idempotencyKey, qint64 saleId,
                                    const QList<std::pair<int, qint64>> &lines);

    // The translated message for an answer that is not 2xx (or no answer), as an Error with
    // the server's code in detail.
    static Error errorFor(const ServerAnswer &answer);
    static RemoteSale saleFromJson(const QJsonObject &json);
    static RemoteMember memberFromJson(const QJsonObject &json);
    static RemoteBalances balancesFromJson(const QJsonObject &json);

Q_SIGNALS:
    void reachabilityChanged(bool reachable);

private:
    void sendSigned(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body, bool session,
                    const Done &done);
    void openSession(const std::function<void(bool)> &then);
    void noteReachable(bool reachable);
    void wipe(QByteArray &bytes);

    const Clock &m_clock;
    QNetworkAccessManager *m_net;
    ServerConfig m_config;
    QByteArray m_token;
    QString m_username;
    QByteArray m_password; // kept only while an operator is logged in; wiped after
    bool m_reachable = false;
};

} // namespace Club::Core
