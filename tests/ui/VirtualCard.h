// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pcsc/PcscStation.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <memory>

// A virtual MIFARE card (tests/support/vicc_mifare.py) put on and taken off vpcd's slot 0, for
// the UI tests that tap cards at the desk: waits until the app's PcscStation has seen it come
// or go, with bounded waits.
namespace VirtualCard {

// Puts a card with this UID and memory file on the reader (a card already there is taken off
// first); false when the station never saw it.
inline bool insert(std::unique_ptr<QProcess> &card, Club::Devices::PcscStation *station, const QString &vicc,
                   const QString &port, const QString &uid, const QString &state, const QStringList &extra = {})
{
    if (card && card->state() != QProcess::NotRunning) {
        QSignalSpy removed(station, &Club::Devices::PcscStation::cardRemoved);
        card->kill();
        card->waitForFinished(3000);
        removed.wait(3000);
    }
    QSignalSpy inserted(station, &Club::Devices::PcscStation::cardInserted);
    card = std::make_unique<QProcess>();
    card->setProcessChannelMode(QProcess::ForwardedChannels);
    card->start(QStringLiteral("/usr/bin/python3"),
                QStringList{vicc, QStringLiteral("--uid"), uid, QStringLiteral("--port"), port,
                            QStringLiteral("--state"), state}
                    + extra);
    if (!card->waitForStarted(5000))
        return false;
    for (int i = 0; i < 50 && inserted.isEmpty(); ++i)
        inserted.wait(200);
    return !inserted.isEmpty();
}

// Takes the card off the reader and waits (bounded) until the station has seen it go.
inline void remove(std::unique_ptr<QProcess> &card, Club::Devices::PcscStation *station)
{
    if (!card)
        return;
    QSignalSpy removed(station, &Club::Devices::PcscStation::cardRemoved);
    if (card->state() != QProcess::NotRunning) {
        card->kill();
        card->waitForFinished(3000);
        removed.wait(3000);
    }
    card.reset();
}

} // namespace VirtualCard
