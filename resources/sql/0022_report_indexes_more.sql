-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The stock, gift, operator and referral reports read by time and kind (core/reports):
-- stock movements and posted count sheets over a date range, journal transactions of one
-- kind (gifts, referral rewards), audit lines of one action (logins, voided cards), and the
-- members a member referred.

CREATE INDEX stock_movements_at ON stock_movements (at);
CREATE INDEX count_sheets_posted ON count_sheets (posted_at);
CREATE INDEX journal_transactions_kind ON journal_transactions (kind, created_at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX members_referrer ON members (referrer_id);
