// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Members' tiers: qualifying values, evaluation, reviews, history.
#include "TierImpl.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QLoggingCategory>

#include <limits>

namespace Club::Core {

namespace {
Q_LOGGING_CATEGORY(lcTiers, "club.tiers")

const QString kUpgrade = QStringLiteral("upgrade");
const QString kDowngrade = QStringLiteral("review_downgrade");
const QString kKeep = QStringLiteral("review_keep");

// The card type of the member's newest active card; kNoId when the member has none.
Result<Id> programCardType(const Database &db, Id memberId)
{
    // Only the newest active card counts: when its type has no programme, none applies.
    SqlQuery newest(db, QStringLiteral("SELECT card_type_id FROM cards WHERE member_id = :m AND status = 'active' "
                                       "ORDER BY issued_at DESC, id DESC"));
    newest.bind(QStringLiteral(":m"), memberId);
    if (Status s = newest.exec(); !s)
        return s.error();
    if (!newest.next())
        return kNoId;
    return newest.value(0).toLongLong();
}

// Points earned (ledger credits against the points-issued account on the member's sales,
// less what their returns took back) or money spent, in (asOf - window, asOf].
Result<qint64> qualifyingValue(const Database &db, const TierProgram &program, Id memberId, const QDateTime &asOf)
{
    const QString from = LedgerStore::isoUtc(asOf.addDays(-program.windowDays));
    const QString to = LedgerStore::isoUtc(asOf);
    const QString sql =
        program.basis == TierBasis::PointsEarned
            ? QStringLiteral("SELECT CAST(COALESCE(SUM(e.amount), 0) AS BIGINT) FROM journal_entries e "
                             "JOIN ledger_accounts a ON a.id = e.ledger_account_id WHERE a.code = :code "
                             "AND e.transaction_id IN ("
                             "SELECT s.transaction_id FROM sales s WHERE s.member_id = :m1 "
                             "AND s.created_at > :f1 AND s.created_at <= :t1 "
                             "UNION ALL SELECT r.transaction_id FROM returns r JOIN sales s2 ON s2.id = r.sale_id "
                             "WHERE s2.member_id = :m2 AND r.created_at > :f2 AND r.created_at <= :t2)")
            : QStringLiteral("SELECT CAST(COALESCE((SELECT SUM(s.net - s.points_value) FROM sales s "
                             "WHERE s.member_id = :m1 AND s.created_at > :f1 AND s.created_at <= :t1), 0) - "
                             "COALESCE((SELECT SUM(r.refund_cash) FROM returns r JOIN sales s2 ON s2.id = r.sale_id "
                             "WHERE s2.member_id = :m2 AND r.created_at > :f2 AND r.created_at <= :t2), 0) "
                             "AS BIGINT)");
    SqlQuery q(db, sql);
    if (program.basis == TierBasis::PointsEarned)
        q.bind(QStringLiteral(":code"), LedgerStore::kPointsIssued);
    q.bind(QStringLiteral(":m1"), memberId).bind(QStringLiteral(":m2"), memberId);
    q.bind(QStringLiteral(":f1"), from).bind(QStringLiteral(":f2"), from);
    q.bind(QStringLiteral(":t1"), to).bind(QStringLiteral(":t2"), to);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    // The points-issued account is credited (negative) when points are earned.
    const qint64 value = program.basis == TierBasis::PointsEarned ? -v->toLongLong() : v->toLongLong();
    return std::max<qint64>(value, 0);
}

int rankOf(const TierProgram &program, const QString &key)
{
    for (const TierLevel &l : program.tiers) {
        if (l.key == key)
            return l.rank;
    }
    return std::numeric_limits<int>::min(); // not in the programme: below every tier
}

struct Standing
{
    TierStatus status;
    std::optional<TierProgram> program;
};

Result<Standing> standing(const Database &db, Id memberId, const QDateTime &asOf)
{
    Standing out;
    out.status.memberId = memberId;
    SqlQuery m(db, QStringLiteral("SELECT tier FROM members WHERE id = :m"));
    m.bind(QStringLiteral(":m"), memberId);
    if (Status s = m.exec(); !s)
        return s.error();
    if (!m.next())
        return Error::make(Error::Code::NotFound, TierService::tr("This member no longer exists."),
                           QStringLiteral("member %1 not found").arg(memberId));
    out.status.tier = m.value(0).toString();
    SqlQuery r(db, QStringLiteral("SELECT review_at FROM member_tier_reviews WHERE member_id = :m"));
    r.bind(QStringLiteral(":m"), memberId);
    if (Status s = r.exec(); !s)
        return s.error();
    if (r.next())
        out.status.reviewAt = LedgerStore::fromIso(r.value(0));

    Result<Id> type = programCardType(db, memberId);
    if (!type)
        return type.error();
    if (*type == kNoId)
        return out;
    Result<std::optional<TierProgram>> program = loadTierProgram(db, *type);
    if (!program)
        return program.error();
    if (!program->has_value() || (*program)->tiers.isEmpty())
        return out;
    out.program = **program;
    const TierProgram &p = *out.program;
    out.status.cardTypeId = p.cardTypeId;
    out.status.basis = p.basis;
    Result<qint64> value = qualifyingValue(db, p, memberId, asOf);
    if (!value)
        return value.error();
    out.status.qualifying = *value;
    out.status.qualifiesFor = p.tiers.first().key; // by rank: the lowest when none is reached
    for (const TierLevel &l : p.tiers) {
        if (l.threshold <= *value) {
            out.status.qualifiesFor = l.key;
        } else if (out.status.nextTier.isEmpty() && l.rank > rankOf(p, out.status.tier)) {
            out.status.nextTier = l.key;
            out.status.toNextTier = l.threshold - *value;
        }
    }
    return out;
}
} // namespace

TierService::TierService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Result<TierStatus> TierService::status(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    Result<Standing> st = standing(m_db, memberId, m_clock.nowUtc());
    if (!st)
        return st.error();
    return st->status;
}

namespace {
// Evaluates one member as of `asOf` inside the caller's transaction and writes any change.
Result<TierEvaluation> evaluateAt(const Database &db, const Actor &actor, Id memberId, const QDateTime &asOf)
{
    Result<Standing> st = standing(db, memberId, asOf);
    if (!st)
        return st.error();
    TierEvaluation out;
    out.status = st->status;
    out.previousTier = st->status.tier;
    if (!st->program)
        return out;
    const TierProgram &p = *st->program;
    const int current = rankOf(p, st->status.tier);
    const int target = rankOf(p, st->status.qualifiesFor);
    const QDateTime reviewAt = st->status.reviewAt;
    const bool due = !reviewAt.isValid() || reviewAt <= asOf;
    if (target > current)
        out.reason = kUpgrade;
    else if (target < current && due)
        out.reason = kDowngrade;
    else if (target == current && reviewAt.isValid() && due)
        out.reason = kKeep;
    else
        return out;

    const QString at = LedgerStore::isoUtc(asOf);
    const QDateTime next = asOf.addDays(p.reviewDays);
    if (out.reason != kKeep) {
        SqlQuery u(db, QStringLiteral("UPDATE members SET tier = :t, updated_at = :at WHERE id = :m"));
        u.bind(QStringLiteral(":t"), st->status.qualifiesFor)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":m"), memberId);
        if (Status s = u.exec(); !s)
            return s.error();
    }
    SqlQuery r(db, QStringLiteral("INSERT INTO member_tier_reviews (member_id, review_at) VALUES (:m, :r) "
                                  "ON CONFLICT (member_id) DO UPDATE SET review_at = excluded.review_at"));
    r.bind(QStringLiteral(":m"), memberId).bind(QStringLiteral(":r"), LedgerStore::isoUtc(next));
    if (Status s = r.exec(); !s)
        return s.error();
    SqlQuery h(db, QStringLiteral("INSERT INTO tier_history (member_id, card_type_id, from_tier, to_tier, reason, "
                                  "basis, qualifying, operator_id, at) VALUES (:m, :t, :from, :to, :why, :b, :q, "
                                  ":op, :at)"));
    h.bind(QStringLiteral(":m"), memberId)
        .bind(QStringLiteral(":t"), p.cardTypeId)
        .bind(QStringLiteral(":from"), st->status.tier)
        .bind(QStringLiteral(":to"), st->status.qualifiesFor)
        .bind(QStringLiteral(":why"), out.reason)
        .bind(QStringLiteral(":b"), tierBasisKey(p.basis))
        .bind(QStringLiteral(":q"), st->status.qualifying)
        .bind(QStringLiteral(":op"), actor.operatorId == kNoId ? QVariant() : QVariant(actor.operatorId))
        .bind(QStringLiteral(":at"), at);
    if (Status s = h.exec(); !s)
        return s.error();
    out.status.tier = st->status.qualifiesFor;
    out.status.reviewAt = LedgerStore::fromIso(LedgerStore::isoUtc(next));
    // What the next tier needs, from the new tier.
    out.status.nextTier.clear();
    out.status.toNextTier = 0;
    for (const TierLevel &l : p.tiers) {
        if (l.rank > rankOf(p, out.status.tier) && l.threshold > out.status.qualifying) {
            out.status.nextTier = l.key;
            out.status.toNextTier = l.threshold - out.status.qualifying;
            break;
        }
    }
    return out;
}
} // namespace

Result<TierEvaluation> TierService::evaluate(const Actor &actor, Id memberId)
{
    if (Status s = require(actor, Permission::LedgerPost); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<TierEvaluation> ev = evaluateAt(m_db, actor, memberId, m_clock.nowUtc());
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (ev->previousTier != ev->status.tier) {
        qCInfo(lcTiers) << "member" << memberId << ev->reason << ev->previousTier << "->" << ev->status.tier;
        Q_EMIT tierChanged(memberId, ev->previousTier, ev->status.tier);
    }
    return ev;
}

Result<int> TierService::runReviews(const Actor &actor, const QDateTime &asOf)
{
    if (Status s = require(actor, Permission::LedgerExpire); !s)
        return s.error();
    if (!asOf.isValid())
        return Impl::invalid(tr("Choose the time the reviews are due by."), QStringLiteral("asOf"));
    if (asOf.toUTC() > m_clock.nowUtc())
        return Impl::invalid(tr("Tiers cannot be reviewed ahead of time."), QStringLiteral("asOf"));
    SqlQuery q(m_db, QStringLiteral("SELECT member_id FROM member_tier_reviews WHERE review_at <= :asOf "
                                    "ORDER BY member_id"));
    q.bind(QStringLiteral(":asOf"), LedgerStore::isoUtc(asOf));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> due;
    while (q.next())
        due.append(q.value(0).toLongLong());
    int reviewed = 0;
    for (Id memberId : std::as_const(due)) {
        // One transaction per member: a failure leaves the others reviewed, and a rerun
        // picks up only those still due.
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        Result<TierEvaluation> ev = evaluateAt(m_db, actor, memberId, asOf.toUTC());
        if (!ev)
            return ev.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (!ev->reason.isEmpty())
            ++reviewed;
        if (ev->previousTier != ev->status.tier)
            Q_EMIT tierChanged(memberId, ev->previousTier, ev->status.tier);
    }
    qCInfo(lcTiers) << "reviewed" << reviewed << "of" << due.size() << "members due";
    return reviewed;
}

Result<QList<TierChange>> TierService::history(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    if (Status s = require(actor, Permission::LedgerRead); !s)
        return s.error();
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, card_type_id, from_tier, to_tier, reason, basis, qualifying, "
                              "operator_id, at FROM tier_history WHERE member_id = :m ORDER BY at DESC, id DESC"));
    q.bind(QStringLiteral(":m"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TierChange> out;
    while (q.next()) {
        TierChange c;
        c.id = q.value(0).toLongLong();
        c.memberId = memberId;
        c.cardTypeId = q.value(1).isNull() ? kNoId : q.value(1).toLongLong();
        c.fromTier = q.value(2).toString();
        c.toTier = q.value(3).toString();
        c.reason = q.value(4).toString();
        tierBasisFromKey(q.value(5).toString(), c.basis);
        c.qualifying = q.value(6).toLongLong();
        c.operatorId = q.value(7).isNull() ? kNoId : q.value(7).toLongLong();
        c.at = LedgerStore::fromIso(q.value(8));
        out.append(c);
    }
    return out;
}

namespace {
// The member and operator of a sale or a return, as the actor the evaluation runs as.
struct Recorded
{
    Id memberId = kNoId;
    Actor actor;
};

Result<Recorded> recorded(const Database &db, const QString &sql, Id id)
{
    SqlQuery q(db, sql);
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    Recorded out;
    if (!q.next() || q.value(0).isNull() || q.value(1).isNull())
        return out;
    out.memberId = q.value(0).toLongLong();
    out.actor.operatorId = q.value(1).toLongLong();
    out.actor.username = q.value(2).toString();
    out.actor.fullName = q.value(3).toString();
    out.actor.role = roleFromKey(q.value(4).toString()).value_or(Role::Staff);
    out.actor.branchId = q.value(5).isNull() ? kNoId : q.value(5).toLongLong();
    out.actor.terminal = q.value(6).toString();
    return out;
}
} // namespace

void TierService::afterSale(qint64 saleId)
{
    Result<Recorded> r = recorded(m_db,
                                  QStringLiteral("SELECT s.member_id, o.id, o.username, o.full_name, o.role, "
                                                 "s.branch_id, s.terminal FROM sales s LEFT JOIN operators o ON "
                                                 "o.id = s.operator_id WHERE s.id = :id"),
                                  saleId);
    if (!r) {
        qCWarning(lcTiers) << "tier not evaluated after sale" << saleId << r.error().detail;
        return;
    }
    if (r->memberId == kNoId)
        return;
    if (Result<TierEvaluation> ev = evaluate(r->actor, r->memberId); !ev)
        qCWarning(lcTiers) << "tier not evaluated after sale" << saleId << ev.error().detail;
}

void TierService::afterReturn(qint64 returnId)
{
    Result<Recorded> r = recorded(m_db,
                                  QStringLiteral("SELECT s.member_id, o.id, o.username, o.full_name, o.role, "
                                                 "r.branch_id, r.terminal FROM returns r JOIN sales s ON s.id = "
                                                 "r.sale_id LEFT JOIN operators o ON o.id = r.operator_id "
                                                 "WHERE r.id = :id"),
                                  returnId);
    if (!r) {
        qCWarning(lcTiers) << "tier not evaluated after return" << returnId << r.error().detail;
        return;
    }
    if (r->memberId == kNoId)
        return;
    if (Result<TierEvaluation> ev = evaluate(r->actor, r->memberId); !ev)
        qCWarning(lcTiers) << "tier not evaluated after return" << returnId << ev.error().detail;
}

} // namespace Club::Core
