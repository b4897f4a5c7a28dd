// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LotteryDraw.h"

#include <sodium.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace Club::Core {

namespace {
constexpr int kSeedBytes = 32;

quint64 block(const QByteArray &seed, quint64 counter)
{
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(seed.constData()),
                                size_t(seed.size()));
    crypto_auth_hmacsha256_update(&state, message, sizeof message);
    crypto_auth_hmacsha256_final(&state, mac);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | mac[i];
    return v;
}
} // namespace

QList<Id> LotteryDraw::run(const QByteArray &seed, QList<Entry> entries, int winners)
{
    QList<Id> out;
    if (seed.size() != kSeedBytes || winners <= 0)
        return out;
    entries.removeIf([](const Entry &e) { return e.tickets <= 0; });
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.memberId < b.memberId; });
    quint64 counter = 0;
    while (out.size() < winners && !entries.isEmpty()) {
        quint64 total = 0;
        for (const Entry &e : std::as_const(entries))
            total += quint64(e.tickets);
        // 2^64 mod T computed without 128-bit arithmetic: (2^64 - T) mod T.
        const quint64 rest = (std::numeric_limits<quint64>::max() - total + 1) % total;
        const quint64 limit = std::numeric_limits<quint64>::max() - rest + 1; // 0 when rest is 0: no rejection
        quint64 v = 0;
        do {
            v = block(seed, counter++);
        } while (rest != 0 && v >= limit);
        const quint64 pick = v % total;
        quint64 cumulative = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            cumulative += quint64(entries.at(i).tickets);
            if (pick < cumulative) {
                out.append(entries.at(i).memberId);
                entries.removeAt(i);
                break;
            }
        }
    }
    return out;
}

QByteArray LotteryDraw::newSeed()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        return {};
    QByteArray seed(kSeedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return seed;
}

QByteArray LotteryDraw::seedFromHex(const QString &hex)
{
    const QString trimmed = hex.trimmed().toLower();
    if (trimmed.size() != 2 * kSeedBytes)
        return {};
    for (QChar c : trimmed) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return {};
    }
    return QByteArray::fromHex(trimmed.toLatin1());
}

} // namespace Club::Core
