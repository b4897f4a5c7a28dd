// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Club::Devices {

// The keys one key version of the club uses on cards, all derived from a single 32-byte
// master secret (the only thing the store seals and a second branch imports):
//   classicMaster (16)  AN10922 master for the per-card MIFARE Classic sector keys
//   macMaster     (16)  AN10922 master for the per-card sector-1 MAC key
//   stripeHmac    (32)  HMAC-SHA256 key for the magstripe MAC
// Derivation is HKDF-SHA256 (RFC 5869) with salt "club-card-keys" and info
// "<label>/v<version>", so each part is independent and a new version changes all three.
struct CardKeys
{
    static constexpr qsizetype MasterSecretSize = 32;

    int version = 0;
    QByteArray classicMaster;
    QByteArray macMaster;
    QByteArray stripeHmac;

    bool isValid() const;
    // An invalid (empty) CardKeys when the secret is not 32 bytes, the version is outside
    // 1..9 (one digit on the magstripe) or OpenSSL fails.
    static CardKeys derive(int version, const QByteArray &masterSecret32);
    // Overwrites the key bytes before they are freed.
    void wipe();
};

} // namespace Club::Devices
