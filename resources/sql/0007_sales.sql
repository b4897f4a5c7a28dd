-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sales, their lines, returns and their lines: written once by SalesService, never changed
-- or deleted (a correction is a return). Each sale and each return is one journal
-- transaction; the idempotency key is unique here as in the journal, so a retried commit
-- finds the first sale. Money in minor units, points whole, times UTC ISO text.

CREATE TABLE sales (
    id {{PK}},
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    receipt_no BIGINT NOT NULL,            -- 1, 2, 3... per branch
    member_id BIGINT REFERENCES members(id),
    member_account_id BIGINT REFERENCES member_accounts(id),
    card_id BIGINT REFERENCES cards(id),
    operator_id BIGINT REFERENCES operators(id),
    terminal TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    gross BIGINT NOT NULL,
    discount BIGINT NOT NULL,
    net BIGINT NOT NULL,
    paid BIGINT NOT NULL,                  -- cash and bank card
    points_redeemed BIGINT NOT NULL,       -- points spent as a means of payment
    points_value BIGINT NOT NULL,          -- what they paid, in money
    points_earned BIGINT NOT NULL,         -- lines and bonuses, on the earned lot
    bonus_points BIGINT NOT NULL,
    bonuses TEXT NOT NULL,                 -- JSON array of bonus hits (birthday, signup...)
    earned_lot_id BIGINT REFERENCES points_lots(id),
    available_at TEXT,                     -- the earned points are pending until then
    idempotency_key TEXT NOT NULL UNIQUE,
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id),
    UNIQUE (branch_id, receipt_no),
    CHECK (net = gross - discount AND net = paid + points_value)
);
CREATE INDEX sales_member ON sales (member_account_id, created_at);

CREATE TABLE sale_lines (
    id {{PK}},
    sale_id BIGINT NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    product_id BIGINT NOT NULL REFERENCES products(id),
    qty BIGINT NOT NULL CHECK (qty > 0),
    unit_price BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    discount BIGINT NOT NULL,
    net BIGINT NOT NULL,
    points BIGINT NOT NULL,
    why TEXT NOT NULL,                     -- JSON array of rule hits: ruleId, reason, discount, points, cap
    UNIQUE (sale_id, line_no)
);

CREATE TABLE returns (
    id {{PK}},
    sale_id BIGINT NOT NULL REFERENCES sales(id),
    operator_id BIGINT REFERENCES operators(id),
    branch_id BIGINT REFERENCES branches(id),
    terminal TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    refund_cash BIGINT NOT NULL,           -- paid back in money
    points_refunded BIGINT NOT NULL,       -- redeemed points given back
    points_reversed BIGINT NOT NULL,       -- earned points taken back from the sale's lot
    points_shortfall BIGINT NOT NULL,      -- earned points already spent, settled by the policy
    points_from_other BIGINT NOT NULL,     -- of the shortfall, taken from the member's other points
    policy TEXT NOT NULL,
    deducted BIGINT NOT NULL,              -- the shortfall's value kept from the refund
    debt BIGINT NOT NULL,                  -- the shortfall's value left owing on the credit account
    idempotency_key TEXT NOT NULL UNIQUE,
    transaction_id BIGINT NOT NULL REFERENCES journal_transactions(id)
);
CREATE INDEX returns_sale ON returns (sale_id);

CREATE TABLE return_lines (
    id {{PK}},
    return_id BIGINT NOT NULL REFERENCES returns(id),
    sale_line_id BIGINT NOT NULL REFERENCES sale_lines(id),
    qty BIGINT NOT NULL CHECK (qty > 0),
    gross BIGINT NOT NULL,
    discount BIGINT NOT NULL,
    points BIGINT NOT NULL,
    UNIQUE (return_id, sale_line_id)
);
CREATE INDEX return_lines_sale_line ON return_lines (sale_line_id);

-- @sqlite
CREATE TRIGGER sales_append_only BEFORE UPDATE ON sales BEGIN
    SELECT RAISE(ABORT, 'sales is append only');
END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales BEGIN
    SELECT RAISE(ABORT, 'sales is append only');
END;
CREATE TRIGGER sale_lines_append_only BEFORE UPDATE ON sale_lines BEGIN
    SELECT RAISE(ABORT, 'sale_lines is append only');
END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines BEGIN
    SELECT RAISE(ABORT, 'sale_lines is append only');
END;
CREATE TRIGGER returns_append_only BEFORE UPDATE ON returns BEGIN
    SELECT RAISE(ABORT, 'returns is append only');
END;
CREATE TRIGGER returns_no_delete BEFORE DELETE ON returns BEGIN
    SELECT RAISE(ABORT, 'returns is append only');
END;
CREATE TRIGGER return_lines_append_only BEFORE UPDATE ON return_lines BEGIN
    SELECT RAISE(ABORT, 'return_lines is append only');
END;
CREATE TRIGGER return_lines_no_delete BEFORE DELETE ON return_lines BEGIN
    SELECT RAISE(ABORT, 'return_lines is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER sales_append_only BEFORE UPDATE OR DELETE ON sales
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER sale_lines_append_only BEFORE UPDATE OR DELETE ON sale_lines
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER returns_append_only BEFORE UPDATE OR DELETE ON returns
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER return_lines_append_only BEFORE UPDATE OR DELETE ON return_lines
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
