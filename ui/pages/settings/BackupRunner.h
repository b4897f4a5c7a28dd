// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupFile.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Club::Ui {

// Runs one long piece of backup work on a thread of its own, reporting progress in
// per cent and allowing it to be stopped. `work` gets a progress function to call (it
// returns false once stop() was asked) and returns an error, or nothing.
class BackupRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Core::Status(const Core::BackupFile::Progress &progress)>;

    explicit BackupRunner(QObject *parent = nullptr);
    ~BackupRunner() override;

    bool isBusy() const { return m_thread != nullptr; }
    // Refused (false) while busy.
    bool start(Work work);
    void stop() { m_stop = true; }

Q_SIGNALS:
    void progressed(int percent);
    void finished(const Club::Core::Status &status);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::shared_ptr<std::optional<Core::Status>> m_result;
};

} // namespace Club::Ui
