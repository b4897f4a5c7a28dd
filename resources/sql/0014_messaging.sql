-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Messages to members: saved segments (member filters), message templates per language,
-- campaigns with one row per recipient, and occasion messages. A member gets at most one
-- message per campaign (UNIQUE (campaign_id, member_id)) and one per occasion
-- (UNIQUE (member_id, kind, occasion_date)); a row is claimed ('sending') before it is sent,
-- so a crash never leads to a second message. Times UTC ISO text, dates store-local ISO.

CREATE TABLE segments (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    spec TEXT NOT NULL,                -- JSON: the conditions (see core/messaging/Segment.h)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE message_templates (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    subject_fa TEXT NOT NULL DEFAULT '',
    body_fa TEXT NOT NULL DEFAULT '',
    subject_ar TEXT NOT NULL DEFAULT '',
    body_ar TEXT NOT NULL DEFAULT '',
    subject_en TEXT NOT NULL DEFAULT '',
    body_en TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE campaigns (
    id {{PK}},
    name TEXT NOT NULL,
    segment_id BIGINT NOT NULL REFERENCES segments(id),
    template_id BIGINT NOT NULL REFERENCES message_templates(id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    created_by BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    started_at TEXT
);

CREATE TABLE campaign_recipients (
    id {{PK}},
    campaign_id BIGINT NOT NULL REFERENCES campaigns(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    reason TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE (campaign_id, member_id)
);
CREATE INDEX campaign_recipients_status ON campaign_recipients (campaign_id, status);

CREATE TABLE occasion_messages (
    id {{PK}},
    member_id BIGINT NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL CHECK (kind IN ('birthday', 'anniversary', 'points_expiring', 'tier_change')),
    occasion_date TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    address TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    reason TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (member_id, kind, occasion_date)
);
CREATE INDEX occasion_messages_status ON occasion_messages (status);
