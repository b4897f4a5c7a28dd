// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoyaltyCardLayout.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Club::Devices {

struct CardKeys;

// Magstripe tracks of a loyalty card with a MAC (DEVICES.md §2, layouts in TrackCodec):
//   track 1  L<number>^<NAME>^<YYMM><key version><MAC base 36, 8>
//   track 2  <number>=<YYMM><key version><MAC, 8 digits>
// Only the expiry month fits on the stripe; the MAC covers number and YYMM.
class LoyaltyStripe
{
public:
    static constexpr char FormatCode = 'L';

    enum class Error { None, InvalidData, InvalidName, InvalidKeys };

    struct Tracks
    {
        Error error = Error::None;
        QByteArray track1;
        QByteArray track2;
    };
    // name must already be transliterated to the track-1 character set.
    static Tracks compose(const LoyaltyCardData &data, const QString &name, const CardKeys &keys);

    enum class Check {
        Valid,
        Forged,            // MAC mismatch, bad Luhn, or the two tracks disagree
        Foreign,           // a bank card (track 1 format B) or not our layout
        Blank,             // no data on either track
        UnknownKeyVersion, // our layout, a key version we were not given
    };

    struct Read
    {
        Check check = Check::Blank;
        QString cardNumber;
        QString expiryYymm;
        int keyVersion = 0;
        QString name; // from track 1, empty if only track 2 was read
    };
    // Tracks as TrackCodec gives them: text without sentinels, empty when not read.
    static Read parse(const QByteArray &track1, const QByteArray &track2, const QList<CardKeys> &keys);
};

} // namespace Club::Devices
