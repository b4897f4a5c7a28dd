// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>

namespace Club::Core {

class Database;

// Product groups (a tree), products and their prices. Reading needs CatalogRead, every
// change CatalogManage and writes an audit line.
//
// Prices are append-only periods per product and branch (kNoId: all branches). A new
// price starts at `from` (not in the past, and after the latest start of the same
// product and branch) and so closes the open period there; a past period is never
// edited. At a branch, the branch's own price wins over the all-branches price until
// clearBranchPrice() hands the branch back.
class CatalogService : public QObject
{
    Q_OBJECT

public:
    CatalogService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Groups: names need not be unique; a group cannot become its own descendant, and a
    // group that holds products or groups cannot be deleted.
    Result<QList<ProductGroup>> groups(const Actor &actor) const;
    Result<ProductGroup> createGroup(const Actor &actor, const QString &name, Id parentId = kNoId);
    Status renameGroup(const Actor &actor, Id groupId, const QString &name);
    Status moveGroup(const Actor &actor, Id groupId, Id newParentId);
    Status deleteGroup(const Actor &actor, Id groupId);

    // Products: code unique, barcode unique when given, at least one name, a gift has a
    // points price above zero.
    Result<Product> createProduct(const Actor &actor, const Product &draft);
    Status updateProduct(const Actor &actor, const Product &changed);
    Result<Product> product(const Actor &actor, Id productId) const;
    Result<QList<Product>> products(const Actor &actor, Id groupId = kNoId, bool includeInactive = false) const;
    Result<QList<Product>> giftCatalog(const Actor &actor) const;
    // Exact code or barcode first, then names and codes containing the text, folded with
    // Text::searchKey so Arabic and Persian spellings and digits find each other.
    Result<QList<Product>> search(const Actor &actor, const QString &text, int limit = 50) const;

    // Prices, money in minor units, never negative.
    Status setPrice(const Actor &actor, Id productId, Id branchId, Money price, const QDateTime &from);
    Status clearBranchPrice(const Actor &actor, Id productId, Id branchId, const QDateTime &from);
    // NotFound when no price applies at that instant.
    Result<Money> priceAt(const Actor &actor, Id productId, Id branchId, const QDateTime &at) const;
    // The effective price at the branch over time (overrides merged in), oldest first; the
    // last period is open. kNoId: the all-branches price alone.
    Result<QList<PricePeriod>> priceHistory(const Actor &actor, Id productId, Id branchId = kNoId) const;

Q_SIGNALS:
    void groupsChanged();
    void productChanged(qint64 productId);
    void pricesChanged(qint64 productId);

private:
    Result<Product> validated(const Product &draft) const;
    Result<Product> loadProduct(Id productId) const;
    Status checkGroup(Id groupId) const;
    Status writeProduct(const Actor &actor, Product &p, bool create);
    Status appendPrice(const Actor &actor, Id productId, Id branchId, const QVariant &price, const QDateTime &from);

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
