// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceHub.h"

#include "DeviceMessages.h"
#include "card/LoyaltyStripe.h"
#include "security/KeyVault.h"
#include "widgets/CardSwipeCatcher.h"

#include <QCoreApplication>

#ifdef CLUB_WITH_PCSC
#include "card/LoyaltyCardWriter.h"
#include "pcsc/PcscStation.h"
Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardWriter::ReadResult)
#endif

namespace Club::Ui {

namespace {
constexpr int kTapReadTimeoutMs = 5000;

// The catcher gives whole tracks ("%…?", ";…?"); LoyaltyStripe::parse reads what is
// between the sentinels.
QByteArray trackBody(const QStringList &tracks, QChar sentinel)
{
    for (const QString &track : tracks) {
        if (track.startsWith(sentinel)) {
            const bool ended = track.endsWith(QLatin1Char('?'));
            return track.mid(1, track.size() - (ended ? 2 : 1)).toLatin1();
        }
    }
    return {};
}
} // namespace

DeviceHub::DeviceHub(QObject *parent)
    : QObject(parent)
    , m_settings(DeviceSettings::load())
    , m_catcher(new CardSwipeCatcher(this))
{
    qRegisterMetaType<Core::CardPresentation>();
    QCoreApplication::instance()->installEventFilter(m_catcher);
    connect(m_catcher, &CardSwipeCatcher::swiped, this, &DeviceHub::stripeSwiped);
#ifdef CLUB_WITH_PCSC
    m_station = new Devices::PcscStation(this);
    connect(m_station, &Devices::PcscStation::cardInserted, this,
            [this](const QString &reader, const QByteArray &) { readTappedCard(reader); });
#endif
    applySettings();
}

DeviceHub::~DeviceHub()
{
    clearKeys();
#ifdef CLUB_WITH_PCSC
    m_station->stop();
#endif
}

void DeviceHub::setSettings(const DeviceSettings &settings)
{
    m_settings = settings;
    m_settings.save();
    applySettings();
}

void DeviceHub::applySettings()
{
    m_catcher->setEnabled(m_settings.wedgeReader);
#ifdef CLUB_WITH_PCSC
    m_station->setReaderPattern(m_settings.readerPattern);
    if (!m_station->isRunning())
        m_station->start();
#endif
}

void DeviceHub::setKeys(const Core::UnlockedKeys &unlocked)
{
    clearKeys();
    for (int version : unlocked.versions()) {
        QByteArray secret = unlocked.secret(version);
        Devices::CardKeys keys = Devices::CardKeys::derive(version, secret);
        Core::UnlockedKeys::wipe(secret);
        if (keys.isValid())
            m_keys.append(keys);
    }
    m_activeVersion = unlocked.activeVersion();
    emit keysChanged();
}

void DeviceHub::clearKeys()
{
    if (m_keys.isEmpty())
        return;
    for (Devices::CardKeys &keys : m_keys)
        keys.wipe();
    m_keys.clear();
    m_activeVersion = 0;
    emit keysChanged();
}

Devices::CardKeys DeviceHub::activeKeys() const
{
    for (const Devices::CardKeys &keys : m_keys) {
        if (keys.version == m_activeVersion)
            return keys;
    }
    return {};
}

void DeviceHub::pauseIdentification()
{
    ++m_pauses;
}

void DeviceHub::resumeIdentification()
{
    m_pauses = qMax(0, m_pauses - 1);
}

Core::CardPresentation::Check DeviceHub::presentationCheck(int loyaltyCheck)
{
    using C = Core::CardPresentation::Check;
#ifdef CLUB_WITH_PCSC
    using W = Devices::LoyaltyCardWriter::Check;
    switch (W(loyaltyCheck)) {
    case W::Valid:
        return C::Valid;
    case W::Forged:
        return C::Forged;
    case W::Blank:
    case W::Incomplete: // an issue that was interrupted: nothing valid on it
        return C::Blank;
    case W::Foreign:
        return C::Foreign;
    case W::UnknownKeyVersion:
        return C::UnknownKeyVersion;
    }
#else
    Q_UNUSED(loyaltyCheck)
#endif
    return C::Foreign;
}

void DeviceHub::readTappedCard(const QString &reader)
{
#ifdef CLUB_WITH_PCSC
    if (!m_settings.tapToOpen || identificationPaused() || reader != m_station->selectedReader())
        return;
    const QList<Devices::CardKeys> keys = m_keys;
    m_station->submit(
        [keys](Devices::PcscCard &card, Devices::PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(Devices::LoyaltyCardWriter::read(mifare, keys));
        },
        kTapReadTimeoutMs, reader, this, [this](Devices::PcscError error, const QVariant &result) {
            if (error != Devices::PcscError::None) {
                emit presentationFailed(DeviceMessages::pcsc(error));
                return;
            }
            const auto read = result.value<Devices::LoyaltyCardWriter::ReadResult>();
            if (read.error != Devices::LoyaltyCardWriter::Error::None) {
                emit presentationFailed(DeviceMessages::cardRead());
                return;
            }
            Core::CardPresentation p;
            p.cardNumber = read.data.cardNumber;
            p.chipUid = QString::fromLatin1(read.uid.toHex().toUpper());
            p.check = presentationCheck(int(read.check));
            p.source = QStringLiteral("pcsc");
            if (p.check != Core::CardPresentation::Check::Valid && !hasKeys()) {
                emit presentationFailed(DeviceMessages::keysLocked());
                return;
            }
            emit cardPresented(p);
        });
#else
    Q_UNUSED(reader)
#endif
}

void DeviceHub::stripeSwiped(const QStringList &tracks)
{
    if (identificationPaused())
        return;
    const Devices::LoyaltyStripe::Read read =
        Devices::LoyaltyStripe::parse(trackBody(tracks, QLatin1Char('%')), trackBody(tracks, QLatin1Char(';')), m_keys);
    Core::CardPresentation p;
    p.cardNumber = read.cardNumber;
    p.source = QStringLiteral("magstripe");
    using S = Devices::LoyaltyStripe::Check;
    using C = Core::CardPresentation::Check;
    switch (read.check) {
    case S::Valid:
        p.check = C::Valid;
        break;
    case S::Forged:
        p.check = C::Forged;
        break;
    case S::Foreign:
        p.check = C::Foreign;
        break;
    case S::Blank:
        p.check = C::Blank;
        break;
    case S::UnknownKeyVersion:
        p.check = C::UnknownKeyVersion;
        break;
    }
    if (p.check != C::Valid && p.check != C::Foreign && !hasKeys()) {
        emit presentationFailed(DeviceMessages::keysLocked());
        return;
    }
    emit cardPresented(p);
}

} // namespace Club::Ui
