-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Card PINs and product groups shared between branches (sync entities "card-pins" and
-- "product-groups", pulled by core/sync/SyncPuller; POST /v1/cards/pin takes a desk's PIN).
--
-- cards.pin_changed_at: when the PIN hash was set (UTC, ISO with milliseconds; NULL: before
-- this migration, at issue, or never). Between two places the newer PIN wins.
-- cards.pin_push_pending: set when a PIN is set or changed in this store; a connected desk
-- clears it once the central server has the hash. The server's own store never reads it.
-- PIN failures and the PIN lock stay per place: they are not shared.
ALTER TABLE cards ADD COLUMN pin_changed_at TEXT;
ALTER TABLE cards ADD COLUMN pin_push_pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cards_pin_push ON cards (pin_push_pending) WHERE pin_push_pending = 1;

-- A group has no natural key (names need not be unique): a desk remembers the server's id,
-- as for members and rules (0021).
ALTER TABLE product_groups ADD COLUMN server_id BIGINT;
CREATE UNIQUE INDEX product_groups_server_id ON product_groups (server_id);

-- Products pulled before now came without their group: pull them all again.
DELETE FROM settings WHERE key = 'sync.cursor.products';

-- @postgresql
-- The change log (0010): groups like the others, and deleted groups too (served as
-- {"groupId", "deleted": true}). A card's PIN is its own entity, logged only when the hash
-- changes, so a wrong PIN try (which writes the card's failure count) sends no hash around.
CREATE FUNCTION sync_changes_log_deleted() RETURNS trigger AS $$
BEGIN
    INSERT INTO sync_changes (entity, row_id, txid)
    VALUES (TG_ARGV[0], OLD.id, pg_current_xact_id()::text::bigint);
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER product_groups_sync AFTER INSERT OR UPDATE ON product_groups
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log('product-groups');
CREATE TRIGGER product_groups_sync_deleted AFTER DELETE ON product_groups
    FOR EACH ROW EXECUTE FUNCTION sync_changes_log_deleted('product-groups');
CREATE TRIGGER card_pins_sync_insert AFTER INSERT ON cards
    FOR EACH ROW WHEN (NEW.pin_hash IS NOT NULL) EXECUTE FUNCTION sync_changes_log('card-pins');
CREATE TRIGGER card_pins_sync_update AFTER UPDATE OF pin_hash ON cards
    FOR EACH ROW WHEN (OLD.pin_hash IS DISTINCT FROM NEW.pin_hash) EXECUTE FUNCTION sync_changes_log('card-pins');
INSERT INTO sync_changes (entity, row_id, txid)
    SELECT 'product-groups', id, pg_current_xact_id()::text::bigint FROM product_groups;
INSERT INTO sync_changes (entity, row_id, txid)
    SELECT 'card-pins', id, pg_current_xact_id()::text::bigint FROM cards WHERE pin_hash IS NOT NULL;
-- @end
