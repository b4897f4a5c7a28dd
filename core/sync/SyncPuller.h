// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace Club::Core {

class Database;
class ServerClient;

// Pulls the central server's reference data (GET /v1/sync/<entity>) into this store, so a
// connected desk knows the chain's members, cards, card types, products, prices and rules
// by the natural keys its sales name (PullSql, migration 0021).
//
// A round first sends the PINs set or changed here (POST /v1/cards/pin, hashes only; the
// newer PIN wins on both sides, migration 0028), then pages each entity in apply order
// (card types, product groups, products, prices, members, cards, card PINs, rules) from its
// saved cursor. Each page is applied in ONE transaction that also stores
// the page's cursor (settings "sync.cursor.<entity>"): a crash or a failed item rolls the
// page back with its cursor, so the page comes again and nothing is applied twice (and
// the upserts make a repeated item harmless anyway).
//
// The network part is asynchronous (ServerClient::send, nothing waits on the caller's
// thread) and the pages are written on a pool thread with its own connection, so the desk
// stays responsive during a long first pull. One round at a time; pullNow() during a round
// asks for another round after it.
class SyncPuller : public QObject
{
    Q_OBJECT

public:
    static QStringList entities(); // in apply order

    SyncPuller(Database &db, ServerClient &client, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncPuller() override;

    // Pulls as this operator's server session; with none, pullNow() does nothing.
    void setActor(const Actor &actor);
    void setInterval(int ms); // a round every ms while an operator is set; 0: off
    void setPageSize(int items) { m_pageSize = items; }

    bool isRunning() const { return m_running; }
    // When the last round ended with everything applied (invalid: never).
    Result<QDateTime> lastPulled() const;
    Result<QString> cursor(const QString &entity) const; // "0" before the first page

    // Test seam: called on the writing thread before each item; an error fails the page
    // (the way a crash in the middle of it would: rolled back, cursor unchanged).
    using ItemHook = std::function<Status(const QString &entity, const QJsonObject &item)>;
    void setItemHook(const ItemHook &hook) { m_hook = hook; }

public Q_SLOTS:
    void pullNow();
    // A round now when PINs set here wait for the server (after a PIN was set or changed).
    void pushPinsSoon();

Q_SIGNALS:
    void started();
    // Items applied so far in this round, and the entity being pulled.
    void progress(const QString &entity, int applied);
    // ok: every entity is up to date; otherwise message says why the round stopped
    // (translated), and the next round starts again from the saved cursors.
    void finished(bool ok, const QString &message);

private:
    void pushNextPin();
    void startPulling();
    void requestPage();
    void pageApplied(const Status &status, const QString &next, int items, bool more);
    void finish(bool ok, const QString &message);
    // Runs on a pool thread: the page and its cursor in one transaction.
    static Status applyPage(const Database &db, const QString &entity, const QList<QJsonObject> &items,
                            const QString &next, const QString &nowIso, const ItemHook &hook);

    Database &m_db;
    ServerClient &m_client;
    const Clock &m_clock;
    Actor m_actor;
    QTimer m_timer;
    ItemHook m_hook;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    int m_entity = 0;
    int m_applied = 0;
    QString m_cursor;
    QList<QJsonObject> m_pins; // this round's PINs to send, and the next one
    int m_pin = 0;
    QThreadPool m_pool; // one writer thread; the destructor waits for its page
};

} // namespace Club::Core
