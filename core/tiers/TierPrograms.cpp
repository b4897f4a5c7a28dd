// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Tier programmes: reading, validating, saving. Evaluation lives in TierService.cpp.
#include "TierImpl.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Club::Core {

namespace {
constexpr int kMaxDays = 3660; // ten years
}

QString tierBasisKey(TierBasis basis)
{
    switch (basis) {
    case TierBasis::PointsEarned:
        return QStringLiteral("points_earned");
    case TierBasis::AmountSpent:
        return QStringLiteral("amount_spent");
    }
    return {};
}

bool tierBasisFromKey(const QString &key, TierBasis &basis)
{
    for (TierBasis b : {TierBasis::PointsEarned, TierBasis::AmountSpent}) {
        if (tierBasisKey(b) == key) {
            basis = b;
            return true;
        }
    }
    return false;
}

Error TierService::Impl::invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, {}, field);
}

Result<std::optional<TierProgram>> loadTierProgram(const Database &db, Id cardTypeId)
{
    SqlQuery q(db, QStringLiteral("SELECT basis, window_days, review_days, updated_at FROM tier_programs "
                                  "WHERE card_type_id = :t"));
    q.bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<TierProgram>();
    TierProgram p;
    p.cardTypeId = cardTypeId;
    if (!tierBasisFromKey(q.value(0).toString(), p.basis))
        return Error::make(Error::Code::Storage, TierService::tr("The tier programme could not be read."),
                           QStringLiteral("unknown tier basis for card type %1").arg(cardTypeId));
    p.windowDays = q.value(1).toInt();
    p.reviewDays = q.value(2).toInt();
    p.updatedAt = LedgerStore::fromIso(q.value(3));
    SqlQuery levels(db, QStringLiteral("SELECT tier_key, name_fa, name_ar, name_en, tier_rank, threshold "
                                       "FROM tier_levels WHERE card_type_id = :t ORDER BY tier_rank"));
    levels.bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = levels.exec(); !s)
        return s.error();
    while (levels.next()) {
        TierLevel l;
        l.key = levels.value(0).toString();
        l.nameFa = levels.value(1).toString();
        l.nameAr = levels.value(2).toString();
        l.nameEn = levels.value(3).toString();
        l.rank = levels.value(4).toInt();
        l.threshold = levels.value(5).toLongLong();
        p.tiers.append(l);
    }
    return std::optional<TierProgram>(p);
}

Status TierService::validate(const TierProgram &program)
{
    if (program.cardTypeId == kNoId)
        return Impl::invalid(tr("Choose the card type the programme is for."), QStringLiteral("cardTypeId"));
    if (program.windowDays < 1 || program.windowDays > kMaxDays)
        return Impl::invalid(tr("The qualifying window must be between 1 and %Ln day(s).", nullptr, kMaxDays),
                             QStringLiteral("windowDays"));
    if (program.reviewDays < 1 || program.reviewDays > kMaxDays)
        return Impl::invalid(tr("The review period must be between 1 and %Ln day(s).", nullptr, kMaxDays),
                             QStringLiteral("reviewDays"));
    if (program.tiers.isEmpty())
        return Impl::invalid(tr("Add at least one tier."), QStringLiteral("tiers"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    QSet<QString> keys;
    QSet<int> ranks;
    for (const TierLevel &l : program.tiers) {
        if (!keyPattern.match(l.key).hasMatch())
            return Impl::invalid(tr("A tier key is 1 to 32 small Latin letters, digits, '-' or '_', such as gold."),
                                 QStringLiteral("key"));
        if (keys.contains(l.key))
            return Impl::invalid(tr("Two tiers have the key %1.").arg(l.key), QStringLiteral("key"));
        keys.insert(l.key);
        if (l.nameFa.trimmed().isEmpty() && l.nameAr.trimmed().isEmpty() && l.nameEn.trimmed().isEmpty())
            return Impl::invalid(tr("Give the tier %1 a name.").arg(l.key), QStringLiteral("name"));
        if (ranks.contains(l.rank))
            return Impl::invalid(tr("Two tiers have the same rank."), QStringLiteral("rank"));
        ranks.insert(l.rank);
        if (l.threshold < 0)
            return Impl::invalid(tr("A threshold cannot be negative."), QStringLiteral("threshold"));
    }
    QList<TierLevel> byRank = program.tiers;
    std::sort(byRank.begin(), byRank.end(), [](const TierLevel &a, const TierLevel &b) { return a.rank < b.rank; });
    for (qsizetype i = 1; i < byRank.size(); ++i) {
        if (byRank.at(i).threshold <= byRank.at(i - 1).threshold)
            return Impl::invalid(tr("Each tier must need more than the tier below it (%1 after %2).")
                                     .arg(byRank.at(i).key, byRank.at(i - 1).key),
                                 QStringLiteral("threshold"));
    }
    return {};
}

Result<QList<TierProgram>> TierService::programs(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT card_type_id FROM tier_programs ORDER BY card_type_id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<TierProgram> out;
    for (Id id : std::as_const(ids)) {
        Result<std::optional<TierProgram>> p = loadTierProgram(m_db, id);
        if (!p)
            return p.error();
        if (p->has_value())
            out.append(**p);
    }
    return out;
}

Result<TierProgram> TierService::program(const Actor &actor, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::MemberRead); !s)
        return s.error();
    Result<std::optional<TierProgram>> p = loadTierProgram(m_db, cardTypeId);
    if (!p)
        return p.error();
    if (!p->has_value())
        return Error::make(Error::Code::NotFound, tr("This card type has no tier programme."),
                           QStringLiteral("no tier programme for card type %1").arg(cardTypeId));
    return **p;
}

Status TierService::saveProgram(const Actor &actor, const TierProgram &program)
{
    if (Status s = require(actor, Permission::TiersManage); !s)
        return s;
    if (Status s = validate(program); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    {
        SqlQuery type(m_db, QStringLiteral("SELECT COUNT(*) FROM card_types WHERE id = :t"));
        type.bind(QStringLiteral(":t"), program.cardTypeId);
        Result<QVariant> n = type.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() == 0)
            return Impl::invalid(tr("Choose the card type the programme is for."), QStringLiteral("cardTypeId"));
    }
    const QString now = LedgerStore::isoUtc(m_clock.nowUtc());
    SqlQuery upsert(m_db, QStringLiteral("INSERT INTO tier_programs (card_type_id, basis, window_days, review_days, "
                                         "updated_at) VALUES (:t, :b, :w, :r, :at) ON CONFLICT (card_type_id) DO "
                                         "UPDATE SET basis = excluded.basis, window_days = excluded.window_days, "
                                         "review_days = excluded.review_days, updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":t"), program.cardTypeId)
        .bind(QStringLiteral(":b"), tierBasisKey(program.basis))
        .bind(QStringLiteral(":w"), program.windowDays)
        .bind(QStringLiteral(":r"), program.reviewDays)
        .bind(QStringLiteral(":at"), now);
    if (Status s = upsert.exec(); !s)
        return s;
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM tier_levels WHERE card_type_id = :t"));
    clear.bind(QStringLiteral(":t"), program.cardTypeId);
    if (Status s = clear.exec(); !s)
        return s;
    QStringList detail;
    for (const TierLevel &l : program.tiers) {
        SqlQuery ins(m_db, QStringLiteral("INSERT INTO tier_levels (card_type_id, tier_key, name_fa, name_ar, "
                                          "name_en, tier_rank, threshold) VALUES (:t, :k, :fa, :ar, :en, :r, :th)"));
        ins.bind(QStringLiteral(":t"), program.cardTypeId)
            .bind(QStringLiteral(":k"), l.key)
            .bind(QStringLiteral(":fa"), l.nameFa.trimmed())
            .bind(QStringLiteral(":ar"), l.nameAr.trimmed())
            .bind(QStringLiteral(":en"), l.nameEn.trimmed())
            .bind(QStringLiteral(":r"), l.rank)
            .bind(QStringLiteral(":th"), l.threshold);
        if (Status s = ins.exec(); !s)
            return s;
        detail << QStringLiteral("%1@%2").arg(l.key).arg(l.threshold);
    }
    if (Status s =
            m_audit.record(actor, QStringLiteral("tier_program.save"), QStringLiteral("card_type"), program.cardTypeId,
                           QStringLiteral("%1, window %2, review %3: %4")
                               .arg(tierBasisKey(program.basis))
                               .arg(program.windowDays)
                               .arg(program.reviewDays)
                               .arg(detail.join(QStringLiteral(", "))));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT programSaved(program.cardTypeId);
    return {};
}

Status TierService::removeProgram(const Actor &actor, Id cardTypeId)
{
    if (Status s = require(actor, Permission::TiersManage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery levels(m_db, QStringLiteral("DELETE FROM tier_levels WHERE card_type_id = :t"));
    levels.bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = levels.exec(); !s)
        return s;
    SqlQuery prog(m_db, QStringLiteral("DELETE FROM tier_programs WHERE card_type_id = :t"));
    prog.bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = prog.exec(); !s)
        return s;
    if (prog.rowsAffected() == 0)
        return Error::make(Error::Code::NotFound, tr("This card type has no tier programme."),
                           QStringLiteral("no tier programme for card type %1").arg(cardTypeId));
    if (Status s =
            m_audit.record(actor, QStringLiteral("tier_program.remove"), QStringLiteral("card_type"), cardTypeId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT programSaved(cardTypeId);
    return {};
}

} // namespace Club::Core
