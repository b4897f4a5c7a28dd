-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The central server's own state (clubserver). Everything a request needs beyond its own
-- bytes lives here, so several server processes behind a load balancer agree. A desktop
-- store gets these tables too and never uses them.

-- Terminals (branch desktops, POS). The secret is NOT stored: it is derived from the
-- server's master key file and the terminal id, so a database dump alone cannot sign.
CREATE TABLE server_terminals (
    id {{PK}},
    terminal_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    disabled_at TEXT
);

-- Nonces seen in the last ten minutes, per terminal: the primary key refuses a replay even
-- when two processes see it at once. Old rows are purged by whoever inserts.
CREATE TABLE server_nonces (
    terminal_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (terminal_id, nonce)
);
CREATE INDEX server_nonces_seen ON server_nonces (seen_at);

-- Operator sessions: SHA-256 of the token (never the token), bound to one terminal.
CREATE TABLE server_sessions (
    token_hash TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL,
    operator_id BIGINT NOT NULL REFERENCES operators(id),
    created_at TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Idempotency: the first result of each money or points request, by its key. Written in
-- the same database transaction as the operation, so a result is here exactly when the
-- operation is; the key's row lock makes a concurrent twin wait and then replay.
CREATE TABLE server_requests (
    idempotency_key TEXT PRIMARY KEY,
    endpoint TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Failed card and PIN checks, for rate limiting (per terminal and per card, masked).
CREATE TABLE server_failures (
    id {{PK}},
    scope TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX server_failures_scope ON server_failures (scope, at);

-- Sync (GET /v1/sync/{entity}): every insert or update of a synced table leaves a change
-- row with the writing transaction's id. The server serves only changes of transactions
-- older than the oldest one still running (pg_snapshot_xmin), in (txid, seq) order, so a
-- cursor never passes a change that commits later. PostgreSQL only: the central server
-- runs there; a desktop store does not keep this log.
CREATE TABLE sync_changes (
    seq {{PK}},
    entity TEXT NOT NULL,
    row_id BIGINT NOT NULL,
    txid BIGINT NOT NULL
);
CREATE INDEX sync_changes_order ON sync_changes (entity, txid, seq);

-- @postgresql
CREATE FUNCTION sync_changes_log() RETURNS trigger AS $$
BEGIN
    INSERT INTO sync_changes (entity, row_id, txid)
    VALUES (TG_ARGV[0], NEW.id, pg_current_xact_id()::text::bigint);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER members_sync AFTER INSERT OR UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('members');
CREATE TRIGGER cards_sync AFTER INSERT OR UPDATE ON cards
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('cards');
CREATE TRIGGER card_types_sync AFTER INSERT OR UPDATE ON card_types
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('card-types');
CREATE TRIGGER products_sync AFTER INSERT OR UPDATE ON products
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('products');
CREATE TRIGGER product_prices_sync AFTER INSERT OR UPDATE ON product_prices
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('prices');
CREATE TRIGGER rules_sync AFTER INSERT OR UPDATE ON rules
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('rules');
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'members', id, pg_current_xact_id()::text::bigint FROM members;
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'cards', id, pg_current_xact_id()::text::bigint FROM cards;
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'card-types', id, pg_current_xact_id()::text::bigint FROM card_types;
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'products', id, pg_current_xact_id()::text::bigint FROM products;
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'prices', id, pg_current_xact_id()::text::bigint FROM product_prices;
INSERT INTO sync_changes (entity, row_id, txid) SELECT 'rules', id, pg_current_xact_id()::text::bigint FROM rules;
-- @end
