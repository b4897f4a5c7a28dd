// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Club::Core {

// The lottery draw, deterministic and documented so anyone can re-run it from the frozen
// entries and the seed (a few lines of Python's hmac module do it):
//
//   entries  (member id, tickets > 0), sorted by member id ascending
//   seed     32 bytes (shown as 64 hex digits), recorded when the entries were frozen
//   counter  c = 0, 1, 2 ... over the whole draw
//   for each winner while entries remain:
//       T = the tickets of the remaining entries
//       repeat: v = the first 8 bytes, big endian, of HMAC-SHA256(key = seed,
//               message = c as 8 bytes big endian); c += 1
//       until v < 2^64 - (2^64 mod T)        (rejection: no modulo bias)
//       pick = v mod T; the winner is the entry whose cumulative tickets, in order, first
//       exceed pick; it leaves the draw (without replacement)
//
// Weighted by tickets; a member wins at most once.
class LotteryDraw
{
public:
    struct Entry
    {
        Id memberId = kNoId;
        qint64 tickets = 0;
    };

    // The winners' member ids in the order drawn; at most `winners`. Entries need not be
    // sorted (they are sorted here); entries without tickets are ignored. An invalid seed
    // (not 32 bytes) draws nobody.
    static QList<Id> run(const QByteArray &seed, QList<Entry> entries, int winners);

    static QByteArray newSeed(); // 32 random bytes (libsodium)
    // 64 hex digits to bytes; empty when it is not exactly that.
    static QByteArray seedFromHex(const QString &hex);
};

} // namespace Club::Core
