-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reports read by time: sales, returns, members, card events, tier moves and points lots
-- over a date range, in time order (core/reports).

CREATE INDEX sales_created ON sales (created_at);
CREATE INDEX returns_created ON returns (created_at);
CREATE INDEX members_created ON members (created_at);
CREATE INDEX card_events_at ON card_events (at);
CREATE INDEX tier_history_at ON tier_history (at);
CREATE INDEX points_lots_earned ON points_lots (earned_at);
