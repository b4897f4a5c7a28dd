#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fake ESC/POS receipt printer (DEVICES.md section 5), for tst_receipt.

Reads from a pty, FIFO or plain file, parses init (1B 40), GS v 0 raster bands, feed
(1B 64 n), cut (1D 56 m), drawer pulse (1B 70 m t1 t2) and status request (10 04 n), joins the
bands into one bitmap and writes it as PBM (P4) plus a JSON summary. It stops at the first
cut, at end of file, or when no byte came for --idle-ms after the first one.
--stall-after N stops reading after N bytes (a jammed printer) and sleeps until killed.
Prints "ready" once the input is open.
"""
import argparse
import json
import os
import select
import sys
import termios
import time
import tty


class Parser:
    def __init__(self):
        self.buf = bytearray()
        self.commands = []
        self.width_bytes = None
        self.rows = []  # bytes objects, one per raster row
        self.cut = None
        self.feed = 0
        self.error = None

    def feed_bytes(self, data):
        self.buf += data
        while self.buf and self.error is None and self.cut is None:
            used = self.step()
            if used == 0:
                return
            del self.buf[:used]

    def step(self):
        b = self.buf
        if b[0] == 0x1B:
            if len(b) < 2:
                return 0
            if b[1] == 0x40:
                self.commands.append("init")
                return 2
            if b[1] == 0x64:
                if len(b) < 3:
                    return 0
                self.commands.append("feed")
                self.feed += b[2]
                return 3
            if b[1] == 0x70:
                if len(b) < 5:
                    return 0
                self.commands.append("drawer")
                return 5
        elif b[0] == 0x1D:
            if len(b) < 2:
                return 0
            if b[1] == 0x56:
                if len(b) < 3:
                    return 0
                self.commands.append("cut")
                self.cut = "partial" if b[2] in (0x01, 0x31) else "full"
                return 3
            if b[1] == 0x76:
                if len(b) < 8:
                    return 0
                if b[2] != 0x30 or b[3] != 0x00:
                    self.error = "unsupported raster mode %02X %02X" % (b[2], b[3])
                    return 0
                xbytes = b[4] | (b[5] << 8)
                rows = b[6] | (b[7] << 8)
                total = 8 + xbytes * rows
                if len(b) < total:
                    return 0
                if self.width_bytes is not None and self.width_bytes != xbytes:
                    self.error = "raster bands of different widths"
                    return 0
                self.width_bytes = xbytes
                self.commands.append("raster")
                for r in range(rows):
                    start = 8 + r * xbytes
                    self.rows.append(bytes(b[start:start + xbytes]))
                return total
        elif b[0] == 0x10:
            if len(b) < 3:
                return 0
            self.commands.append("status")
            return 3
        self.error = "unknown byte %02X at command start" % b[0]
        return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True, help="pty, FIFO or file to read")
    ap.add_argument("--pbm", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--stall-after", type=int, default=-1)
    ap.add_argument("--idle-ms", type=int, default=2000)
    args = ap.parse_args()

    # Non-blocking open: a FIFO would otherwise wait here for its writer.
    fd = os.open(args.input, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    if os.isatty(fd):
        tty.setraw(fd)
    print("ready", flush=True)

    parser = Parser()
    total = 0
    seen_data = False
    while parser.cut is None and parser.error is None:
        limit = 65536
        if args.stall_after >= 0:
            limit = args.stall_after - total
            if limit <= 0:
                # Jammed: keep the input open, read nothing more.
                while True:
                    time.sleep(3600)
        ready, _, _ = select.select([fd], [], [], args.idle_ms / 1000.0)
        if not ready:
            if seen_data:
                break
            continue
        try:
            data = os.read(fd, limit)
        except BlockingIOError:
            continue
        if not data:
            if os.isatty(fd) or not seen_data and not os.path.isfile(args.input):
                # A FIFO with no writer yet, or a pty whose peer is not there yet.
                time.sleep(0.02)
                continue
            break
        seen_data = True
        total += len(data)
        parser.feed_bytes(data)

    width = (parser.width_bytes or 0) * 8
    height = len(parser.rows)
    with open(args.pbm, "wb") as out:
        out.write(b"P4\n%d %d\n" % (width, height))
        for row in parser.rows:
            out.write(row)
    summary = {
        "commands": parser.commands,
        "width": width,
        "height": height,
        "cut": parser.cut is not None,
        "cutKind": parser.cut,
        "feedLines": parser.feed,
        "bytes": total,
        "trailing": len(parser.buf),
        "error": parser.error,
    }
    with open(args.json, "w") as out:
        json.dump(summary, out)
    print("done", flush=True)


if __name__ == "__main__":
    main()
