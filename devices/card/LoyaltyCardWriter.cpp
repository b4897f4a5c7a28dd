// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyCardWriter.h"

#include "crypto/KeyDiversifier.h"

#include <QLoggingCategory>

namespace Club::Devices {

Q_LOGGING_CATEGORY(lcCard, "club.devices.card")

namespace {
constexpr int TransportSlot = 0;
constexpr int CardKeySlot = 1;
constexpr int Sectors = 16;
constexpr int Sector1Trailer = 7;
const QByteArray Zeros(MifareClassic::BlockSize, '\0');

using Writer = LoyaltyCardWriter;

Writer::Error errorOf(MifareError error, Writer::Error cardRefusal)
{
    switch (error) {
    case MifareError::None:
        return Writer::Error::None;
    case MifareError::Transport:
    case MifareError::BadResponse:
        return Writer::Error::CardIo;
    case MifareError::AuthFailed:
        return Writer::Error::AuthFailed;
    case MifareError::InvalidArgument:
        return Writer::Error::InvalidKeys;
    case MifareError::OperationFailed:
        return cardRefusal;
    }
    return cardRefusal;
}

// Runs one step; on failure records where and why in the result.
bool step(Writer::Result &r, Writer::Stage stage, int block, MifareError error, Writer::Error cardRefusal)
{
    r.stage = stage;
    r.block = block;
    if (error == MifareError::None)
        return true;
    r.mifareError = error;
    r.error = errorOf(error, cardRefusal);
    qCWarning(lcCard) << "card operation failed at stage" << int(stage) << "block" << block << "error"
                      << int(r.error);
    return false;
}

QByteArray sectorKey(const CardKeys &keys, const QByteArray &uid, int sector, bool keyB)
{
    return KeyDiversifier::mifareClassicKey(keys.classicMaster, uid, quint16(sector), keyB);
}

QByteArray ourTrailer(const CardKeys &keys, const QByteArray &uid, int sector)
{
    return MifareClassic::composeTrailer(sectorKey(keys, uid, sector, false),
                                         MifareClassic::accessBytes(MifareClassic::Access::DataWriteKeyB), Writer::Gpb,
                                         sectorKey(keys, uid, sector, true));
}

QByteArray transportTrailer()
{
    return MifareClassic::composeTrailer(Writer::transportKey(),
                                         MifareClassic::accessBytes(MifareClassic::Access::Transport), Writer::Gpb,
                                         Writer::transportKey());
}

// Loads the key and authenticates; one more attempt after a refusal, because a card reset
// between the two exchanges (another client, pcscd power management) empties the key slots
// of a virtual card and would make a good key look wrong. A second refusal is the card's answer.
MifareError authWith(MifareClassic &card, int block, MifareClassic::KeyType type, int slot, const QByteArray &key)
{
    MifareError error = MifareError::AuthFailed;
    for (int attempt = 0; attempt < 2 && error == MifareError::AuthFailed; ++attempt) {
        error = card.loadKey(slot, key);
        if (error != MifareError::None)
            return error;
        error = card.authenticate(block, type, slot);
    }
    return error;
}

bool isZero(const QByteArray &block)
{
    return block == Zeros;
}
} // namespace

QByteArray LoyaltyCardWriter::transportKey()
{
    return QByteArray(MifareClassic::KeySize, char(0xFF));
}

LoyaltyCardWriter::Result LoyaltyCardWriter::personalise(MifareClassic &card, const CardKeys &keys,
                                                         const LoyaltyCardData &data)
{
    Result r;
    if (!step(r, Stage::ReadUid, -1, card.getUid(&r.uid), Error::CardIo))
        return r;
    if (!keys.isValid()) {
        r.error = Error::InvalidKeys;
        return r;
    }
    const LoyaltyCardLayout::Blocks blocks = LoyaltyCardLayout::encode(data, r.uid, keys);
    if (blocks.error != LoyaltyCardLayout::Error::None) {
        r.error = blocks.error == LoyaltyCardLayout::Error::BadKeys ? Error::InvalidKeys : Error::InvalidData;
        r.layoutError = blocks.error;
        return r;
    }
    const QByteArray valueBlock = MifareClassic::encodeValueBlock(0, quint8(LoyaltyCardLayout::ValueBlock));

    // Blank check: the transport key opens sector 1 and no loyalty data is there yet.
    if (!step(r, Stage::BlankCheck, 4, card.loadKey(TransportSlot, transportKey()), Error::CardIo))
        return r;
    if (!step(r, Stage::BlankCheck, 4, authWith(card, 4, MifareClassic::KeyType::A, TransportSlot, transportKey()),
              Error::NotBlank)) {
        if (r.error == Error::AuthFailed)
            r.error = Error::NotBlank;
        return r;
    }
    QByteArray current;
    if (!step(r, Stage::BlankCheck, 4, card.readBlock(4, &current), Error::ReadFailed))
        return r;
    if (LoyaltyCardLayout::hasMagic(current)) {
        r.error = Error::NotBlank;
        return r;
    }

    // Every other sector first. A sector that already opens with our key B is one an
    // interrupted run locked: leave it. The manufacturer block 0 is never written.
    for (int sector = 0; sector < Sectors; ++sector) {
        if (sector == LoyaltyCardLayout::Sector)
            continue;
        const int trailer = MifareClassic::trailerBlock(sector);
        const QByteArray newTrailer = ourTrailer(keys, r.uid, sector);
        if (newTrailer.isEmpty()) {
            r.stage = Stage::WriteTrailers;
            r.block = trailer;
            r.error = Error::InvalidKeys;
            return r;
        }
        const MifareError transport = authWith(card, trailer, MifareClassic::KeyType::A, TransportSlot, transportKey());
        if (transport == MifareError::None) {
            if (!step(r, Stage::WriteTrailers, trailer, card.writeBlock(trailer, newTrailer), Error::WriteRefused))
                return r;
            continue;
        }
        if (!step(r, Stage::WriteTrailers, trailer, transport == MifareError::AuthFailed ? MifareError::None : transport,
                  Error::CardIo))
            return r;
        if (!step(r, Stage::WriteTrailers, trailer, card.loadKey(CardKeySlot, sectorKey(keys, r.uid, sector, true)),
                  Error::CardIo))
            return r;
        if (!step(r, Stage::WriteTrailers, trailer, authWith(card, trailer, MifareClassic::KeyType::B, CardKeySlot, sectorKey(keys, r.uid, sector, true)),
                  Error::AuthFailed))
            return r;
    }

    // Sector 1: data, then its trailer last, all under the transport key.
    if (!step(r, Stage::WriteData, 4, authWith(card, 4, MifareClassic::KeyType::A, TransportSlot, transportKey()),
              Error::AuthFailed))
        return r;
    if (!step(r, Stage::WriteData, 4, card.writeBlock(4, blocks.block4), Error::WriteRefused)
        || !step(r, Stage::WriteData, 5, card.writeBlock(5, blocks.block5), Error::WriteRefused)
        || !step(r, Stage::WriteData, 6, card.writeBlock(6, valueBlock), Error::WriteRefused))
        return r;
    const QByteArray trailer1 = ourTrailer(keys, r.uid, LoyaltyCardLayout::Sector);
    if (trailer1.isEmpty()) {
        r.error = Error::InvalidKeys;
        return r;
    }
    if (!step(r, Stage::WriteTrailers, Sector1Trailer, card.writeBlock(Sector1Trailer, trailer1), Error::WriteRefused))
        return r;

    // Verify with the readers' key A, as a terminal will read it.
    if (!step(r, Stage::Verify, 4,
              card.loadKey(CardKeySlot, sectorKey(keys, r.uid, LoyaltyCardLayout::Sector, false)), Error::CardIo)
        || !step(r, Stage::Verify, 4, authWith(card, 4, MifareClassic::KeyType::A, CardKeySlot, sectorKey(keys, r.uid, LoyaltyCardLayout::Sector, false)),
                 Error::VerifyFailed))
        return r;
    QByteArray b4, b5;
    qint32 value = -1;
    if (!step(r, Stage::Verify, 4, card.readBlock(4, &b4), Error::VerifyFailed)
        || !step(r, Stage::Verify, 5, card.readBlock(5, &b5), Error::VerifyFailed)
        || !step(r, Stage::Verify, 6, card.readValue(6, &value), Error::VerifyFailed))
        return r;
    const LoyaltyCardLayout::Decoded decoded = LoyaltyCardLayout::decode(b4, b5);
    if (b4 != blocks.block4 || b5 != blocks.block5 || value != 0 || decoded.error != LoyaltyCardLayout::Error::None
        || decoded.data != data || !LoyaltyCardLayout::verifyMac(r.uid, b4, b5, keys)) {
        r.error = Error::VerifyFailed;
        return r;
    }
    // The transport key must be dead on sector 1 (this failed authentication also ends
    // the session's access to the sector, which is what we want now).
    const MifareError transport = authWith(card, 4, MifareClassic::KeyType::A, TransportSlot, transportKey());
    if (transport == MifareError::None) {
        r.error = Error::TransportKeyStillWorks;
        return r;
    }
    if (transport != MifareError::AuthFailed) {
        step(r, Stage::Verify, 4, transport, Error::CardIo);
        return r;
    }
    r.stage = Stage::Done;
    r.block = -1;
    qCInfo(lcCard) << "issued card" << LoyaltyCardLayout::maskedNumber(data.cardNumber) << "key version"
                   << data.keyVersion;
    return r;
}

LoyaltyCardWriter::ReadResult LoyaltyCardWriter::read(MifareClassic &card, const QList<CardKeys> &keys)
{
    ReadResult out;
    auto fail = [&out](MifareError error) {
        out.error = errorOf(error, Error::ReadFailed);
        return out;
    };
    MifareError error = card.getUid(&out.uid);
    if (error != MifareError::None)
        return fail(error);

    // Sector 1 under the transport key: blank, or an issue that never reached its trailer.
    if ((error = card.loadKey(TransportSlot, transportKey())) != MifareError::None)
        return fail(error);
    error = authWith(card, 4, MifareClassic::KeyType::A, TransportSlot, transportKey());
    if (error == MifareError::None) {
        QByteArray b4, b5, b6;
        if ((error = card.readBlock(4, &b4)) != MifareError::None || (error = card.readBlock(5, &b5)) != MifareError::None
            || (error = card.readBlock(6, &b6)) != MifareError::None)
            return fail(error);
        if (isZero(b4) && isZero(b5) && isZero(b6))
            out.check = Check::Blank;
        else if (LoyaltyCardLayout::hasMagic(b4))
            out.check = Check::Incomplete;
        else
            out.check = Check::Foreign;
        return out;
    }
    if (error != MifareError::AuthFailed)
        return fail(error);

    for (const CardKeys &k : keys) {
        const QByteArray keyA = sectorKey(k, out.uid, LoyaltyCardLayout::Sector, false);
        if (!k.isValid() || keyA.isEmpty())
            continue;
        if ((error = card.loadKey(CardKeySlot, keyA)) != MifareError::None)
            return fail(error);
        error = authWith(card, 4, MifareClassic::KeyType::A, CardKeySlot, keyA);
        if (error == MifareError::AuthFailed)
            continue;
        if (error != MifareError::None)
            return fail(error);
        QByteArray b4, b5;
        if ((error = card.readBlock(4, &b4)) != MifareError::None || (error = card.readBlock(5, &b5)) != MifareError::None)
            return fail(error);
        if (!LoyaltyCardLayout::hasMagic(b4)) {
            out.check = Check::Foreign;
            return out;
        }
        const LoyaltyCardLayout::Decoded decoded = LoyaltyCardLayout::decode(b4, b5);
        if (decoded.error != LoyaltyCardLayout::Error::None) {
            out.check = Check::Forged;
            return out;
        }
        out.data = decoded.data;
        if (decoded.data.keyVersion != k.version) {
            // Our key of one version over data claiming another: not something we issue.
            bool known = false;
            for (const CardKeys &other : keys)
                known = known || other.version == decoded.data.keyVersion;
            out.check = known ? Check::Forged : Check::UnknownKeyVersion;
            return out;
        }
        out.check = LoyaltyCardLayout::verifyMac(out.uid, b4, b5, k) ? Check::Valid : Check::Forged;
        if (out.check == Check::Forged)
            qCWarning(lcCard) << "card MAC mismatch for" << LoyaltyCardLayout::maskedNumber(decoded.data.cardNumber);
        return out;
    }
    out.check = Check::Foreign;
    return out;
}

LoyaltyCardWriter::Result LoyaltyCardWriter::erase(MifareClassic &card, const CardKeys &keys)
{
    Result r;
    if (!step(r, Stage::ReadUid, -1, card.getUid(&r.uid), Error::CardIo))
        return r;
    if (!keys.isValid()) {
        r.error = Error::InvalidKeys;
        return r;
    }
    if (!step(r, Stage::Erase, -1, card.loadKey(TransportSlot, transportKey()), Error::CardIo))
        return r;
    const QByteArray factory = transportTrailer();

    // Sector 1 first so the card stops reading Valid at the first write.
    QList<int> order{LoyaltyCardLayout::Sector};
    for (int sector = 0; sector < Sectors; ++sector) {
        if (sector != LoyaltyCardLayout::Sector)
            order.append(sector);
    }
    for (int sector : order) {
        const int trailer = MifareClassic::trailerBlock(sector);
        const QByteArray keyB = sectorKey(keys, r.uid, sector, true);
        if (keyB.isEmpty()) {
            r.error = Error::InvalidKeys;
            return r;
        }
        if (!step(r, Stage::Erase, trailer, card.loadKey(CardKeySlot, keyB), Error::CardIo))
            return r;
        MifareError error = authWith(card, trailer, MifareClassic::KeyType::B, CardKeySlot, sectorKey(keys, r.uid, sector, true));
        const bool ours = error == MifareError::None;
        // A sector an interrupted issue never reached still has the transport key.
        if (error == MifareError::AuthFailed)
            error = authWith(card, trailer, MifareClassic::KeyType::A, TransportSlot, transportKey());
        if (!step(r, Stage::Erase, trailer, error, Error::AuthFailed))
            return r;
        if (sector == LoyaltyCardLayout::Sector) {
            for (int block = 4; block <= 6; ++block) {
                if (!step(r, Stage::Erase, block, card.writeBlock(block, Zeros), Error::WriteRefused))
                    return r;
            }
        }
        if (ours && !step(r, Stage::Erase, trailer, card.writeBlock(trailer, factory), Error::WriteRefused))
            return r;
    }
    r.stage = Stage::Done;
    r.block = -1;
    return r;
}

} // namespace Club::Devices
