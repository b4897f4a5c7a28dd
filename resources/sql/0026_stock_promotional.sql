-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who pays for a gift stock batch's preloaded value. 0: the customer who gets the card paid
-- for it (activation books the value as money taken, as a gift card charge at the desk does);
-- 1: the club gives it away (activation books it against system:promotions, a promotion
-- cost, and no money is taken). A charge keeps its own flag, so a promotional value is never
-- paid back in money by a gift card return.
ALTER TABLE card_stock_batches ADD COLUMN promotional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE gift_card_charges ADD COLUMN promotional INTEGER NOT NULL DEFAULT 0;
