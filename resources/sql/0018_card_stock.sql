-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pre-printed card stock: batches of numbered cards made without members. A stock card
-- lives here, not in `cards` (whose rows always belong to a member), until a desk binds it
-- to a member: then a `cards` row with the same number is made and card_id points at it.
-- Numbers come from the same card_number_sequences as issued cards, so they never clash.
-- status: in_stock -> distributed -> bound; blocked (a lost batch or range) from in_stock
-- or distributed. activated_at and bound_at are set in one transaction: the first use at a
-- desk is the registration, because the preloaded value needs the member's account.

CREATE TABLE card_stock_batches (
    id {{PK}},
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    preloaded_value BIGINT NOT NULL DEFAULT 0 CHECK (preloaded_value >= 0), -- money minor units, gift cards only
    expires_on TEXT,                                                        -- carried to the card at binding
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL
);

CREATE TABLE card_stock_cards (
    id {{PK}},
    batch_id BIGINT NOT NULL REFERENCES card_stock_batches(id),
    seq INTEGER NOT NULL, -- 1..quantity within the batch: ranges are given by it
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('in_stock', 'distributed', 'bound', 'blocked')),
    branch_id BIGINT NOT NULL REFERENCES branches(id), -- where the card is now
    distributed_to TEXT NOT NULL DEFAULT '',          -- an event or organisation, in words
    distribution_note TEXT NOT NULL DEFAULT '',
    distributed_at TEXT,
    block_reason TEXT NOT NULL DEFAULT '',
    chip_uid TEXT,                                    -- upper-case hex, recorded when encoded
    encoded_at TEXT,
    activated_at TEXT,
    activated_by BIGINT REFERENCES operators(id),
    bound_at TEXT,
    member_id BIGINT REFERENCES members(id),
    card_id BIGINT REFERENCES cards(id),
    UNIQUE (batch_id, seq)
);
CREATE UNIQUE INDEX card_stock_cards_chip ON card_stock_cards (chip_uid);
CREATE INDEX card_stock_cards_counts ON card_stock_cards (branch_id, status);
