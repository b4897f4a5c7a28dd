-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The connected desk's outbox keeps more than sales: returns, gift redemptions, gift card
-- charges and bought points wait for the server the same way, in one order.
-- `operation` says which endpoint replays the entry. (0011's `kind` can only say 'sale' and
-- SQLite cannot change a CHECK in place, so it stays 'sale' and `operation` is the truth.)
-- `after_key`: the idempotency key of the outbox sale a return waits for — the return of a
-- sale still pending learns the server's sale id only when that sale has been sent.
ALTER TABLE sync_outbox ADD COLUMN operation TEXT NOT NULL DEFAULT 'sale'
    CHECK (operation IN ('sale', 'return', 'gift', 'gift_card_charge', 'points_buy'));
ALTER TABLE sync_outbox ADD COLUMN after_key TEXT NOT NULL DEFAULT '';
