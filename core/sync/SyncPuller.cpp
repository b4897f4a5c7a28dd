// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPuller.h"

#include "PullSql.h"
#include "ServerClient.h"
#include "SyncSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Club::Core {

namespace {
const QString kLastPull = QStringLiteral("sync.last_pull");

QString cursorKey(const QString &entity)
{
    return QStringLiteral("sync.cursor.") + entity;
}
} // namespace

QStringList SyncPuller::entities()
{
    // What an item names must be here before it: types and products before cards and
    // prices, members before their cards, a rule series' first version before the next.
    // Groups before the products in them and the rules for them; a card before its PIN.
    return {QStringLiteral("card-types"), QStringLiteral("product-groups"), QStringLiteral("products"),
            QStringLiteral("prices"),     QStringLiteral("members"),        QStringLiteral("cards"),
            QStringLiteral("card-pins"),  QStringLiteral("rules")};
}

SyncPuller::SyncPuller(Database &db, ServerClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &SyncPuller::pullNow);
}

SyncPuller::~SyncPuller()
{
    m_pool.waitForDone();
}

void SyncPuller::setActor(const Actor &actor)
{
    m_actor = actor;
}

void SyncPuller::setInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

Result<QDateTime> SyncPuller::lastPulled() const
{
    Result<QString> text = SyncSql(m_db).setting(kLastPull);
    if (!text)
        return text.error();
    return text->isEmpty() ? QDateTime() : QDateTime::fromString(*text, Qt::ISODate).toUTC();
}

Result<QString> SyncPuller::cursor(const QString &entity) const
{
    Result<QString> text = SyncSql(m_db).setting(cursorKey(entity));
    if (!text)
        return text.error();
    return text->isEmpty() ? QStringLiteral("0") : *text;
}

void SyncPuller::pullNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_actor.operatorId == kNoId || !m_client.isConfigured())
        return;
    // The server checks each entity against the operator's role too; here, reading the
    // members is the least a desk that holds them needs.
    if (Status s = require(m_actor, Permission::MemberRead); !s) {
        Q_EMIT finished(false, s.error().message);
        return;
    }
    m_running = true;
    m_again = false;
    m_entity = 0;
    m_applied = 0;
    Result<QList<QJsonObject>> pins = PullSql(m_db, m_clock.nowUtc().toString(Qt::ISODate)).pinsToPush();
    if (!pins) {
        finish(false, pins.error().message);
        return;
    }
    m_pins = *pins;
    m_pin = 0;
    qCInfo(lcSync) << "pull started; PINs to send:" << m_pins.size();
    Q_EMIT started();
    pushNextPin();
}

void SyncPuller::pushPinsSoon()
{
    Result<QList<QJsonObject>> pins = PullSql(m_db, m_clock.nowUtc().toString(Qt::ISODate)).pinsToPush();
    if (pins && !pins->isEmpty())
        pullNow();
}

void SyncPuller::pushNextPin()
{
    if (m_pin >= m_pins.size()) {
        m_pins.clear();
        startPulling();
        return;
    }
    const QJsonObject body = m_pins.at(m_pin);
    m_client.send("POST", QStringLiteral("/v1/cards/pin"), body, [this, body](const ServerAnswer &answer) {
        const QString number = body.value(QLatin1String("cardNumber")).toString();
        if (answer.status == 0 || answer.status >= 500 || answer.status == 401 || answer.status == 429) {
            finish(false, ServerClient::errorFor(answer).message);
            return;
        }
        if (answer.status == 403) {
            // This operator may not set PINs: they wait for one who may, and the pull goes on
            // (a pulled older PIN does not replace them meanwhile).
            qCWarning(lcSync) << "PINs set here wait: the operator may not send them";
            m_pin = m_pins.size();
            pushNextPin();
            return;
        }
        // Taken, or refused for good: 404 is a card the server does not have (a card made
        // here waits for its own push first, PullSql::pinsToPush; one whose push was refused
        // as a conflict never gets there).
        if (!answer.ok())
            qCWarning(lcSync).noquote() << "PIN of card" << maskCardNumber(number)
                                        << "not taken by the server:" << answer.status << answer.code;
        const QString now = m_clock.nowUtc().toString(Qt::ISODate);
        if (Status s = PullSql(m_db, now).pinPushed(number, body.value(QLatin1String("pinHash")).toString()); !s) {
            finish(false, s.error().message);
            return;
        }
        ++m_pin;
        pushNextPin();
    });
}

void SyncPuller::startPulling()
{
    Result<QString> start = cursor(entities().at(0));
    if (!start) {
        finish(false, start.error().message);
        return;
    }
    m_cursor = *start;
    requestPage();
}

void SyncPuller::requestPage()
{
    const QString entity = entities().at(m_entity);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), m_cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_client.send("GET", QStringLiteral("/v1/sync/%1?%2").arg(entity, query.toString(QUrl::FullyEncoded)), {},
                  [this, entity](const ServerAnswer &answer) {
                      if (!answer.ok()) {
                          finish(false, ServerClient::errorFor(answer).message);
                          return;
                      }
                      QList<QJsonObject> items;
                      for (const QJsonValue &v : answer.body.value(QLatin1String("items")).toArray())
                          items.append(v.toObject());
                      const QString next = answer.body.value(QLatin1String("next")).toString();
                      const bool more = answer.body.value(QLatin1String("more")).toBool();
                      if (next.isEmpty()) {
                          finish(false, ServerClient::errorFor(ServerAnswer{500, {}, false, QStringLiteral("invalid")})
                                            .message);
                          return;
                      }
                      const QString now = m_clock.nowUtc().toString(Qt::ISODate);
                      const ItemHook hook = m_hook;
                      Database &db = m_db;
                      // Written off the caller's thread; the answer comes back queued to this
                      // object (the destructor waits for the job, so `this` outlives it).
                      m_pool.start([this, &db, entity, items, next, now, hook, more] {
                          const Status status = applyPage(db, entity, items, next, now, hook);
                          QMetaObject::invokeMethod(
                              this, [this, status, next, n = int(items.size()), more] { pageApplied(status, next, n, more); },
                              Qt::QueuedConnection);
                      });
                  });
}

Status SyncPuller::applyPage(const Database &db, const QString &entity, const QList<QJsonObject> &items,
                             const QString &next, const QString &nowIso, const ItemHook &hook)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    const PullSql sql(db, nowIso);
    for (const QJsonObject &item : items) {
        if (hook) {
            if (Status s = hook(entity, item); !s)
                return s.error();
        }
        if (Status s = sql.apply(entity, item); !s)
            return s.error();
    }
    if (Status s = SyncSql(db).setSetting(cursorKey(entity), next); !s)
        return s.error();
    return tx.commit();
}

void SyncPuller::pageApplied(const Status &status, const QString &next, int items, bool more)
{
    const QString entity = entities().at(m_entity);
    if (!status) {
        qCWarning(lcSync).noquote() << "pull of" << entity << "stopped:" << status.error().detail;
        finish(false, status.error().code == Error::Code::NotFound
                          ? tr("Some records refer to others that are not here yet; the next sync brings them.")
                          : tr("The data from the central server could not be saved here."));
        return;
    }
    m_applied += items;
    m_cursor = next;
    Q_EMIT progress(entity, m_applied);
    if (!more) {
        if (++m_entity == entities().size()) {
            Transaction tx(m_db);
            Status saved = tx.ok() ? SyncSql(m_db).setSetting(kLastPull, m_clock.nowUtc().toString(Qt::ISODate))
                                   : Status(tx.error());
            if (saved)
                saved = tx.commit();
            finish(bool(saved), saved ? QString() : saved.error().message);
            return;
        }
        Result<QString> start = cursor(entities().at(m_entity));
        if (!start) {
            finish(false, start.error().message);
            return;
        }
        m_cursor = *start;
    }
    requestPage();
}

void SyncPuller::finish(bool ok, const QString &message)
{
    m_running = false;
    qCInfo(lcSync) << "pull finished" << (ok ? "ok" : "stopped") << "items" << m_applied;
    Q_EMIT finished(ok, message);
    if (m_again)
        QMetaObject::invokeMethod(this, &SyncPuller::pullNow, Qt::QueuedConnection);
}

} // namespace Club::Core
