// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>

namespace Club::Ui {

// One piece of long work (sending messages) on a thread of its own, its result handed to
// the UI thread. The owner keeps it as a member: destroying it asks the work to stop and
// waits, so a closing window never leaves a thread using the services.
class Background
{
public:
    Background() = default;
    Background(const Background &) = delete;
    Background &operator=(const Background &) = delete;
    ~Background() { stopAndWait(); }

    bool busy() const { return m_thread && m_thread->isRunning(); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    void cancel() { m_cancel = true; }

    // `done` runs on the UI thread, unless `owner` is gone by then.
    template<typename T>
    bool start(QObject *owner, std::function<T()> work, std::function<void(const T &)> done)
    {
        if (busy())
            return false;
        stopAndWait();
        m_cancel = false;
        QPointer<QObject> guard(owner);
        m_thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
            const T result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, result] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
        m_thread->start();
        return true;
    }

    void stopAndWait()
    {
        if (!m_thread)
            return;
        m_cancel = true;
        m_thread->wait();
        delete m_thread.data();
    }

private:
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancel{false};
};

} // namespace Club::Ui
