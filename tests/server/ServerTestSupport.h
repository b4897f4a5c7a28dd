// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A store on the test PostgreSQL with products, rules, cards and members; clubserver
// in-process on 127.0.0.1 (port 0); and a client that signs with RequestSigning.

#include "ClubServer.h"
#include "MemberBuilders.h"
#include "ServerAdmin.h"
#include "ServerConfig.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "sync/RequestSigning.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace Club::Test {

struct ApiReply
{
    int status = 0; // 0: no answer within the wait
    QJsonObject json;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString code() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct CallOptions
{
    bool sign = true;
    qint64 timestampOffset = 0;
    QByteArray nonce;  // empty: a fresh one
    QByteArray secret; // empty: the terminal's
};

class ApiClient
{
public:
    using Options = CallOptions;

    QString base;
    QString terminalId;
    QByteArray secret; // raw 32 bytes
    QByteArray token;
    std::optional<QSslConfiguration> ssl;
    QNetworkAccessManager nam;

    ApiReply call(const QByteArray &method, const QString &pathWithQuery, const QByteArray &body = {},
                  const Options &o = {})
    {
        QNetworkRequest req(QUrl(base + pathWithQuery));
        req.setTransferTimeout(20000);
        if (ssl)
            req.setSslConfiguration(*ssl);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (o.sign) {
            const QUrl url = req.url();
            QByteArray signedPath = url.path(QUrl::FullyEncoded).toUtf8();
            if (url.hasQuery())
                signedPath += '?' + url.query(QUrl::FullyEncoded).toUtf8();
            const qint64 ts = QDateTime::currentSecsSinceEpoch() + o.timestampOffset;
            const auto headers =
                Core::RequestSigning::headers(terminalId.toUtf8(), o.secret.isEmpty() ? secret : o.secret, method,
                                              signedPath, body, token, ts, o.nonce);
            for (const auto &h : headers)
                req.setRawHeader(h.first, h.second);
        }
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qWarning() << "TLS error:" << e.errorString();
        });
        timer.start(20000);
        if (!reply->isFinished())
            loop.exec();
        ApiReply out;
        if (reply->isFinished()) {
            out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out.raw = reply->readAll();
            out.json = QJsonDocument::fromJson(out.raw).object();
            for (const auto &h : reply->rawHeaderPairs())
                out.headers.insert(h.first.toLower(), h.second);
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return out;
    }

    ApiReply post(const QString &path, const QJsonObject &body, const Options &o = {})
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), o);
    }
    ApiReply get(const QString &path, const Options &o = {}) { return call("GET", path, {}, o); }

    bool login(const QString &username, const QString &password)
    {
        token.clear();
        const ApiReply r = post(QStringLiteral("/v1/session"),
                                {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        token = r.json.value(QStringLiteral("token")).toString().toLatin1();
        return r.status == 200 && !token.isEmpty();
    }
};

struct ServerFixture
{
    static constexpr Core::Money kPrice = 100'000;
    static constexpr Core::Points kGiftPoints = 70;
    inline static const QString kPin = QStringLiteral("4826");

    TestDatabase t{Core::Database::Engine::PostgreSQL};
    Core::Actor admin;
    Core::Actor accountant;
    // The store is set up an hour ago, so its prices and rules are in force when the server
    // (on the system clock) sells.
    Core::ManualClock setupClock{QDateTime::currentDateTimeUtc().addSecs(-3600)};
    std::unique_ptr<Core::ServiceHub> hub;
    QTemporaryDir dir;
    Server::ServerConfig config;
    Server::ServerAdmin::NewTerminal terminal;
    std::unique_ptr<Server::ClubServer> server;
    quint16 port = 0;
    QString problem;

    Core::Id product = Core::kNoId;
    Core::Member member;      // 100 available points, plain card
    Core::Member pinMember;   // a PIN card
    Core::Member blockedMember;
    QString cardNumber, pinCardNumber, blockedCardNumber, giftCardNumber;

    ServerFixture()
    {
        using namespace Club::Core;
        if (!t.ok()) {
            problem = t.error();
            return;
        }
        admin = t.admin();
        accountant = t.actorWithRole(Role::Accountant);
        hub = std::make_unique<ServiceHub>(t.db(), setupClock);
        if (!setUpStore())
            return;
        config.listen = QStringLiteral("127.0.0.1");
        config.port = 0;
        config.masterKeyFile = dir.filePath(QStringLiteral("master.key"));
        config.failuresPerMinute = 6;
        // More than this machine's cores, so requests of different connections overlap.
        config.workers = 4;
        Result<Server::ServerAdmin::NewTerminal> made =
            Server::ServerAdmin::createTerminal(t.db(), config.masterKeyFile, QStringLiteral("Desk 1"),
                                                QStringLiteral("main"));
        if (!made) {
            problem = QStringLiteral("terminal: ") + made.error().message;
            return;
        }
        terminal = *made;
        server = std::make_unique<Server::ClubServer>(t.db(), config, Clock::system());
        Result<quint16> bound = server->start();
        if (!bound) {
            problem = QStringLiteral("start: ") + bound.error().message;
            return;
        }
        port = *bound;
    }

    bool ok() const { return problem.isEmpty(); }

    void attach(ApiClient &client) const
    {
        client.base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        client.terminalId = terminal.terminalId;
        client.secret = *Core::RequestSigning::fromBase64Url(terminal.secret);
    }

    qint64 count(const QString &sql)
    {
        Core::SqlQuery q(t.db(), sql);
        const Core::Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

private:
    bool fail(const QString &what)
    {
        problem = what;
        return false;
    }

    Core::Id makeType(const QString &name, const QString &prefix, bool pin, Core::CardKind kind = Core::CardKind::Loyalty)
    {
        Core::CardType d;
        d.name = name;
        d.kind = kind;
        d.prefix = prefix;
        d.pinRequired = pin;
        d.maxPerMember = 0;
        Core::Result<Core::CardType> made = hub->cards().createCardType(admin, d);
        return made ? made->id : Core::kNoId;
    }

    bool setUpStore()
    {
        using namespace Club::Core;
        SalesSettings settings = hub->sales().settings();
        settings.pointValue = 100;
        settings.pointsPrice = 500;
        settings.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
        if (Status s = hub->salesSettings().save(admin, settings); !s)
            return fail(QStringLiteral("settings: ") + s.error().message + QLatin1Char(' ') + s.error().detail);
        Result<Warehouse> w = hub->inventory().createWarehouse(admin, admin.branchId, QStringLiteral("Main"));
        if (!w)
            return fail(QStringLiteral("warehouse"));
        const QDateTime since = setupClock.nowUtc();
        for (const QString &code : {QStringLiteral("P1"), QStringLiteral("G1")}) {
            Product d;
            d.code = code;
            d.nameEn = code;
            d.isGift = code == QLatin1String("G1");
            d.giftPoints = d.isGift ? kGiftPoints : 0;
            Result<Product> made = hub->catalog().createProduct(admin, d);
            if (!made)
                return fail(QStringLiteral("product ") + code + QLatin1Char(' ') + made.error().message);
            if (Status s = hub->catalog().setPrice(admin, made->id, kNoId, kPrice, since); !s)
                return fail(QStringLiteral("price ") + code + QLatin1Char(' ') + s.error().message);
            StockMovement m;
            m.productId = made->id;
            m.warehouseId = w->id;
            m.kind = MovementKind::Receipt;
            m.qty = 1000;
            if (!hub->inventory().record(admin, m))
                return fail(QStringLiteral("stock"));
            if (!d.isGift)
                product = made->id;
        }
        Rule earn;
        earn.name = QStringLiteral("Base earn");
        earn.points = 1;
        earn.perAmount = 1000;
        if (!hub->rules().create(admin, earn))
            return fail(QStringLiteral("rule"));
        const Id plain = makeType(QStringLiteral("Plain"), QStringLiteral("6280"), false);
        const Id gold = makeType(QStringLiteral("Gold"), QStringLiteral("6281"), true);
        const Id gift = makeType(QStringLiteral("Gift"), QStringLiteral("6282"), false, CardKind::Gift);
        if (plain == kNoId || gold == kNoId || gift == kNoId)
            return fail(QStringLiteral("card types"));
        Result<Member> m1 = hub->members().create(admin, memberDraft(1));
        Result<Member> m2 = hub->members().create(admin, memberDraft(2));
        Result<Member> m3 = hub->members().create(admin, memberDraft(3));
        if (!m1 || !m2 || !m3)
            return fail(QStringLiteral("members"));
        member = *m1;
        pinMember = *m2;
        blockedMember = *m3;
        Result<Card> c1 = hub->cards().issue(admin, member.id, plain);
        Result<Card> c2 = hub->cards().issue(admin, pinMember.id, gold, kPin);
        Result<Card> c3 = hub->cards().issue(admin, blockedMember.id, plain);
        Result<Card> c4 = hub->cards().issue(admin, member.id, gift);
        if (!c1 || !c2 || !c3 || !c4 || !hub->cards().block(admin, c3->id, BlockReason::Lost))
            return fail(QStringLiteral("cards"));
        cardNumber = c1->number;
        pinCardNumber = c2->number;
        blockedCardNumber = c3->number;
        giftCardNumber = c4->number;
        if (!hub->ledger().adjustPoints(admin, member.accountId, 100, QStringLiteral("test"), newKey()))
            return fail(QStringLiteral("points"));
        if (!hub->ledger().adjustPoints(admin, pinMember.accountId, 100, QStringLiteral("test"), newKey()))
            return fail(QStringLiteral("points"));
        return true;
    }
};

} // namespace Club::Test
