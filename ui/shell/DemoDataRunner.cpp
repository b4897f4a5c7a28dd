// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDataRunner.h"

#include "widgets/UiLog.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace Club::Ui {

DemoDataRunner::Outcome DemoDataRunner::run(QWidget *parent,
                                            Core::Database &db,
                                            const Core::Clock &clock,
                                            const Core::Actor &actor,
                                            const Core::DemoDataGenerator::Options &options)
{
    QProgressDialog progress(tr("Creating the demo club: members, cards and their points history…"), tr("Stop"), 0,
                             options.members, parent);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);

    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    Outcome outcome;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stop] { stop = true; });

    // The generator opens the worker thread's own connection; progress comes back to this
    // thread as queued calls, and is dropped if the dialog is already gone.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Core::DemoDataGenerator generator(db, clock);
        outcome.status = generator.generate(actor, options, [&](int count, int total) {
            done = count;
            QMetaObject::invokeMethod(
                &progress,
                [&progress, count, total] {
                    if (progress.wasCanceled())
                        return;
                    progress.setMaximum(total);
                    progress.setValue(count);
                },
                Qt::QueuedConnection);
            return !stop.load();
        });
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.show();
    loop.exec();
    worker->wait();

    outcome.cancelled = stop.load();
    outcome.done = done.load();
    if (!outcome.status.ok())
        qCWarning(lcUi) << "demo data stopped with an error after" << outcome.done << "members";
    else
        qCInfo(lcUi) << "demo data:" << outcome.done << "members" << (outcome.cancelled ? "(stopped)" : "");
    return outcome;
}

} // namespace Club::Ui
