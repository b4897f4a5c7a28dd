// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Club::Devices {

struct CardKeys;

// What sector 1 of a loyalty card carries. No member data: the card is an identifier.
struct LoyaltyCardData
{
    int keyVersion = 0;  // 1..9, the CardKeys version the card's keys and MAC use
    quint16 programmeId = 0;
    QString cardNumber;  // 16 digits, last one the Luhn check digit
    QDate issueDate;
    QDate expiry;
    quint8 flags = 0;

    friend bool operator==(const LoyaltyCardData &, const LoyaltyCardData &) = default;
};

// Sector-1 layout (DEVICES.md §2), multi-byte fields big-endian:
//   block 4: "LY" | layout version 1 | key version | programme id (2) | card number (8, BCD)
//            | issue date (2, days since 2000-01-01)
//   block 5: expiry (2, days since 2000-01-01) | flags | reserved (5, zero) | MAC (8)
// MAC = CardMac::sectorMac(macMaster, UID, block 4, block 5[0..7]) binds the data to the chip.
class LoyaltyCardLayout
{
public:
    static constexpr quint8 LayoutVersion = 1;
    static constexpr int DataBlock = 4;
    static constexpr int TailBlock = 5;
    static constexpr int ValueBlock = 6;
    static constexpr int Sector = 1;

    enum class Error {
        None,
        BadLength,        // a block is not 16 bytes
        BadMagic,         // not "LY": not our card
        BadLayoutVersion,
        BadKeyVersion,    // outside 1..9, or not the version of the keys given
        BadCardNumber,    // not 16 digits (BCD nibble > 9 when decoding)
        BadLuhn,
        BadDate,          // invalid, or outside what 16 bits of days from 2000-01-01 hold
        BadReserved,      // reserved bytes not zero
        BadKeys,          // invalid CardKeys or UID, or a crypto failure
    };

    struct Blocks
    {
        Error error = Error::None;
        QByteArray block4;
        QByteArray block5; // with the MAC
    };
    // keys.version must equal data.keyVersion.
    static Blocks encode(const LoyaltyCardData &data, const QByteArray &uid, const CardKeys &keys);

    struct Decoded
    {
        Error error = Error::None;
        LoyaltyCardData data;
    };
    // Structure only; the MAC is checked by verifyMac with the keys of data.keyVersion.
    static Decoded decode(const QByteArray &block4, const QByteArray &block5);
    static bool hasMagic(const QByteArray &block4);
    static bool verifyMac(const QByteArray &uid, const QByteArray &block4, const QByteArray &block5,
                          const CardKeys &keys);

    static bool luhnValid(const QString &digits);
    // First 6 and last 4 digits, the rest as '*': the most a log may show.
    static QString maskedNumber(const QString &cardNumber);
};

} // namespace Club::Devices
