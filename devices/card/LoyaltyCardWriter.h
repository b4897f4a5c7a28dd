// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoyaltyCardLayout.h"
#include "crypto/CardKeys.h"
#include "pcsc/MifareClassic.h"

#include <QByteArray>
#include <QList>

namespace Club::Devices {

// Issues, reads and erases loyalty cards on MIFARE Classic 1K. Synchronous and blocking:
// call it inside a PC/SC job on a worker thread, with the card connected.
//
// Personalisation order (resumable after a card left the field): blank check on sector 1
// with the transport key, diversified keys into the trailers of sectors 0 and 2..15, then
// sector 1 data (blocks 4, 5, 6) and its trailer last, then verification with the new key
// A. Sector 1 is completed last so a card only ever reads Valid once every sector is locked.
class LoyaltyCardWriter
{
public:
    static constexpr quint8 Gpb = 0x69;

    enum class Stage {
        ReadUid,
        BlankCheck,
        WriteTrailers, // diversified keys into a sector trailer
        WriteData,     // blocks 4..6
        Verify,
        Read,
        Erase,
        Done,
    };

    enum class Error {
        None,
        CardIo,          // PC/SC failure: card removed mid-operation, reader gone
        InvalidData,     // LoyaltyCardLayout refused the data; see layoutError
        InvalidKeys,     // CardKeys invalid or key diversification failed
        NotBlank,        // sector 1 does not open with the transport key, or holds data
        AuthFailed,      // a sector opens with neither the transport key nor our key
        WriteRefused,    // the card answered 63 00 to a write
        ReadFailed,      // the card answered 63 00 to a read
        VerifyFailed,    // read back differs, or the MAC does not verify
        TransportKeyStillWorks,
    };

    struct Result
    {
        Error error = Error::None;
        Stage stage = Stage::ReadUid; // where it stopped (Done on success)
        int block = -1;               // block or trailer being handled when it failed
        MifareError mifareError = MifareError::None;
        LoyaltyCardLayout::Error layoutError = LoyaltyCardLayout::Error::None;
        QByteArray uid;
        bool ok() const { return error == Error::None; }
    };

    enum class Check {
        Valid,
        Forged,            // MAC mismatch, data copied from another chip, or malformed data under our key
        Blank,             // transport key opens sector 1 and blocks 4..6 are zero
        Foreign,           // no known key opens sector 1, or not our magic
        UnknownKeyVersion, // our key opened it but the data names a key version we were not given
        Incomplete,        // transport key still opens sector 1 over data: an interrupted issue
    };

    struct ReadResult
    {
        Error error = Error::None; // CardIo and the like; check is meaningless unless None
        Check check = Check::Foreign;
        QByteArray uid;
        LoyaltyCardData data; // filled for Valid (and decodable Forged/UnknownKeyVersion)
    };

    static Result personalise(MifareClassic &card, const CardKeys &keys, const LoyaltyCardData &data);
    static ReadResult read(MifareClassic &card, const QList<CardKeys> &keys);
    // Back to a factory card (for re-issue): blocks 4..6 zeroed, transport trailers everywhere.
    static Result erase(MifareClassic &card, const CardKeys &keys);

    static QByteArray transportKey();
};

} // namespace Club::Devices
