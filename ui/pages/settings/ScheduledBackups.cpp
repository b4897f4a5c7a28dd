// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduledBackups.h"

#include "BackupRunner.h"
#include "BackupSettings.h"
#include "Format.h"
#include "UiContext.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupService.h"
#include "widgets/UiLog.h"

#include <QLabel>

namespace Club::Ui {

ScheduledBackups::ScheduledBackups(UiContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_runner(new BackupRunner(this))
{
    m_timer.setInterval(std::chrono::minutes(10));
    connect(&m_timer, &QTimer::timeout, this, &ScheduledBackups::runIfDue);
    connect(&m_context, &UiContext::actorChanged, this, &ScheduledBackups::runIfDue, Qt::QueuedConnection);
    connect(m_runner, &BackupRunner::finished, this, [this](const Core::Status &status) {
        m_lastError = status ? QString() : status.error().message;
        if (!status)
            qCWarning(lcUi) << "scheduled backup failed:" << status.error().detail;
        updateStatus();
    });
    m_timer.start();
}

QLabel *ScheduledBackups::statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("backupStatus"));
    m_labels.append(label);
    updateStatus();
    return label;
}

void ScheduledBackups::runIfDue()
{
    updateStatus();
    const BackupSettings settings = BackupSettings::load();
    if (!settings.ready() || !m_context.can(Core::Permission::BackupCreate) || m_runner->isBusy())
        return;
    Core::BackupService &backups = m_context.backups();
    Core::BackupSchedule::Setup setup;
    setup.folder = settings.folder;
    setup.key = settings.key;
    setup.zone = QTimeZone::systemTimeZone();
    const Core::Actor actor = m_context.actor();
    m_runner->start([&backups, setup, actor](const Core::BackupFile::Progress &) -> Core::Status {
        const Core::BackupSchedule schedule(backups, backups.clock());
        const Core::Result<Core::BackupSchedule::Run> run = schedule.runIfDue(actor, setup);
        if (!run)
            return run.error();
        return {};
    });
}

void ScheduledBackups::updateStatus()
{
    const BackupSettings settings = BackupSettings::load();
    const std::optional<QDateTime> last =
        settings.folder.isEmpty() ? std::nullopt : Core::BackupSchedule::lastBackup(settings.folder);
    const bool overdue = Core::BackupSchedule::overdue(last, m_context.backups().clock().nowUtc());
    QString text;
    if (!settings.ready())
        text = tr("Backups are not set up (Settings → Backups).");
    else if (!m_lastError.isEmpty() && overdue)
        text = tr("The daily backup failed: %1").arg(m_lastError);
    else if (!last)
        text = tr("No backup has been made yet.");
    else
        text = overdue ? tr("The last good backup is more than a day old (%1).").arg(Format::dateTime(*last))
                       : tr("Last backup: %1").arg(Format::dateTime(*last));
    for (const QPointer<QLabel> &label : std::as_const(m_labels)) {
        if (!label)
            continue;
        label->setText(text);
        label->setProperty("warning", overdue);
        label->setStyleSheet(overdue ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    }
}

} // namespace Club::Ui
