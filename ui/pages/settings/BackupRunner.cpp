// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRunner.h"

#include <QThread>

namespace Club::Ui {

BackupRunner::BackupRunner(QObject *parent)
    : QObject(parent)
{
}

BackupRunner::~BackupRunner()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupRunner::start(Work work)
{
    if (m_thread)
        return false;
    m_stop = false;
    m_result = std::make_shared<std::optional<Core::Status>>();
    auto result = m_result;
    m_thread = QThread::create([this, work, result] {
        int last = -1;
        const Core::BackupFile::Progress progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != last) {
                last = percent;
                // Queued into the window's thread; `this` outlives the thread (~BackupRunner waits).
                QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressed(percent); }, Qt::QueuedConnection);
            }
            return !m_stop.load();
        };
        *result = work(progress);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(result->value_or(Core::Status()));
    });
    m_thread->start();
    return true;
}

} // namespace Club::Ui
