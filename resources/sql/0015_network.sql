-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The club as a network (core/network): guilds (merchant categories), merchants with their
-- branches, the merchant each points lot was earned at, and the settlement payments that
-- clear what merchants owe each other for points earned at one and spent at another.
-- Rows the ledger refers to are never deleted; they are deactivated.

CREATE TABLE guilds (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The home merchant (is_home = 1) is the store itself: every branch and points lot from
-- before this migration belongs to it, and so does a branch with no merchant. Its name may
-- stay empty (the store's name is shown then). no_cross_spend: this merchant neither takes
-- points earned elsewhere nor lets its own be spent elsewhere.
CREATE TABLE merchants (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    guild_id BIGINT REFERENCES guilds(id),
    active INTEGER NOT NULL DEFAULT 1,
    is_home INTEGER NOT NULL DEFAULT 0,
    no_cross_spend INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

INSERT INTO merchants (name, is_home, created_at, updated_at)
VALUES ('', 1, '1970-01-01T00:00:00Z', '1970-01-01T00:00:00Z');

ALTER TABLE branches ADD COLUMN merchant_id BIGINT REFERENCES merchants(id);
UPDATE branches SET merchant_id = (SELECT MIN(id) FROM merchants WHERE is_home = 1);

ALTER TABLE points_lots ADD COLUMN merchant_id BIGINT REFERENCES merchants(id);
UPDATE points_lots SET merchant_id = (SELECT MIN(id) FROM merchants WHERE is_home = 1);

-- One row per settled period; the journal transaction (kind settlement.payment) carries the
-- money. Periods never overlap, so nothing is paid twice.
CREATE TABLE settlement_payments (
    id {{PK}},
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    UNIQUE (period_from, period_to),
    CHECK (period_to > period_from)
);
