-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reference data pulled from a central server (core/sync/SyncPuller). Cards, card types,
-- products and prices are matched by their natural keys (number, name, code, product +
-- branch + start); a member has none that never changes (a mobile can), and a rule version
-- none at all, so both remember the server's id. NULL: made here, or never pulled.
-- The cursors of the pull are "sync.cursor.<entity>" rows of settings, written in the
-- same transaction as the page they follow.
ALTER TABLE members ADD COLUMN server_id BIGINT;
CREATE UNIQUE INDEX members_server_id ON members (server_id);
ALTER TABLE rules ADD COLUMN server_id BIGINT;
CREATE UNIQUE INDEX rules_server_id ON rules (server_id);
