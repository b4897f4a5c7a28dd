// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxWorker.h"

#include "util/Log.h"

#include <QJsonDocument>

namespace Club::Core {

namespace {
// Refusals that are about this desk or the moment, not about the sale: try again later.
bool aboutTheDesk(const QString &code)
{
    static const QStringList codes{QStringLiteral("bad_signature"),    QStringLiteral("replayed"),
                                   QStringLiteral("clock_skew"),       QStringLiteral("terminal_disabled"),
                                   QStringLiteral("unauthenticated"),  QStringLiteral("session_expired"),
                                   QStringLiteral("bad_credentials"),  QStringLiteral("rate_limited"),
                                   QStringLiteral("forbidden")};
    return codes.contains(code);
}

// The id the server gave the operation, kept with the entry's "sent" event.
qint64 serverIdOf(OutboxEntry::Operation op, const QJsonObject &body)
{
    const char *key = "saleId";
    switch (op) {
    case OutboxEntry::Operation::Sale:
        break;
    case OutboxEntry::Operation::Return:
        key = "returnId";
        break;
    case OutboxEntry::Operation::Gift:
        key = "redemptionId";
        break;
    case OutboxEntry::Operation::GiftCardCharge:
        key = "chargeId";
        break;
    case OutboxEntry::Operation::PointsBuy:
        key = "transactionId";
        break;
    case OutboxEntry::Operation::MemberCreate:
        key = "memberId";
        break;
    case OutboxEntry::Operation::CardIssue:
    case OutboxEntry::Operation::CardBlock:
    case OutboxEntry::Operation::CardUnblock:
        return 0; // known by its number
    }
    return body.value(QLatin1String(key)).toInteger();
}
} // namespace

OutboxWorker::OutboxWorker(Outbox &outbox, ServerClient &client, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxWorker::kick);
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive())
            kick();
    });
    // A new entry or the server answering again: go now rather than at the next timer.
    connect(&m_outbox, &Outbox::changed, this, [this] {
        if (!m_busy && !m_retry.isActive())
            QTimer::singleShot(0, this, &OutboxWorker::kick);
    });
    connect(&m_client, &ServerClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && !m_busy) {
            m_retry.stop();
            QTimer::singleShot(0, this, &OutboxWorker::kick);
        }
    });
}

void OutboxWorker::setActor(const Actor &actor)
{
    m_actor = actor;
    if (actor.operatorId == kNoId) {
        m_retry.stop();
        m_poll.stop();
        return;
    }
    m_poll.start();
    QTimer::singleShot(0, this, &OutboxWorker::kick);
}

void OutboxWorker::setDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

void OutboxWorker::setPollInterval(int pollMs)
{
    if (pollMs <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.setInterval(pollMs);
    if (m_actor.operatorId != kNoId)
        m_poll.start();
}

void OutboxWorker::kick()
{
    if (m_busy || m_actor.operatorId == kNoId || !m_client.isConfigured())
        return;
    m_retry.stop();
    next();
}

void OutboxWorker::retryLater()
{
    m_delayMs = m_delayMs == 0 ? m_firstDelayMs : qMin(m_delayMs * 2, m_maxDelayMs);
    m_retry.start(m_delayMs);
    Q_EMIT idle();
}

void OutboxWorker::next()
{
    Result<QList<OutboxEntry>> pending = m_outbox.pending(m_actor);
    if (!pending) {
        qCWarning(lcSync) << "outbox cannot be read:" << pending.error().detail;
        retryLater();
        return;
    }
    if (pending->isEmpty()) {
        m_delayMs = 0;
        // Nothing to send, but the status bar should still learn that the server is back.
        if (!m_client.isReachable())
            m_client.send("GET", QStringLiteral("/v1/health"), {}, [](const ServerAnswer &) {}, false);
        Q_EMIT idle();
        return;
    }
    const OutboxEntry entry = pending->first();
    QJsonObject body = QJsonDocument::fromJson(entry.requestJson).object();
    if (!entry.afterKey.isEmpty()) {
        // A return of a sale that was itself kept here: the sale went first (oldest first),
        // and its "sent" event holds the server's sale id.
        Result<std::optional<OutboxEntry>> sale = m_outbox.byKey(m_actor, entry.afterKey);
        if (!sale) {
            qCWarning(lcSync) << "outbox cannot be read:" << sale.error().detail;
            retryLater();
            return;
        }
        // A card made here waits the same way for its member made here, and a block of
        // such a card for the card (DeskPush.cpp).
        const bool card = entry.operation == OutboxEntry::Operation::CardIssue;
        const bool block = entry.operation == OutboxEntry::Operation::CardBlock
                           || entry.operation == OutboxEntry::Operation::CardUnblock;
        if (!sale->has_value() || (*sale)->state == OutboxEntry::State::Conflict
            || (*sale)->state == OutboxEntry::State::Resolved) {
            QString message = tr("The sale this return belongs to was refused by the server, so the return "
                                 "was not sent either.");
            QString code = QStringLiteral("sale_refused");
            if (card) {
                message = tr("The member of this card was refused by the central server, so the card was not sent "
                             "either.");
                code = QStringLiteral("member_refused");
            } else if (block) {
                message = tr("This card was refused by the central server, so its block or unblock was not sent "
                             "either.");
                code = QStringLiteral("card_refused");
            }
            if (Status s = m_outbox.markConflict(m_actor, entry.id, code, message); !s) {
                retryLater();
                return;
            }
            Q_EMIT entryConflict(entry.id, code);
            Q_EMIT progress();
            QTimer::singleShot(0, this, &OutboxWorker::kick);
            return;
        }
        if ((*sale)->state != OutboxEntry::State::Sent) {
            retryLater(); // cannot happen in order; wait rather than send a return without its sale
            return;
        }
        if (!block)
            body.insert(card ? QStringLiteral("memberId") : QStringLiteral("saleId"), (*sale)->serverSaleId);
    }
    const QString path = outboxOperationPath(entry.operation);
    m_busy = true;
    m_client.send("POST", path, body, [this, entry, body, path](const ServerAnswer &answer) {
        if (answer.code == QLatin1String("idempotency_mismatch") && body.contains(QLatin1String("offline"))) {
            // The desk's first, online try may have reached the server after all: that body
            // had no "offline" mark. Ask again as that try did; a replay means it is there.
            QJsonObject asFirstTry = body;
            asFirstTry.remove(QStringLiteral("offline"));
            m_client.send("POST", path, asFirstTry, [this, entry](const ServerAnswer &again) {
                m_busy = false;
                handle(entry, again);
            });
            return;
        }
        m_busy = false;
        handle(entry, answer);
    });
}

void OutboxWorker::handle(const OutboxEntry &entry, const ServerAnswer &answer)
{
    if (answer.unreachable()) {
        retryLater();
        return;
    }
    if (m_failingEntry != entry.id) {
        m_failingEntry = entry.id;
        m_serverFailures = 0;
    }
    if (answer.ok()) {
        const qint64 serverId = serverIdOf(entry.operation, answer.body);
        const qint64 receiptNo = entry.operation == OutboxEntry::Operation::Sale
                                     ? ServerClient::saleFromJson(answer.body).receiptNo
                                     : 0;
        const bool replayed = answer.replayed || answer.body.value(QLatin1String("replayed")).toBool();
        if (Status s = m_outbox.markSent(m_actor, entry.id, serverId, receiptNo); !s) {
            qCWarning(lcSync) << "outbox entry" << entry.id << "sent but not marked:" << s.error().detail;
            retryLater();
            return;
        }
        m_delayMs = 0;
        Q_EMIT entrySent(entry.id, serverId, replayed);
        Q_EMIT progress();
        QTimer::singleShot(0, this, &OutboxWorker::kick);
        return;
    }
    const bool serverFault = answer.status >= 500 || answer.code == QLatin1String("internal");
    if (aboutTheDesk(answer.code) || (serverFault && ++m_serverFailures < kMaxServerFailures)) {
        retryLater();
        return;
    }
    const Error error = ServerClient::errorFor(answer);
    const QString code = answer.code.isEmpty() ? QString::number(answer.status) : answer.code;
    if (Status s = m_outbox.markConflict(m_actor, entry.id, code, error.message); !s) {
        qCWarning(lcSync) << "outbox entry" << entry.id << "refused but not marked:" << s.error().detail;
        retryLater();
        return;
    }
    m_delayMs = 0;
    Q_EMIT entryConflict(entry.id, code);
    Q_EMIT progress();
    QTimer::singleShot(0, this, &OutboxWorker::kick);
}

} // namespace Club::Core
