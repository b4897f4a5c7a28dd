// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/RequestSigning.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace Club::Test {

// A scripted HTTP/1.1 peer on 127.0.0.1 for the sync layer's tests: it checks every request's
// signature with RequestSigning (as clubserver does) and answers what the test's handler
// says — or closes the connection without an answer, as a server that crashed after its
// commit would. It is the network's other end, not a stand-in for the server's logic.
class HttpPeer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool drop = false; // close without answering
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit HttpPeer(QByteArray secret, QObject *parent = nullptr)
        : QObject(parent)
        , m_secret(std::move(secret))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int badSignatures() const { return m_badSignatures; }
    const QList<Request> &requests() const { return m_requests; }

    static Reply error(int status, const QString &code)
    {
        Reply r;
        r.status = status;
        r.body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                   {QStringLiteral("message"), code}}}};
        return r;
    }

private:
    void serve(QTcpSocket *socket)
    {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
                const qsizetype length = r.headers.value("content-length").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                answer(socket, r);
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
            }
        });
    }

    void answer(QTcpSocket *socket, const Request &r)
    {
        const QByteArray canonical =
            Club::Core::RequestSigning::canonical(r.method, r.path, r.headers.value("x-club-timestamp").toLongLong(),
                                      r.headers.value("x-club-nonce"), r.body, r.headers.value("x-club-session"));
        Reply reply;
        if (!Club::Core::RequestSigning::verify(m_secret, canonical, r.headers.value("x-club-signature"))) {
            ++m_badSignatures;
            reply = error(401, QStringLiteral("bad_signature"));
        } else {
            m_requests.append(r);
            reply = m_handler ? m_handler(r) : error(404, QStringLiteral("not_found"));
        }
        if (reply.drop) {
            socket->abort();
            return;
        }
        const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(out);
    }

    QTcpServer m_server;
    QByteArray m_secret;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_badSignatures = 0;
};

} // namespace Club::Test
