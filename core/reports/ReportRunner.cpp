// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRunner.h"

#include "ReportService.h"
#include "ReportSql.h"
#include "ServiceHub.h"
#include "util/Log.h"

#include <QPointer>
#include <QThread>

namespace Club::Core {

ReportRunner::ReportRunner(Database &db, SalesService &sales, CreditService &credit, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_sales(sales)
    , m_credit(credit)
    , m_clock(clock)
{}

ReportRunner::~ReportRunner()
{
    cancel();
    wait();
}

bool ReportRunner::start(const Actor &actor, ReportKind kind, const ReportFilters &filters)
{
    if (m_worker)
        return false;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const SalesSettings settings = m_sales.settings();
    const int daysToPay = m_credit.daysToPay();
    QPointer<ReportRunner> self(this);
    auto stop = m_stop;
    m_worker = QThread::create([self, stop, settings, daysToPay, actor, kind, filters, db = &m_db,
                                clock = &m_clock] {
        // The worker's own services: their queries go through this thread's connection.
        ServiceHub hub(*db, *clock);
        hub.sales().setSettings(settings);
        hub.credit().setDaysToPay(daysToPay);
        int last = -1;
        auto progress = [&](int done, int total) {
            if (stop->load())
                return false;
            if (done != last) {
                last = done;
                QMetaObject::invokeMethod(
                    self.data(), [self, done, total] {
                        if (self)
                            Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };
        Result<ReportTable> result = hub.reports().run(actor, kind, filters, progress);
        QMetaObject::invokeMethod(
            self.data(), [self, result] {
                if (!self)
                    return;
                // The worker is only tearing its services down now: done before anyone hears.
                self->wait();
                self->m_worker = nullptr;
                if (result.ok())
                    Q_EMIT self->finished(result.value());
                else if (ReportSql::isCancelled(result.error()))
                    Q_EMIT self->cancelled();
                else
                    Q_EMIT self->failed(result.error());
            },
            Qt::QueuedConnection);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    qCInfo(lcDb) << "report started:" << reportKindKey(kind);
    m_worker->start(QThread::LowPriority);
    return true;
}

void ReportRunner::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void ReportRunner::wait()
{
    if (m_worker)
        m_worker->wait();
}

} // namespace Club::Core
