// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PcscStation.h"
#include "PcscLog.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Club::Devices {

// Not in an anonymous namespace: Shared (declared in the header) holds a queue of them.
struct PcscStationJob
{
    quint64 id = 0;
    PcscStation::CardJob run;
    QString reader;  // exact name, or empty
    QString pattern; // used when reader is empty
    QDeadlineTimer deadline;
};

// What the worker thread shares with the station. The worker holds its own reference, so
// a worker left behind by a bounded stop() never touches a destroyed station.
struct PcscStation::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable done;
    std::deque<PcscStationJob> queue;
    bool stopping = false;
    bool finished = false;
    PcscStation *owner = nullptr; // nulled by stop(): results after that are dropped

    void deliver(quint64 id, PcscError error, const QVariant &result)
    {
        std::lock_guard lock(mutex);
        // Posting under the lock: stop() cannot null the owner (and the station cannot be
        // destroyed) between the check and the post.
        if (owner) {
            QMetaObject::invokeMethod(
                owner, [o = owner, id, error, result] { o->finish(id, error, result); }, Qt::QueuedConnection);
        }
    }
};

namespace {

PcscError runJob(PcscStationJob &job, PcscContext &context, QVariant *result)
{
    QStringList names;
    PcscError error = PcscError::NoService;
    // One retry with a fresh context: pcscd may have restarted since the last job.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!context.isValid() && context.establish() != PcscError::None)
            return PcscError::NoService;
        error = context.readers(&names);
        if (error != PcscError::NoService)
            break;
        context.release();
    }
    if (error != PcscError::None)
        return error;
    const QString reader = job.reader.isEmpty() ? PcscContext::matchReader(job.pattern, names)
                                                : (names.contains(job.reader) ? job.reader : QString());
    if (reader.isEmpty())
        return PcscError::ReaderNotFound;

    PcscCard card(context);
    if ((error = card.connect(reader)) != PcscError::None)
        return error;
    if ((error = card.beginTransaction()) != PcscError::None)
        return error;
    error = PcscError::None;
    try {
        *result = job.run(card, &error);
    } catch (...) {
        // Jobs must not throw; a throwing job must not take the worker thread with it.
        qCWarning(lcPcsc, "card job %llu threw", static_cast<unsigned long long>(job.id));
        *result = QVariant();
        error = PcscError::Failed;
    }
    card.endTransaction();
    card.disconnect();
    return error;
}
} // namespace

PcscStation::PcscStation(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Club::Devices::PcscError>();
    connect(&m_monitor, &ReaderMonitor::readersChanged, this, &PcscStation::readersChanged);
    connect(&m_monitor, &ReaderMonitor::cardInserted, this, &PcscStation::cardInserted);
    connect(&m_monitor, &ReaderMonitor::cardRemoved, this, &PcscStation::cardRemoved);
    connect(&m_monitor, &ReaderMonitor::serviceStateChanged, this, &PcscStation::serviceStateChanged);
}

PcscStation::~PcscStation()
{
    stop();
}

QString PcscStation::selectedReader() const
{
    return PcscContext::matchReader(m_pattern, m_monitor.readers());
}

void PcscStation::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->owner = this;
    std::thread([shared = m_shared] { workerLoop(shared); }).detach();
    m_monitor.start();
}

void PcscStation::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_monitor.stop();
    std::unique_lock lock(m_shared->mutex);
    m_shared->stopping = true;
    m_shared->owner = nullptr;
    m_shared->queue.clear();
    m_shared->wake.notify_all();
    // The thread is detached: waiting for `finished` bounds stop(); a job stuck in a PC/SC
    // call (a transaction held by another process) ends later and finds no owner.
    if (!m_shared->done.wait_for(lock, std::chrono::milliseconds(StopTimeoutMs), [this] { return m_shared->finished; }))
        qCWarning(lcPcsc, "station worker still busy after %d ms; leaving it to finish", StopTimeoutMs);
    lock.unlock();
    m_shared.reset();

    const QList<quint64> ids = m_pending.keys();
    for (const quint64 id : ids)
        finish(id, PcscError::NotConnected, {});
}

quint64 PcscStation::submit(CardJob job, int timeoutMs, const QString &reader)
{
    const quint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_pending.insert(id, timer);
    if (!m_running) {
        QMetaObject::invokeMethod(
            this, [this, id] { finish(id, PcscError::NotConnected, {}); }, Qt::QueuedConnection);
        return id;
    }
    connect(timer, &QTimer::timeout, this, [this, id] { finish(id, PcscError::Timeout, {}); });
    timer->start(qMax(0, timeoutMs));
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->queue.push_back(PcscStationJob{id, std::move(job), reader, m_pattern, QDeadlineTimer(qMax(0, timeoutMs))});
    }
    m_shared->wake.notify_one();
    return id;
}

quint64 PcscStation::submit(CardJob job, int timeoutMs, const QString &reader, QObject *receiver, JobDone done)
{
    const quint64 id = submit(std::move(job), timeoutMs, reader);
    // The answer is always queued (never inside submit()), so registering now is in time.
    m_callbacks.insert(id, {QPointer<QObject>(receiver), std::move(done)});
    return id;
}

void PcscStation::finish(quint64 id, PcscError error, const QVariant &result)
{
    QTimer *timer = m_pending.take(id);
    if (!timer)
        return; // already answered (timed out, or stopped): a late result is dropped
    timer->stop();
    timer->deleteLater();
    const auto callback = m_callbacks.take(id);
    emit jobFinished(id, error, result);
    if (callback.second && callback.first)
        callback.second(error, result);
}

void PcscStation::workerLoop(const std::shared_ptr<Shared> &shared)
{
    PcscContext context; // pcsc-lite contexts belong to one thread
    for (;;) {
        PcscStationJob job;
        {
            std::unique_lock lock(shared->mutex);
            shared->wake.wait(lock, [&] { return shared->stopping || !shared->queue.empty(); });
            if (shared->stopping)
                break;
            job = std::move(shared->queue.front());
            shared->queue.pop_front();
            // Its deadline started with the station's timer: already answered with Timeout.
            if (job.deadline.hasExpired())
                continue;
        }
        QVariant result;
        const PcscError error = runJob(job, context, &result);
        shared->deliver(job.id, error, result);
    }
    context.release();
    std::lock_guard lock(shared->mutex);
    shared->finished = true;
    shared->done.notify_all();
}

} // namespace Club::Devices
