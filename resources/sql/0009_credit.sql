-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Internal credit, installment plans, gift card charges and the desk's stored-value and
-- credit tenders. Money moves only through the ledger (journal_transactions); these tables
-- say what the money was for. All of them are append only: a limit is changed by a newer
-- effective-dated row, an installment is paid by payment rows, a charge is returned by a
-- return row. Money in minor units, times UTC ISO text, due dates local ISO dates.

-- Credit limits: per card type (the default for members holding an active card of the type)
-- and per member (an override; amount NULL ends an override). The row in force is the
-- newest whose effective_from has come.
CREATE TABLE credit_limits (
    id {{PK}},
    card_type_id BIGINT REFERENCES card_types(id),
    member_id BIGINT REFERENCES members(id),
    amount BIGINT CHECK (amount IS NULL OR amount >= 0),
    effective_from TEXT NOT NULL,
    operator_id BIGINT REFERENCES operators(id),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((card_type_id IS NULL AND member_id IS NOT NULL) OR (card_type_id IS NOT NULL AND member_id IS NULL)),
    CHECK (member_id IS NOT NULL OR amount IS NOT NULL)
);
CREATE INDEX credit_limits_member ON credit_limits (member_id, effective_from);
CREATE INDEX credit_limits_card_type ON credit_limits (card_type_id, effective_from);

-- An installment plan schedules part of what a member owes (a credit sale's credit, or an
-- amount) into installments; opening one moves no money.
CREATE TABLE installment_plans (
    id {{PK}},
    member_id BIGINT NOT NULL REFERENCES members(id),
    member_account_id BIGINT NOT NULL REFERENCES member_accounts(id),
    sale_id BIGINT REFERENCES sales(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    installment_count INTEGER NOT NULL CHECK (installment_count > 0),
    first_due TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL
);
CREATE INDEX installment_plans_member ON installment_plans (member_id);

CREATE TABLE installments (
    id {{PK}},
    plan_id BIGINT NOT NULL REFERENCES installment_plans(id),
    seq INTEGER NOT NULL,
    due_on TEXT NOT NULL,                  -- yyyy-MM-dd (Gregorian ISO), one Jalali month apart
    amount BIGINT NOT NULL CHECK (amount > 0),
    UNIQUE (plan_id, seq)
);

-- A repayment's share on one installment, with the journal transaction that moved it.
CREATE TABLE installment_payments (
    id {{PK}},
    installment_id BIGINT NOT NULL REFERENCES installments(id),
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    created_at TEXT NOT NULL,
    UNIQUE (installment_id, transaction_id)
);
CREATE INDEX installment_payments_transaction ON installment_payments (transaction_id);

-- Money a customer paid onto a gift card (the card's member's stored value).
CREATE TABLE gift_card_charges (
    id {{PK}},
    card_id BIGINT NOT NULL REFERENCES cards(id),
    member_account_id BIGINT NOT NULL REFERENCES member_accounts(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    idempotency_key TEXT NOT NULL UNIQUE,
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    created_at TEXT NOT NULL
);
CREATE INDEX gift_card_charges_card ON gift_card_charges (card_id);

CREATE TABLE gift_card_charge_returns (
    id {{PK}},
    charge_id BIGINT NOT NULL UNIQUE REFERENCES gift_card_charges(id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    idempotency_key TEXT NOT NULL UNIQUE,
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL
);

-- The desk's tenders besides cash and points. sales.paid keeps holding every money tender
-- (cash + stored value + credit) so its CHECK stays true; the cash part is paid minus these.
ALTER TABLE sales ADD COLUMN stored_value BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN credit BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN tender_card_id BIGINT REFERENCES cards(id);
ALTER TABLE returns ADD COLUMN refund_stored_value BIGINT NOT NULL DEFAULT 0;
ALTER TABLE returns ADD COLUMN refund_credit BIGINT NOT NULL DEFAULT 0;

-- @sqlite
CREATE TRIGGER credit_limits_append_only BEFORE UPDATE ON credit_limits BEGIN
    SELECT RAISE(ABORT, 'credit_limits is append only');
END;
CREATE TRIGGER credit_limits_no_delete BEFORE DELETE ON credit_limits BEGIN
    SELECT RAISE(ABORT, 'credit_limits is append only');
END;
CREATE TRIGGER installment_plans_append_only BEFORE UPDATE ON installment_plans BEGIN
    SELECT RAISE(ABORT, 'installment_plans is append only');
END;
CREATE TRIGGER installment_plans_no_delete BEFORE DELETE ON installment_plans BEGIN
    SELECT RAISE(ABORT, 'installment_plans is append only');
END;
CREATE TRIGGER installments_append_only BEFORE UPDATE ON installments BEGIN
    SELECT RAISE(ABORT, 'installments is append only');
END;
CREATE TRIGGER installments_no_delete BEFORE DELETE ON installments BEGIN
    SELECT RAISE(ABORT, 'installments is append only');
END;
CREATE TRIGGER installment_payments_append_only BEFORE UPDATE ON installment_payments BEGIN
    SELECT RAISE(ABORT, 'installment_payments is append only');
END;
CREATE TRIGGER installment_payments_no_delete BEFORE DELETE ON installment_payments BEGIN
    SELECT RAISE(ABORT, 'installment_payments is append only');
END;
CREATE TRIGGER gift_card_charges_append_only BEFORE UPDATE ON gift_card_charges BEGIN
    SELECT RAISE(ABORT, 'gift_card_charges is append only');
END;
CREATE TRIGGER gift_card_charges_no_delete BEFORE DELETE ON gift_card_charges BEGIN
    SELECT RAISE(ABORT, 'gift_card_charges is append only');
END;
CREATE TRIGGER gift_card_charge_returns_append_only BEFORE UPDATE ON gift_card_charge_returns BEGIN
    SELECT RAISE(ABORT, 'gift_card_charge_returns is append only');
END;
CREATE TRIGGER gift_card_charge_returns_no_delete BEFORE DELETE ON gift_card_charge_returns BEGIN
    SELECT RAISE(ABORT, 'gift_card_charge_returns is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER credit_limits_append_only BEFORE UPDATE OR DELETE ON credit_limits
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER installment_plans_append_only BEFORE UPDATE OR DELETE ON installment_plans
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER installments_append_only BEFORE UPDATE OR DELETE ON installments
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER installment_payments_append_only BEFORE UPDATE OR DELETE ON installment_payments
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER gift_card_charges_append_only BEFORE UPDATE OR DELETE ON gift_card_charges
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER gift_card_charge_returns_append_only BEFORE UPDATE OR DELETE ON gift_card_charge_returns
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
