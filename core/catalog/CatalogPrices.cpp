// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Effective-dated prices: append-only rows, each opening a period that the next row of the
// same product and branch closes.
#include "CatalogService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <optional>

namespace Club::Core {

namespace {
// Stored as ISO text in UTC to the second, so text order is time order.
QString stamp(const QDateTime &at)
{
    QDateTime utc = at.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

} // namespace

Status CatalogService::setPrice(const Actor &actor, Id productId, Id branchId, Money price, const QDateTime &from)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    if (price < 0)
        return Error::make(Error::Code::Invalid, tr("A price cannot be negative."), {}, QStringLiteral("price"));
    return appendPrice(actor, productId, branchId, QVariant(price), from);
}

Status CatalogService::clearBranchPrice(const Actor &actor, Id productId, Id branchId, const QDateTime &from)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    if (branchId == kNoId)
        return Error::make(Error::Code::Invalid, tr("Choose the branch whose own price ends."), {},
                           QStringLiteral("branch"));
    return appendPrice(actor, productId, branchId, QVariant(), from);
}

Status CatalogService::appendPrice(const Actor &actor, Id productId, Id branchId, const QVariant &price,
                                   const QDateTime &from)
{
    if (!from.isValid())
        return Error::make(Error::Code::Invalid, tr("Enter when the price starts."), {}, QStringLiteral("from"));
    const QString start = stamp(from);
    const QString now = stamp(m_clock.nowUtc());
    if (start < now)
        return Error::make(Error::Code::Invalid, tr("A price cannot start in the past; past prices are never changed."),
                           QStringLiteral("from %1 now %2").arg(start, now), QStringLiteral("from"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<Product> p = loadProduct(productId); !p)
        return p.error();
    if (branchId != kNoId) {
        SqlQuery b(m_db, QStringLiteral("SELECT COUNT(*) FROM branches WHERE id = :b"));
        b.bind(QStringLiteral(":b"), branchId);
        Result<QVariant> n = b.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() != 1)
            return Error::make(Error::Code::NotFound, tr("The branch was not found."), {}, QStringLiteral("branch"));
    }
    SqlQuery last(m_db, QStringLiteral("SELECT MAX(valid_from) FROM product_prices WHERE product_id = :p AND ") +
                            (branchId == kNoId ? QStringLiteral("branch_id IS NULL")
                                               : QStringLiteral("branch_id = :b")));
    last.bind(QStringLiteral(":p"), productId);
    if (branchId != kNoId)
        last.bind(QStringLiteral(":b"), branchId);
    Result<QVariant> latest = last.scalar();
    if (!latest)
        return latest.error();
    // A start at or before the latest one would overlap a scheduled period.
    if (!latest->isNull() && start <= latest->toString())
        return Error::make(Error::Code::Conflict,
                           tr("This price would overlap a period that starts later. Choose a later start."),
                           QStringLiteral("from %1 latest %2").arg(start, latest->toString()),
                           QStringLiteral("from"));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO product_prices (product_id, branch_id, price, valid_from, "
                                    "operator_id, created_at) VALUES (:p, :b, :price, :from, :op, :at)"));
    q.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":price"), price)
        .bind(QStringLiteral(":from"), start)
        .bind(QStringLiteral(":op"), idOrNull(actor.operatorId))
        .bind(QStringLiteral(":at"), now);
    if (Status s = q.exec(); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict,
                               tr("This price would overlap a period that starts later. Choose a later start."),
                               s.error().detail, QStringLiteral("from"));
        return s;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("price.set"), QStringLiteral("product"), productId,
                                  QStringLiteral("branch=%1 price=%2 from=%3")
                                      .arg(branchId)
                                      .arg(price.isNull() ? QStringLiteral("inherit") : price.toString(), start));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT pricesChanged(productId);
    return {};
}

Result<Money> CatalogService::priceAt(const Actor &actor, Id productId, Id branchId, const QDateTime &at) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    // The latest row of each key that has started; the branch row wins unless it hands
    // the branch back (NULL price).
    SqlQuery q(m_db, QStringLiteral("SELECT branch_id, price FROM product_prices p WHERE product_id = :p AND "
                                    "valid_from <= :at AND (branch_id IS NULL OR branch_id = :b) AND valid_from = "
                                    "(SELECT MAX(valid_from) FROM product_prices x WHERE x.product_id = p.product_id "
                                    "AND COALESCE(x.branch_id, 0) = COALESCE(p.branch_id, 0) AND x.valid_from <= :at2)"));
    q.bind(QStringLiteral(":p"), productId)
        .bind(QStringLiteral(":at"), stamp(at))
        .bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":at2"), stamp(at));
    if (Status s = q.exec(); !s)
        return s.error();
    std::optional<Money> all;
    std::optional<Money> own;
    while (q.next()) {
        if (q.value(1).isNull())
            continue;
        if (q.value(0).isNull())
            all = q.value(1).toLongLong();
        else
            own = q.value(1).toLongLong();
    }
    if (own)
        return *own;
    if (all)
        return *all;
    return Error::make(Error::Code::NotFound, tr("The product has no price at that time."),
                       QStringLiteral("product %1 branch %2").arg(productId).arg(branchId));
}

Result<QList<PricePeriod>> CatalogService::priceHistory(const Actor &actor, Id productId, Id branchId) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT branch_id, price, valid_from FROM product_prices WHERE product_id = :p "
                                    "AND (branch_id IS NULL OR branch_id = :b) ORDER BY valid_from, id"));
    q.bind(QStringLiteral(":p"), productId).bind(QStringLiteral(":b"), branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    // Replay the rows in time order, keeping the current all-branches and branch prices;
    // every change of the effective price closes one period and opens the next.
    std::optional<Money> all;
    std::optional<Money> own;
    QList<PricePeriod> out;
    while (q.next()) {
        const bool isOwn = !q.value(0).isNull();
        std::optional<Money> value;
        if (!q.value(1).isNull())
            value = q.value(1).toLongLong();
        (isOwn ? own : all) = value;
        const QDateTime from = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        const bool ownRules = own.has_value();
        const std::optional<Money> effective = ownRules ? own : all;
        const Id source = ownRules ? branchId : kNoId;
        if (!out.isEmpty() && !out.last().until.isValid()) {
            if (effective && out.last().price == *effective && out.last().branchId == source)
                continue;
            out.last().until = from;
        }
        if (effective)
            out.append(PricePeriod{source, *effective, from, {}});
    }
    return out;
}

} // namespace Club::Core
