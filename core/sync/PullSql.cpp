// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullSql.h"

#include "JsonFields.h"
#include "PushSql.h"

#include "members/Member.h"
#include "members/MemberSql.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "util/Log.h"
#include "util/Text.h"

#include <QJsonDocument>

namespace Club::Core {

namespace {
using JsonFields::integer;
using JsonFields::text;

// NULL for an absent, null or empty text (the optional unique columns: barcode, chip UID...).
QVariant textOrNull(const QJsonObject &o, const char *key)
{
    const QString t = text(o, key);
    return t.isEmpty() ? QVariant() : QVariant(t);
}

int flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return (v.isBool() ? v.toBool() : v.toInteger() != 0) ? 1 : 0;
}

Error missing(const QString &what)
{
    // For the log only: the puller says it in its own words and repeats the page later.
    return Error::make(Error::Code::NotFound, {}, QStringLiteral("not pulled yet: %1").arg(what));
}
} // namespace

Result<Id> PullSql::idBy(const QString &sql, const QVariant &key) const
{
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":k"), key);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<QVariant> PullSql::branchOf(const QJsonObject &item) const
{
    const QString code = text(item, "branchCode");
    if (code.isEmpty())
        return QVariant();
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM branches WHERE code = :k"), code);
    if (!id)
        return id.error();
    return idOrNull(*id);
}

Status PullSql::apply(const QString &entity, const QJsonObject &item) const
{
    if (entity == QLatin1String("card-types"))
        return cardType(item);
    if (entity == QLatin1String("products"))
        return product(item);
    if (entity == QLatin1String("prices"))
        return price(item);
    if (entity == QLatin1String("members"))
        return member(item);
    if (entity == QLatin1String("cards"))
        return card(item);
    if (entity == QLatin1String("rules"))
        return rule(item);
    if (entity == QLatin1String("product-groups"))
        return productGroup(item);
    if (entity == QLatin1String("card-pins"))
        return cardPin(item);
    return Error::make(Error::Code::Invalid, QStringLiteral("unknown sync entity %1").arg(entity));
}

Status PullSql::cardType(const QJsonObject &item) const
{
    const QString name = text(item, "name").isEmpty() ? text(item, "cardTypeCode") : text(item, "name");
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM card_types WHERE name = :k"), name);
    if (!id)
        return id.error();
    SqlQuery q(m_db, *id == kNoId
                         ? QStringLiteral("INSERT INTO card_types (name, kind, prefix, number_length, validity_months, "
                                          "pin_required, max_per_member, track_stock, active, created_at, updated_at) "
                                          "VALUES (:name, :kind, :prefix, :len, :months, :pin, :max, :stock, :active, "
                                          ":at, :at2)")
                         : QStringLiteral("UPDATE card_types SET kind = :kind, prefix = :prefix, number_length = :len, "
                                          "validity_months = :months, pin_required = :pin, max_per_member = :max, "
                                          "track_stock = :stock, active = :active, updated_at = :at WHERE name = "
                                          ":name"));
    q.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":kind"), text(item, "kind"))
        .bind(QStringLiteral(":prefix"), text(item, "prefix"))
        .bind(QStringLiteral(":len"), integer(item, "numberLength"))
        .bind(QStringLiteral(":months"), integer(item, "validityMonths"))
        .bind(QStringLiteral(":pin"), flag(item, "pinRequired"))
        .bind(QStringLiteral(":max"), integer(item, "maxPerMember"))
        .bind(QStringLiteral(":stock"), flag(item, "trackStock"))
        .bind(QStringLiteral(":active"), flag(item, "active"))
        .bind(QStringLiteral(":at"), m_now);
    if (*id == kNoId)
        q.bind(QStringLiteral(":at2"), m_now);
    return q.exec();
}

Status PullSql::product(const QJsonObject &item) const
{
    const QString code = text(item, "productCode");
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM products WHERE code = :k"), code);
    if (!id)
        return id.error();
    // The group is the server's (pulled before products): group rules price the same here.
    Result<QVariant> group = groupOf(item.value(QLatin1String("groupId")));
    if (!group)
        return group.error();
    SqlQuery q(m_db, *id == kNoId
                         ? QStringLiteral("INSERT INTO products (code, barcode, name_fa, name_ar, name_en, unit, "
                                          "default_points, is_gift, gift_points, tracks_stock, active, search_key, "
                                          "group_id, created_at, updated_at) VALUES (:code, :barcode, :fa, :ar, :en, "
                                          ":unit, :pts, :gift, :gpts, :stock, :active, :key, :group, :at, :at2)")
                         : QStringLiteral("UPDATE products SET barcode = :barcode, name_fa = :fa, name_ar = :ar, "
                                          "name_en = :en, unit = :unit, default_points = :pts, is_gift = :gift, "
                                          "gift_points = :gpts, tracks_stock = :stock, active = :active, "
                                          "search_key = :key, group_id = :group, updated_at = :at WHERE code = :code"));
    const QString key = Text::searchKey(QStringList{code, text(item, "barcode"), text(item, "nameFa"),
                                                    text(item, "nameAr"), text(item, "nameEn")}
                                            .join(QLatin1Char(' ')));
    q.bind(QStringLiteral(":code"), code)
        .bind(QStringLiteral(":barcode"), textOrNull(item, "barcode"))
        .bind(QStringLiteral(":fa"), text(item, "nameFa"))
        .bind(QStringLiteral(":ar"), text(item, "nameAr"))
        .bind(QStringLiteral(":en"), text(item, "nameEn"))
        .bind(QStringLiteral(":unit"), text(item, "unit"))
        .bind(QStringLiteral(":pts"), integer(item, "defaultPoints"))
        .bind(QStringLiteral(":gift"), flag(item, "isGift"))
        .bind(QStringLiteral(":gpts"), integer(item, "giftPoints"))
        .bind(QStringLiteral(":stock"), flag(item, "tracksStock"))
        .bind(QStringLiteral(":active"), flag(item, "active"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":group"), *group)
        .bind(QStringLiteral(":at"), m_now);
    if (*id == kNoId)
        q.bind(QStringLiteral(":at2"), m_now);
    return q.exec();
}

Status PullSql::price(const QJsonObject &item) const
{
    const QString code = text(item, "productCode");
    Result<Id> product = idBy(QStringLiteral("SELECT id FROM products WHERE code = :k"), code);
    if (!product)
        return product.error();
    if (*product == kNoId)
        return missing(QStringLiteral("product"));
    Result<QVariant> branch = branchOf(item);
    if (!branch)
        return branch.error();
    // A price for a branch this store does not have is no price of this desk's.
    if (branch->isNull() && !text(item, "branchCode").isEmpty())
        return {};
    // Prices are append only and a period is (product, branch, start): one the desk has
    // already (pulled before, or typed here with the same start) stays as it is.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO product_prices (product_id, branch_id, price, valid_from, "
                                    "created_at) VALUES (:p, :b, :price, :from, :at) ON CONFLICT DO NOTHING"));
    const QJsonValue amount = item.value(QLatin1String("price"));
    q.bind(QStringLiteral(":p"), *product)
        .bind(QStringLiteral(":b"), *branch)
        .bind(QStringLiteral(":price"), amount.isNull() || amount.isUndefined() ? QVariant() : QVariant(integer(item, "price")))
        .bind(QStringLiteral(":from"), text(item, "validFrom"))
        .bind(QStringLiteral(":at"), text(item, "createdAt").isEmpty() ? m_now : text(item, "createdAt"));
    return q.exec();
}

Status PullSql::member(const QJsonObject &item) const
{
    const qint64 serverId = integer(item, "memberId");
    if (serverId <= 0)
        return Error::make(Error::Code::Invalid, QStringLiteral("member without memberId"));
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM members WHERE server_id = :k"), serverId);
    if (!id)
        return id.error();
    // A member typed here before the desk was connected is the same person when the mobile
    // (or national code) matches: it is adopted, not doubled.
    if (*id == kNoId && !text(item, "mobile").isEmpty()) {
        id = idBy(QStringLiteral("SELECT id FROM members WHERE mobile = :k AND server_id IS NULL"), text(item, "mobile"));
        if (!id)
            return id.error();
    }
    if (*id == kNoId && !text(item, "nationalCode").isEmpty()) {
        id = idBy(QStringLiteral("SELECT id FROM members WHERE national_code = :k AND server_id IS NULL"),
                  text(item, "nationalCode"));
        if (!id)
            return id.error();
    }
    Result<QVariant> branch = branchOf(item);
    if (!branch)
        return branch.error();
    Member m;
    m.firstName = text(item, "firstName");
    m.lastName = text(item, "lastName");
    m.mobile = text(item, "mobile");
    m.nationalCode = text(item, "nationalCode");
    m.email = text(item, "email");
    const QString key = MemberSql::searchKeyOf(m);

    Id accountId = kNoId;
    if (*id == kNoId) {
        SqlQuery account(m_db, QStringLiteral("INSERT INTO member_accounts (head_member_id, created_at) "
                                              "VALUES (NULL, :at) RETURNING id"));
        account.bind(QStringLiteral(":at"), m_now);
        Result<QVariant> created = account.scalar();
        if (!created)
            return created.error();
        accountId = created->toLongLong();
    }
    SqlQuery q(m_db, *id == kNoId
                         ? QStringLiteral("INSERT INTO members (account_id, first_name, last_name, mobile, "
                                          "national_code, email, address, city, gender, birth_date, marriage_date, "
                                          "tier, active, search_key, branch_id, server_id, created_at, updated_at) "
                                          "VALUES (:account, :first, :last, :mobile, :nc, :email, :address, :city, "
                                          ":gender, :birth, :marriage, :tier, :active, :key, :branch, :server, :at, "
                                          ":at2) RETURNING id")
                         : QStringLiteral("UPDATE members SET first_name = :first, last_name = :last, mobile = "
                                          ":mobile, national_code = :nc, email = :email, address = :address, city = "
                                          ":city, gender = :gender, birth_date = :birth, marriage_date = :marriage, "
                                          "tier = :tier, active = :active, search_key = :key, branch_id = :branch, "
                                          "server_id = :server, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":first"), m.firstName)
        .bind(QStringLiteral(":last"), m.lastName)
        .bind(QStringLiteral(":mobile"), textOrNull(item, "mobile"))
        .bind(QStringLiteral(":nc"), textOrNull(item, "nationalCode"))
        .bind(QStringLiteral(":email"), m.email)
        .bind(QStringLiteral(":address"), text(item, "address"))
        .bind(QStringLiteral(":city"), text(item, "city"))
        .bind(QStringLiteral(":gender"), text(item, "gender"))
        .bind(QStringLiteral(":birth"), textOrNull(item, "birthDate"))
        .bind(QStringLiteral(":marriage"), textOrNull(item, "marriageDate"))
        .bind(QStringLiteral(":tier"), text(item, "tier").isEmpty() ? QStringLiteral("white") : text(item, "tier"))
        .bind(QStringLiteral(":active"), flag(item, "active"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":branch"), *branch)
        .bind(QStringLiteral(":server"), serverId)
        .bind(QStringLiteral(":at"), m_now);
    if (*id != kNoId) {
        q.bind(QStringLiteral(":id"), *id);
        return q.exec();
    }
    q.bind(QStringLiteral(":account"), accountId).bind(QStringLiteral(":at2"), m_now);
    Result<QVariant> created = q.scalar();
    if (!created)
        return created.error();
    SqlQuery head(m_db, QStringLiteral("UPDATE member_accounts SET head_member_id = :m WHERE id = :a"));
    head.bind(QStringLiteral(":m"), created->toLongLong()).bind(QStringLiteral(":a"), accountId);
    return head.exec();
}

Status PullSql::card(const QJsonObject &item) const
{
    const QString number = text(item, "cardNumber");
    Result<Id> member = idBy(QStringLiteral("SELECT id FROM members WHERE server_id = :k"), integer(item, "memberId"));
    if (!member)
        return member.error();
    if (*member == kNoId)
        return missing(QStringLiteral("member"));
    Result<Id> type = idBy(QStringLiteral("SELECT id FROM card_types WHERE name = :k"), text(item, "cardTypeCode"));
    if (!type)
        return type.error();
    if (*type == kNoId)
        return missing(QStringLiteral("card type"));
    QVariant replaces;
    if (!text(item, "replacesCardNumber").isEmpty()) {
        Result<Id> old = idBy(QStringLiteral("SELECT id FROM cards WHERE number = :k"), text(item, "replacesCardNumber"));
        if (!old)
            return old.error();
        replaces = idOrNull(*old);
    }
    Result<QVariant> branch = branchOf(item);
    if (!branch)
        return branch.error();
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM cards WHERE number = :k"), number);
    if (!id)
        return id.error();
    // The PIN comes as its own entity ("card-pins", cardPin()). Its failure count and lock
    // are this place's own (rate limiting is per place): the server's pinLocked is not taken.
    SqlQuery q(m_db, *id == kNoId
                         ? QStringLiteral("INSERT INTO cards (number, card_type_id, member_id, sequence_no, "
                                          "replaces_card_id, status, block_reason, branch_id, issued_at, expires_at, "
                                          "chip_uid, status_pushed) VALUES (:number, :type, :member, :seq, :replaces, "
                                          ":status, :reason, :branch, :issued, :expires, :chip, :status2)")
                         : QStringLiteral("UPDATE cards SET card_type_id = :type, member_id = :member, sequence_no = "
                                          ":seq, replaces_card_id = :replaces, status = :status, block_reason = "
                                          ":reason, branch_id = :branch, issued_at = :issued, expires_at = :expires, "
                                          "chip_uid = :chip, status_pushed = :status2 WHERE number = :number"));
    q.bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":type"), *type)
        .bind(QStringLiteral(":member"), *member)
        .bind(QStringLiteral(":seq"), qMax<qint64>(1, integer(item, "sequenceNo")))
        .bind(QStringLiteral(":replaces"), replaces)
        .bind(QStringLiteral(":status"), text(item, "status"))
        .bind(QStringLiteral(":status2"), text(item, "status")) // what the server has (0030)
        .bind(QStringLiteral(":reason"), text(item, "blockReason"))
        .bind(QStringLiteral(":branch"), *branch)
        .bind(QStringLiteral(":issued"), text(item, "issuedAt").isEmpty() ? m_now : text(item, "issuedAt"))
        .bind(QStringLiteral(":expires"), textOrNull(item, "expiresAt"))
        .bind(QStringLiteral(":chip"), textOrNull(item, "chipUid"));
    if (Status s = q.exec(); !s)
        return s;
    // A card issued here later must not take this number again (migration 0030).
    SqlQuery prefix(m_db, QStringLiteral("SELECT prefix FROM card_types WHERE id = :id"));
    prefix.bind(QStringLiteral(":id"), *type);
    Result<QVariant> p = prefix.scalar();
    if (!p)
        return p.error();
    return PushSql(m_db).keepSerialPast(p->toString(), number);
}

Status PullSql::rule(const QJsonObject &item) const
{
    const qint64 serverId = integer(item, "ruleId");
    if (serverId <= 0)
        return Error::make(Error::Code::Invalid, QStringLiteral("rule without ruleId"));
    Result<Id> id = idBy(QStringLiteral("SELECT id FROM rules WHERE server_id = :k"), serverId);
    if (!id)
        return id.error();
    const QVariant validTo = textOrNull(item, "validTo");
    if (*id != kNoId) {
        // A version never changes but its end may come earlier (the only change the server
        // makes, and the only one the store allows).
        if (validTo.isNull())
            return {};
        SqlQuery end(m_db, QStringLiteral("UPDATE rules SET valid_to = :to WHERE id = :id AND (valid_to IS NULL OR "
                                          "valid_to > :to2)"));
        end.bind(QStringLiteral(":to"), validTo).bind(QStringLiteral(":to2"), validTo).bind(QStringLiteral(":id"), *id);
        return end.exec();
    }
    QVariant series;
    const qint64 serverSeries = integer(item, "seriesId");
    if (serverSeries > 0 && serverSeries != serverId) {
        Result<Id> first = idBy(QStringLiteral("SELECT id FROM rules WHERE server_id = :k"), serverSeries);
        if (!first)
            return first.error();
        if (*first == kNoId)
            return missing(QStringLiteral("rule series"));
        series = *first;
    }
    // params names products and a card type by the server's ids: put this store's in their
    // place (found by code), and this store's product group for the server's group id
    // (groups are pulled before rules).
    QJsonObject params = item.value(QLatin1String("params")).toObject();
    const auto localId = [&](const char *key, const char *codeKey, const QString &sqlText) -> Result<QString> {
        const QString code = text(item, codeKey);
        if (params.value(QLatin1String(key)).toString().toLongLong() == kNoId)
            return params.value(QLatin1String(key)).toString();
        if (code.isEmpty())
            return QString::number(kNoId);
        Result<Id> local = idBy(sqlText, code);
        if (!local)
            return local.error();
        if (*local == kNoId)
            return missing(QString::fromLatin1(codeKey));
        return QString::number(*local);
    };
    Result<QString> product = localId("product_id", "productCode", QStringLiteral("SELECT id FROM products WHERE code = :k"));
    if (!product)
        return product.error();
    Result<QString> type = localId("card_type_id", "cardTypeCode", QStringLiteral("SELECT id FROM card_types WHERE name = :k"));
    if (!type)
        return type.error();
    Result<QString> gift = localId("gift_product_id", "giftProductCode", QStringLiteral("SELECT id FROM products WHERE code = :k"));
    if (!gift)
        return gift.error();
    if (params.contains(QLatin1String("gift_product_id")))
        params.insert(QStringLiteral("gift_product_id"), *gift);
    if (params.contains(QLatin1String("product_id")))
        params.insert(QStringLiteral("product_id"), *product);
    if (params.contains(QLatin1String("card_type_id")))
        params.insert(QStringLiteral("card_type_id"), *type);
    // A group deleted on the server since matches no line there, and group 0 none here.
    const bool groupGone = item.contains(QLatin1String("groupId")) && item.value(QLatin1String("groupId")).isNull();
    if (params.value(QLatin1String("group_id")).toString().toLongLong() != kNoId) {
        Result<QVariant> group =
            groupGone ? Result<QVariant>(QVariant(kNoId)) : groupOf(params.value(QLatin1String("group_id")));
        if (!group)
            return group.error();
        params.insert(QStringLiteral("group_id"), QString::number(group->toLongLong()));
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO rules (series_id, name, family, kind, priority, exclusive, campaign, "
                                    "valid_from, valid_to, params, created_at, server_id) VALUES (:series, :name, "
                                    ":family, :kind, :priority, :exclusive, :campaign, :from, :to, :params, :at, "
                                    ":server)"));
    q.bind(QStringLiteral(":series"), series)
        .bind(QStringLiteral(":name"), text(item, "name"))
        .bind(QStringLiteral(":family"), text(item, "family"))
        .bind(QStringLiteral(":kind"), text(item, "kind"))
        .bind(QStringLiteral(":priority"), integer(item, "priority"))
        .bind(QStringLiteral(":exclusive"), flag(item, "exclusive"))
        .bind(QStringLiteral(":campaign"), text(item, "campaign"))
        .bind(QStringLiteral(":from"), text(item, "validFrom"))
        .bind(QStringLiteral(":to"), validTo)
        .bind(QStringLiteral(":params"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":at"), text(item, "createdAt").isEmpty() ? m_now : text(item, "createdAt"))
        .bind(QStringLiteral(":server"), serverId);
    return q.exec();
}

} // namespace Club::Core
