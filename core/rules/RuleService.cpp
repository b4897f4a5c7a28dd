// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleService.h"

#include "RuleEngine.h"
#include "network/NetworkSql.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Club::Core {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, series_id, name, family, kind, priority, exclusive, campaign, valid_from, valid_to, params "
    "FROM rules ");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

template<typename E> E fromKey(const QString &key, QString (*toKey)(E), std::initializer_list<E> all, E fallback)
{
    for (E e : all) {
        if (toKey(e) == key)
            return e;
    }
    return fallback;
}

QString familyKey(RuleFamily f)
{
    return f == RuleFamily::Earn ? QStringLiteral("earn") : QStringLiteral("discount");
}

// JSON keeps the parameters; qint64 values go as decimal strings so no double ever
// carries an amount.
QString params(const Rule &r)
{
    auto n = [](qint64 v) {
        return QString::number(v);
    };
    QJsonObject tiers;
    for (auto it = r.tierMultipliers.cbegin(); it != r.tierMultipliers.cend(); ++it)
        tiers.insert(it.key(), n(it.value()));
    QJsonObject o{
        {QStringLiteral("mode"), discountModeKey(r.discountMode)},
        {QStringLiteral("weekdays"), n(r.weekdays)},
        {QStringLiteral("start_minute"), n(r.startMinute)},
        {QStringLiteral("end_minute"), n(r.endMinute)},
        {QStringLiteral("product_id"), n(r.productId)},
        {QStringLiteral("group_id"), n(r.groupId)},
        {QStringLiteral("card_type_id"), n(r.cardTypeId)},
        {QStringLiteral("tier"), r.tierKey},
        {QStringLiteral("points"), n(r.points)},
        {QStringLiteral("per_amount"), n(r.perAmount)},
        {QStringLiteral("rounding"), roundingKey(r.rounding)},
        {QStringLiteral("tier_multipliers_permille"), tiers},
        {QStringLiteral("threshold_basis"),
         r.thresholdBasis == ThresholdBasis::Points ? QStringLiteral("points") : QStringLiteral("amount")},
        {QStringLiteral("threshold_every"), n(r.thresholdEvery)},
        {QStringLiteral("gift_product_id"), n(r.giftProductId)},
        {QStringLiteral("basis_points"), n(r.basisPoints)},
        {QStringLiteral("fixed_amount"), n(r.fixedAmount)},
        {QStringLiteral("cap_per_day"), n(r.capPerDay)},
        {QStringLiteral("cap_per_member"), n(r.capPerMember)},
    };
    // Only when set, so the params of an unscoped rule read as they always did.
    auto ids = [&](const QList<Id> &list) {
        QJsonArray a;
        for (Id id : list)
            a.append(n(id));
        return a;
    };
    if (!r.guildIds.isEmpty())
        o.insert(QStringLiteral("guild_ids"), ids(r.guildIds));
    if (!r.merchantIds.isEmpty())
        o.insert(QStringLiteral("merchant_ids"), ids(r.merchantIds));
    if (r.organisationId != kNoId) // only when set, so older rules keep their stored text
        o.insert(QStringLiteral("organisation_id"), n(r.organisationId));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Rule ruleFromRow(const SqlQuery &q)
{
    Rule r;
    r.id = q.value(0).toLongLong();
    r.seriesId = q.value(1).isNull() ? r.id : q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.family = q.value(3).toString() == QLatin1String("earn") ? RuleFamily::Earn : RuleFamily::Discount;
    const QString kind = q.value(4).toString();
    r.priority = q.value(5).toInt();
    r.exclusive = q.value(6).toInt() != 0;
    r.campaign = q.value(7).toString();
    r.validFrom = fromIso(q.value(8));
    r.validTo = fromIso(q.value(9));
    const QJsonObject o = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    auto n = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString().toLongLong();
    };
    if (r.family == RuleFamily::Earn) {
        r.earnKind =
            fromKey<EarnKind>(kind, earnKindKey,
                              {EarnKind::PerAmount, EarnKind::PerGroup, EarnKind::PerProduct, EarnKind::Birthday,
                               EarnKind::Anniversary, EarnKind::Signup, EarnKind::Referral, EarnKind::Threshold},
                              EarnKind::PerAmount);
    } else {
        r.discountTarget = fromKey<DiscountTarget>(
            kind, discountTargetKey,
            {DiscountTarget::CardType, DiscountTarget::Tier, DiscountTarget::Group, DiscountTarget::Product},
            DiscountTarget::Product);
    }
    r.discountMode = fromKey<DiscountMode>(o.value(QLatin1String("mode")).toString(), discountModeKey,
                                           {DiscountMode::Percent, DiscountMode::Fixed, DiscountMode::Hybrid},
                                           DiscountMode::Percent);
    r.weekdays = quint8(n("weekdays"));
    r.startMinute = int(n("start_minute"));
    r.endMinute = int(n("end_minute"));
    r.productId = n("product_id");
    r.groupId = n("group_id");
    r.cardTypeId = n("card_type_id");
    r.tierKey = o.value(QLatin1String("tier")).toString();
    r.organisationId = o.contains(QLatin1String("organisation_id")) ? n("organisation_id") : kNoId;
    r.points = n("points");
    r.perAmount = n("per_amount");
    r.rounding = fromKey<RoundingPolicy>(o.value(QLatin1String("rounding")).toString(), roundingKey,
                                         {RoundingPolicy::Floor, RoundingPolicy::Nearest, RoundingPolicy::Ceil},
                                         RoundingPolicy::Floor);
    const QJsonObject tiers = o.value(QLatin1String("tier_multipliers_permille")).toObject();
    for (auto it = tiers.begin(); it != tiers.end(); ++it)
        r.tierMultipliers.insert(it.key(), it.value().toString().toInt());
    r.thresholdBasis = o.value(QLatin1String("threshold_basis")).toString() == QLatin1String("amount")
                           ? ThresholdBasis::Amount
                           : ThresholdBasis::Points;
    r.thresholdEvery = n("threshold_every");
    r.giftProductId = n("gift_product_id");
    r.basisPoints = int(n("basis_points"));
    r.fixedAmount = n("fixed_amount");
    r.capPerDay = n("cap_per_day");
    r.capPerMember = n("cap_per_member");
    for (const QJsonValue &v : o.value(QLatin1String("guild_ids")).toArray())
        r.guildIds.append(v.toString().toLongLong());
    for (const QJsonValue &v : o.value(QLatin1String("merchant_ids")).toArray())
        r.merchantIds.append(v.toString().toLongLong());
    return r;
}
} // namespace

RuleService::RuleService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

// Stored instants have whole seconds; "now" is cut the same way so it compares equal.
QDateTime RuleService::now() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock.nowUtc().toSecsSinceEpoch(), QTimeZone::utc());
}

Result<Rule> RuleService::load(Id ruleId) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), ruleId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The rule was not found."), QStringLiteral("rule %1").arg(ruleId));
    return ruleFromRow(q);
}

Result<Rule> RuleService::insert(const Actor &actor, Rule r, const QString &action)
{
    {
        // A scope naming a guild or merchant that does not exist would silently never apply.
        const NetworkSql network(m_db);
        Result<QList<Id>> guilds = network.unknownGuilds(r.guildIds);
        if (!guilds)
            return guilds.error();
        if (!guilds->isEmpty())
            return Error::make(Error::Code::Invalid, tr("The rule is limited to a guild that does not exist."),
                               QStringLiteral("unknown guild %1").arg(guilds->first()), QStringLiteral("guildIds"));
        Result<QList<Id>> merchants = network.unknownMerchants(r.merchantIds);
        if (!merchants)
            return merchants.error();
        if (!merchants->isEmpty())
            return Error::make(Error::Code::Invalid, tr("The rule is limited to a merchant that does not exist."),
                               QStringLiteral("unknown merchant %1").arg(merchants->first()),
                               QStringLiteral("merchantIds"));
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO rules (series_id, name, family, kind, priority, exclusive, campaign, "
                                    "valid_from, valid_to, params, created_by, created_at) VALUES (:s, :n, :f, :k, "
                                    ":p, :x, :c, :vf, :vt, :pa, :by, :at) RETURNING id"));
    q.bind(QStringLiteral(":s"), r.seriesId != kNoId ? QVariant(r.seriesId) : QVariant())
        .bind(QStringLiteral(":n"), r.name)
        .bind(QStringLiteral(":f"), familyKey(r.family))
        .bind(QStringLiteral(":k"),
              r.family == RuleFamily::Earn ? earnKindKey(r.earnKind) : discountTargetKey(r.discountTarget))
        .bind(QStringLiteral(":p"), r.priority)
        .bind(QStringLiteral(":x"), r.exclusive ? 1 : 0)
        .bind(QStringLiteral(":c"), r.campaign)
        .bind(QStringLiteral(":vf"), iso(r.validFrom))
        .bind(QStringLiteral(":vt"), isoOrNull(r.validTo))
        .bind(QStringLiteral(":pa"), params(r))
        .bind(QStringLiteral(":by"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":at"), iso(now()));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    r.id = id->toLongLong();
    if (r.seriesId == kNoId)
        r.seriesId = r.id;
    if (Status s = m_audit.record(actor, action, QStringLiteral("rule"), r.id,
                                  QStringLiteral("series=%1 %2 %3 from=%4 to=%5")
                                      .arg(r.seriesId)
                                      .arg(r.name, familyKey(r.family), iso(r.validFrom), iso(r.validTo)));
        !s)
        return s.error();
    return r;
}

Result<Rule> RuleService::create(const Actor &actor, const Rule &draft)
{
    if (Status s = require(actor, Permission::RulesManage); !s)
        return s.error();
    Rule r = draft;
    r.id = kNoId;
    r.seriesId = kNoId;
    r.name = r.name.simplified();
    if (!r.validFrom.isValid())
        r.validFrom = now();
    if (r.validFrom < now())
        return Error::make(Error::Code::Invalid, tr("A rule cannot start in the past."), {},
                           QStringLiteral("validFrom"));
    if (Status s = RuleEngine::validate(r); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Rule> made = insert(actor, r, QStringLiteral("rule.create"));
    if (!made)
        return made.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT rulesChanged(made->seriesId);
    return made;
}

Result<Rule> RuleService::revise(const Actor &actor, Id ruleId, const Rule &changed, const QDateTime &from)
{
    if (Status s = require(actor, Permission::RulesManage); !s)
        return s.error();
    const QDateTime start = from.isValid() ? from.toUTC() : now();
    if (start < now())
        return Error::make(Error::Code::Invalid, tr("A new version of a rule cannot start in the past."), {},
                           QStringLiteral("validFrom"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Rule> current = load(ruleId);
    if (!current)
        return current.error();
    SqlQuery later(m_db, QStringLiteral("SELECT COUNT(*) FROM rules WHERE COALESCE(series_id, id) = :s AND id > :id"));
    later.bind(QStringLiteral(":s"), current->seriesId).bind(QStringLiteral(":id"), ruleId);
    Result<QVariant> n = later.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() != 0)
        return Error::make(Error::Code::Conflict, tr("Only the latest version of a rule can be changed."),
                           QStringLiteral("rule %1").arg(ruleId));
    if (start <= current->validFrom || (current->validTo.isValid() && start >= current->validTo))
        return Error::make(Error::Code::Invalid,
                           tr("The new version must start while the current version is in force, after its start."), {},
                           QStringLiteral("validFrom"));
    Rule next = changed;
    next.name = next.name.simplified();
    next.seriesId = current->seriesId;
    next.validFrom = start;
    if (Status s = RuleEngine::validate(next); !s)
        return s.error();
    SqlQuery close(m_db, QStringLiteral("UPDATE rules SET valid_to = :to WHERE id = :id"));
    close.bind(QStringLiteral(":to"), iso(start)).bind(QStringLiteral(":id"), ruleId);
    if (Status s = close.exec(); !s)
        return s.error();
    Result<Rule> made = insert(actor, next, QStringLiteral("rule.revise"));
    if (!made)
        return made.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT rulesChanged(made->seriesId);
    return made;
}

Status RuleService::end(const Actor &actor, Id ruleId, const QDateTime &at)
{
    if (Status s = require(actor, Permission::RulesManage); !s)
        return s.error();
    const QDateTime stop = at.isValid() ? at.toUTC() : now();
    if (stop < now())
        return Error::make(Error::Code::Invalid, tr("A rule cannot end in the past."), {}, QStringLiteral("validTo"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Rule> current = load(ruleId);
    if (!current)
        return current.error();
    if (stop <= current->validFrom || (current->validTo.isValid() && stop >= current->validTo))
        return Error::make(Error::Code::Invalid, tr("The rule must end after it starts and before its current end."),
                           {}, QStringLiteral("validTo"));
    SqlQuery close(m_db, QStringLiteral("UPDATE rules SET valid_to = :to WHERE id = :id"));
    close.bind(QStringLiteral(":to"), iso(stop)).bind(QStringLiteral(":id"), ruleId);
    if (Status s = close.exec(); !s)
        return s.error();
    if (Status s = m_audit.record(actor, QStringLiteral("rule.end"), QStringLiteral("rule"), ruleId,
                                  QStringLiteral("to=%1").arg(iso(stop)));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT rulesChanged(current->seriesId);
    return {};
}

Result<Rule> RuleService::rule(const Actor &actor, Id ruleId) const
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    return load(ruleId);
}

Result<QList<Rule>> RuleService::versions(const Actor &actor, Id seriesId) const
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE COALESCE(series_id, id) = :s ORDER BY valid_from, id"));
    q.bind(QStringLiteral(":s"), seriesId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Rule> out;
    while (q.next())
        out.append(ruleFromRow(q));
    return out;
}

Result<QList<Rule>> RuleService::activeRules(const Actor &actor, const QDateTime &at) const
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE valid_from <= :at AND (valid_to IS NULL OR valid_to > :at2) "
                                              "ORDER BY priority, id"));
    const QString t = iso(QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), QTimeZone::utc()));
    q.bind(QStringLiteral(":at"), t).bind(QStringLiteral(":at2"), t);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Rule> out;
    while (q.next())
        out.append(ruleFromRow(q));
    return out;
}

Result<QList<Rule>> RuleService::latestVersions(const Actor &actor, bool includeEnded) const
{
    if (Status s = require(actor, Permission::RulesRead); !s)
        return s.error();
    // Only the latest version of a series can be revised, so it is the one with the largest id.
    QString sql = kSelect + QStringLiteral("WHERE id = (SELECT MAX(l.id) FROM rules l "
                                           "WHERE COALESCE(l.series_id, l.id) = COALESCE(rules.series_id, rules.id)) ");
    if (!includeEnded)
        sql += QStringLiteral("AND (valid_to IS NULL OR valid_to > :now) ");
    SqlQuery q(m_db, sql + QStringLiteral("ORDER BY priority, id"));
    if (!includeEnded)
        q.bind(QStringLiteral(":now"), iso(now()));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Rule> out;
    while (q.next())
        out.append(ruleFromRow(q));
    return out;
}

} // namespace Club::Core
