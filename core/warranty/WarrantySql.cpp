// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarrantySql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core {

namespace {

QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

// The status needs only two facts from the log: was the item replaced, and is the latest
// of "received"/"returned" a "received" (still in the workshop).
const QString kColumns = QStringLiteral(
    "SELECT w.id, w.product_id, p.name_fa, p.name_ar, p.name_en, w.serial_no, w.member_id, m.first_name, "
    "m.last_name, w.card_id, c.number, w.sale_id, w.sale_line_id, w.starts_at, w.months, w.ends_at, w.created_at, "
    "(SELECT COUNT(*) FROM warranty_events e WHERE e.warranty_id = w.id AND e.event = 'replaced'), "
    "(SELECT e.event FROM warranty_events e WHERE e.warranty_id = w.id AND e.event IN ('received', 'returned') "
    "ORDER BY e.at DESC, e.id DESC LIMIT 1) "
    "FROM warranties w JOIN products p ON p.id = w.product_id JOIN members m ON m.id = w.member_id "
    "LEFT JOIN cards c ON c.id = w.card_id ");

Warranty warrantyOf(const SqlQuery &q, const QDateTime &now)
{
    Warranty w;
    w.id = q.value(0).toLongLong();
    w.productId = q.value(1).toLongLong();
    const QString fa = q.value(2).toString(), ar = q.value(3).toString(), en = q.value(4).toString();
    w.productName = !fa.isEmpty() ? fa : !ar.isEmpty() ? ar : en;
    w.serialNo = q.value(5).toString();
    w.memberId = q.value(6).toLongLong();
    w.memberName = QString(q.value(7).toString() + QLatin1Char(' ') + q.value(8).toString()).trimmed();
    w.cardId = idOf(q.value(9));
    w.cardNumber = q.value(10).toString();
    w.saleId = idOf(q.value(11));
    w.saleLineId = idOf(q.value(12));
    w.startsAt = LedgerStore::fromIso(q.value(13));
    w.months = q.value(14).toInt();
    w.endsAt = LedgerStore::fromIso(q.value(15));
    w.createdAt = LedgerStore::fromIso(q.value(16));
    if (q.value(17).toLongLong() > 0)
        w.status = WarrantyStatus::Replaced;
    else if (q.value(18).toString() == QLatin1String("received"))
        w.status = WarrantyStatus::InService;
    else if (now >= w.endsAt)
        w.status = WarrantyStatus::Expired;
    else
        w.status = WarrantyStatus::Active;
    return w;
}

} // namespace

Result<WarrantySql::SaleLineFacts> WarrantySql::saleLine(Id saleLineId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.id, l.product_id, s.member_id, s.card_id, s.created_at "
                                    "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = :id"));
    q.bind(QStringLiteral(":id"), saleLineId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("That sale line was not found."),
                           QStringLiteral("sale line %1").arg(saleLineId), QStringLiteral("saleLineId"));
    SaleLineFacts f;
    f.saleId = q.value(0).toLongLong();
    f.productId = q.value(1).toLongLong();
    f.memberId = idOf(q.value(2));
    f.cardId = idOf(q.value(3));
    f.soldAt = LedgerStore::fromIso(q.value(4));
    return f;
}

Result<bool> WarrantySql::productExists(Id productId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE id = :p"));
    q.bind(QStringLiteral(":p"), productId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<int> WarrantySql::defaultMonths(Id productId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT months FROM warranty_defaults WHERE product_id = :p"));
    q.bind(QStringLiteral(":p"), productId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status WarrantySql::setDefaultMonths(Id productId, int months, Id operatorId, const QDateTime &now) const
{
    if (months <= 0) {
        SqlQuery q(m_db, QStringLiteral("DELETE FROM warranty_defaults WHERE product_id = :p"));
        q.bind(QStringLiteral(":p"), productId);
        return q.exec();
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO warranty_defaults (product_id, months, operator_id, updated_at) "
                                    "VALUES (:p, :m, :o, :at) ON CONFLICT (product_id) DO UPDATE SET "
                                    "months = excluded.months, operator_id = excluded.operator_id, "
                                    "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":m"), months)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(now));
    return q.exec();
}

Result<Id> WarrantySql::findSerial(Id productId, const QString &serialNo) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM warranties WHERE product_id = :p AND serial_no = :s"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":s"), serialNo);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> WarrantySql::insert(const Warranty &w, Id operatorId, Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO warranties (product_id, serial_no, member_id, card_id, sale_id, "
                                    "sale_line_id, starts_at, months, ends_at, operator_id, branch_id, created_at) "
                                    "VALUES (:p, :s, :m, :c, :sale, :line, :start, :months, :end, :o, :b, :at) "
                                    "RETURNING id"));
    q.bind(QStringLiteral(":p"), w.productId)
        .bind(QStringLiteral(":s"), w.serialNo)
        .bind(QStringLiteral(":m"), w.memberId)
        .bind(QStringLiteral(":c"), idOrNull(w.cardId))
        .bind(QStringLiteral(":sale"), idOrNull(w.saleId))
        .bind(QStringLiteral(":line"), idOrNull(w.saleLineId))
        .bind(QStringLiteral(":start"), iso(w.startsAt))
        .bind(QStringLiteral(":months"), w.months)
        .bind(QStringLiteral(":end"), iso(w.endsAt))
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":at"), iso(w.createdAt));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Id> WarrantySql::insertEvent(const WarrantyEvent &e, Id branchId, const QDateTime &now) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO warranty_events (warranty_id, event, at, note, operator_id, "
                                    "branch_id, created_at) VALUES (:w, :e, :at, :note, :o, :b, :now) RETURNING id"));
    q.bind(QStringLiteral(":w"), e.warrantyId)
        .bind(QStringLiteral(":e"), warrantyEventKey(e.kind))
        .bind(QStringLiteral(":at"), iso(e.at))
        .bind(QStringLiteral(":note"), e.note)
        .bind(QStringLiteral(":o"), idOrNull(e.operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":now"), iso(now));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<WarrantyEvent>> WarrantySql::events(Id warrantyId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.event, e.at, e.note, e.operator_id, o.full_name "
                                    "FROM warranty_events e LEFT JOIN operators o ON o.id = e.operator_id "
                                    "WHERE e.warranty_id = :w ORDER BY e.at, e.id"));
    q.bind(QStringLiteral(":w"), warrantyId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<WarrantyEvent> out;
    while (q.next()) {
        WarrantyEvent e;
        e.id = q.value(0).toLongLong();
        e.warrantyId = warrantyId;
        warrantyEventFromKey(q.value(1).toString(), &e.kind);
        e.at = LedgerStore::fromIso(q.value(2));
        e.note = q.value(3).toString();
        e.operatorId = idOf(q.value(4));
        e.operatorName = q.value(5).toString();
        out.append(e);
    }
    return out;
}

Result<QList<Warranty>> WarrantySql::list(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                                          const QDateTime &now, const QString &order) const
{
    SqlQuery q(m_db, kColumns + where + (order.isEmpty() ? QStringLiteral(" ORDER BY w.starts_at DESC, w.id DESC")
                                                         : order));
    for (const auto &b : binds)
        q.bind(b.first, b.second);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Warranty> out;
    while (q.next())
        out.append(warrantyOf(q, now));
    return out;
}

Result<Warranty> WarrantySql::load(Id warrantyId, const QDateTime &now) const
{
    Result<QList<Warranty>> found = list(QStringLiteral("WHERE w.id = :id"), {{QStringLiteral(":id"), warrantyId}}, now);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound, tr("That warranty was not found."),
                           QStringLiteral("warranty %1").arg(warrantyId));
    Warranty w = found->first();
    Result<QList<WarrantyEvent>> ev = events(warrantyId);
    if (!ev)
        return ev.error();
    w.events = *ev;
    return w;
}

Result<QList<Warranty>> WarrantySql::ofMember(Id memberId, const QDateTime &now) const
{
    return list(QStringLiteral("WHERE w.member_id = :m"), {{QStringLiteral(":m"), memberId}}, now);
}

Result<QList<Warranty>> WarrantySql::ofCard(Id cardId, const QDateTime &now) const
{
    return list(QStringLiteral("WHERE w.card_id = :c"), {{QStringLiteral(":c"), cardId}}, now);
}

Result<QList<Warranty>> WarrantySql::search(const QString &serial, const QString &cardNumber,
                                            const QDateTime &now) const
{
    // Serials are stored upper case, so a plain LIKE matches on both engines.
    QString escaped = serial;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return list(QStringLiteral("WHERE w.serial_no LIKE :s ESCAPE '\\' OR c.number = :n"),
                {{QStringLiteral(":s"), QString(QLatin1Char('%') + escaped + QLatin1Char('%'))},
                 {QStringLiteral(":n"), cardNumber}},
                now, QStringLiteral(" ORDER BY w.starts_at DESC, w.id DESC LIMIT 200"));
}

Result<QList<Warranty>> WarrantySql::expiring(const QDateTime &now, const QDateTime &until) const
{
    return list(QStringLiteral("WHERE w.ends_at >= :now AND w.ends_at < :until AND NOT EXISTS (SELECT 1 FROM "
                               "warranty_events e WHERE e.warranty_id = w.id AND e.event = 'replaced')"),
                {{QStringLiteral(":now"), iso(now)}, {QStringLiteral(":until"), iso(until)}}, now,
                QStringLiteral(" ORDER BY w.ends_at, w.id"));
}

} // namespace Club::Core
