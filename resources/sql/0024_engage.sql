-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 6 leftovers.
-- A referred member's purchase credits the referrer in the sale's own journal transaction:
-- the sale records how many points went to whom and on which lot, so returns take back their
-- share from that lot. A return records what it took back from the referrer.
ALTER TABLE sales ADD COLUMN referral_points BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN referral_account_id BIGINT REFERENCES member_accounts(id);
ALTER TABLE sales ADD COLUMN referral_lot_id BIGINT REFERENCES points_lots(id);
ALTER TABLE returns ADD COLUMN referral_reversed BIGINT NOT NULL DEFAULT 0;
-- The member's preferred language for messages ('fa', 'ar', 'en'; '' = the store's).
ALTER TABLE members ADD COLUMN language TEXT NOT NULL DEFAULT '';
-- A failed occasion message is tried again by the daily jobs from this time on (UTC ISO);
-- NULL: not to be retried (sent, skipped, or out of attempts).
ALTER TABLE occasion_messages ADD COLUMN next_attempt_at TEXT;
