-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Members, cards and card blocks made at a connected desk go to the central server through
-- the desk's outbox, in one order with its sales (core/sync/DeskPush.cpp).
--
-- sync_outbox.push_operation: for these entries, which endpoint replays them ('member':
-- POST /v1/members, 'card_issue': POST /v1/cards, 'card_block' / 'card_unblock': POST
-- /v1/cards/block|unblock). `operation` cannot take new values in SQLite (its CHECK), so it
-- says 'sale' for them and push_operation is the truth when set.
ALTER TABLE sync_outbox ADD COLUMN push_operation TEXT
    CHECK (push_operation IN ('member', 'card_issue', 'card_block', 'card_unblock'));

-- members.push_key: the outbox key of the push that creates this desk-made member on the
-- server; a card issued before that push was answered waits behind it (after_key). Once the
-- server answers, members.server_id holds its id and the next pull updates, not doubles.
ALTER TABLE members ADD COLUMN push_key TEXT;

-- cards.status_pushed: the status the server is known to have (pulled, or sent from here);
-- NULL for a card made here and not sent yet. A block or unblock here is sent when the
-- status differs from it. The server's own store never reads it.
ALTER TABLE cards ADD COLUMN status_pushed TEXT;
UPDATE cards SET status_pushed = status;
