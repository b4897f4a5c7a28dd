-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sealed card master keys, and cards that wait to be encoded.
--
-- card_key_versions: one 32-byte master secret per key version (1..9), never stored in
-- clear: sealed (XSalsa20-Poly1305) under a key derived with Argon2id from a manager's
-- passphrase. All rows share the salt and limits of the current passphrase. Exactly one
-- version is active: new cards are encoded with it; old versions stay to read old cards.
CREATE TABLE card_key_versions (
    version INTEGER PRIMARY KEY CHECK (version BETWEEN 1 AND 9),
    salt {{BLOB}} NOT NULL,
    opslimit BIGINT NOT NULL,
    memlimit BIGINT NOT NULL,
    nonce {{BLOB}} NOT NULL,
    sealed {{BLOB}} NOT NULL,
    created_at TEXT NOT NULL,
    created_by BIGINT REFERENCES operators(id),
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX card_key_versions_one_active ON card_key_versions (active) WHERE active = 1;

-- cards: status 'pending' (issued, awaiting encoding) and 'void' (encoding abandoned; the
-- number is burned), and the chip UID recorded at activation.
-- @postgresql
ALTER TABLE cards DROP CONSTRAINT cards_status_check;
ALTER TABLE cards ADD CONSTRAINT cards_status_check
    CHECK (status IN ('active', 'blocked', 'replaced', 'pending', 'void'));
ALTER TABLE cards ADD COLUMN chip_uid TEXT;
-- @end

-- SQLite cannot change a CHECK constraint: the table is rebuilt under the same name. The
-- foreign keys that point at cards (card_events, replacements) are deferred to the end of
-- this migration's transaction: dropping the table counts their rows as orphans, putting
-- the same ids back settles the count again before the commit checks it.
-- @sqlite
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE cards_0003 AS SELECT * FROM cards;
DROP TABLE cards;
CREATE TABLE cards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    sequence_no INTEGER NOT NULL DEFAULT 1,
    replaces_card_id BIGINT REFERENCES cards(id),
    status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'replaced', 'pending', 'void')),
    block_reason TEXT NOT NULL DEFAULT '',
    branch_id BIGINT REFERENCES branches(id),
    issued_by BIGINT REFERENCES operators(id),
    issued_at TEXT NOT NULL,
    expires_at TEXT,
    pin_hash TEXT,
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_locked INTEGER NOT NULL DEFAULT 0,
    chip_uid TEXT
);
INSERT INTO cards (id, number, card_type_id, member_id, sequence_no, replaces_card_id, status, block_reason,
                   branch_id, issued_by, issued_at, expires_at, pin_hash, pin_failures, pin_locked)
    SELECT id, number, card_type_id, member_id, sequence_no, replaces_card_id, status, block_reason,
           branch_id, issued_by, issued_at, expires_at, pin_hash, pin_failures, pin_locked
    FROM cards_0003 ORDER BY id;
DROP TABLE cards_0003;
CREATE INDEX cards_member ON cards (member_id);
-- @end

CREATE UNIQUE INDEX cards_chip_uid ON cards (chip_uid);
