// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSettingsSection.h"

#include "OutboxConflictsDialog.h"
#include "Format.h"
#include "UiContext.h"
#include "sync/ConnectedDesk.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Club::Ui {

namespace {
QString plain(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}
} // namespace

ServerSettingsSection::ServerSettingsSection(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Central server"), parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_url(new QLineEdit(this))
    , m_terminal(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_offlinePoints(new DigitLineEdit(this))
    , m_offlineStored(new DigitLineEdit(this))
    , m_save(new QPushButton(tr("Save the &Connection"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_conflicts(new QPushButton(tr("&Refused sales…"), this))
    , m_sync(new QPushButton(tr("S&ync Now"), this))
    , m_syncProgress(new QProgressBar(this))
    , m_syncState(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSettings"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://club.example.com:8443"));
    m_terminal->setObjectName(QStringLiteral("terminalId"));
    m_secret->setObjectName(QStringLiteral("terminalSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    // Addresses and ids are Latin text: keep them left to right inside a right-to-left form.
    for (QLineEdit *edit : {m_url, m_terminal, m_secret})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_offlinePoints->setObjectName(QStringLiteral("offlinePoints"));
    m_offlineStored->setObjectName(QStringLiteral("offlineStoredValue"));
    m_save->setObjectName(QStringLiteral("saveServer"));
    m_test->setObjectName(QStringLiteral("testServer"));
    m_conflicts->setObjectName(QStringLiteral("serverConflicts"));
    m_result->setObjectName(QStringLiteral("serverTestResult"));
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setRange(0, 0); // how much is left is not known: a busy bar
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->hide();
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setWordWrap(true);
    m_syncState->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *intro = new QLabel(tr("With a central server, sales, balances and points are shared by every branch. "
                                "Leave the address empty to work on this computer's store only."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    m_errors->addRow(form, tr("Server &address:"), m_url, QStringLiteral("url"));
    m_errors->addRow(form, tr("Ter&minal id:"), m_terminal, QStringLiteral("terminalId"));
    m_errors->addRow(form, tr("Terminal s&ecret:"), m_secret, QStringLiteral("secret"));
    m_errors->addRow(form, tr("Points a card may spend &offline:"), m_offlinePoints, QStringLiteral("offline"));
    m_errors->addRow(form, tr("Stored value and credit a card may spend o&ffline:"), m_offlineStored,
                     QStringLiteral("offlineStored"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_conflicts);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_result);
    auto *sync = new QHBoxLayout;
    sync->addWidget(m_sync);
    sync->addWidget(m_syncProgress);
    sync->addWidget(m_syncState, 1);
    form->addRow(sync);
    form->addRow(m_errors->addGeneral());

    connect(m_save, &QPushButton::clicked, this, &ServerSettingsSection::save);
    connect(m_test, &QPushButton::clicked, this, &ServerSettingsSection::testConnection);
    connect(m_conflicts, &QPushButton::clicked, this, &ServerSettingsSection::openConflicts);
    connect(m_sync, &QPushButton::clicked, this, &ServerSettingsSection::syncNow);
    if (Core::ConnectedDesk *desk = m_context.connectedDesk()) {
        Core::SyncPuller *puller = &desk->puller();
        connect(puller, &Core::SyncPuller::started, this, [this] {
            m_sync->setEnabled(false);
            m_syncProgress->show();
            m_syncState->setText(tr("Syncing with the central server…"));
        });
        connect(puller, &Core::SyncPuller::progress, this, [this](const QString &, int applied) {
            //: While syncing: records received from the central server so far
            m_syncState->setText(tr("Syncing… %Ln record(s) received", nullptr, applied));
        });
        connect(puller, &Core::SyncPuller::finished, this, [this](bool ok, const QString &message) {
            m_sync->setEnabled(true);
            m_syncProgress->hide();
            if (ok)
                showLastSync();
            else
                m_syncState->setText(message);
        });
    }
    load();
}

void ServerSettingsSection::load()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    const Core::Result<Core::ConnectionSettings> s = desk->settings().settings(m_context.actor());
    if (!s) {
        m_result->setText(s.error().message);
        return;
    }
    m_url->setText(s->url.toString());
    m_terminal->setText(s->terminalId);
    m_secret->clear();
    //: The terminal secret is saved and not shown again
    m_secret->setPlaceholderText(s->hasSecret ? tr("Saved; type a new one to replace it") : QString());
    m_offlinePoints->setText(plain(s->offline.points));
    m_offlineStored->setText(plain(s->offline.storedValue));
    m_sync->setEnabled(desk->isConnected() && !desk->puller().isRunning());
    showLastSync();
}

void ServerSettingsSection::showLastSync()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    const Core::Result<QDateTime> last = desk->puller().lastPulled();
    if (!last || !last->isValid()) {
        m_syncState->setText(desk->isConnected() ? tr("Not synced yet.") : QString());
        return;
    }
    //: %1 date and time of the last complete sync with the central server
    m_syncState->setText(tr("Last sync: %1").arg(Format::dateTime(*last)));
}

void ServerSettingsSection::syncNow()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk || !desk->isConnected())
        return;
    // Runs in the background: the answer comes through the puller's signals.
    desk->puller().pullNow();
}

bool ServerSettingsSection::save()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return false;
    m_errors->clear();
    Core::ConnectionSettings s;
    if (const Core::Result<Core::ConnectionSettings> old = desk->settings().settings(m_context.actor()))
        s = *old;
    s.url = QUrl(m_url->text().trimmed());
    s.terminalId = m_terminal->text().trimmed();
    s.offline.points = m_offlinePoints->latinText().left(18).toLongLong();
    s.offline.storedValue = m_offlineStored->latinText().left(18).toLongLong();
    if (Core::Status st = desk->settings().save(m_context.actor(), s, m_secret->text()); !st) {
        m_errors->report(st.error());
        return false;
    }
    m_secret->clear();
    m_result->setText(tr("Saved."));
    load();
    return true;
}

void ServerSettingsSection::testConnection()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<QString> answer = desk->testConnection(m_context.actor());
    QApplication::restoreOverrideCursor();
    m_result->setText(answer ? *answer : answer.error().message);
}

void ServerSettingsSection::openConflicts()
{
    OutboxConflictsDialog dialog(m_context, window());
    dialog.exec();
}

} // namespace Club::Ui
