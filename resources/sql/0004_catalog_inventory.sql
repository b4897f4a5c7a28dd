-- SPDX-FileCopyrightText: 2026 Customer Club Manager developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Catalog (product groups, products, effective-dated prices) and inventory (warehouses,
-- stock movements, a cached level per product and warehouse, low-stock thresholds,
-- count sheets). Prices and movements are append only, like the journal.

CREATE TABLE product_groups (
    id {{PK}},
    parent_id BIGINT REFERENCES product_groups(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX product_groups_parent ON product_groups (parent_id);

-- At least one of the three names is set (checked by CatalogService). search_key folds
-- code, barcode and names with Text::searchKey.
CREATE TABLE products (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    barcode TEXT UNIQUE,
    name_fa TEXT NOT NULL DEFAULT '',
    name_ar TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    group_id BIGINT REFERENCES product_groups(id),
    unit TEXT NOT NULL DEFAULT '',
    default_points BIGINT NOT NULL DEFAULT 0 CHECK (default_points >= 0),
    is_gift INTEGER NOT NULL DEFAULT 0,
    gift_points BIGINT NOT NULL DEFAULT 0 CHECK (gift_points >= 0),
    tracks_stock INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX products_group ON products (group_id);
CREATE INDEX products_search ON products (search_key);

-- Append-only price periods. A row opens a period at valid_from for one branch (NULL: all
-- branches); the period ends where the next row of the same product and branch starts.
-- A NULL price (branch rows only) ends a branch's override: the branch follows the
-- all-branches price again.
CREATE TABLE product_prices (
    id {{PK}},
    product_id BIGINT NOT NULL REFERENCES products(id),
    branch_id BIGINT REFERENCES branches(id),
    price BIGINT CHECK (price >= 0),
    valid_from TEXT NOT NULL,
    operator_id BIGINT REFERENCES operators(id),
    created_at TEXT NOT NULL,
    CHECK (price IS NOT NULL OR branch_id IS NOT NULL)
);
CREATE UNIQUE INDEX product_prices_start ON product_prices (product_id, COALESCE(branch_id, 0), valid_from);

CREATE TABLE warehouses (
    id {{PK}},
    branch_id BIGINT NOT NULL REFERENCES branches(id),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    UNIQUE (branch_id, name)
);

CREATE TABLE count_sheets (
    id {{PK}},
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    status TEXT NOT NULL CHECK (status IN ('open', 'posted')),
    opened_by BIGINT REFERENCES operators(id),
    opened_at TEXT NOT NULL,
    posted_by BIGINT REFERENCES operators(id),
    posted_at TEXT
);
CREATE INDEX count_sheets_warehouse ON count_sheets (warehouse_id, status);
-- One open sheet per warehouse, even when two terminals open one at the same moment.
CREATE UNIQUE INDEX count_sheets_one_open ON count_sheets (warehouse_id) WHERE status = 'open';

-- expected is the level when the sheet was opened; counted stays NULL until entered.
CREATE TABLE count_sheet_lines (
    sheet_id BIGINT NOT NULL REFERENCES count_sheets(id),
    product_id BIGINT NOT NULL REFERENCES products(id),
    expected BIGINT NOT NULL,
    counted BIGINT CHECK (counted >= 0),
    PRIMARY KEY (sheet_id, product_id)
);

CREATE TABLE stock_movements (
    id {{PK}},
    product_id BIGINT NOT NULL REFERENCES products(id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'sale', 'return', 'gift_issue', 'transfer_out', 'transfer_in',
                                       'adjustment', 'count_adjustment')),
    qty BIGINT NOT NULL CHECK (qty <> 0),
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    count_sheet_id BIGINT REFERENCES count_sheets(id),
    operator_id BIGINT REFERENCES operators(id),
    at TEXT NOT NULL
);
CREATE INDEX stock_movements_item ON stock_movements (product_id, warehouse_id);

-- A cache of SUM(stock_movements.qty), kept in the same transaction as the movement.
-- It may be negative only through sales and gift issues (see InventoryService.h).
CREATE TABLE stock_levels (
    product_id BIGINT NOT NULL REFERENCES products(id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    quantity BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, warehouse_id)
);

CREATE TABLE stock_thresholds (
    product_id BIGINT NOT NULL REFERENCES products(id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    minimum BIGINT NOT NULL CHECK (minimum >= 0),
    PRIMARY KEY (product_id, warehouse_id)
);

-- @sqlite
CREATE TRIGGER product_prices_append_only BEFORE UPDATE ON product_prices BEGIN
    SELECT RAISE(ABORT, 'product_prices is append only');
END;
CREATE TRIGGER product_prices_no_delete BEFORE DELETE ON product_prices BEGIN
    SELECT RAISE(ABORT, 'product_prices is append only');
END;
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock_movements is append only');
END;
-- @end

-- @postgresql
CREATE TRIGGER product_prices_append_only BEFORE UPDATE OR DELETE ON product_prices
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION club_append_only();
-- @end
