-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tier programmes: one per card type, an ordered list of tiers with thresholds on points
-- earned or money spent in a rolling window. A member follows the programme of the card
-- type of their newest active card. members.tier holds the member's tier; each change and
-- each review is appended to tier_history, which is never changed or deleted.

CREATE TABLE tier_programs (
    card_type_id BIGINT PRIMARY KEY REFERENCES card_types(id),
    basis TEXT NOT NULL CHECK (basis IN ('points_earned', 'amount_spent')),
    window_days INTEGER NOT NULL CHECK (window_days > 0),
    review_days INTEGER NOT NULL CHECK (review_days > 0),
    updated_at TEXT NOT NULL
);

CREATE TABLE tier_levels (
    id {{PK}},
    card_type_id BIGINT NOT NULL REFERENCES tier_programs(card_type_id),
    tier_key TEXT NOT NULL,
    name_fa TEXT NOT NULL DEFAULT '',
    name_ar TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    tier_rank INTEGER NOT NULL,
    threshold BIGINT NOT NULL CHECK (threshold >= 0),
    UNIQUE (card_type_id, tier_key),
    UNIQUE (card_type_id, tier_rank)
);

-- When a member's tier may next go down (or is confirmed). Set on every change and review.
CREATE TABLE member_tier_reviews (
    member_id BIGINT PRIMARY KEY REFERENCES members(id),
    review_at TEXT NOT NULL
);
CREATE INDEX member_tier_reviews_due ON member_tier_reviews (review_at);

CREATE TABLE tier_history (
    id {{PK}},
    member_id BIGINT NOT NULL REFERENCES members(id),
    card_type_id BIGINT REFERENCES card_types(id),
    from_tier TEXT NOT NULL,
    to_tier TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('upgrade', 'review_downgrade', 'review_keep')),
    basis TEXT NOT NULL,
    qualifying BIGINT NOT NULL,            -- points earned or money spent in the window
    operator_id BIGINT REFERENCES operators(id),
    at TEXT NOT NULL
);
CREATE INDEX tier_history_member ON tier_history (member_id, at);

-- @sqlite
CREATE TRIGGER tier_history_append_only BEFORE UPDATE ON tier_history BEGIN
    SELECT RAISE(ABORT, 'tier_history is append only');
END;
CREATE TRIGGER tier_history_no_delete BEFORE DELETE ON tier_history BEGIN
    SELECT RAISE(ABORT, 'tier_history is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER tier_history_append_only BEFORE UPDATE OR DELETE ON tier_history
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
