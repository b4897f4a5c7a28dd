-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Partner organisations (a company, union, university, bank...) and the members who belong
-- to them. A member may belong to several organisations; a membership ends by setting
-- left_on, never by deleting the row, so statements of past months still find it.
-- funded_credit marks a member whose credit purchases the organisation pays for (the
-- per-person limit is the member's credit limit in credit_limits). Dates are ISO dates.

CREATE TABLE organisations (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'union', 'university', 'bank', 'other')),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organisation_members (
    id {{PK}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    staff_number TEXT NOT NULL DEFAULT '',
    joined_on TEXT NOT NULL,
    left_on TEXT,
    funded_credit INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (organisation_id, member_id)
);
CREATE INDEX organisation_members_member ON organisation_members (member_id);
