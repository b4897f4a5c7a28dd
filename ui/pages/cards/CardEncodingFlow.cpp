// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardEncodingFlow.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "models/Labels.h"
#include "pages/devices/CardKeysPanel.h"

#ifdef CLUB_WITH_PCSC
#include "card/LoyaltyCardWriter.h"
#include "pcsc/PcscStation.h"
Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardWriter::Result)
Q_DECLARE_METATYPE(Club::Devices::LoyaltyCardWriter::ReadResult)
#endif

#include <QWidget>

namespace Club::Ui {

namespace {
// A whole personalisation (16 trailers, 3 data blocks, verification) takes well under a
// second on a real reader; 15 s leaves room for a slow card without leaving the desk stuck.
constexpr int kJobTimeoutMs = 15000;
// Only asks whether a card is there now; waiting is done on cardInserted, not in a job.
constexpr int kProbeTimeoutMs = 800;
} // namespace

#ifdef CLUB_WITH_PCSC
using Devices::LoyaltyCardWriter;
using Devices::PcscError;
#endif

CardEncodingFlow::CardEncodingFlow(UiContext &context, const Core::Card &pending, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_card(pending)
{
#ifdef CLUB_WITH_PCSC
    if (DeviceHub *hub = m_context.devices()) {
        connect(hub->station(), &Devices::PcscStation::jobFinished, this,
                [this](quint64 id, PcscError error, const QVariant &result) {
                    onJobFinished(id, int(error), result);
                });
        connect(hub->station(), &Devices::PcscStation::cardInserted, this,
                [this](const QString &reader, const QByteArray &) { cardInserted(reader); });
    }
#endif
}

CardEncodingFlow::~CardEncodingFlow()
{
    if (m_paused && m_context.devices())
        m_context.devices()->resumeIdentification();
}

bool CardEncodingFlow::encodingAvailable(const UiContext &context)
{
#ifdef CLUB_WITH_PCSC
    return context.devices() && context.devices()->station();
#else
    Q_UNUSED(context)
    return false;
#endif
}

void CardEncodingFlow::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state);
}

void CardEncodingFlow::fail(const QString &message, bool canErase)
{
    m_canErase = canErase;
    m_jobKind = Job::None;
    setState(State::Failed, message);
}

bool CardEncodingFlow::ensureKeys()
{
    DeviceHub *hub = m_context.devices();
    if (hub->hasKeys())
        return true;
    return CardKeysPanel::unlock(m_context, qobject_cast<QWidget *>(parent())) && hub->hasKeys();
}

void CardEncodingFlow::start()
{
    if (m_state == State::Done || m_state == State::Abandoned || m_job != 0)
        return;
    if (!encodingAvailable(m_context)) {
        fail(tr("No card reader is set up on this desk. Set one up on the Devices page."));
        return;
    }
    if (!m_paused) {
        // The card being written must not open a member as if it had been tapped.
        m_context.devices()->pauseIdentification();
        m_paused = true;
    }
    if (!ensureKeys()) {
        fail(DeviceMessages::keysLocked());
        return;
    }
    m_canErase = false;
#ifdef CLUB_WITH_PCSC
    m_jobKind = Job::Personalise;
    setState(State::WaitingForCard, tr("Place a blank card on the reader."));
    // Is a card there already? If not, cardInserted() carries on.
    m_job = m_context.devices()->station()->submit([](Devices::PcscCard &, PcscError *) { return QVariant(true); },
                                                   kProbeTimeoutMs);
    m_probing = true;
#endif
}

void CardEncodingFlow::retry()
{
    if (m_state == State::Failed)
        start();
}

void CardEncodingFlow::cardInserted(const QString &reader)
{
#ifdef CLUB_WITH_PCSC
    if (m_state != State::WaitingForCard || m_job != 0 || reader != m_context.devices()->station()->selectedReader())
        return;
    if (m_jobKind == Job::Erase)
        erase();
    else
        personalise();
#else
    Q_UNUSED(reader)
#endif
}

void CardEncodingFlow::personalise()
{
#ifdef CLUB_WITH_PCSC
    DeviceHub *hub = m_context.devices();
    const Devices::CardKeys keys = hub->activeKeys();
    if (!keys.isValid()) {
        fail(DeviceMessages::keysLocked());
        return;
    }
    Devices::LoyaltyCardData data;
    data.keyVersion = keys.version;
    data.programmeId = quint16(m_card.cardTypeId);
    data.cardNumber = m_card.number;
    data.issueDate = m_card.issuedAt.isValid() ? m_card.issuedAt.date() : QDate::currentDate();
    // A card that never expires still needs a date in the layout: far beyond any card's life.
    data.expiry = m_card.expiresOn.isValid() ? m_card.expiresOn : data.issueDate.addYears(100);
    m_jobKind = Job::Personalise;
    setState(State::Writing, tr("Writing the card. Keep it on the reader."));
    m_job = hub->station()->submit(
        [keys, data](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(LoyaltyCardWriter::personalise(mifare, keys, data));
        },
        kJobTimeoutMs);
#endif
}

void CardEncodingFlow::verify()
{
#ifdef CLUB_WITH_PCSC
    const QList<Devices::CardKeys> keys = m_context.devices()->cardKeys();
    m_jobKind = Job::Verify;
    setState(State::Verifying, tr("Checking the card. Keep it on the reader."));
    m_job = m_context.devices()->station()->submit(
        [keys](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(LoyaltyCardWriter::read(mifare, keys));
        },
        kJobTimeoutMs);
#endif
}

void CardEncodingFlow::checkNotBlank()
{
#ifdef CLUB_WITH_PCSC
    const QList<Devices::CardKeys> keys = m_context.devices()->cardKeys();
    m_jobKind = Job::Inspect;
    m_job = m_context.devices()->station()->submit(
        [keys](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(LoyaltyCardWriter::read(mifare, keys));
        },
        kJobTimeoutMs);
#endif
}

void CardEncodingFlow::erase()
{
#ifdef CLUB_WITH_PCSC
    if (m_job != 0)
        return;
    Devices::CardKeys keys;
    for (const Devices::CardKeys &k : m_context.devices()->cardKeys()) {
        if (k.version == m_eraseVersion)
            keys = k;
    }
    if (!keys.isValid()) {
        fail(DeviceMessages::keysLocked());
        return;
    }
    m_canErase = false;
    m_jobKind = Job::Erase;
    setState(State::Erasing, tr("Erasing the card. Keep it on the reader."));
    m_job = m_context.devices()->station()->submit(
        [keys](Devices::PcscCard &card, PcscError *) {
            Devices::MifareClassic mifare(card);
            return QVariant::fromValue(LoyaltyCardWriter::erase(mifare, keys));
        },
        kJobTimeoutMs);
#endif
}

bool CardEncodingFlow::abandon()
{
    if (m_state == State::Done || m_state == State::Abandoned)
        return m_state == State::Abandoned;
    m_job = 0; // a late result is ignored
    const Core::Status voided =
        m_context.cards().voidPending(m_context.actor(), m_card.id, QStringLiteral("encoding abandoned"));
    if (!voided) {
        fail(voided.error().message);
        return false;
    }
    m_card.status = Core::CardStatus::Void;
    //: %1 is the card number that will never be used
    setState(State::Abandoned, tr("Card %1 was cancelled. Its number will not be used again.")
                                   .arg(Labels::cardNumber(m_card.number)));
    return true;
}

#ifdef CLUB_WITH_PCSC
namespace {

QString interruptedMessage(LoyaltyCardWriter::Stage stage)
{
    switch (stage) {
    case LoyaltyCardWriter::Stage::WriteTrailers:
        return CardEncodingFlow::tr("The card was taken off the reader while the keys were being written. Put it "
                                    "back and press Retry.");
    case LoyaltyCardWriter::Stage::WriteData:
        return CardEncodingFlow::tr("The card was taken off the reader while the card number was being written. "
                                    "Put it back and press Retry.");
    case LoyaltyCardWriter::Stage::Verify:
    case LoyaltyCardWriter::Stage::Read:
        return CardEncodingFlow::tr("The card was taken off the reader while it was being checked. Put it back "
                                    "and press Retry.");
    case LoyaltyCardWriter::Stage::Erase:
        return CardEncodingFlow::tr("The card was taken off the reader while it was being erased. Put it back and "
                                    "press Retry.");
    default:
        return CardEncodingFlow::tr("The card could not be read. Put it back on the reader and press Retry.");
    }
}

QString writerMessage(const LoyaltyCardWriter::Result &r)
{
    switch (r.error) {
    case LoyaltyCardWriter::Error::CardIo:
        return interruptedMessage(r.stage);
    case LoyaltyCardWriter::Error::InvalidData:
        return CardEncodingFlow::tr("This card number cannot be written on a chip (chip cards need 16-digit "
                                    "numbers). Abandon it and change the card type.");
    case LoyaltyCardWriter::Error::InvalidKeys:
        return DeviceMessages::keysLocked();
    case LoyaltyCardWriter::Error::AuthFailed:
        return CardEncodingFlow::tr("This card belongs to another system and cannot be used. Place a blank card "
                                    "on the reader and press Retry.");
    case LoyaltyCardWriter::Error::VerifyFailed:
    case LoyaltyCardWriter::Error::TransportKeyStillWorks:
        return CardEncodingFlow::tr("The card did not keep what was written. Place another blank card on the "
                                    "reader and press Retry, or Abandon.");
    default:
        return CardEncodingFlow::tr("The card refused to be written. Place another blank card on the reader and "
                                    "press Retry, or Abandon.");
    }
}

} // namespace
#endif

void CardEncodingFlow::onJobFinished(quint64 id, int errorCode, const QVariant &result)
{
#ifdef CLUB_WITH_PCSC
    if (id == 0 || id != m_job)
        return;
    m_job = 0;
    const auto error = PcscError(errorCode);
    if (m_probing) {
        m_probing = false;
        if (error == PcscError::None)
            personalise();
        else if (error != PcscError::NoCard && error != PcscError::Timeout)
            fail(DeviceMessages::pcsc(error));
        // else: WaitingForCard until cardInserted()
        return;
    }
    if (error == PcscError::NoCard) {
        setState(State::WaitingForCard, tr("Place a blank card on the reader."));
        return;
    }
    if (error != PcscError::None) {
        if (m_jobKind == Job::Personalise || m_jobKind == Job::Erase)
            fail(interruptedMessage(m_jobKind == Job::Erase ? LoyaltyCardWriter::Stage::Erase
                                                            : LoyaltyCardWriter::Stage::WriteTrailers));
        else
            fail(DeviceMessages::pcsc(error));
        return;
    }

    switch (m_jobKind) {
    case Job::Personalise: {
        const auto r = result.value<LoyaltyCardWriter::Result>();
        if (r.ok())
            verify();
        else if (r.error == LoyaltyCardWriter::Error::NotBlank)
            checkNotBlank();
        else
            fail(writerMessage(r));
        return;
    }
    case Job::Inspect: {
        const auto r = result.value<LoyaltyCardWriter::ReadResult>();
        if (r.error != LoyaltyCardWriter::Error::None) {
            fail(interruptedMessage(LoyaltyCardWriter::Stage::Read));
        } else if (r.check == LoyaltyCardWriter::Check::Valid || r.check == LoyaltyCardWriter::Check::Incomplete) {
            // Ours: our keys open it, so erasing it cannot harm anyone else's card.
            m_eraseVersion = r.check == LoyaltyCardWriter::Check::Valid ? r.data.keyVersion
                                                                        : m_context.devices()->activeKeys().version;
            fail(tr("This card already holds a club card. Erase it to use it as a blank, or place a blank card "
                    "on the reader and press Retry."),
                 true);
        } else {
            fail(tr("This card is not blank and is not one of ours, so it cannot be erased. Place a blank card "
                    "on the reader and press Retry."));
        }
        return;
    }
    case Job::Erase: {
        const auto r = result.value<LoyaltyCardWriter::Result>();
        if (r.ok())
            personalise();
        else
            fail(writerMessage(r));
        return;
    }
    case Job::Verify: {
        const auto r = result.value<LoyaltyCardWriter::ReadResult>();
        if (r.error != LoyaltyCardWriter::Error::None) {
            fail(interruptedMessage(LoyaltyCardWriter::Stage::Verify));
            return;
        }
        if (r.check != LoyaltyCardWriter::Check::Valid || r.data.cardNumber != m_card.number) {
            fail(tr("The card did not read back correctly. Press Retry to write it again, or Abandon."));
            return;
        }
        Core::Result<Core::Card> active = m_context.cards().activate(
            m_context.actor(), m_card.id, QString::fromLatin1(r.uid.toHex().toUpper()));
        if (!active) {
            fail(active.error().message);
            return;
        }
        m_card = *active;
        m_jobKind = Job::None;
        //: %1 is the card number
        setState(State::Done, tr("Card %1 is active.").arg(Labels::cardNumber(m_card.number)));
        if (m_paused) {
            m_context.devices()->resumeIdentification();
            m_paused = false;
        }
        Q_EMIT activated(m_card);
        return;
    }
    case Job::None:
        return;
    }
#else
    Q_UNUSED(id)
    Q_UNUSED(errorCode)
    Q_UNUSED(result)
#endif
}

} // namespace Club::Ui
