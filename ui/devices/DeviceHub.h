// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSettings.h"
#include "cards/Card.h"
#include "crypto/CardKeys.h"

#include <QList>
#include <QObject>

namespace Club::Core {
class UnlockedKeys;
}

namespace Club::Devices {
class PcscStation;
}

namespace Club::Ui {

class CardSwipeCatcher;

// The desk's devices for the whole app: the PC/SC station (reader monitor and card jobs on
// worker threads), the keyboard-wedge swipe catcher, the settings, and the card keys a
// manager unlocked for this session. A card placed on the reader or swiped anywhere ends
// up as cardPresented() (or presentationFailed() with a message); the main window asks
// CardService::identify and opens the member.
class DeviceHub : public QObject
{
    Q_OBJECT

public:
    explicit DeviceHub(QObject *parent = nullptr);
    ~DeviceHub() override;

    const DeviceSettings &settings() const { return m_settings; }
    // Saves to QSettings and applies at once (reader pattern, wedge on/off).
    void setSettings(const DeviceSettings &settings);

#ifdef CLUB_WITH_PCSC
    Devices::PcscStation *station() const { return m_station; }
#endif
    CardSwipeCatcher *swipeCatcher() const { return m_catcher; }

    // The key versions unlocked with the manager's passphrase; derived card keys stay in
    // memory for this session only and are wiped by clearKeys() and on exit.
    void setKeys(const Core::UnlockedKeys &unlocked);
    void clearKeys();
    bool hasKeys() const { return !m_keys.isEmpty(); }
    QList<Devices::CardKeys> cardKeys() const { return m_keys; }
    Devices::CardKeys activeKeys() const; // invalid when locked

    // While an encoding flow holds a pause, a card on the reader or a swipe is not
    // identified (it is the card being written). Nested pauses count.
    void pauseIdentification();
    void resumeIdentification();
    bool identificationPaused() const { return m_pauses > 0; }

    static Core::CardPresentation::Check presentationCheck(int loyaltyCheck);

Q_SIGNALS:
    void keysChanged();
    void cardPresented(const Club::Core::CardPresentation &presentation);
    void presentationFailed(const QString &message);

private:
    void applySettings();
    void readTappedCard(const QString &reader);
    void stripeSwiped(const QStringList &tracks);

    DeviceSettings m_settings;
#ifdef CLUB_WITH_PCSC
    Devices::PcscStation *m_station = nullptr;
#endif
    CardSwipeCatcher *m_catcher = nullptr;
    QList<Devices::CardKeys> m_keys;
    int m_activeVersion = 0;
    int m_pauses = 0;
};

} // namespace Club::Ui

Q_DECLARE_METATYPE(Club::Core::CardPresentation)
