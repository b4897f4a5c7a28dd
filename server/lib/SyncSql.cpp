// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSql.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

namespace Club::Server {

using Core::Error;
using Core::Result;
using Core::SqlQuery;
using Core::Status;

namespace {
// Natural keys; the server's memberId (and groupId) is the member's (group's) key on the
// wire. PIN hashes only in "card-pins", whose change log holds hash changes alone.
QString entitySql(const QString &entity)
{
    if (entity == QLatin1String("product-groups"))
        return QStringLiteral("SELECT id AS \"groupId\", parent_id AS \"parentId\", name, updated_at AS \"updatedAt\" "
                              "FROM product_groups WHERE id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY id");
    if (entity == QLatin1String("card-pins"))
        return QStringLiteral(
            "SELECT number AS \"cardNumber\", pin_hash AS \"pinHash\", pin_changed_at AS \"pinChangedAt\" "
            "FROM cards WHERE id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY id");
    if (entity == QLatin1String("members"))
        return QStringLiteral(
            "SELECT m.id AS \"memberId\", m.first_name AS \"firstName\", m.last_name AS \"lastName\", m.mobile, "
            "m.email, m.national_code AS \"nationalCode\", m.address, m.city, m.gender, m.birth_date AS "
            "\"birthDate\", m.marriage_date AS \"marriageDate\", m.tier, m.active, b.code AS \"branchCode\", "
            "m.updated_at AS \"updatedAt\" FROM members m LEFT JOIN branches b ON b.id = m.branch_id "
            "WHERE m.id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY m.id");
    if (entity == QLatin1String("cards"))
        return QStringLiteral(
            "SELECT c.number AS \"cardNumber\", c.member_id AS \"memberId\", t.name AS \"cardTypeCode\", c.status, "
            "c.block_reason AS \"blockReason\", c.sequence_no AS \"sequenceNo\", r.number AS \"replacesCardNumber\", "
            "c.issued_at AS \"issuedAt\", c.expires_at AS \"expiresAt\", (c.pin_hash IS NOT NULL) AS \"hasPin\", "
            "c.pin_locked AS \"pinLocked\", c.chip_uid AS \"chipUid\", b.code AS \"branchCode\" FROM cards c "
            "JOIN card_types t ON t.id = c.card_type_id LEFT JOIN cards r ON r.id = c.replaces_card_id "
            "LEFT JOIN branches b ON b.id = c.branch_id "
            "WHERE c.id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY c.id");
    if (entity == QLatin1String("card-types"))
        return QStringLiteral(
            "SELECT name AS \"cardTypeCode\", name, kind, prefix, number_length AS \"numberLength\", "
            "validity_months AS \"validityMonths\", pin_required AS \"pinRequired\", max_per_member AS "
            "\"maxPerMember\", track_stock AS \"trackStock\", active, updated_at AS \"updatedAt\" FROM card_types "
            "WHERE id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY id");
    if (entity == QLatin1String("products"))
        return QStringLiteral(
            "SELECT code AS \"productCode\", barcode, name_fa AS \"nameFa\", name_ar AS \"nameAr\", name_en AS "
            "\"nameEn\", unit, default_points AS \"defaultPoints\", is_gift AS \"isGift\", gift_points AS "
            "\"giftPoints\", tracks_stock AS \"tracksStock\", active, group_id AS \"groupId\", updated_at AS "
            "\"updatedAt\" FROM products "
            "WHERE id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY id");
    if (entity == QLatin1String("prices"))
        return QStringLiteral(
            "SELECT p.id AS \"priceId\", pr.code AS \"productCode\", b.code AS \"branchCode\", p.price, "
            "p.valid_from AS \"validFrom\", p.created_at AS \"createdAt\" FROM product_prices p "
            "JOIN products pr ON pr.id = p.product_id LEFT JOIN branches b ON b.id = p.branch_id "
            "WHERE p.id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY p.id");
    if (entity == QLatin1String("rules"))
        return QStringLiteral(
            "SELECT r.id AS \"ruleId\", COALESCE(r.series_id, r.id) AS \"seriesId\", r.name, r.family, r.kind, "
            "r.priority, r.exclusive, r.campaign, r.valid_from AS \"validFrom\", r.valid_to AS \"validTo\", "
            "r.params, r.created_at AS \"createdAt\", p.code AS \"productCode\", t.name AS \"cardTypeCode\", "
            "g.code AS \"giftProductCode\", pg.id AS \"groupId\" FROM rules r "
            // params names the product and card type by this store's ids: a branch knows them by code.
            "LEFT JOIN products p ON p.id = (r.params::jsonb->>'product_id')::bigint "
            "LEFT JOIN card_types t ON t.id = (r.params::jsonb->>'card_type_id')::bigint "
            "LEFT JOIN products g ON g.id = (r.params::jsonb->>'gift_product_id')::bigint "
            // NULL for a group deleted since (an empty group may go even when a rule names it).
            "LEFT JOIN product_groups pg ON pg.id = (r.params::jsonb->>'group_id')::bigint "
            "WHERE r.id = ANY(string_to_array(:ids, ',')::bigint[]) ORDER BY r.id");
    return {};
}

bool isFlag(const QString &name)
{
    static const QStringList flags = {QStringLiteral("active"),      QStringLiteral("hasPin"),
                                      QStringLiteral("pinLocked"),   QStringLiteral("pinRequired"),
                                      QStringLiteral("trackStock"),  QStringLiteral("tracksStock"),
                                      QStringLiteral("isGift"),      QStringLiteral("exclusive")};
    return flags.contains(name);
}

QJsonObject rowJson(const QSqlRecord &rec)
{
    QJsonObject o;
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        const QVariant v = rec.value(i);
        if (v.isNull())
            o.insert(name, QJsonValue::Null);
        else if (isFlag(name))
            o.insert(name, v.toString() == QLatin1String("true") || v.toInt() != 0);
        else if (name == QLatin1String("params"))
            o.insert(name, QJsonDocument::fromJson(v.toString().toUtf8()).object());
        else if (v.typeId() == QMetaType::QString)
            o.insert(name, v.toString());
        else
            o.insert(name, v.toLongLong());
    }
    return o;
}
} // namespace

QStringList SyncSql::entities()
{
    return {QStringLiteral("members"),        QStringLiteral("cards"),    QStringLiteral("card-types"),
            QStringLiteral("products"),       QStringLiteral("prices"),   QStringLiteral("rules"),
            QStringLiteral("product-groups"), QStringLiteral("card-pins")};
}

Result<SyncSql::Page> SyncSql::page(const QString &entity, const QString &after, int limit) const
{
    qint64 afterTx = 0, afterSeq = 0;
    if (!after.isEmpty() && after != QLatin1String("0")) {
        const QStringList parts = after.split(QLatin1Char('.'));
        bool ok1 = false, ok2 = false;
        if (parts.size() == 2) {
            afterTx = parts.at(0).toLongLong(&ok1);
            afterSeq = parts.at(1).toLongLong(&ok2);
        }
        if (!ok1 || !ok2)
            return Error::make(Error::Code::Invalid, QStringLiteral("The cursor is not valid."));
    }
    if (m_db.engine() != Core::Database::Engine::PostgreSQL)
        return Error::make(Error::Code::Unsupported, QStringLiteral("Sync needs PostgreSQL."));
    // Only transactions older than the oldest running one: nothing can commit behind the cursor.
    SqlQuery q(m_db, QStringLiteral("SELECT txid, seq, row_id FROM sync_changes WHERE entity = :e "
                                    "AND (txid > :t OR (txid = :t2 AND seq > :s)) "
                                    "AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
                                    "ORDER BY txid, seq LIMIT :lim"));
    q.bind(QStringLiteral(":e"), entity)
        .bind(QStringLiteral(":t"), afterTx)
        .bind(QStringLiteral(":t2"), afterTx)
        .bind(QStringLiteral(":s"), afterSeq)
        .bind(QStringLiteral(":lim"), limit + 1);
    if (Status s = q.exec(); !s)
        return s.error();
    Page page;
    QStringList ids;
    QString last;
    int n = 0;
    while (q.next()) {
        if (n == limit) {
            page.more = true;
            break;
        }
        ++n;
        last = q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
        const QString id = q.value(2).toString();
        if (!ids.contains(id))
            ids.append(id);
    }
    page.next = last.isEmpty() ? (after.isEmpty() ? QStringLiteral("0") : after) : last;
    if (ids.isEmpty())
        return page;
    SqlQuery rows(m_db, entitySql(entity));
    rows.bind(QStringLiteral(":ids"), ids.join(QLatin1Char(',')));
    if (Status s = rows.exec(); !s)
        return s.error();
    QSet<qint64> found;
    while (rows.next()) {
        const QJsonObject item = rowJson(rows.raw().record());
        if (entity == QLatin1String("product-groups"))
            found.insert(item.value(QLatin1String("groupId")).toInteger());
        page.items.append(item);
    }
    // A group is the one synced row that can be deleted (an empty one): its change names a
    // row that is gone, and the desk is told so.
    if (entity == QLatin1String("product-groups")) {
        for (const QString &id : std::as_const(ids)) {
            if (!found.contains(id.toLongLong()))
                page.items.append(
                    QJsonObject{{QStringLiteral("groupId"), id.toLongLong()}, {QStringLiteral("deleted"), true}});
        }
    }
    return page;
}

} // namespace Club::Server
