// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PcscContext.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Club::Devices {

// Watches readers and cards with SCardGetStatusChange in its own thread (own context) and
// reports changes as signals emitted on the thread that owns the monitor. Reader arrival
// and departure come through the "\\?PnP?\Notification" pseudo reader. While pcscd is not
// reachable it retries about every two seconds. stop() wakes the wait with SCardCancel.
class ReaderMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ReaderMonitor(QObject *parent = nullptr);
    ~ReaderMonitor() override;

    void start();
    // Returns within about one wait period (normally at once: SCardCancel wakes the wait).
    void stop();
    bool isRunning() const;

    // Last reported state, for late subscribers (owner thread only).
    QStringList readers() const { return m_readers; }
    PcscError serviceState() const { return m_serviceState; }

    // Longest single SCardGetStatusChange wait; bounds stop() should a cancel be missed.
    static constexpr int WaitTimeoutMs = 2500;
    static constexpr int RetryIntervalMs = 2000;

signals:
    void readersChanged(const QStringList &readers);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    void serviceStateChanged(Club::Devices::PcscError state);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
    QStringList m_readers;
    PcscError m_serviceState = PcscError::Failed; // unknown until the first report
};

} // namespace Club::Devices
