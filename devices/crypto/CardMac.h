// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Club::Devices {

// MACs that bind card data to one card (DEVICES.md §2) so that guessed, forged or copied
// cards are refused. They do not stop skimming: the server still keeps the balance.
class CardMac
{
public:
    enum class Check {
        Valid,
        Mismatch,
        Malformed, // wrong key, UID, block or MAC length, or a crypto failure
    };

    static constexpr qsizetype SectorMacSize = 8;
    static constexpr qsizetype BlockSize = 16;
    static constexpr qsizetype MagstripeMacLength = 8;

    // Per-card MAC key: an10922(masterMacKey16, UID ‖ "MAC"), so that a key recovered from
    // one card's terminal exchange cannot forge another card.
    static QByteArray sectorMacKey(const QByteArray &masterMacKey16, const QByteArray &uid);

    // First 8 bytes of AES-CMAC(sectorMacKey, UID ‖ block 4 ‖ block 5[0..7]); block5 may be
    // given whole (16 bytes, its MAC half is ignored) or as its first 8 bytes.
    // Empty on malformed input.
    static QByteArray sectorMac(const QByteArray &masterMacKey16, const QByteArray &uid, const QByteArray &block4,
                                const QByteArray &block5);
    // Checks the MAC in block5[8..15] in constant time.
    static Check verifySectorMac(const QByteArray &masterMacKey16, const QByteArray &uid, const QByteArray &block4,
                                 const QByteArray &block5);

    // Track 2 MAC: 8 decimal digits, HMAC-SHA256(key, cardNumber ‖ "=" ‖ expiryYymm), first
    // 8 bytes as a big-endian integer modulo 10^8, zero padded. Empty on malformed input
    // (empty key, number or expiry).
    static QString magstripeMacDigits(const QByteArray &hmacKey, const QString &cardNumber,
                                      const QString &expiryYymm);
    // Track 1 MAC: the same HMAC, first 8 bytes modulo 36^8, 8 characters 0-9A-Z.
    static QString magstripeMacBase36(const QByteArray &hmacKey, const QString &cardNumber,
                                      const QString &expiryYymm);
    static Check verifyMagstripeMacDigits(const QByteArray &hmacKey, const QString &cardNumber,
                                          const QString &expiryYymm, const QString &mac);
    static Check verifyMagstripeMacBase36(const QByteArray &hmacKey, const QString &cardNumber,
                                          const QString &expiryYymm, const QString &mac);
};

} // namespace Club::Devices
