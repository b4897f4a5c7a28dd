-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Warranties with their service log, and points donated to charities (issue 10, items 2
-- and 5). A warranty and its events are append only: the status is derived from the events
-- and the dates, never stored. Times UTC ISO text.

-- The warranty a product gets by default, in months (editable when registering).
CREATE TABLE warranty_defaults (
    product_id BIGINT PRIMARY KEY REFERENCES products(id),
    months INTEGER NOT NULL CHECK (months > 0),
    operator_id BIGINT REFERENCES operators(id),
    updated_at TEXT NOT NULL
);

-- One serial number of one product is under warranty once: registering it twice is refused.
CREATE TABLE warranties (
    id {{PK}},
    product_id BIGINT NOT NULL REFERENCES products(id),
    serial_no TEXT NOT NULL,               -- trimmed, upper case, ASCII digits
    member_id BIGINT NOT NULL REFERENCES members(id),
    card_id BIGINT REFERENCES cards(id),   -- the warranty card, or the member's card it is on
    sale_id BIGINT REFERENCES sales(id),
    sale_line_id BIGINT REFERENCES sale_lines(id),
    starts_at TEXT NOT NULL,               -- the sale's time
    months INTEGER NOT NULL CHECK (months > 0),
    ends_at TEXT NOT NULL,                 -- starts_at + months
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL,
    UNIQUE (product_id, serial_no)
);
CREATE INDEX warranties_member ON warranties (member_id);
CREATE INDEX warranties_card ON warranties (card_id);
CREATE INDEX warranties_ends ON warranties (ends_at);

-- After-sales service, in the order it happened; `at` is when it happened (may be earlier
-- than created_at when logged afterwards).
CREATE TABLE warranty_events (
    id {{PK}},
    warranty_id BIGINT NOT NULL REFERENCES warranties(id),
    event TEXT NOT NULL CHECK (event IN ('received', 'diagnosed', 'repaired', 'returned', 'replaced')),
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL
);
CREATE INDEX warranty_events_warranty ON warranty_events (warranty_id, at);

CREATE TABLE charities (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- What a donation was for; the points and their value move in the journal (kind 'donation').
CREATE TABLE donations (
    id {{PK}},
    charity_id BIGINT NOT NULL REFERENCES charities(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    member_account_id BIGINT NOT NULL REFERENCES member_accounts(id),
    points BIGINT NOT NULL CHECK (points > 0),
    value BIGINT NOT NULL CHECK (value >= 0),     -- points x the point value at the time
    idempotency_key TEXT NOT NULL UNIQUE,
    transaction_id BIGINT NOT NULL UNIQUE REFERENCES journal_transactions(id),
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL
);
CREATE INDEX donations_charity ON donations (charity_id, created_at);
CREATE INDEX donations_member ON donations (member_id);

-- @sqlite
CREATE TRIGGER warranties_append_only BEFORE UPDATE ON warranties BEGIN
    SELECT RAISE(ABORT, 'warranties is append only');
END;
CREATE TRIGGER warranties_no_delete BEFORE DELETE ON warranties BEGIN
    SELECT RAISE(ABORT, 'warranties is append only');
END;
CREATE TRIGGER warranty_events_append_only BEFORE UPDATE ON warranty_events BEGIN
    SELECT RAISE(ABORT, 'warranty_events is append only');
END;
CREATE TRIGGER warranty_events_no_delete BEFORE DELETE ON warranty_events BEGIN
    SELECT RAISE(ABORT, 'warranty_events is append only');
END;
CREATE TRIGGER donations_append_only BEFORE UPDATE ON donations BEGIN
    SELECT RAISE(ABORT, 'donations is append only');
END;
CREATE TRIGGER donations_no_delete BEFORE DELETE ON donations BEGIN
    SELECT RAISE(ABORT, 'donations is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER warranties_append_only BEFORE UPDATE OR DELETE ON warranties
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER warranty_events_append_only BEFORE UPDATE OR DELETE ON warranty_events
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER donations_append_only BEFORE UPDATE OR DELETE ON donations
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
