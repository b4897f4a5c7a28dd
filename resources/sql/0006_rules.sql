-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Earn and discount rules as append-only versions. A row is one version in force over
-- [valid_from, valid_to) (UTC ISO text; valid_to NULL: open). Changing a rule ends the
-- current version and appends the next one with the same series_id, so a quote or a sale
-- can always name the exact version that produced its points. The columns a query filters
-- or sorts on are real columns; everything else (amounts, targets, windows, multipliers,
-- caps) is the JSON object in params, read and written only by RuleService.

CREATE TABLE rules (
    id {{PK}},
    series_id BIGINT REFERENCES rules(id), -- NULL on a series' first version (the series is its id)
    name TEXT NOT NULL,
    family TEXT NOT NULL CHECK (family IN ('earn', 'discount')),
    kind TEXT NOT NULL,                    -- earn kind ("per_amount"...) or discount target ("tier"...)
    priority INTEGER NOT NULL CHECK (priority >= 0),
    exclusive INTEGER NOT NULL DEFAULT 0,
    campaign TEXT NOT NULL DEFAULT '',
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    params TEXT NOT NULL,
    created_by BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX rules_validity ON rules (valid_from, valid_to);
CREATE INDEX rules_series ON rules (series_id);

-- A version never changes, except that its end may be brought forward (never pushed back
-- or reopened); nothing is deleted.
-- @sqlite
CREATE TRIGGER rules_frozen BEFORE UPDATE OF id, series_id, name, family, kind, priority, exclusive, campaign, valid_from, params, created_by, created_at ON rules BEGIN
    SELECT RAISE(ABORT, 'rules: a version never changes');
END;
CREATE TRIGGER rules_end_earlier BEFORE UPDATE OF valid_to ON rules WHEN NEW.valid_to IS NULL OR (OLD.valid_to IS NOT NULL AND NEW.valid_to > OLD.valid_to) BEGIN
    SELECT RAISE(ABORT, 'rules: a version only ever ends earlier');
END;
CREATE TRIGGER rules_no_delete BEFORE DELETE ON rules BEGIN
    SELECT RAISE(ABORT, 'rules is append only');
END;
-- @end

-- @postgresql
CREATE FUNCTION club_rules_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'rules is append only';
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.series_id IS DISTINCT FROM OLD.series_id
        OR NEW.name IS DISTINCT FROM OLD.name OR NEW.family IS DISTINCT FROM OLD.family
        OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.priority IS DISTINCT FROM OLD.priority
        OR NEW.exclusive IS DISTINCT FROM OLD.exclusive OR NEW.campaign IS DISTINCT FROM OLD.campaign
        OR NEW.valid_from IS DISTINCT FROM OLD.valid_from OR NEW.params IS DISTINCT FROM OLD.params
        OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.valid_to IS NULL OR (OLD.valid_to IS NOT NULL AND NEW.valid_to > OLD.valid_to) THEN
        RAISE EXCEPTION 'rules: a version only ever ends earlier';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER rules_frozen BEFORE UPDATE OR DELETE ON rules FOR EACH ROW EXECUTE FUNCTION club_rules_frozen();
-- @end
