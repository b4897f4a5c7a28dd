// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "ServerClient.h"
#include "auth/Actor.h"

#include <QObject>
#include <QTimer>

namespace Club::Core {

// Replays the outbox to the server, oldest entry first, one at a time, each to its
// operation's endpoint (sale, return, gift, gift card charge, points purchase) with its own
// idempotency key — so a sale the server already has (an answer lost on the way back, a
// second desk process) comes back "replayed" and is only marked sent: exactly once.
//
// - 2xx (replayed or not): sent, then the next entry at once.
// - no answer: wait and try the same entry again, the wait doubling up to maxDelay.
// - a refusal about the sale (card blocked meanwhile, points spent elsewhere, PIN, invalid,
//   not found, idempotency mismatch...): conflict for a manager, then the next entry.
// - the server failing (5xx) kMaxServerFailures times on one entry: conflict too, so one
//   entry cannot hold the rest back for ever.
// - idempotency_mismatch for a body marked offline: asked once more without the mark, as
//   the desk's first online try was sent (that try may have reached the server).
// - a refusal about this desk (signature, disabled terminal, clock, session, rate limit):
//   the entry stays pending and is tried again later; the sale is not at fault.
//
// - a return waiting for a sale kept here (afterKey): sent with that sale's server id; when
//   the sale was refused, the return is a conflict too ("sale_refused"), never sent alone.
//
// It posts as the operator logged in at the desk (setActor); with none it waits.
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxServerFailures = 5;

    OutboxWorker(Outbox &outbox, ServerClient &client, QObject *parent = nullptr);

    void setActor(const Actor &actor);
    // The wait after a try without an answer: first, doubled each time, at most max.
    void setDelays(int firstMs, int maxMs);
    // Also tries every `pollMs` while entries are pending (the server may come back without
    // the desk noticing); 0 turns it off.
    void setPollInterval(int pollMs);

    bool isBusy() const { return m_busy; }
    int currentDelayMs() const { return m_delayMs; }

public Q_SLOTS:
    void kick(); // try now

Q_SIGNALS:
    void entrySent(qint64 entryId, qint64 serverSaleId, bool replayed);
    void entryConflict(qint64 entryId, const QString &serverCode);
    void idle(); // nothing left that can be sent now
    void progress();

private:
    void next();
    void retryLater();
    void handle(const OutboxEntry &entry, const ServerAnswer &answer);

    Outbox &m_outbox;
    ServerClient &m_client;
    Actor m_actor;
    QTimer m_retry;
    QTimer m_poll;
    bool m_busy = false;
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 60000;
    int m_delayMs = 0;
    Id m_failingEntry = kNoId;
    int m_serverFailures = 0;
};

} // namespace Club::Core
