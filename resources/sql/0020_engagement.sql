-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lotteries and surveys (core/engagement).
--
-- A lottery goes draft -> frozen -> drawn, each step a conditional UPDATE on its status, so
-- entries are frozen once and a draw runs once. Freezing writes the entries (tickets per
-- member) and the seed; the database refuses to change or delete an entry afterwards. The
-- winners are written by the draw, one row per rank.
-- A survey response is UNIQUE per (survey, member): a member answers a survey once, and
-- the engagement points posted with it (journal kind "survey") are tied to that row.
-- Times are UTC ISO text.

CREATE TABLE lotteries (
    id {{PK}},
    name TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    points_per_ticket BIGINT NOT NULL DEFAULT 0 CHECK (points_per_ticket >= 0),
    amount_per_ticket BIGINT NOT NULL DEFAULT 0 CHECK (amount_per_ticket >= 0),
    tickets_per_purchase BIGINT NOT NULL DEFAULT 0 CHECK (tickets_per_purchase >= 0),
    max_tickets BIGINT NOT NULL DEFAULT 0 CHECK (max_tickets >= 0),
    winners INTEGER NOT NULL CHECK (winners > 0),
    prize_points BIGINT NOT NULL DEFAULT 0 CHECK (prize_points >= 0),
    prize_product_id BIGINT REFERENCES products(id),
    template_id BIGINT REFERENCES message_templates(id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'frozen', 'drawn')),
    seed TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    frozen_at TEXT,
    drawn_at TEXT
);

CREATE TABLE lottery_entries (
    id {{PK}},
    lottery_id BIGINT NOT NULL REFERENCES lotteries(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    purchases BIGINT NOT NULL,
    spent BIGINT NOT NULL,
    points BIGINT NOT NULL,
    tickets BIGINT NOT NULL CHECK (tickets > 0),
    UNIQUE (lottery_id, member_id)
);

CREATE TABLE lottery_winners (
    id {{PK}},
    lottery_id BIGINT NOT NULL REFERENCES lotteries(id),
    position INTEGER NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members(id),
    tickets BIGINT NOT NULL,
    prize_transaction_id BIGINT REFERENCES journal_transactions(id),
    gift_transaction_id BIGINT REFERENCES journal_transactions(id),
    notify_status TEXT NOT NULL DEFAULT '',
    notify_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (lottery_id, position),
    UNIQUE (lottery_id, member_id)
);

CREATE TABLE surveys (
    id {{PK}},
    name TEXT NOT NULL,
    active_from TEXT NOT NULL,
    active_to TEXT NOT NULL,
    points BIGINT NOT NULL DEFAULT 0 CHECK (points >= 0),
    created_by BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL
);

CREATE TABLE survey_questions (
    id {{PK}},
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rating', 'text')),
    text TEXT NOT NULL,
    UNIQUE (survey_id, position)
);

CREATE TABLE survey_responses (
    id {{PK}},
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    source TEXT NOT NULL CHECK (source IN ('desk', 'import')),
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    transaction_id BIGINT REFERENCES journal_transactions(id),
    UNIQUE (survey_id, member_id)
);

CREATE TABLE survey_answers (
    id {{PK}},
    response_id BIGINT NOT NULL REFERENCES survey_responses(id),
    question_id BIGINT NOT NULL REFERENCES survey_questions(id),
    rating INTEGER CHECK (rating IS NULL OR (rating BETWEEN 1 AND 5)),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (response_id, question_id)
);
CREATE INDEX survey_answers_question ON survey_answers (question_id);

-- @sqlite
CREATE TRIGGER lottery_entries_append_only BEFORE UPDATE ON lottery_entries BEGIN
    SELECT RAISE(ABORT, 'lottery_entries are frozen');
END;
CREATE TRIGGER lottery_entries_no_delete BEFORE DELETE ON lottery_entries BEGIN
    SELECT RAISE(ABORT, 'lottery_entries are frozen');
END;
-- @end

-- @postgresql
CREATE TRIGGER lottery_entries_append_only BEFORE UPDATE OR DELETE ON lottery_entries
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
