// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"
#include "auth/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Club::Core {

class Database;
class SalesService;
class CreditService;

// Runs one report at a time on a worker thread with its own database connection (Database
// gives each thread one), so a report over a very large ledger never holds up the window.
// The worker builds its own services over the store, with the sales settings and the
// credit terms the live services have when start() is called. Signals arrive in the
// runner's thread; cancel() stops the report at its next row and ends in cancelled().
class ReportRunner : public QObject
{
    Q_OBJECT

public:
    ReportRunner(Database &db, SalesService &sales, CreditService &credit, const Clock &clock = Clock::system(),
                 QObject *parent = nullptr);
    ~ReportRunner() override; // cancels and waits for the worker

    // False (and nothing starts) while a report is still running.
    bool start(const Actor &actor, ReportKind kind, const ReportFilters &filters);
    void cancel();
    bool isRunning() const { return m_worker != nullptr; }
    // Blocks until the worker has stopped (tests, shutdown); queued signals still arrive.
    void wait();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Club::Core::ReportTable &table);
    void failed(const Club::Core::Error &error);
    void cancelled();

private:
    Database &m_db;
    SalesService &m_sales;
    CreditService &m_credit;
    const Clock &m_clock;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace Club::Core

Q_DECLARE_METATYPE(Club::Core::ReportTable)
Q_DECLARE_METATYPE(Club::Core::Error)
