#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A virtual MIFARE Classic 1K behind an ACR122U-style reader, for vpcd (vsmartcard).
# It answers the class FF pseudo-APDUs of DEVICES.md section 2 like a real card would:
# per-sector authentication, access bits enforced, keys read back as zeros, 63 00 on
# failure, value blocks (FF B1 / FF D7). Plain sockets only, so tests need nothing beyond
# python3. Card memory survives power-off and reset for the life of the process.
#   vicc_mifare.py --uid 04A1B2C3 [--port 35963] [--host 127.0.0.1]
#                  [--drop-after-writes N]  card taken away during write N+1 (not applied)
#                  [--reinsert-after S]     ... and back in the field S seconds later
#                  [--random-keys]          a foreign card: unknown keys in every sector
import argparse
import json
import os
import socket
import struct
import sys
import time

ATR = bytes.fromhex("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
OK = b"\x90\x00"
FAIL = b"\x63\x00"
TRANSPORT_KEY = b"\xff" * 6
TRANSPORT_ACCESS = bytes.fromhex("FF0780")

# Per data-block access condition C1C2C3 -> (read, write, increment,
# decrement/transfer/restore) sets of key types (MIFARE Classic 1K datasheet, table 8).
DATA_RIGHTS = {
    0b000: ("AB", "AB", "AB", "AB"),
    0b010: ("AB", "", "", ""),
    0b100: ("AB", "B", "", ""),
    0b110: ("AB", "B", "B", "AB"),
    0b001: ("AB", "", "", "AB"),
    0b011: ("B", "B", "", ""),
    0b101: ("B", "", "", ""),
    0b111: ("", "", "", ""),
}
# Trailer condition C1C2C3 -> (keyA write, access read, access write, keyB read, keyB write).
TRAILER_RIGHTS = {
    0b000: ("A", "A", "", "A", "A"),
    0b010: ("", "A", "", "A", ""),
    0b100: ("B", "AB", "", "", "B"),
    0b110: ("", "AB", "", "", ""),
    0b001: ("A", "A", "A", "A", "A"),
    0b011: ("B", "AB", "B", "", "B"),
    0b101: ("", "AB", "B", "", ""),
    0b111: ("", "AB", "", "", ""),
}


def conditions(access, block_in_sector):
    """C1C2C3 of one block from access bytes 6..8, or None if the bytes are inconsistent."""
    b6, b7, b8 = access
    c1, c2, c3 = b7 >> 4, b8 & 0x0F, b8 >> 4
    if (b6 & 0x0F) != (~c1 & 0x0F) or (b6 >> 4) != (~c2 & 0x0F) or (b7 & 0x0F) != (~c3 & 0x0F):
        return None
    i = block_in_sector
    return (((c1 >> i) & 1) << 2) | (((c2 >> i) & 1) << 1) | ((c3 >> i) & 1)


def value_of(block):
    """The signed value of a 16-byte value block, or None if the copies disagree."""
    v, nv, v2 = struct.unpack("<III", bytes(block[0:12]))
    a = block[12:16]
    if v != v2 or nv != (~v & 0xFFFFFFFF) or a[0] != a[2] or a[1] != a[3] or a[1] != (~a[0] & 0xFF):
        return None
    return struct.unpack("<i", struct.pack("<I", v))[0]


def value_block(value, address):
    v = value & 0xFFFFFFFF
    return struct.pack("<III", v, ~v & 0xFFFFFFFF, v) + bytes([address, ~address & 0xFF, address, ~address & 0xFF])


class CardRemoved(Exception):
    """The test asked for the card to leave the field in the middle of a write."""


class MifareClassic1K:
    def __init__(self, uid, drop_after_writes=None, random_keys=False):
        self.uid = uid
        self.drop_after_writes = drop_after_writes
        self.writes = 0
        self.state = None
        self.blocks = [bytearray(16) for _ in range(64)]
        bcc = 0
        for b in uid[:4]:
            bcc ^= b
        block0 = (uid[:4] + bytes([bcc, 0x08, 0x04, 0x00]) if len(uid) == 4 else uid + bytes([0x08, 0x44, 0x00]))
        self.blocks[0][: len(block0)] = block0
        for sector in range(16):
            if random_keys:
                trailer = os.urandom(6) + bytes.fromhex("787788") + b"\x69" + os.urandom(6)
            else:
                trailer = TRANSPORT_KEY + TRANSPORT_ACCESS + b"\x69" + TRANSPORT_KEY
            self.blocks[sector * 4 + 3][:] = trailer
        self.power_off()

    def load_state(self, path):
        with open(path) as f:
            blocks = json.load(f)
        # Block 0 is the chip's own (UID, manufacturer data): a clone keeps its chip's.
        for i in range(1, 64):
            self.blocks[i][:] = bytes.fromhex(blocks[i])
        self.power_off()

    def save_state(self):
        if not self.state:
            return
        tmp = self.state + ".tmp"
        with open(tmp, "w") as f:
            json.dump([bytes(b).hex() for b in self.blocks], f)
        os.replace(tmp, self.state)

    def count_write(self):
        """Raises CardRemoved instead of performing write number drop_after_writes + 1."""
        if self.drop_after_writes is not None and self.writes >= self.drop_after_writes:
            raise CardRemoved()
        self.writes += 1

    def power_off(self):
        self.key_slots = [None, None]
        self.auth = None  # (sector, "A" or "B")

    def access(self, sector):
        return bytes(self.blocks[sector * 4 + 3][6:9])

    def trailer_cond(self, sector):
        return conditions(self.access(sector), 3)

    def key_b_readable(self, sector):
        cond = self.trailer_cond(sector)
        return cond is not None and "A" in TRAILER_RIGHTS[cond][3]

    def effective_key(self, sector):
        """The authenticated key type, or None; key B gives no rights while it is readable."""
        if self.auth is None or self.auth[0] != sector:
            return None
        if self.auth[1] == "B" and self.key_b_readable(sector):
            return None
        return self.auth[1]

    def authenticate(self, block, key_type, slot):
        self.auth = None  # a failed authentication leaves the card unauthenticated
        if block > 63 or slot > 1 or self.key_slots[slot] is None:
            return FAIL
        sector = block // 4
        trailer = self.blocks[sector * 4 + 3]
        key = bytes(trailer[0:6]) if key_type == "A" else bytes(trailer[10:16])
        if key != self.key_slots[slot]:
            return FAIL
        if key_type == "B" and self.key_b_readable(sector):
            return FAIL  # a readable key B is data, not a key
        self.auth = (sector, key_type)
        return OK

    def read(self, block):
        sector, offset = divmod(block, 4)
        key = self.effective_key(sector)
        if key is None:
            return FAIL
        if offset == 3:
            cond = self.trailer_cond(sector)
            if cond is None:
                return FAIL
            rights = TRAILER_RIGHTS[cond]
            data = bytearray(16)  # key A is never readable
            if key in rights[1]:
                data[6:10] = self.blocks[block][6:10]
            if key in rights[3]:
                data[10:16] = self.blocks[block][10:16]
            return bytes(data) + OK
        cond = conditions(self.access(sector), offset)
        if cond is None or key not in DATA_RIGHTS[cond][0]:
            return FAIL
        return bytes(self.blocks[block]) + OK

    def write(self, block, data):
        sector, offset = divmod(block, 4)
        key = self.effective_key(sector)
        if key is None or block == 0:
            return FAIL
        if offset == 3:
            cond = self.trailer_cond(sector)
            if cond is None:
                return FAIL
            rights = TRAILER_RIGHTS[cond]
            if key not in rights[0] and key not in rights[2] and key not in rights[4]:
                return FAIL
            if key in rights[2] and conditions(data[6:9], 0) is None:
                return FAIL  # inconsistent access bytes would brick the sector
            self.count_write()
            trailer = self.blocks[block]
            # Like the chip: each part is written only where the conditions allow it.
            if key in rights[0]:
                trailer[0:6] = data[0:6]
            if key in rights[2]:
                trailer[6:10] = data[6:10]
            if key in rights[4]:
                trailer[10:16] = data[10:16]
            return OK
        cond = conditions(self.access(sector), offset)
        if cond is None or key not in DATA_RIGHTS[cond][1]:
            return FAIL
        self.count_write()
        self.blocks[block][:] = data
        return OK

    def data_rights(self, block):
        """(key, rights) for a data block other than block 0, or (None, None)."""
        sector, offset = divmod(block, 4)
        key = self.effective_key(sector)
        if key is None or block == 0 or offset == 3:
            return None, None
        cond = conditions(self.access(sector), offset)
        if cond is None:
            return None, None
        return key, DATA_RIGHTS[cond]

    def read_value(self, block):
        key, rights = self.data_rights(block)
        if key is None or key not in rights[0]:
            return FAIL
        value = value_of(self.blocks[block])
        if value is None:
            return FAIL
        return struct.pack(">i", value) + OK

    def value_op(self, block, op, operand):
        key, rights = self.data_rights(block)
        if key is None:
            return FAIL
        if op == 0x00:  # store: a plain write of the value-block layout
            if key not in rights[1]:
                return FAIL
            result = operand
        elif op in (0x01, 0x02):
            # increment or decrement into the card's register, then transfer to the block
            needed = rights[2] if op == 0x01 else rights[3]
            if key not in needed or key not in rights[3]:
                return FAIL
            current = value_of(self.blocks[block])
            if current is None:
                return FAIL
            result = current + operand if op == 0x01 else current - operand
            result = struct.unpack("<i", struct.pack("<I", result & 0xFFFFFFFF))[0]
        else:
            return FAIL
        self.count_write()
        self.blocks[block][:] = value_block(result, block)
        return OK

    def apdu(self, cmd):
        if len(cmd) < 4 or cmd[0] != 0xFF:
            return b"\x6E\x00"
        ins, p1, p2 = cmd[1], cmd[2], cmd[3]
        body = cmd[5:] if len(cmd) > 5 else b""
        if ins == 0xCA:
            return self.uid + OK if p1 == 0 else b"\x6A\x81"
        if ins == 0x82:
            if p2 > 1 or len(body) != 6:
                return FAIL
            self.key_slots[p2] = bytes(body)
            return OK
        if ins == 0x86:
            if len(body) != 5 or body[0] != 0x01 or body[3] not in (0x60, 0x61):
                self.auth = None
                return FAIL
            return self.authenticate(body[2], "A" if body[3] == 0x60 else "B", body[4])
        if ins == 0xB0:
            if p2 > 63 or len(cmd) != 5 or cmd[4] != 0x10:
                return FAIL
            return self.read(p2)
        if ins == 0xD6:
            if p2 > 63 or len(cmd) != 21 or cmd[4] != 0x10:
                return FAIL
            answer = self.write(p2, bytes(body))
            if answer == OK:
                self.save_state()
            return answer
        if ins == 0xB1:
            if p2 > 63 or len(cmd) != 5 or cmd[4] != 0x04:
                return FAIL
            return self.read_value(p2)
        if ins == 0xD7:
            if p2 > 63 or len(cmd) != 10 or cmd[4] != 0x05:
                return FAIL
            answer = self.value_op(p2, body[0], struct.unpack(">i", bytes(body[1:5]))[0])
            if answer == OK:
                self.save_state()
            return answer
        return b"\x6D\x00"


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
        # vpcd writes the length and the APDU in two send()s: with a delayed ACK here,
        # Nagle holds the APDU back ~40 ms each time. Linux clears QUICKACK after a while,
        # so it is set again after every read.
        if hasattr(socket, "TCP_QUICKACK"):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return data


def send(sock, payload):
    sock.sendall(struct.pack(">H", len(payload)) + payload)


def main():
    parser = argparse.ArgumentParser(description="virtual MIFARE Classic 1K for vpcd")
    parser.add_argument("--uid", required=True, help="4 or 7 byte UID in hex")
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--connect-timeout", type=float, default=10.0)
    parser.add_argument("--drop-after-writes", type=int, default=None, metavar="N",
                        help="leave the field (close the socket) instead of performing write N+1")
    parser.add_argument("--random-keys", action="store_true", help="unknown keys in every sector")
    parser.add_argument("--reinsert-after", type=float, default=None, metavar="SECONDS",
                        help="after a --drop-after-writes removal, come back with the same memory")
    parser.add_argument("--state", default=None, metavar="FILE",
                        help="keep the memory (blocks 1-63) in FILE: a later process with the same FILE is the same "
                             "card put down again; with another --uid it is a clone on another chip")
    args = parser.parse_args()
    uid = bytes.fromhex(args.uid)
    if len(uid) not in (4, 7):
        parser.error("UID must be 4 or 7 bytes")
    if args.drop_after_writes is not None and args.drop_after_writes < 0:
        parser.error("--drop-after-writes must be >= 0")
    card = MifareClassic1K(uid, args.drop_after_writes, args.random_keys)
    card.reinsert = args.reinsert_after is not None
    card.state = args.state
    if args.state and os.path.exists(args.state):
        card.load_state(args.state)

    while True:
        sock = connect(args)
        if sock is None:
            return 1
        if not serve(sock, card):
            return 0
        # The card comes back into the field with what it holds, like a customer who
        # pulled it away and puts it down again.
        card.drop_after_writes = None
        card.power_off()
        time.sleep(args.reinsert_after)


def connect(args):
    deadline = time.monotonic() + args.connect_timeout
    while True:
        try:
            sock = socket.create_connection((args.host, args.port), timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                print("vicc_mifare: cannot reach vpcd on %s:%d" % (args.host, args.port), file=sys.stderr)
                return None
            time.sleep(0.2)
    sock.settimeout(None)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print("vicc_mifare: connected to %s:%d" % (args.host, args.port), flush=True)
    return sock


def serve(sock, card):
    """Answers vpcd until it hangs up (False) or the card is pulled mid-write (True)."""
    while True:
        header = recv_exact(sock, 2)
        if header is None:
            return False
        (length,) = struct.unpack(">H", header)
        payload = recv_exact(sock, length)
        if payload is None:
            return False
        if length == 1:
            ctrl = payload[0]
            if ctrl in (0x00, 0x02):
                card.power_off()
            elif ctrl == 0x04:
                send(sock, ATR)
            continue
        try:
            answer = card.apdu(payload)
        except CardRemoved:
            print("vicc_mifare: removed during write %d" % (card.writes + 1), flush=True)
            sock.close()
            return card.reinsert
        send(sock, answer)

if __name__ == "__main__":
    sys.exit(main())
