-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The desk's outbox for a central server: a sale the server could not be reached for is
-- kept here with its idempotency key and request, and replayed in order when the server
-- is back. Nothing is deleted or edited: an entry's state is its newest event
-- (no event: pending; then sent, conflict, and resolved after a manager has seen a conflict).
-- Times are UTC ISO text. The tables exist on both engines; only desks use them.
CREATE TABLE sync_outbox (
    id {{PK}},
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'sale' CHECK (kind IN ('sale')),
    request_json TEXT NOT NULL,
    card_number TEXT NOT NULL DEFAULT '',
    points_redeemed BIGINT NOT NULL DEFAULT 0 CHECK (points_redeemed >= 0),
    stored_value BIGINT NOT NULL DEFAULT 0 CHECK (stored_value >= 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX sync_outbox_card ON sync_outbox (card_number);

CREATE TABLE sync_outbox_events (
    id {{PK}},
    entry_id BIGINT NOT NULL REFERENCES sync_outbox(id),
    state TEXT NOT NULL CHECK (state IN ('sent', 'conflict', 'resolved')),
    server_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    server_sale_id BIGINT NOT NULL DEFAULT 0,
    server_receipt_no BIGINT NOT NULL DEFAULT 0,
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL
);
CREATE INDEX sync_outbox_events_entry ON sync_outbox_events (entry_id, id);

-- @sqlite
CREATE TRIGGER sync_outbox_append_only BEFORE UPDATE ON sync_outbox BEGIN
    SELECT RAISE(ABORT, 'sync_outbox is append only');
END;
CREATE TRIGGER sync_outbox_no_delete BEFORE DELETE ON sync_outbox BEGIN
    SELECT RAISE(ABORT, 'sync_outbox is append only');
END;
CREATE TRIGGER sync_outbox_events_append_only BEFORE UPDATE ON sync_outbox_events BEGIN
    SELECT RAISE(ABORT, 'sync_outbox_events is append only');
END;
CREATE TRIGGER sync_outbox_events_no_delete BEFORE DELETE ON sync_outbox_events BEGIN
    SELECT RAISE(ABORT, 'sync_outbox_events is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER sync_outbox_append_only BEFORE UPDATE OR DELETE ON sync_outbox
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER sync_outbox_events_append_only BEFORE UPDATE OR DELETE ON sync_outbox_events
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
