#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-runs a lottery draw of Customer Club Manager from its frozen entries and its seed.

Usage: lottery_verify.py SEED_HEX WINNERS ENTRIES.csv
ENTRIES.csv: a header row, then "member_id,tickets" per entry (the Engagement page's
"Export entries" writes it). Prints the winners' member ids, one a line, in the order drawn.

The algorithm (core/engagement/LotteryDraw.h): entries sorted by member id; a counter c
from 0 over the whole draw; for each winner, T = the remaining tickets, v = the first 8
bytes (big endian) of HMAC-SHA256(seed, c as 8 bytes big endian), c += 1, retried while
v >= 2^64 - (2^64 mod T); pick = v mod T; the entry whose cumulative tickets first exceed
pick wins and leaves the draw.
"""
import csv
import hashlib
import hmac
import sys


def draw(seed: bytes, entries, winners: int):
    pool = sorted((m, t) for m, t in entries if t > 0)
    out = []
    counter = 0
    while len(out) < winners and pool:
        total = sum(t for _, t in pool)
        limit = 2**64 - (2**64 % total)
        while True:
            mac = hmac.new(seed, counter.to_bytes(8, "big"), hashlib.sha256).digest()
            counter += 1
            v = int.from_bytes(mac[:8], "big")
            if v < limit:
                break
        pick = v % total
        cumulative = 0
        for i, (member, tickets) in enumerate(pool):
            cumulative += tickets
            if pick < cumulative:
                out.append(member)
                del pool[i]
                break
    return out


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    seed = bytes.fromhex(argv[1])
    if len(seed) != 32:
        sys.stderr.write("the seed is 64 hexadecimal digits\n")
        return 2
    with open(argv[3], newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    entries = [(int(r[0]), int(r[1])) for r in rows if r]
    for member in draw(seed, entries, int(argv[2])):
        print(member)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
