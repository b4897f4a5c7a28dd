// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusButton.h"

#include "OutboxConflictsDialog.h"
#include "Format.h"
#include "UiContext.h"
#include "sync/ConnectedDesk.h"

namespace Club::Ui {

SyncStatusButton::SyncStatusButton(UiContext &context, QWidget *parent)
    : QToolButton(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::openConflicts);
    if (Core::ConnectedDesk *desk = m_context.connectedDesk()) {
        connect(desk, &Core::ConnectedDesk::statusChanged, this, &SyncStatusButton::refresh);
        connect(&desk->puller(), &Core::SyncPuller::finished, this, &SyncStatusButton::refresh);
    }
    refresh();
}

QString SyncStatusButton::textFor(bool online, int pending, int conflicts)
{
    //: Status bar: the central server answers and nothing waits to be sent
    QString text = online ? tr("Online") : tr("Offline");
    if (pending > 0)
        //: Status bar: sales kept on this desk until the central server has them
        text = online ? tr("%Ln pending sync", nullptr, pending) : tr("Offline, %Ln pending sync", nullptr, pending);
    if (conflicts > 0)
        //: Status bar: %1 the connection state; then sales the server refused, for a manager
        text = tr("%1 · %Ln conflict(s)", nullptr, conflicts).arg(text);
    return text;
}

void SyncStatusButton::refresh()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    const bool connected = desk && desk->isConnected();
    setVisible(connected);
    if (!connected)
        return;
    setText(textFor(desk->online(), desk->pending(), desk->conflicts()));
    QString tip = desk->client().config().url.toString(QUrl::RemoveUserInfo);
    if (const Core::Result<QDateTime> last = desk->puller().lastPulled(); last && last->isValid())
        //: Status bar tooltip: %1 the server's address, %2 date and time of the last complete sync
        tip = tr("%1\nLast sync: %2").arg(tip, Format::dateTime(*last));
    setToolTip(tip);
}

void SyncStatusButton::openConflicts()
{
    if (!m_context.connectedDesk() || !m_context.can(Core::Permission::SyncConflictsResolve))
        return;
    OutboxConflictsDialog dialog(m_context, window());
    dialog.exec();
    refresh();
}

} // namespace Club::Ui
