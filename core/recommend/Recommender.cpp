// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recommender.h"

#include "RecommendSql.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "rules/RuleEngine.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"

#include <QMap>

#include <algorithm>

namespace Club::Core {

QString suggestionKindKey(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Expiry:
        return QStringLiteral("expiry");
    case SuggestionKind::Occasion:
        return QStringLiteral("occasion");
    case SuggestionKind::Gift:
        return QStringLiteral("gift");
    case SuggestionKind::Threshold:
        return QStringLiteral("threshold");
    case SuggestionKind::Repurchase:
        return QStringLiteral("repurchase");
    }
    return {};
}

namespace {
constexpr qint64 kDaySecs = 24 * 60 * 60;

bool allows(const Actor &actor, Permission permission)
{
    return roleAllows(actor.role, permission);
}
} // namespace

struct Recommender::Impl
{
    const Recommender &self;
    const Actor &actor;
    const SuggestionOptions &options;
    QDateTime now;
    QTimeZone zone;
    QCalendar calendar;
    QDate today;

    Impl(const Recommender &r, const Actor &a, const SuggestionOptions &o)
        : self(r)
        , actor(a)
        , options(o)
        , now(r.m_clock.nowUtc())
        , zone(r.m_sales.settings().zone)
        , calendar(r.m_sales.settings().calendar)
        , today(now.toTimeZone(zone).date())
    {}

    Result<QList<ExpiringPoints>> expiring(Id accountId, int withinDays) const
    {
        Result<QList<PointsLot>> lots = self.m_ledger.openLots(actor, accountId);
        if (!lots)
            return lots.error();
        const QDateTime until = now.addDays(withinDays);
        QMap<QDate, ExpiringPoints> byDay;
        for (const PointsLot &lot : std::as_const(*lots)) {
            // A lot past its expiry still has points until the expiry job runs; they are
            // already gone for the member, so they are not "about to" expire.
            if (!lot.expiresAt.isValid() || lot.remaining <= 0 || lot.expiresAt <= now || lot.expiresAt > until)
                continue;
            const QDate day = lot.expiresAt.toTimeZone(zone).date();
            ExpiringPoints &e = byDay[day];
            if (!e.expiresAt.isValid() || lot.expiresAt < e.expiresAt)
                e.expiresAt = lot.expiresAt;
            e.date = day;
            e.points += lot.remaining;
        }
        return byDay.values();
    }

    Status gifts(Points balance, QList<Suggestion> &out) const
    {
        if (!allows(actor, Permission::CatalogRead) || !allows(actor, Permission::InventoryRead) || balance <= 0)
            return {};
        Result<QList<Product>> catalog = self.m_catalog.giftCatalog(actor);
        if (!catalog)
            return catalog.error();
        Result<QList<Warehouse>> warehouses = self.m_inventory.warehouses(actor, actor.branchId);
        if (!warehouses)
            return warehouses.error();
        QHash<Id, qint64> stock; // at the actor's branch: the gift is handed over here
        for (const Warehouse &w : std::as_const(*warehouses)) {
            if (!w.active)
                continue;
            Result<QList<StockLevel>> levels = self.m_inventory.levels(actor, w.id);
            if (!levels)
                return levels.error();
            for (const StockLevel &l : std::as_const(*levels))
                stock[l.productId] += l.quantity;
        }
        QList<Suggestion> found;
        for (const Product &p : std::as_const(*catalog)) {
            if (p.giftPoints <= 0 || p.giftPoints > balance || (p.tracksStock && stock.value(p.id) <= 0))
                continue;
            Suggestion s;
            s.kind = SuggestionKind::Gift;
            s.reason = QStringLiteral("gift.reachable");
            s.productId = p.id;
            s.points = p.giftPoints;
            s.balance = balance;
            found.append(s);
        }
        std::sort(found.begin(), found.end(), [](const Suggestion &a, const Suggestion &b) {
            return a.points != b.points ? a.points > b.points : a.productId < b.productId;
        });
        if (options.maxGifts > 0 && found.size() > options.maxGifts)
            found.resize(options.maxGifts);
        out.append(found);
        return {};
    }

    // Rules of `kind` that could give this member something; campaign rules are left out
    // because whether their campaign runs is only known at the desk.
    Result<QList<Rule>> earnRules(EarnKind kind, const QDateTime &at) const
    {
        Result<QList<Rule>> active = self.m_rules.activeRules(actor, at);
        if (!active)
            return active.error();
        QList<Rule> out;
        for (const Rule &r : std::as_const(*active)) {
            if (r.family == RuleFamily::Earn && r.earnKind == kind && r.campaign.isEmpty())
                out.append(r);
        }
        return out;
    }

    Status thresholds(Id memberId, QList<Suggestion> &out) const
    {
        if (!allows(actor, Permission::RulesRead))
            return {};
        Result<QList<Rule>> rules = earnRules(EarnKind::Threshold, now);
        if (!rules)
            return rules.error();
        if (rules->isEmpty())
            return {};
        Result<RecommendSql::Totals> totals = RecommendSql(self.m_db).totals(memberId);
        if (!totals)
            return totals.error();
        QList<Suggestion> found;
        for (const Rule &r : std::as_const(*rules)) {
            if (r.thresholdEvery <= 0 || r.giftProductId == kNoId)
                continue;
            const bool onPoints = r.thresholdBasis == ThresholdBasis::Points;
            // The engine's count: every `thresholdEvery` of the lifetime total gives one gift.
            const qint64 before = std::max<qint64>(onPoints ? totals->pointsEarned : totals->amountPaid, 0);
            Suggestion s;
            s.kind = SuggestionKind::Threshold;
            s.reason = onPoints ? QStringLiteral("threshold.points") : QStringLiteral("threshold.amount");
            s.productId = r.giftProductId;
            s.ruleId = r.id;
            s.every = r.thresholdEvery;
            s.progress = before % r.thresholdEvery;
            s.remaining = r.thresholdEvery - s.progress;
            found.append(s);
        }
        // Points before amounts (they are not comparable), then the nearest.
        std::sort(found.begin(), found.end(), [](const Suggestion &a, const Suggestion &b) {
            if (a.reason != b.reason)
                return a.reason == QLatin1String("threshold.points");
            return a.remaining != b.remaining ? a.remaining < b.remaining : a.ruleId < b.ruleId;
        });
        out.append(found);
        return {};
    }

    Status occasion(const QDate &origin, EarnKind kind, const QString &reason, QList<Suggestion> &out) const
    {
        if (!origin.isValid())
            return {};
        for (int d = 0; d <= options.occasionWithinDays; ++d) {
            const QDate day = today.addDays(d);
            // isAnniversary moves 30 Esfand to 29 Esfand in a year that has no 30th.
            if (!RuleEngine::isAnniversary(origin, day, calendar))
                continue;
            Suggestion s;
            s.kind = SuggestionKind::Occasion;
            s.reason = reason;
            s.date = day;
            s.days = d;
            s.years = calendar.partsFromDate(day).year - calendar.partsFromDate(origin).year;
            if (allows(actor, Permission::RulesRead)) {
                // The rules in force on the day itself (at its start, or now when it is today).
                const QDateTime at = std::max(now, QDateTime(day, QTime(0, 0), zone).toUTC());
                Result<QList<Rule>> rules = earnRules(kind, at);
                if (!rules)
                    return rules.error();
                for (const Rule &r : std::as_const(*rules)) {
                    if (s.ruleId == kNoId)
                        s.ruleId = r.id;
                    s.points += r.points;
                }
            }
            out.append(s);
            return {};
        }
        return {};
    }

    Status repurchases(Id memberId, QList<Suggestion> &out) const
    {
        Result<QHash<Id, QList<QDateTime>>> bought = RecommendSql(self.m_db).purchases(memberId);
        if (!bought)
            return bought.error();
        const QDateTime horizon = now.addDays(options.repurchaseToleranceDays);
        QList<std::pair<QDateTime, Suggestion>> found; // due instant, suggestion
        for (auto it = bought->cbegin(); it != bought->cend(); ++it) {
            const QList<QDateTime> &times = it.value();
            if (times.size() < std::max(options.repurchaseMinTimes, 2))
                continue;
            const qint64 meanSecs = times.first().secsTo(times.last()) / (times.size() - 1);
            if (meanSecs <= 0)
                continue;
            const QDateTime due = times.last().addSecs(meanSecs);
            if (due > horizon)
                continue;
            if (allows(actor, Permission::CatalogRead)) {
                Result<Product> p = self.m_catalog.product(actor, it.key());
                if (!p || !p->active)
                    continue; // no longer sold: nothing to offer
            }
            Suggestion s;
            s.kind = SuggestionKind::Repurchase;
            s.reason = QStringLiteral("repurchase.due");
            s.productId = it.key();
            s.at = times.last();
            s.date = due.toTimeZone(zone).date();
            s.days = int(today.daysTo(s.date));
            s.times = int(times.size());
            s.intervalDays = int((meanSecs + kDaySecs / 2) / kDaySecs);
            found.append({due, s});
        }
        // Most overdue first: the earliest due instant.
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.productId < b.second.productId;
        });
        for (const auto &f : std::as_const(found))
            out.append(f.second);
        return {};
    }
};

Recommender::Recommender(Database &db,
                         MemberService &members,
                         LedgerService &ledger,
                         CatalogService &catalog,
                         InventoryService &inventory,
                         RuleService &rules,
                         const SalesService &sales,
                         const Clock &clock)
    : m_db(db)
    , m_members(members)
    , m_ledger(ledger)
    , m_catalog(catalog)
    , m_inventory(inventory)
    , m_rules(rules)
    , m_sales(sales)
    , m_clock(clock)
{}

Result<QList<Suggestion>>
Recommender::suggestions(const Actor &actor, Id memberId, const SuggestionOptions &options) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    Result<AccountBalance> balance = m_ledger.balance(actor, member->accountId);
    if (!balance)
        return balance.error();

    const Impl impl(*this, actor, options);
    QList<Suggestion> out;
    Result<QList<ExpiringPoints>> expiring = impl.expiring(member->accountId, options.expiryWithinDays);
    if (!expiring)
        return expiring.error();
    for (const ExpiringPoints &e : std::as_const(*expiring)) {
        Suggestion s;
        s.kind = SuggestionKind::Expiry;
        s.reason = QStringLiteral("expiry.soon");
        s.date = e.date;
        s.at = e.expiresAt;
        s.days = int(impl.today.daysTo(e.date));
        s.points = e.points;
        out.append(s);
    }

    QList<Suggestion> occasions;
    if (Status s = impl.occasion(member->birthDate, EarnKind::Birthday, QStringLiteral("occasion.birthday"), occasions);
        !s)
        return s.error();
    if (Status s = impl.occasion(member->marriageDate, EarnKind::Anniversary, QStringLiteral("occasion.anniversary"),
                                 occasions);
        !s)
        return s.error();
    std::stable_sort(occasions.begin(), occasions.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.date < b.date; });
    out.append(occasions);

    if (Status s = impl.gifts(balance->pointsAvailable, out); !s)
        return s.error();
    if (Status s = impl.thresholds(member->id, out); !s)
        return s.error();
    if (Status s = impl.repurchases(member->id, out); !s)
        return s.error();
    return out;
}

Result<QList<ExpiringPoints>> Recommender::expiringPoints(const Actor &actor, Id memberId, int withinDays) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    Result<Member> member = m_members.member(actor, memberId);
    if (!member)
        return member.error();
    const SuggestionOptions options;
    return Impl(*this, actor, options).expiring(member->accountId, withinDays);
}

} // namespace Club::Core
