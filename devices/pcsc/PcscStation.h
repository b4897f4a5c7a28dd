// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PcscCard.h"
#include "ReaderMonitor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <memory>

class QTimer;

namespace Club::Devices {

// The PC/SC front the UI uses: a ReaderMonitor for readers and cards, and one worker
// thread that runs card jobs one after the other. A job gets a connected card (shared
// mode) inside a card transaction, on the worker thread, with that thread's own context.
// Nothing here blocks the calling thread except stop(), which is bounded.
class PcscStation : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread. Sets *error (None by default) and returns the result;
    // both arrive in jobFinished. Must not touch widgets or the caller's objects unguarded.
    using CardJob = std::function<QVariant(PcscCard &card, PcscError *error)>;

    explicit PcscStation(QObject *parent = nullptr);
    ~PcscStation() override;

    // Wildcard pattern (see PcscContext::matchReader); empty = first reader.
    void setReaderPattern(const QString &pattern) { m_pattern = pattern; }
    QString readerPattern() const { return m_pattern; }

    void start();
    // Jobs still pending finish with NotConnected. Bounded: a worker stuck in a PC/SC call
    // is left to end on its own and its result is dropped.
    void stop();
    bool isRunning() const { return m_running; }

    QStringList readers() const { return m_monitor.readers(); }
    QString selectedReader() const;
    PcscError serviceState() const { return m_monitor.serviceState(); }

    // jobFinished(id, ...) follows exactly once, never from inside submit(): the job's
    // result, or NoService/NoReaders/ReaderNotFound/NoCard/..., Timeout once timeoutMs
    // pass (a later result is dropped), NotConnected when the station is not running.
    // reader: an exact reader name; empty = the reader the pattern selects.
    quint64 submit(CardJob job, int timeoutMs, const QString &reader = {});
    // The same, with the answer handed to `done` on this thread (once, right after
    // jobFinished), unless `receiver` was destroyed meanwhile: no one-shot connections at the
    // call sites.
    using JobDone = std::function<void(PcscError error, const QVariant &result)>;
    quint64 submit(CardJob job, int timeoutMs, const QString &reader, QObject *receiver, JobDone done);

    static constexpr int StopTimeoutMs = 3000;

signals:
    void readersChanged(const QStringList &readers);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    void serviceStateChanged(Club::Devices::PcscError state);
    void jobFinished(quint64 id, Club::Devices::PcscError error, const QVariant &result);

private:
    struct Shared;
    static void workerLoop(const std::shared_ptr<Shared> &shared);
    void finish(quint64 id, PcscError error, const QVariant &result);

    ReaderMonitor m_monitor;
    std::shared_ptr<Shared> m_shared;
    QHash<quint64, QTimer *> m_pending;
    QHash<quint64, std::pair<QPointer<QObject>, JobDone>> m_callbacks;
    QString m_pattern;
    quint64 m_nextId = 1;
    bool m_running = false;
};

} // namespace Club::Devices
