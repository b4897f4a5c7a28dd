// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Groups and products. Prices live in CatalogPrices.cpp.
#include "CatalogService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QSet>

namespace Club::Core {

namespace {
const QString kProductSelect = QStringLiteral(
    "SELECT id, code, COALESCE(barcode, ''), name_fa, name_ar, name_en, group_id, unit, default_points, is_gift, "
    "gift_points, tracks_stock, active FROM products ");

Product productFromRow(const SqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.barcode = q.value(2).toString();
    p.nameFa = q.value(3).toString();
    p.nameAr = q.value(4).toString();
    p.nameEn = q.value(5).toString();
    p.groupId = q.value(6).isNull() ? kNoId : q.value(6).toLongLong();
    p.unit = q.value(7).toString();
    p.defaultPoints = q.value(8).toLongLong();
    p.isGift = q.value(9).toInt() != 0;
    p.giftPoints = q.value(10).toLongLong();
    p.tracksStock = q.value(11).toInt() != 0;
    p.active = q.value(12).toInt() != 0;
    return p;
}

// Codes and barcodes are typed or scanned: digits of any script, no spaces.
QString normalizeCode(const QString &code)
{
    QString out = Text::toLatinDigits(code);
    out.remove(QLatin1Char(' '));
    return out;
}

QString escapeLike(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}
} // namespace

CatalogService::CatalogService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

// --- groups -------------------------------------------------------------------------

Result<QList<ProductGroup>> CatalogService::groups(const Actor &actor) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, parent_id, name FROM product_groups ORDER BY name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<ProductGroup> out;
    while (q.next())
        out.append(ProductGroup{q.value(0).toLongLong(), q.value(1).isNull() ? kNoId : q.value(1).toLongLong(),
                    q.value(2).toString()});
    return out;
}

Status CatalogService::checkGroup(Id groupId) const
{
    if (groupId == kNoId)
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM product_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() != 1)
        return Error::make(Error::Code::NotFound, tr("The product group was not found."),
                           QStringLiteral("group %1").arg(groupId), QStringLiteral("group"));
    return {};
}

Result<ProductGroup> CatalogService::createGroup(const Actor &actor, const QString &name, Id parentId)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s.error();
    const QString clean = Text::normalizeName(name).simplified();
    if (clean.isEmpty())
        return Error::invalid(tr("Enter a name for the product group."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkGroup(parentId); !s)
        return s.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO product_groups (parent_id, name, created_at, updated_at) "
                                    "VALUES (:p, :n, :at, :at2) RETURNING id"));
    q.bind(QStringLiteral(":p"), idOrNull(parentId))
        .bind(QStringLiteral(":n"), clean)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":at2"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    const ProductGroup g{id->toLongLong(), parentId, clean};
    if (Status s = m_audit.record(actor, QStringLiteral("group.create"), QStringLiteral("product_group"), g.id,
                                  QStringLiteral("%1 parent=%2").arg(clean).arg(parentId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT groupsChanged();
    return g;
}

Status CatalogService::renameGroup(const Actor &actor, Id groupId, const QString &name)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    const QString clean = Text::normalizeName(name).simplified();
    if (clean.isEmpty())
        return Error::invalid(tr("Enter a name for the product group."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE product_groups SET name = :n, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":n"), clean)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), groupId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("The product group was not found."));
    if (Status s = m_audit.record(actor, QStringLiteral("group.rename"), QStringLiteral("product_group"), groupId,
                                  clean);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT groupsChanged();
    return {};
}

Status CatalogService::moveGroup(const Actor &actor, Id groupId, Id newParentId)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkGroup(groupId); !s)
        return s;
    if (Status s = checkGroup(newParentId); !s)
        return s;
    // Walk up from the new parent: meeting the group itself would close a cycle. The
    // visited set also stops on a cycle already in the data instead of looping.
    QSet<Id> seen;
    for (Id at = newParentId; at != kNoId;) {
        if (at == groupId || seen.contains(at))
            return Error::make(Error::Code::Conflict, tr("A group cannot be moved into itself or one of its subgroups."),
                               QStringLiteral("group %1 under %2").arg(groupId).arg(newParentId),
                               QStringLiteral("parent"));
        seen.insert(at);
        SqlQuery up(m_db, QStringLiteral("SELECT parent_id FROM product_groups WHERE id = :id"));
        up.bind(QStringLiteral(":id"), at);
        Result<QVariant> parent = up.scalar();
        if (!parent)
            return parent.error();
        at = parent->isNull() ? kNoId : parent->toLongLong();
    }
    SqlQuery q(m_db, QStringLiteral("UPDATE product_groups SET parent_id = :p, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":p"), idOrNull(newParentId))
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), groupId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("group.move"), QStringLiteral("product_group"), groupId,
                                  QStringLiteral("parent=%1").arg(newParentId));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT groupsChanged();
    return {};
}

Status CatalogService::deleteGroup(const Actor &actor, Id groupId)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkGroup(groupId); !s)
        return s;
    SqlQuery used(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM products WHERE group_id = :g) + "
                                       "(SELECT COUNT(*) FROM product_groups WHERE parent_id = :g2)"));
    used.bind(QStringLiteral(":g"), groupId).bind(QStringLiteral(":g2"), groupId);
    Result<QVariant> n = used.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return Error::make(Error::Code::Conflict, tr("The group still holds products or subgroups."),
                           QStringLiteral("group %1").arg(groupId));
    SqlQuery q(m_db, QStringLiteral("DELETE FROM product_groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("group.delete"), QStringLiteral("product_group"), groupId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT groupsChanged();
    return {};
}

// --- products -----------------------------------------------------------------------

Result<Product> CatalogService::validated(const Product &draft) const
{
    Product p = draft;
    p.code = normalizeCode(draft.code);
    p.barcode = normalizeCode(draft.barcode);
    p.nameFa = Text::normalizeName(draft.nameFa).simplified();
    p.nameAr = draft.nameAr.simplified(); // Arabic names keep Arabic letters
    p.nameEn = draft.nameEn.simplified();
    p.unit = draft.unit.simplified();
    if (p.code.isEmpty())
        return Error::invalid(tr("Enter a product code."), QStringLiteral("code"));
    if (p.nameFa.isEmpty() && p.nameAr.isEmpty() && p.nameEn.isEmpty())
        return Error::invalid(tr("Enter the product's name in at least one language."), QStringLiteral("name"));
    if (p.defaultPoints < 0)
        return Error::invalid(tr("Points cannot be negative."), QStringLiteral("defaultPoints"));
    if (p.giftPoints < 0 || (p.isGift && p.giftPoints == 0))
        return Error::invalid(tr("A gift needs a points price above zero."), QStringLiteral("giftPoints"));
    if (!p.isGift)
        p.giftPoints = 0;
    return p;
}

Result<Product> CatalogService::loadProduct(Id productId) const
{
    SqlQuery q(m_db, kProductSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), productId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The product was not found."),
                           QStringLiteral("product %1").arg(productId));
    return productFromRow(q);
}

Status CatalogService::writeProduct(const Actor &actor, Product &p, bool create)
{
    if (Status s = checkGroup(p.groupId); !s)
        return s;
    // Asked before writing: after a failed statement PostgreSQL answers nothing more in
    // the transaction, so the unique index alone could not say which column clashed.
    SqlQuery taken(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM products WHERE code = :c AND id <> :id), "
                                        "(SELECT COUNT(*) FROM products WHERE barcode = :b AND id <> :id2)"));
    taken.bind(QStringLiteral(":c"), p.code)
        .bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":b"), p.barcode)
        .bind(QStringLiteral(":id2"), p.id);
    if (Status s = taken.exec(); !s)
        return s;
    if (!taken.next())
        return Error::make(Error::Code::Storage, tr("The product could not be checked."));
    if (taken.value(0).toLongLong() > 0)
        return Error::make(Error::Code::Duplicate, tr("Another product already has this code."), {},
                           QStringLiteral("code"));
    if (!p.barcode.isEmpty() && taken.value(1).toLongLong() > 0)
        return Error::make(Error::Code::Duplicate, tr("Another product already has this barcode."), {},
                           QStringLiteral("barcode"));
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    const QString key = Text::searchKey(QStringList{p.code, p.barcode, p.nameFa, p.nameAr, p.nameEn}.join(
        QLatin1Char(' ')));
    SqlQuery q(m_db, create ? QStringLiteral("INSERT INTO products (code, barcode, name_fa, name_ar, name_en, group_id, "
                                             "unit, default_points, is_gift, gift_points, tracks_stock, active, "
                                             "search_key, created_at, updated_at) VALUES (:code, :barcode, :fa, :ar, "
                                             ":en, :g, :unit, :pts, :gift, :gpts, :stock, :active, :key, :at, :id) "
                                             "RETURNING id")
                            : QStringLiteral("UPDATE products SET code = :code, barcode = :barcode, name_fa = :fa, "
                                             "name_ar = :ar, name_en = :en, group_id = :g, unit = :unit, "
                                             "default_points = :pts, is_gift = :gift, gift_points = :gpts, "
                                             "tracks_stock = :stock, active = :active, search_key = :key, "
                                             "updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":code"), p.code)
        .bind(QStringLiteral(":barcode"), p.barcode.isEmpty() ? QVariant() : QVariant(p.barcode))
        .bind(QStringLiteral(":fa"), p.nameFa)
        .bind(QStringLiteral(":ar"), p.nameAr)
        .bind(QStringLiteral(":en"), p.nameEn)
        .bind(QStringLiteral(":g"), idOrNull(p.groupId))
        .bind(QStringLiteral(":unit"), p.unit)
        .bind(QStringLiteral(":pts"), p.defaultPoints)
        .bind(QStringLiteral(":gift"), p.isGift ? 1 : 0)
        .bind(QStringLiteral(":gpts"), p.giftPoints)
        .bind(QStringLiteral(":stock"), p.tracksStock ? 1 : 0)
        .bind(QStringLiteral(":active"), p.active ? 1 : 0)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":id"), create ? QVariant(now) : QVariant(p.id));
    Status done;
    if (create) {
        Result<QVariant> id = q.scalar();
        if (id)
            p.id = id->toLongLong();
        else
            done = id.error();
    } else {
        done = q.exec();
        if (done && q.rowsAffected() != 1)
            return Error::make(Error::Code::NotFound, tr("The product was not found."));
    }
    if (!done) {
        // Lost a race with another writer after the checks above.
        if (done.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Duplicate, tr("Another product already has this code or barcode."),
                               done.error().detail, QStringLiteral("code"));
        return done;
    }
    return m_audit.record(actor, create ? QStringLiteral("product.create") : QStringLiteral("product.update"),
                          QStringLiteral("product"), p.id,
                          QStringLiteral("%1 group=%2 gift=%3/%4 stock=%5 active=%6")
                              .arg(p.code)
                              .arg(p.groupId)
                              .arg(int(p.isGift))
                              .arg(p.giftPoints)
                              .arg(int(p.tracksStock))
                              .arg(int(p.active)));
}

Result<Product> CatalogService::createProduct(const Actor &actor, const Product &draft)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s.error();
    Result<Product> p = validated(draft);
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeProduct(actor, p.value(), true); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT productChanged(p->id);
    return p;
}

Status CatalogService::updateProduct(const Actor &actor, const Product &changed)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s;
    Result<Product> p = validated(changed);
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeProduct(actor, p.value(), false); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT productChanged(p->id);
    return {};
}

Result<Product> CatalogService::product(const Actor &actor, Id productId) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    return loadProduct(productId);
}

Result<QList<Product>> CatalogService::products(const Actor &actor, Id groupId, bool includeInactive) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    QStringList where;
    if (groupId != kNoId)
        where << QStringLiteral("group_id = :g");
    if (!includeInactive)
        where << QStringLiteral("active = 1");
    SqlQuery q(m_db, kProductSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") +
                                                                          where.join(QLatin1String(" AND "))) +
                         QStringLiteral(" ORDER BY code"));
    if (groupId != kNoId)
        q.bind(QStringLiteral(":g"), groupId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Product> out;
    while (q.next())
        out.append(productFromRow(q));
    return out;
}

Result<QList<Product>> CatalogService::giftCatalog(const Actor &actor) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    SqlQuery q(m_db, kProductSelect + QStringLiteral("WHERE is_gift = 1 AND active = 1 ORDER BY gift_points, code"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Product> out;
    while (q.next())
        out.append(productFromRow(q));
    return out;
}

Result<QList<Product>> CatalogService::search(const Actor &actor, const QString &text, int limit) const
{
    if (Status s = require(actor, Permission::CatalogRead); !s)
        return s.error();
    const QString code = normalizeCode(text.trimmed());
    const QString key = Text::searchKey(text);
    if (key.isEmpty())
        return QList<Product>{};
    // Exact code or barcode matches sort first: a scanned barcode is one product.
    SqlQuery q(m_db, kProductSelect + QStringLiteral("WHERE active = 1 AND (code = :c OR barcode = :b OR search_key "
                                                     "LIKE :k ESCAPE '\\') ORDER BY CASE WHEN code = :c2 OR barcode "
                                                     "= :b2 THEN 0 ELSE 1 END, code LIMIT :limit"));
    q.bind(QStringLiteral(":c"), code)
        .bind(QStringLiteral(":b"), code)
        .bind(QStringLiteral(":k"), QString(QLatin1Char('%') + escapeLike(key) + QLatin1Char('%')))
        .bind(QStringLiteral(":c2"), code)
        .bind(QStringLiteral(":b2"), code)
        .bind(QStringLiteral(":limit"), qMax(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Product> out;
    while (q.next())
        out.append(productFromRow(q));
    return out;
}

} // namespace Club::Core
