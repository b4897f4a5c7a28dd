-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The journal, the audit log and the card and stock histories are append only: the
-- database itself refuses to change or delete a row, whatever program asks.
-- Also: the expiry job finds due lots without scanning them all.

CREATE INDEX points_lots_expiry ON points_lots (expires_at, remaining);

-- @sqlite
CREATE TRIGGER journal_transactions_append_only BEFORE UPDATE ON journal_transactions BEGIN
    SELECT RAISE(ABORT, 'journal_transactions is append only');
END;
CREATE TRIGGER journal_transactions_no_delete BEFORE DELETE ON journal_transactions BEGIN
    SELECT RAISE(ABORT, 'journal_transactions is append only');
END;
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE ON journal_entries BEGIN
    SELECT RAISE(ABORT, 'journal_entries is append only');
END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries BEGIN
    SELECT RAISE(ABORT, 'journal_entries is append only');
END;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append only');
END;
CREATE TRIGGER card_events_append_only BEFORE UPDATE ON card_events BEGIN
    SELECT RAISE(ABORT, 'card_events is append only');
END;
CREATE TRIGGER card_events_no_delete BEFORE DELETE ON card_events BEGIN
    SELECT RAISE(ABORT, 'card_events is append only');
END;
CREATE TRIGGER card_stock_movements_append_only BEFORE UPDATE ON card_stock_movements BEGIN
    SELECT RAISE(ABORT, 'card_stock_movements is append only');
END;
CREATE TRIGGER card_stock_movements_no_delete BEFORE DELETE ON card_stock_movements BEGIN
    SELECT RAISE(ABORT, 'card_stock_movements is append only');
END;
-- @end

-- @postgresql
CREATE FUNCTION club_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER journal_transactions_append_only BEFORE UPDATE OR DELETE ON journal_transactions
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER card_events_append_only BEFORE UPDATE OR DELETE ON card_events
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER card_stock_movements_append_only BEFORE UPDATE OR DELETE ON card_stock_movements
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
