-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Moving an embedded store into the central database: how far each table has come, kept in
-- the central database in the same transaction as the rows it copied, so an interrupted move
-- resumes exactly where it stopped (nothing skipped, nothing copied twice). Unused on SQLite.
CREATE TABLE store_moves (
    move_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    last_rowid BIGINT NOT NULL DEFAULT 0,
    rows_copied BIGINT NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (move_id, table_name)
);
