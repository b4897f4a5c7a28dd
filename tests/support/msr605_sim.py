#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fake MSR605 on one end of a pty pair (DEVICES.md section 1), for tst_msr605.

States: idle -> waiting for swipe (after read, write or erase) -> reply -> idle. The swipe
happens --swipe-ms after the command, so tests are deterministic without a control channel.
ESC a returns to idle in any state. What was written is kept, so a following read returns it.
Fault injection: --status (reply to read/write/erase), --track N=VALUE (raw bytes for track N
in read replies, e.g. 2=* or 1=+), --split (one byte per write), --silent (never answer),
--coercivity-byte (forced reply to ESC d; by default the coercivity last set, H or L).
"""
import argparse
import os
import select
import sys
import termios
import time
import tty

ESC = 0x1B


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", required=True)
    ap.add_argument("--swipe-ms", type=int, default=50)
    ap.add_argument("--status", default="30", help="hex status byte for read/write/erase")
    ap.add_argument("--track", action="append", default=[], help="N=VALUE forced read output")
    ap.add_argument("--split", action="store_true")
    ap.add_argument("--silent", action="store_true")
    ap.add_argument("--coercivity-byte", default="")
    ap.add_argument("--initial", action="append", default=[], help="N=TEXT initial card data")
    args = ap.parse_args()

    fd = os.open(args.port, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    attrs = termios.tcgetattr(fd)
    attrs[4] = attrs[5] = termios.B9600
    termios.tcsetattr(fd, termios.TCSANOW, attrs)

    # The test waits for this line so no command is sent before the device listens.
    print("ready", flush=True)

    status = int(args.status, 16)
    forced = {int(t.split("=", 1)[0]): t.split("=", 1)[1].encode() for t in args.track}
    card = {1: b"", 2: b"", 3: b""}
    for t in args.initial:
        n, text = t.split("=", 1)
        card[int(n)] = text.encode()

    def send(data):
        if args.silent:
            return
        if args.split:
            for b in data:
                os.write(fd, bytes([b]))
                time.sleep(0.005)
        else:
            os.write(fd, data)

    def read_block():
        out = bytearray(b"\x1b\x73")
        for n in (1, 2, 3):
            out += bytes([ESC, n])
            if n in forced:
                out += forced[n]
            elif card[n]:
                out += (b"%" if n == 1 else b";") + card[n] + b"?"
        out += b"\x3f\x1c"
        return bytes(out)

    buf = bytearray()
    pending = None  # (deadline, action, payload)
    coercivity = b"H"
    while True:
        timeout = None
        if pending:
            timeout = max(0.0, pending[0] - time.monotonic())
        ready, _, _ = select.select([fd], [], [], timeout)
        if ready:
            try:
                chunk = os.read(fd, 256)
            except OSError:
                return 0
            if not chunk:
                return 0
            buf += chunk
        if pending and time.monotonic() >= pending[0]:
            _, action, payload = pending
            pending = None
            if status != 0x30:
                send(bytes([ESC, status]))
            elif action == "read":
                send(read_block() + bytes([ESC, 0x30]))
            else:
                if action == "write":
                    for n, data in payload.items():
                        if data:
                            card[n] = data
                elif action == "erase":
                    for n in payload:
                        card[n] = b""
                send(bytes([ESC, 0x30]))
        # parse complete commands
        while True:
            start = buf.find(bytes([ESC]))
            if start < 0:
                buf.clear()
                break
            del buf[:start]
            if len(buf) < 2:
                break
            cmd = buf[1]
            if cmd == 0x61:  # reset: no reply
                del buf[:2]
                pending = None
            elif cmd == 0x65:
                del buf[:2]
                send(b"\x1b\x79")
            elif cmd in (0x78, 0x79):
                del buf[:2]
                coercivity = b"H" if cmd == 0x78 else b"L"
                send(b"\x1b\x30")
            elif cmd == 0x64:
                del buf[:2]
                if args.coercivity_byte:
                    send(bytes([ESC, int(args.coercivity_byte, 16)]))
                else:
                    send(b"\x1b" + coercivity)
            elif cmd == 0x74:
                del buf[:2]
                send(b"\x1b\x33\x53")
            elif cmd == 0x76:
                del buf[:2]
                send(b"\x1bREV?1.00")
            elif cmd == 0x72:
                del buf[:2]
                pending = (time.monotonic() + args.swipe_ms / 1000.0, "read", None)
            elif cmd == 0x63:
                if len(buf) < 3:
                    break
                sel = buf[2]
                del buf[:3]
                tracks = {0: [1], 2: [2], 4: [3], 3: [1, 2], 5: [1, 3], 6: [2, 3], 7: [1, 2, 3]}.get(sel)
                if tracks is None:
                    send(b"\x1b\x32")
                else:
                    pending = (time.monotonic() + args.swipe_ms / 1000.0, "erase", tracks)
            elif cmd == 0x77:
                end = buf.find(b"\x3f\x1c")
                if end < 0:
                    break
                block = bytes(buf[2:end])
                del buf[:end + 2]
                data = {}
                ok = block.startswith(b"\x1b\x73")
                if ok:
                    parts = block[2:].split(bytes([ESC]))
                    for part in parts[1:]:
                        if part and part[0] in (1, 2, 3):
                            data[part[0]] = part[1:]
                        else:
                            ok = False
                if not ok:
                    send(b"\x1b\x32")
                else:
                    pending = (time.monotonic() + args.swipe_ms / 1000.0, "write", data)
            else:
                del buf[:2]
                send(b"\x1b\x34")


if __name__ == "__main__":
    sys.exit(main())
