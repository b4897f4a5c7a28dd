// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardEncodingFlow.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "models/Labels.h"
#include "pages/devices/CardKeysPanel.h"
#include "card/LoyaltyStripe.h"
#include "magstripe/Msr605Encoder.h"

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
// How long the encoder waits for each swipe before the flow fails with Retry/Abandon.
constexpr int kSwipeTimeoutMs = 30000;
// ISO 7813 allows 2 to 26 characters for the name on track 1.
constexpr int kStripeNameMax = 26;

// The member's name in the track-1 set: accents dropped (NFKD), upper case, anything else
// (Persian, Arabic) left out. A name with nothing left becomes "MEMBER": the stripe still
// needs a name field, and the number, not the name, identifies the card.
QString stripeName(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toUpper()) {
        const char16_t u = c.unicode();
        if (u >= u' ' && u <= u'_' && u != u'%' && u != u'?' && u != u'^')
            out.append(c);
    }
    out = out.simplified().left(kStripeNameMax).trimmed();
    return out.isEmpty() ? QStringLiteral("MEMBER") : out;
}
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

void CardEncodingFlow::setStockHandlers(std::function<Core::Result<Core::Card>(const QString &)> finish,
                                        std::function<Core::Status()> abandon)
{
    m_stockFinish = std::move(finish);
    m_stockAbandon = std::move(abandon);
}

CardEncodingFlow::~CardEncodingFlow()
{
    if (m_paused && m_context.devices())
        m_context.devices()->resumeIdentification();
}

namespace {
bool stripeConfigured(const UiContext &context)
{
    const DeviceHub *hub = context.devices();
    return hub && hub->settings().encoderModel != DeviceSettings::EncoderModel::None
           && !hub->settings().encoderPort.isEmpty();
}
} // namespace

bool CardEncodingFlow::encodingAvailable(const UiContext &context)
{
    // See the rule in the header.
    if (stripeConfigured(context))
        return true;
#ifdef CLUB_WITH_PCSC
    const DeviceHub *devices = context.devices();
    if (devices && devices->station())
        return !devices->settings().readerPattern.isEmpty() || !devices->station()->selectedReader().isEmpty();
#endif
    return false;
}

bool CardEncodingFlow::writesStripe(const UiContext &context)
{
    if (!stripeConfigured(context))
        return false;
#ifdef CLUB_WITH_PCSC
    // A connected reader matching the desk's pattern wins: the chip is the better card.
    const Devices::PcscStation *station = context.devices()->station();
    return !station || station->selectedReader().isEmpty();
#else
    return true;
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
        fail(CardKeysPanel::keysExist(m_context) ? DeviceMessages::keysLocked() : DeviceMessages::noKeys());
        return;
    }
    m_canErase = false;
    if (writesStripe(m_context)) {
        startStripe();
        return;
    }
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
    // On the stripe path, WaitingForCard means a swipe: a chip card placed now is not ours to write.
    if (m_encoder)
        return;
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
    if (m_encoder) {
        // A swipe after this must not write or activate anything.
        m_encoder->disconnect(this);
        m_encoder->cancel();
        m_encoder->deleteLater();
        m_encoder = nullptr;
    }
    if (m_stockAbandon) {
        if (const Core::Status s = m_stockAbandon(); !s) {
            fail(s.error().message);
            return false;
        }
        //: %1 is the number of a pre-printed card that stays in stock, not encoded
        setState(State::Abandoned,
                 tr("Card %1 was not encoded. It stays in stock.").arg(Labels::cardNumber(m_card.number)));
        return true;
    }
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
        } else if (r.check == LoyaltyCardWriter::Check::Valid && r.data.cardNumber == m_card.number) {
            // This very card, written by an earlier attempt whose read-back or recording was
            // cut short: it holds exactly what would be written, so it only needs recording.
            finishActivation(QString::fromLatin1(r.uid.toHex().toUpper()));
        } else if (m_stockFinish && r.check == LoyaltyCardWriter::Check::Valid) {
            // Stock cards are encoded in a row, with no member at the desk: a chip that holds
            // another card (a member's, or another stock card) is never erased from here.
            //: %1 is the number of the card the chip already holds
            fail(tr("This chip already holds card %1, so it was not written. Place a blank card on the reader and "
                    "press Retry, or skip this card.")
                     .arg(Labels::cardNumber(r.data.cardNumber)));
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
        finishActivation(QString::fromLatin1(r.uid.toHex().toUpper()));
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

void CardEncodingFlow::finishActivation(const QString &chipUid)
{
    Core::Result<Core::Card> active =
        m_stockFinish ? m_stockFinish(chipUid) : m_context.cards().activate(m_context.actor(), m_card.id, chipUid);
    if (!active) {
        fail(active.error().message);
        return;
    }
    m_card = *active;
    m_jobKind = Job::None;
    const QString number = Labels::cardNumber(m_card.number);
    if (m_stockFinish)
        //: %1 is the number of a pre-printed card, written and waiting in stock
        setState(State::Done, tr("Card %1 is encoded.").arg(number));
    else
        //: %1 is the card number
        setState(State::Done, tr("Card %1 is active.").arg(number));
    if (m_paused) {
        m_context.devices()->resumeIdentification();
        m_paused = false;
    }
    Q_EMIT activated(m_card);
}

void CardEncodingFlow::startStripe()
{
    const Devices::CardKeys keys = m_context.devices()->activeKeys();
    if (!keys.isValid()) {
        fail(DeviceMessages::keysLocked());
        return;
    }
    Devices::LoyaltyCardData data;
    data.keyVersion = keys.version;
    data.programmeId = quint16(m_card.cardTypeId);
    data.cardNumber = m_card.number;
    data.issueDate = m_card.issuedAt.isValid() ? m_card.issuedAt.date() : QDate::currentDate();
    // The stripe holds YYMM up to 2099; a card that never expires gets the last month it can.
    data.expiry = m_card.expiresOn.isValid() ? m_card.expiresOn : QDate(2099, 12, 31);
    const Devices::LoyaltyStripe::Tracks tracks =
        Devices::LoyaltyStripe::compose(data, stripeName(m_card.memberName), keys);
    switch (tracks.error) {
    case Devices::LoyaltyStripe::Error::None:
        break;
    case Devices::LoyaltyStripe::Error::InvalidKeys:
        fail(DeviceMessages::keysLocked());
        return;
    default:
        fail(tr("This card number cannot be written on a magnetic stripe (it needs a 16-digit number and an "
                "expiry before 2100). Abandon it and change the card type."));
        return;
    }
    m_track1 = tracks.track1;
    m_track2 = tracks.track2;

    // A fresh connection on every attempt: after a failure the device may be mid-command.
    if (m_encoder) {
        m_encoder->disconnect(this);
        m_encoder->deleteLater();
    }
    m_encoder = new Devices::Msr605Encoder(this);
    m_encoder->setSwipeTimeout(kSwipeTimeoutMs);
    m_encoder->setCoercivity(m_context.devices()->settings().encoderHiCo ? Devices::Msr605Coercivity::High
                                                                          : Devices::Msr605Coercivity::Low);
    connect(m_encoder, &Devices::Msr605Encoder::opened, this, &CardEncodingFlow::stripeOpened);
    connect(m_encoder, &Devices::Msr605Encoder::written, this, &CardEncodingFlow::stripeWritten);
    connect(m_encoder, &Devices::Msr605Encoder::read, this, &CardEncodingFlow::stripeRead);
    connect(m_encoder, &Devices::Msr605Encoder::failed, this,
            [this](Devices::Msr605Encoder::ErrorKind error) { fail(DeviceMessages::encoder(error)); });
    setState(State::Writing, tr("Connecting to the card encoder…"));
    m_encoder->open(m_context.devices()->settings().encoderPort);
}

void CardEncodingFlow::stripeOpened()
{
    // Nothing is written before the swipe, so Cancel stays possible while waiting for it.
    setState(State::WaitingForCard, tr("Swipe the card through the encoder to write it."));
    m_encoder->writeIso(m_track1, m_track2, {});
}

void CardEncodingFlow::stripeWritten()
{
    setState(State::Verifying, tr("Swipe it again to check it."));
    m_encoder->readIso();
}

void CardEncodingFlow::stripeRead(const Devices::Msr605Tracks &tracks)
{
    const auto text = [](const Devices::TrackCodec::IsoRead &t) {
        return t.status == Devices::TrackCodec::IsoReadStatus::Ok ? t.text : QByteArray();
    };
    const Devices::LoyaltyStripe::Read r =
        Devices::LoyaltyStripe::parse(text(tracks.track1), text(tracks.track2), m_context.devices()->cardKeys());
    if (r.check != Devices::LoyaltyStripe::Check::Valid || r.cardNumber != m_card.number) {
        fail(tr("The stripe did not read back correctly. Press Retry to write it again, or Abandon."));
        return;
    }
    m_encoder->close();
    finishActivation({});
}

} // namespace Club::Ui
