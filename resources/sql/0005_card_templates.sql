-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Card designs: one printed layout per card type, kept as the layout's JSON text (the
-- format belongs to devices/printing; core only checks that it is a versioned object).
-- Every save appends a row and the newest row of a type is its current design, so an
-- earlier design can always be looked up and nothing is ever edited or deleted.

CREATE TABLE card_templates (
    id {{PK}},
    card_type_id BIGINT NOT NULL REFERENCES card_types(id),
    layout_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES operators(id)
);
CREATE INDEX card_templates_type ON card_templates (card_type_id, id);

-- @sqlite
CREATE TRIGGER card_templates_append_only BEFORE UPDATE ON card_templates BEGIN
    SELECT RAISE(ABORT, 'card_templates is append only');
END;
CREATE TRIGGER card_templates_no_delete BEFORE DELETE ON card_templates BEGIN
    SELECT RAISE(ABORT, 'card_templates is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER card_templates_append_only BEFORE UPDATE OR DELETE ON card_templates
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
