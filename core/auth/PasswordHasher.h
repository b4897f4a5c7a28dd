// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Club::Core {

// Argon2id through libsodium, for operator passwords and card PINs. The stored string
// carries its own salt and cost, so the cost can rise later without breaking old hashes.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // the default: passwords and PINs
        Minimum,     // libsodium's lowest allowed cost, for bulk demo data and test fixtures
    };

    static QString hash(const QString &secret, Cost cost = Cost::Interactive);
    static bool verify(const QString &storedHash, const QString &secret);
    // A string hash() could have made (Argon2id, its parameters readable): what a PIN hash
    // from another place must be before this store keeps it, so verify() can check it here.
    static bool isHash(const QString &text);
};

} // namespace Club::Core
