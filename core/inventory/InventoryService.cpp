// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Warehouses, movements, levels and thresholds. Stock-taking and verify() live in
// InventoryCounts.cpp.
#include "InventoryService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Text.h"

namespace Club::Core {

namespace {
struct KindInfo
{
    MovementKind kind;
    const char *key;
};
constexpr KindInfo kKinds[] = {
    {MovementKind::Receipt, "receipt"},
    {MovementKind::Sale, "sale"},
    {MovementKind::Return, "return"},
    {MovementKind::GiftIssue, "gift_issue"},
    {MovementKind::TransferOut, "transfer_out"},
    {MovementKind::TransferIn, "transfer_in"},
    {MovementKind::Adjustment, "adjustment"},
    {MovementKind::CountAdjustment, "count_adjustment"},
};

// The goods of a sale or gift issue are in the customer's hands: the till must not stop.
bool mayGoNegative(MovementKind kind)
{
    return kind == MovementKind::Sale || kind == MovementKind::GiftIssue;
}

} // namespace

QString movementKindKey(MovementKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<MovementKind> movementKindFromKey(const QString &key)
{
    for (const KindInfo &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

InventoryService::InventoryService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

// --- warehouses ---------------------------------------------------------------------

Result<QList<Warehouse>> InventoryService::warehouses(const Actor &actor, Id branchId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, branch_id, name, active FROM warehouses") +
                         (branchId != kNoId ? QStringLiteral(" WHERE branch_id = :b") : QString()) +
                         QStringLiteral(" ORDER BY branch_id, name"));
    if (branchId != kNoId)
        q.bind(QStringLiteral(":b"), branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Warehouse> out;
    while (q.next())
        out.append(Warehouse{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() != 0});
    return out;
}

Result<Warehouse> InventoryService::loadWarehouse(Id warehouseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, branch_id, name, active FROM warehouses WHERE id = :id"));
    q.bind(QStringLiteral(":id"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The warehouse was not found."),
                           QStringLiteral("warehouse %1").arg(warehouseId), QStringLiteral("warehouse"));
    return Warehouse{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() != 0};
}

Result<Warehouse> InventoryService::createWarehouse(const Actor &actor, Id branchId, const QString &name)
{
    if (Status s = require(actor, Permission::InventoryApprove); !s)
        return s.error();
    const QString clean = Text::normalizeName(name).simplified();
    if (clean.isEmpty())
        return Error::invalid(tr("Enter a name for the warehouse."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO warehouses (branch_id, name, active, created_at) "
                                    "VALUES (:b, :n, 1, :at) RETURNING id"));
    q.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":n"), clean)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    Result<QVariant> id = q.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("This branch already has a warehouse with this name."), {},
                               QStringLiteral("name"));
        return id.error();
    }
    const Warehouse w{id->toLongLong(), branchId, clean, true};
    if (Status s = m_audit.record(actor, QStringLiteral("warehouse.create"), QStringLiteral("warehouse"), w.id,
                                  QStringLiteral("branch=%1 %2").arg(branchId).arg(clean));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT warehousesChanged();
    return w;
}

// --- movements ----------------------------------------------------------------------

Status InventoryService::checkStockedProduct(Id productId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT tracks_stock FROM products WHERE id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The product was not found."),
                           QStringLiteral("product %1").arg(productId), QStringLiteral("product"));
    if (q.value(0).toInt() == 0)
        return Error::make(Error::Code::Conflict, tr("This product does not keep stock."),
                           QStringLiteral("product %1").arg(productId), QStringLiteral("product"));
    return {};
}

// Inside the caller's transaction: the level first (conditionally), then the movement.
Result<Id> InventoryService::append(const Actor &actor, const StockMovement &m, Id countSheetId)
{
    if (Result<Warehouse> w = loadWarehouse(m.warehouseId); !w)
        return w.error();
    if (Status s = checkStockedProduct(m.productId); !s)
        return s.error();
    SqlQuery ensure(m_db, QStringLiteral("INSERT INTO stock_levels (product_id, warehouse_id, quantity) "
                                         "VALUES (:p, :w, 0) ON CONFLICT (product_id, warehouse_id) DO NOTHING"));
    ensure.bind(QStringLiteral(":p"), m.productId).bind(QStringLiteral(":w"), m.warehouseId);
    if (Status s = ensure.exec(); !s)
        return s.error();
    // Stock coming in is never refused, even onto a negative level (a return after a sale
    // that went below zero); stock going out is, unless the kind may go negative.
    SqlQuery update(m_db, QStringLiteral("UPDATE stock_levels SET quantity = quantity + :d WHERE product_id = :p "
                                         "AND warehouse_id = :w AND (:allow = 1 OR quantity + :d2 >= 0)"));
    update.bind(QStringLiteral(":d"), m.qty)
        .bind(QStringLiteral(":p"), m.productId)
        .bind(QStringLiteral(":w"), m.warehouseId)
        .bind(QStringLiteral(":allow"), mayGoNegative(m.kind) || m.qty > 0 ? 1 : 0)
        .bind(QStringLiteral(":d2"), m.qty);
    if (Status s = update.exec(); !s)
        return s.error();
    if (update.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("There is not enough stock for this movement."),
                           QStringLiteral("product %1 warehouse %2 qty %3").arg(m.productId).arg(m.warehouseId).arg(m.qty),
                           QStringLiteral("qty"));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO stock_movements (product_id, warehouse_id, kind, qty, reference, "
                                         "note, count_sheet_id, operator_id, at) VALUES (:p, :w, :k, :q, :r, :n, :s, "
                                         ":op, :at) RETURNING id"));
    insert.bind(QStringLiteral(":p"), m.productId)
        .bind(QStringLiteral(":w"), m.warehouseId)
        .bind(QStringLiteral(":k"), movementKindKey(m.kind))
        .bind(QStringLiteral(":q"), m.qty)
        .bind(QStringLiteral(":r"), m.reference.trimmed())
        .bind(QStringLiteral(":n"), m.note.simplified())
        .bind(QStringLiteral(":s"), countSheetId != kNoId ? QVariant(countSheetId) : QVariant())
        .bind(QStringLiteral(":op"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    Result<QVariant> id = insert.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Id> InventoryService::record(const Actor &actor, const StockMovement &movement)
{
    if (Status s = require(actor, movement.kind == MovementKind::Adjustment ? Permission::InventoryApprove
                                                                            : Permission::InventoryMove);
        !s)
        return s.error();
    const qint64 q = movement.qty;
    switch (movement.kind) {
    case MovementKind::Receipt:
    case MovementKind::Return:
        if (q <= 0)
            return Error::invalid(tr("Received and returned quantities must be above zero."), QStringLiteral("qty"));
        break;
    case MovementKind::Sale:
    case MovementKind::GiftIssue:
        if (q >= 0)
            return Error::invalid(tr("Goods going out are entered as a negative quantity."), QStringLiteral("qty"));
        break;
    case MovementKind::Adjustment:
        if (q == 0)
            return Error::invalid(tr("Enter how many units the adjustment adds or removes."), QStringLiteral("qty"));
        if (movement.note.simplified().isEmpty())
            return Error::invalid(tr("Enter the reason for this adjustment."), QStringLiteral("note"));
        break;
    case MovementKind::TransferOut:
    case MovementKind::TransferIn:
    case MovementKind::CountAdjustment:
        // Only transfer() and postCountSheet() write these, so their pairs and sheets stay whole.
        return Error::make(Error::Code::Invalid, tr("This kind of movement cannot be entered by hand."),
                           movementKindKey(movement.kind), QStringLiteral("kind"));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Id> id = append(actor, movement, kNoId);
    if (!id)
        return id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("stock.") + movementKindKey(movement.kind),
                                  QStringLiteral("product"), movement.productId,
                                  QStringLiteral("warehouse=%1 qty=%2 ref=%3")
                                      .arg(movement.warehouseId)
                                      .arg(movement.qty)
                                      .arg(movement.reference.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT stockChanged(movement.productId, movement.warehouseId);
    return id;
}

Status InventoryService::transfer(const Actor &actor, Id productId, Id fromWarehouseId, Id toWarehouseId, qint64 qty,
                                  const QString &reference)
{
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s;
    if (qty <= 0)
        return Error::invalid(tr("Enter how many units to transfer."), QStringLiteral("qty"));
    if (fromWarehouseId == toWarehouseId)
        return Error::invalid(tr("Choose two different warehouses."), QStringLiteral("warehouse"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    StockMovement out{kNoId, productId, fromWarehouseId, MovementKind::TransferOut, -qty, reference, {}, kNoId, {}};
    Result<Id> outId = append(actor, out, kNoId);
    if (!outId)
        return outId.error();
    StockMovement in{kNoId, productId, toWarehouseId, MovementKind::TransferIn, qty, {}, {}, kNoId, {}};
    // The arriving side names the leaving movement, so the pair can be found from either end.
    in.reference = reference.trimmed().isEmpty() ? QStringLiteral("transfer:%1").arg(*outId)
                                                 : reference.trimmed() + QStringLiteral(" transfer:%1").arg(*outId);
    Result<Id> inId = append(actor, in, kNoId);
    if (!inId)
        return inId.error();
    if (Status s = m_audit.record(actor, QStringLiteral("stock.transfer"), QStringLiteral("product"), productId,
                                  QStringLiteral("from=%1 to=%2 qty=%3").arg(fromWarehouseId).arg(toWarehouseId).arg(qty));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT stockChanged(productId, fromWarehouseId);
    Q_EMIT stockChanged(productId, toWarehouseId);
    return {};
}

// --- levels -------------------------------------------------------------------------

Result<qint64> InventoryService::level(const Actor &actor, Id productId, Id warehouseId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT quantity FROM stock_levels WHERE product_id = :p AND warehouse_id = :w"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":w"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<StockLevel>> InventoryService::levels(const Actor &actor, Id warehouseId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT l.product_id, l.warehouse_id, l.quantity, COALESCE(t.minimum, 0) "
                                    "FROM stock_levels l LEFT JOIN stock_thresholds t ON t.product_id = l.product_id "
                                    "AND t.warehouse_id = l.warehouse_id WHERE l.warehouse_id = :w "
                                    "ORDER BY l.product_id"));
    q.bind(QStringLiteral(":w"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockLevel> out;
    while (q.next())
        out.append(StockLevel{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

Result<QList<StockMovement>> InventoryService::movements(const Actor &actor, Id productId, Id warehouseId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, product_id, warehouse_id, kind, qty, reference, note, operator_id, at "
                                    "FROM stock_movements WHERE product_id = :p AND warehouse_id = :w ORDER BY id"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":w"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockMovement> out;
    while (q.next()) {
        StockMovement m;
        m.id = q.value(0).toLongLong();
        m.productId = q.value(1).toLongLong();
        m.warehouseId = q.value(2).toLongLong();
        m.kind = movementKindFromKey(q.value(3).toString()).value_or(MovementKind::Adjustment);
        m.qty = q.value(4).toLongLong();
        m.reference = q.value(5).toString();
        m.note = q.value(6).toString();
        m.operatorId = q.value(7).isNull() ? kNoId : q.value(7).toLongLong();
        m.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        out.append(m);
    }
    return out;
}

Status InventoryService::setThreshold(const Actor &actor, Id productId, Id warehouseId, qint64 minimum)
{
    if (Status s = require(actor, Permission::InventoryApprove); !s)
        return s;
    if (minimum < 0)
        return Error::invalid(tr("The low-stock threshold cannot be negative."), QStringLiteral("minimum"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<Warehouse> w = loadWarehouse(warehouseId); !w)
        return w.error();
    if (Status s = checkStockedProduct(productId); !s)
        return s;
    SqlQuery q(m_db, minimum == 0
                         ? QStringLiteral("DELETE FROM stock_thresholds WHERE product_id = :p AND warehouse_id = :w")
                         : QStringLiteral("INSERT INTO stock_thresholds (product_id, warehouse_id, minimum) VALUES "
                                          "(:p, :w, :m) ON CONFLICT (product_id, warehouse_id) DO UPDATE SET "
                                          "minimum = excluded.minimum"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":w"), warehouseId);
    if (minimum != 0)
        q.bind(QStringLiteral(":m"), minimum);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("stock.threshold"), QStringLiteral("product"), productId,
                                  QStringLiteral("warehouse=%1 minimum=%2").arg(warehouseId).arg(minimum));
        !s)
        return s;
    return tx.commit();
}

Result<QList<StockLevel>> InventoryService::lowStock(const Actor &actor, Id warehouseId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    // A threshold without any movement yet is a level of zero.
    SqlQuery q(m_db, QStringLiteral("SELECT t.product_id, t.warehouse_id, COALESCE(l.quantity, 0), t.minimum "
                                    "FROM stock_thresholds t LEFT JOIN stock_levels l ON l.product_id = t.product_id "
                                    "AND l.warehouse_id = t.warehouse_id WHERE t.warehouse_id = :w "
                                    "AND COALESCE(l.quantity, 0) <= t.minimum "
                                    "UNION SELECT l.product_id, l.warehouse_id, l.quantity, 0 FROM stock_levels l "
                                    "WHERE l.warehouse_id = :w2 AND l.quantity < 0 AND NOT EXISTS (SELECT 1 FROM "
                                    "stock_thresholds t WHERE t.product_id = l.product_id AND t.warehouse_id = "
                                    "l.warehouse_id) ORDER BY 1"));
    q.bind(QStringLiteral(":w"), warehouseId).bind(QStringLiteral(":w2"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockLevel> out;
    while (q.next())
        out.append(StockLevel{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

} // namespace Club::Core
