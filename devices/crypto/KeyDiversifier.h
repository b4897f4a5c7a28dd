// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Club::Devices {

// AES-128 card keys derived from a master key, so that one card's keys (MIFARE Classic
// gives them away to nested attacks) reveal nothing about any other card.
// All functions return an empty QByteArray on malformed input (wrong key length, empty or
// too long diversification input) or on an OpenSSL failure; callers treat empty as an error.
class KeyDiversifier
{
public:
    static constexpr qsizetype KeySize = 16;
    // AN10922 limits M (0x01 ‖ input) to 32 bytes.
    static constexpr qsizetype MaxDiversificationInput = 31;

    // RFC 4493 AES-CMAC, 16 bytes.
    static QByteArray aesCmac(const QByteArray &key16, const QByteArray &message);

    // NXP AN10922 AES-128 diversification: CMAC over M = 0x01 ‖ diversificationInput where
    // M shorter than 32 bytes is always padded (0x80 then zeros) to 32 bytes and the last
    // block is masked with subkey K2; a full 32-byte M uses K1. Only for M of 16 bytes or
    // fewer does this differ from plain CMAC, which would pad to 16 bytes.
    static QByteArray an10922(const QByteArray &masterKey16, const QByteArray &diversificationInput);

    // 6-byte MIFARE Classic sector key: the first 6 bytes of
    //   an10922(masterKey16, UID ‖ "MFC" ‖ sector (2 bytes, big-endian) ‖ 'A' or 'B')
    // i.e. M = 01 ‖ UID (4 or 7 bytes) ‖ 4D 46 43 ‖ sector hi ‖ sector lo ‖ 41/42.
    // The "MFC" tag keeps these keys apart from other keys diversified from the same master
    // with the UID alone. UID must be 4, 7 or 10 bytes.
    static QByteArray mifareClassicKey(const QByteArray &masterKey16, const QByteArray &uid, quint16 sector,
                                       bool keyB);
};

} // namespace Club::Devices
