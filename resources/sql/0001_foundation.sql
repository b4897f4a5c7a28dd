-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Foundation: store, operators, audit, members, card types and cards, the ledger.
-- Times are ISO-8601 UTC text ("2026-11-23T11:50:40Z"); dates are ISO text ("1990-03-21").
-- Booleans are INTEGER 0/1. Money and points are BIGINT (minor units, whole points).

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE branches (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE operators (
    id {{PK}},
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'staff', 'accountant')),
    password_hash TEXT NOT NULL,
    branch_id BIGINT REFERENCES branches(id),
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Append-only: who did what, when, from which branch.
CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

-- A member account is what owns balances; a family shares one under its head.
CREATE TABLE member_accounts (
    id {{PK}},
    head_member_id BIGINT,
    created_at TEXT NOT NULL
);

CREATE TABLE member_groups (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE members (
    id {{PK}},
    account_id BIGINT NOT NULL REFERENCES member_accounts(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    mobile TEXT UNIQUE,
    national_code TEXT UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male')),
    birth_date TEXT,
    marriage_date TEXT,
    referrer_id BIGINT REFERENCES members(id),
    tier TEXT NOT NULL DEFAULT 'white',
    notes TEXT NOT NULL DEFAULT '',
    sms_opt_out INTEGER NOT NULL DEFAULT 0,
    email_opt_out INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    search_key TEXT NOT NULL DEFAULT '',
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX members_account ON members (account_id);
CREATE INDEX members_search ON members (search_key);

CREATE TABLE member_group_members (
    group_id BIGINT NOT NULL REFERENCES member_groups(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX member_group_members_member ON member_group_members (member_id);

CREATE TABLE card_types (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('loyalty', 'discount', 'gift', 'warranty', 'credit', 'installment')),
    prefix TEXT NOT NULL,
    number_length INTEGER NOT NULL DEFAULT 16,
    validity_months INTEGER NOT NULL DEFAULT 0,
    pin_required INTEGER NOT NULL DEFAULT 0,
    max_per_member INTEGER NOT NULL DEFAULT 1,
    track_stock INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Serial counters per number prefix; a card number is never given twice.
CREATE TABLE card_number_sequences (
    prefix TEXT PRIMARY KEY,
    next_serial BIGINT NOT NULL
);

-- Blank card stock per branch and card type: the level is a cache of the movements.
CREATE TABLE card_stock (
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    quantity BIGINT NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    PRIMARY KEY (branch_id, card_type_id)
);
CREATE TABLE card_stock_movements (
    id {{PK}},
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    delta BIGINT NOT NULL,
    reason TEXT NOT NULL,
    card_id BIGINT,
    operator_id BIGINT REFERENCES operators(id),
    at TEXT NOT NULL
);

-- A card belongs to a member and so to the member's account (no copy of the account here).
CREATE TABLE cards (
    id {{PK}},
    number TEXT NOT NULL UNIQUE,
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    sequence_no INTEGER NOT NULL DEFAULT 1,
    replaces_card_id BIGINT REFERENCES cards(id),
    status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'replaced')),
    block_reason TEXT NOT NULL DEFAULT '',
    branch_id BIGINT REFERENCES branches(id),
    issued_by BIGINT REFERENCES operators(id),
    issued_at TEXT NOT NULL,
    expires_at TEXT,
    pin_hash TEXT,
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_locked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cards_member ON cards (member_id);

-- A card's history: issued, blocked, unblocked, replaced, PIN set, PIN locked...
CREATE TABLE card_events (
    id {{PK}},
    card_id BIGINT NOT NULL REFERENCES cards(id),
    at TEXT NOT NULL,
    operator_id BIGINT REFERENCES operators(id),
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX card_events_card ON card_events (card_id);

-- The ledger. Member ledger accounts belong to a member account; system accounts have a
-- code ('system:points_issued'...). balance is a cache of SUM(journal_entries.amount),
-- kept in the same database transaction as the entries.
CREATE TABLE ledger_accounts (
    id {{PK}},
    member_account_id BIGINT REFERENCES member_accounts(id),
    code TEXT UNIQUE,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL CHECK (unit IN ('points', 'money')),
    balance BIGINT NOT NULL DEFAULT 0,
    allow_negative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (member_account_id, kind),
    CHECK (allow_negative = 1 OR balance >= 0)
);

CREATE TABLE journal_transactions (
    id {{PK}},
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    branch_id BIGINT REFERENCES branches(id),
    terminal TEXT NOT NULL DEFAULT '',
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_transactions_created ON journal_transactions (created_at);

-- Points lots: earned points with their expiry. remaining is a cache of amount minus the
-- entries that drew from the lot.
CREATE TABLE points_lots (
    id {{PK}},
    ledger_account_id BIGINT NOT NULL REFERENCES ledger_accounts(id),
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    remaining BIGINT NOT NULL CHECK (remaining >= 0),
    earned_at TEXT NOT NULL,
    available_at TEXT NOT NULL,
    expires_at TEXT
);
CREATE INDEX points_lots_account ON points_lots (ledger_account_id, remaining);

CREATE TABLE journal_entries (
    id {{PK}},
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    ledger_account_id BIGINT NOT NULL REFERENCES ledger_accounts(id),
    unit TEXT NOT NULL CHECK (unit IN ('points', 'money')),
    amount BIGINT NOT NULL CHECK (amount <> 0),
    lot_id BIGINT REFERENCES points_lots(id)
);
CREATE INDEX journal_entries_transaction ON journal_entries (transaction_id);
CREATE INDEX journal_entries_account ON journal_entries (ledger_account_id);
CREATE INDEX journal_entries_lot ON journal_entries (lot_id);
