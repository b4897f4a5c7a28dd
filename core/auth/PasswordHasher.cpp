// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include "util/Log.h"

#include <sodium.h>

namespace Club::Core {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString PasswordHasher::hash(const QString &secret, Cost cost)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                                             : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem = cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcAuth) << "password hashing ran out of memory";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &secret)
{
    if (!ensureSodium() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

bool PasswordHasher::isHash(const QString &text)
{
    if (!ensureSodium() || text.size() >= int(crypto_pwhash_STRBYTES) ||
        !text.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX)))
        return false;
    // -1 only when libsodium cannot read the string as an Argon2id hash at all (a weaker
    // or stronger cost than ours is still a hash it verifies).
    const QByteArray latin = text.toLatin1();
    return crypto_pwhash_str_needs_rehash(latin.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != -1;
}

} // namespace Club::Core
