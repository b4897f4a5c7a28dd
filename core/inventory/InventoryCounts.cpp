// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stock-taking (count sheets) and the level-cache check.
#include "InventoryService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Club::Core {

namespace {
Error sheetNotFound(Id sheetId)
{
    return Error::make(Error::Code::NotFound, InventoryService::tr("The count sheet was not found."),
                       QStringLiteral("sheet %1").arg(sheetId));
}
} // namespace

Result<CountSheet> InventoryService::loadSheet(Id sheetId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, warehouse_id, status, opened_at, posted_at FROM count_sheets "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), sheetId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return sheetNotFound(sheetId);
    CountSheet c;
    c.id = q.value(0).toLongLong();
    c.warehouseId = q.value(1).toLongLong();
    c.status = q.value(2).toString() == QLatin1String("posted") ? CountSheetStatus::Posted : CountSheetStatus::Open;
    c.openedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        c.postedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return c;
}

Result<CountSheet> InventoryService::openCountSheet(const Actor &actor, Id warehouseId)
{
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<Warehouse> w = loadWarehouse(warehouseId); !w)
        return w.error();
    SqlQuery open(m_db, QStringLiteral("SELECT COUNT(*) FROM count_sheets WHERE warehouse_id = :w AND status = 'open'"));
    open.bind(QStringLiteral(":w"), warehouseId);
    Result<QVariant> n = open.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return Error::make(Error::Code::Conflict, tr("This warehouse already has an open count sheet."),
                           QStringLiteral("warehouse %1").arg(warehouseId));
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    SqlQuery sheet(m_db, QStringLiteral("INSERT INTO count_sheets (warehouse_id, status, opened_by, opened_at) "
                                        "VALUES (:w, 'open', :op, :at) RETURNING id"));
    sheet.bind(QStringLiteral(":w"), warehouseId)
        .bind(QStringLiteral(":op"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":at"), now);
    Result<QVariant> id = sheet.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict, tr("This warehouse already has an open count sheet."),
                               id.error().detail);
        return id.error();
    }
    // The snapshot: every active stocked product, and anything with a level here even if
    // it no longer is, so nothing held in the warehouse escapes the count.
    SqlQuery lines(m_db, QStringLiteral("INSERT INTO count_sheet_lines (sheet_id, product_id, expected) "
                                        "SELECT CAST(:s AS BIGINT), p.id, COALESCE(l.quantity, 0) FROM products p "
                                        "LEFT JOIN stock_levels l ON l.product_id = p.id AND l.warehouse_id = :w "
                                        "WHERE p.tracks_stock = 1 AND (p.active = 1 OR COALESCE(l.quantity, 0) <> 0)"));
    lines.bind(QStringLiteral(":s"), id->toLongLong()).bind(QStringLiteral(":w"), warehouseId);
    if (Status s = lines.exec(); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("count.open"), QStringLiteral("count_sheet"), id->toLongLong(),
                                  QStringLiteral("warehouse=%1").arg(warehouseId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return loadSheet(id->toLongLong());
}

Result<std::optional<CountSheet>> InventoryService::currentCountSheet(const Actor &actor, Id warehouseId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM count_sheets WHERE warehouse_id = :w AND status = 'open'"));
    q.bind(QStringLiteral(":w"), warehouseId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<CountSheet>();
    Result<CountSheet> sheet = loadSheet(q.value(0).toLongLong());
    if (!sheet)
        return sheet.error();
    return std::optional<CountSheet>(*sheet);
}

Status InventoryService::enterCount(const Actor &actor, Id sheetId, Id productId, qint64 counted)
{
    if (Status s = require(actor, Permission::InventoryMove); !s)
        return s;
    if (counted < 0)
        return Error::make(Error::Code::Invalid, tr("A counted quantity cannot be negative."), {},
                           QStringLiteral("counted"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<CountSheet> sheet = loadSheet(sheetId);
    if (!sheet)
        return sheet.error();
    if (sheet->status != CountSheetStatus::Open)
        return Error::make(Error::Code::Conflict, tr("This count sheet is already posted."),
                           QStringLiteral("sheet %1").arg(sheetId));
    SqlQuery q(m_db, QStringLiteral("UPDATE count_sheet_lines SET counted = :c WHERE sheet_id = :s AND product_id = :p"));
    q.bind(QStringLiteral(":c"), counted).bind(QStringLiteral(":s"), sheetId).bind(QStringLiteral(":p"), productId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("This product is not on the count sheet."),
                           QStringLiteral("sheet %1 product %2").arg(sheetId).arg(productId), QStringLiteral("product"));
    return tx.commit();
}

Result<QList<CountLine>> InventoryService::countLines(const Actor &actor, Id sheetId) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    if (Result<CountSheet> sheet = loadSheet(sheetId); !sheet)
        return sheet.error();
    SqlQuery q(m_db, QStringLiteral("SELECT product_id, expected, counted FROM count_sheet_lines WHERE sheet_id = :s "
                                    "ORDER BY product_id"));
    q.bind(QStringLiteral(":s"), sheetId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CountLine> out;
    while (q.next()) {
        CountLine line;
        line.productId = q.value(0).toLongLong();
        line.expected = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            line.counted = q.value(2).toLongLong();
        out.append(line);
    }
    return out;
}

Result<QList<CountLine>> InventoryService::variances(const Actor &actor, Id sheetId) const
{
    Result<QList<CountLine>> all = countLines(actor, sheetId);
    if (!all)
        return all;
    QList<CountLine> out;
    for (const CountLine &line : *all) {
        if (line.variance() != 0)
            out.append(line);
    }
    return out;
}

Status InventoryService::postCountSheet(const Actor &actor, Id sheetId)
{
    if (Status s = require(actor, Permission::InventoryApprove); !s)
        return s;
    Result<QList<CountLine>> diffs = variances(actor, sheetId);
    if (!diffs)
        return diffs.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<CountSheet> sheet = loadSheet(sheetId);
    if (!sheet)
        return sheet.error();
    // Conditional: of two managers posting at once, one closes the sheet, the other is refused.
    SqlQuery close(m_db, QStringLiteral("UPDATE count_sheets SET status = 'posted', posted_by = :op, posted_at = :at "
                                        "WHERE id = :id AND status = 'open'"));
    close.bind(QStringLiteral(":op"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), sheetId);
    if (Status s = close.exec(); !s)
        return s;
    if (close.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("This count sheet is already posted."),
                           QStringLiteral("sheet %1").arg(sheetId));
    // Re-read inside the transaction: the lines cannot change once the sheet is closed.
    diffs = variances(actor, sheetId);
    if (!diffs)
        return diffs.error();
    for (const CountLine &line : *diffs) {
        StockMovement m;
        m.productId = line.productId;
        m.warehouseId = sheet->warehouseId;
        m.kind = MovementKind::CountAdjustment;
        m.qty = line.variance();
        m.reference = QStringLiteral("count:%1").arg(sheetId);
        if (Result<Id> id = append(actor, m, sheetId); !id)
            return id.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("count.post"), QStringLiteral("count_sheet"), sheetId,
                                  QStringLiteral("warehouse=%1 adjustments=%2").arg(sheet->warehouseId).arg(diffs->size()));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    for (const CountLine &line : *diffs)
        Q_EMIT stockChanged(line.productId, sheet->warehouseId);
    Q_EMIT countSheetPosted(sheetId);
    return {};
}

Result<QList<StockMismatch>> InventoryService::verify(const Actor &actor) const
{
    if (Status s = require(actor, Permission::InventoryRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT product_id, warehouse_id, SUM(cached), SUM(moved) FROM ("
                                    "SELECT product_id, warehouse_id, quantity AS cached, 0 AS moved FROM stock_levels "
                                    "UNION ALL SELECT product_id, warehouse_id, 0, qty FROM stock_movements) x "
                                    "GROUP BY product_id, warehouse_id HAVING SUM(cached) <> SUM(moved) "
                                    "ORDER BY product_id, warehouse_id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockMismatch> out;
    while (q.next())
        out.append(StockMismatch{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

} // namespace Club::Core
