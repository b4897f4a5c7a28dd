// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesSql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Club::Core {

namespace {
QString capKey(RuleHit::Cap cap)
{
    switch (cap) {
    case RuleHit::Cap::Day:
        return QStringLiteral("day");
    case RuleHit::Cap::Member:
        return QStringLiteral("member");
    case RuleHit::Cap::None:
        break;
    }
    return QStringLiteral("none");
}

QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

const QString kSaleColumns = QStringLiteral(
    "id, branch_id, receipt_no, member_id, member_account_id, card_id, operator_id, terminal, created_at, gross, "
    "discount, net, paid, points_redeemed, points_value, points_earned, bonus_points, bonuses, earned_lot_id, "
    "available_at, idempotency_key, transaction_id, stored_value, credit, tender_card_id, referral_points, "
    "referral_account_id, referral_lot_id");
} // namespace

QString SalesSql::whyJson(const QList<RuleHit> &hits)
{
    QJsonArray out;
    for (const RuleHit &h : hits) {
        // Amounts as text: a qint64 past 2^53 would lose digits as a JSON number.
        out.append(QJsonObject{{QStringLiteral("ruleId"), QString::number(h.ruleId)},
                               {QStringLiteral("reason"), h.reason},
                               {QStringLiteral("discount"), QString::number(h.discount)},
                               {QStringLiteral("points"), QString::number(h.points)},
                               {QStringLiteral("cap"), capKey(h.cap)}});
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QString SalesSql::bonusesJson(const QList<BonusHit> &bonuses)
{
    QJsonArray out;
    for (const BonusHit &b : bonuses) {
        out.append(QJsonObject{{QStringLiteral("ruleId"), QString::number(b.ruleId)},
                               {QStringLiteral("reason"), b.reason},
                               {QStringLiteral("beneficiaryId"), QString::number(b.beneficiaryId)},
                               {QStringLiteral("points"), QString::number(b.points)},
                               {QStringLiteral("giftProductId"), QString::number(b.giftProductId)},
                               {QStringLiteral("giftCount"), QString::number(b.giftCount)},
                               {QStringLiteral("cap"), capKey(b.cap)}});
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<std::pair<Id, qint64>> SalesSql::amountsByRule(const QString &json)
{
    QList<std::pair<Id, qint64>> out;
    const QJsonArray hits = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("ruleId")).toString().toLongLong(),
                    o.value(QStringLiteral("points")).toString().toLongLong() +
                        o.value(QStringLiteral("discount")).toString().toLongLong()});
    }
    return out;
}

Result<SalesSql::History> SalesSql::history(Id memberId, const QDate &today, const QTimeZone &zone) const
{
    History h;
    if (memberId == kNoId)
        return h;
    QHash<Id, std::pair<QDate, QString>> sales; // id → local day, bonuses
    {
        // Only the cash part counts as paid: stored value and credit never earn (thresholds too).
        SqlQuery q(m_db, QStringLiteral("SELECT id, created_at, bonuses, points_earned, paid - stored_value - credit "
                                        "FROM sales "
                                        "WHERE member_id = :m"));
        q.bind(QStringLiteral(":m"), memberId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const QDate day = LedgerStore::fromIso(q.value(1)).toTimeZone(zone).date();
            sales.insert(q.value(0).toLongLong(), {day, q.value(2).toString()});
            h.pointsEarned += q.value(3).toLongLong();
            h.amountPaid += q.value(4).toLongLong();
            ++h.sales;
        }
    }
    QHash<Id, QStringList> whys;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT l.sale_id, l.why FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                                        "WHERE s.member_id = :m"));
        q.bind(QStringLiteral(":m"), memberId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            whys[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        QStringList docs = whys.value(it.key());
        docs.append(it.value().second);
        QSet<Id> seen; // a rule counts once per sale however many lines it touched
        for (const QString &doc : std::as_const(docs)) {
            for (const auto &[ruleId, amount] : amountsByRule(doc)) {
                RuleUsage &u = h.usage[ruleId];
                const bool first = !seen.contains(ruleId);
                seen.insert(ruleId);
                u.lifetime += amount;
                u.timesLifetime += first ? 1 : 0;
                if (it.value().first == today) {
                    u.today += amount;
                    u.timesToday += first ? 1 : 0;
                }
            }
        }
    }
    return h;
}

Status SalesSql::lockBranch(Id branchId) const
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM branches WHERE id = :id FOR UPDATE"));
    q.bind(QStringLiteral(":id"), branchId);
    return q.exec();
}

Status SalesSql::lockSale(Id saleId) const
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM sales WHERE id = :id FOR UPDATE"));
    q.bind(QStringLiteral(":id"), saleId);
    return q.exec();
}

Result<qint64> SalesSql::nextReceiptNo(Id branchId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(MAX(receipt_no), 0) + 1 AS BIGINT) FROM sales "
                                    "WHERE branch_id = :b"));
    q.bind(QStringLiteral(":b"), branchId);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<Id> SalesSql::insertSale(Sale &sale) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO sales (branch_id, receipt_no, member_id, member_account_id, card_id, "
                                    "operator_id, terminal, created_at, gross, discount, net, paid, points_redeemed, "
                                    "points_value, points_earned, bonus_points, bonuses, earned_lot_id, available_at, "
                                    "idempotency_key, transaction_id, stored_value, credit, tender_card_id, referral_points, "
                                    "referral_account_id, referral_lot_id) VALUES "
                                    "(:b, :r, :m, :a, :c, :o, :t, :at, :g, :d, :n, :p, :pr, :pv, :pe, :bp, :bj, :lot, "
                                    ":avail, :k, :tx, :sv, :cr, :tc, :rp, :ra, :rl) RETURNING id"));
    q.bind(QStringLiteral(":b"), sale.branchId)
        .bind(QStringLiteral(":r"), sale.receiptNo)
        .bind(QStringLiteral(":m"), idOrNull(sale.memberId))
        .bind(QStringLiteral(":a"), idOrNull(sale.memberAccountId))
        .bind(QStringLiteral(":c"), idOrNull(sale.cardId))
        .bind(QStringLiteral(":o"), idOrNull(sale.operatorId))
        .bind(QStringLiteral(":t"), sale.terminal)
        .bind(QStringLiteral(":at"), iso(sale.createdAt))
        .bind(QStringLiteral(":g"), sale.gross)
        .bind(QStringLiteral(":d"), sale.discount)
        .bind(QStringLiteral(":n"), sale.net)
        // The column holds every money tender (its CHECK: net = paid + points_value).
        .bind(QStringLiteral(":p"), sale.paid + sale.storedValue + sale.credit)
        .bind(QStringLiteral(":pr"), sale.pointsRedeemed)
        .bind(QStringLiteral(":pv"), sale.pointsValue)
        .bind(QStringLiteral(":pe"), sale.pointsEarned)
        .bind(QStringLiteral(":bp"), sale.bonusPoints)
        .bind(QStringLiteral(":bj"), sale.bonusesJson)
        .bind(QStringLiteral(":lot"), idOrNull(sale.earnedLotId))
        .bind(QStringLiteral(":avail"), sale.availableAt.isValid() ? QVariant(iso(sale.availableAt)) : QVariant())
        .bind(QStringLiteral(":k"), sale.idempotencyKey)
        .bind(QStringLiteral(":tx"), sale.transactionId)
        .bind(QStringLiteral(":sv"), sale.storedValue)
        .bind(QStringLiteral(":cr"), sale.credit)
        .bind(QStringLiteral(":tc"), idOrNull(sale.tenderCardId))
        .bind(QStringLiteral(":rp"), sale.referralPoints)
        .bind(QStringLiteral(":ra"), idOrNull(sale.referralAccountId))
        .bind(QStringLiteral(":rl"), idOrNull(sale.referralLotId));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    sale.id = id->toLongLong();
    SqlQuery line(m_db, QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id, qty, unit_price, gross, "
                                       "discount, net, points, why) VALUES (:s, :no, :p, :q, :u, :g, :d, :n, :pts, "
                                       ":why) RETURNING id"));
    for (SaleLine &l : sale.lines) {
        line.bind(QStringLiteral(":s"), sale.id)
            .bind(QStringLiteral(":no"), l.lineNo)
            .bind(QStringLiteral(":p"), l.productId)
            .bind(QStringLiteral(":q"), l.qty)
            .bind(QStringLiteral(":u"), l.unitPrice)
            .bind(QStringLiteral(":g"), l.gross)
            .bind(QStringLiteral(":d"), l.discount)
            .bind(QStringLiteral(":n"), l.net)
            .bind(QStringLiteral(":pts"), l.points)
            .bind(QStringLiteral(":why"), l.whyJson);
        Result<QVariant> lineId = line.scalar();
        if (!lineId)
            return lineId.error();
        l.id = lineId->toLongLong();
    }
    return sale.id;
}

Result<Sale> SalesSql::load(Id saleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kSaleColumns + QStringLiteral(" FROM sales WHERE id = :id"));
    q.bind(QStringLiteral(":id"), saleId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The sale was not found."), QStringLiteral("sale %1").arg(saleId));
    Sale s;
    s.id = q.value(0).toLongLong();
    s.branchId = idOf(q.value(1));
    s.receiptNo = q.value(2).toLongLong();
    s.memberId = idOf(q.value(3));
    s.memberAccountId = idOf(q.value(4));
    s.cardId = idOf(q.value(5));
    s.operatorId = idOf(q.value(6));
    s.terminal = q.value(7).toString();
    s.createdAt = LedgerStore::fromIso(q.value(8));
    s.gross = q.value(9).toLongLong();
    s.discount = q.value(10).toLongLong();
    s.net = q.value(11).toLongLong();
    s.paid = q.value(12).toLongLong();
    s.pointsRedeemed = q.value(13).toLongLong();
    s.pointsValue = q.value(14).toLongLong();
    s.pointsEarned = q.value(15).toLongLong();
    s.bonusPoints = q.value(16).toLongLong();
    s.bonusesJson = q.value(17).toString();
    s.earnedLotId = idOf(q.value(18));
    s.availableAt = LedgerStore::fromIso(q.value(19));
    s.idempotencyKey = q.value(20).toString();
    s.transactionId = q.value(21).toLongLong();
    s.storedValue = q.value(22).toLongLong();
    s.credit = q.value(23).toLongLong();
    s.tenderCardId = idOf(q.value(24));
    s.referralPoints = q.value(25).toLongLong();
    s.referralAccountId = idOf(q.value(26));
    s.referralLotId = idOf(q.value(27));
    s.paid -= s.storedValue + s.credit;

    SqlQuery l(m_db, QStringLiteral("SELECT l.id, l.line_no, l.product_id, l.qty, l.unit_price, l.gross, l.discount, "
                                    "l.net, l.points, l.why, CAST(COALESCE((SELECT SUM(r.qty) FROM return_lines r "
                                    "WHERE r.sale_line_id = l.id), 0) AS BIGINT) FROM sale_lines l "
                                    "WHERE l.sale_id = :s ORDER BY l.line_no"));
    l.bind(QStringLiteral(":s"), saleId);
    if (Status st = l.exec(); !st)
        return st.error();
    while (l.next()) {
        SaleLine line;
        line.id = l.value(0).toLongLong();
        line.lineNo = l.value(1).toInt();
        line.productId = l.value(2).toLongLong();
        line.qty = l.value(3).toLongLong();
        line.unitPrice = l.value(4).toLongLong();
        line.gross = l.value(5).toLongLong();
        line.discount = l.value(6).toLongLong();
        line.net = l.value(7).toLongLong();
        line.points = l.value(8).toLongLong();
        line.whyJson = l.value(9).toString();
        line.returnedQty = l.value(10).toLongLong();
        s.lines.append(line);
    }
    return s;
}

Result<Id> SalesSql::findByKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM sales WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

Result<Id> SalesSql::insertReturn(
    const SaleReturn &r, const QString &idempotencyKey, Id operatorId, Id branchId, const QString &terminal) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO returns (sale_id, operator_id, branch_id, terminal, created_at, "
                                    "refund_cash, points_refunded, points_reversed, points_shortfall, "
                                    "points_from_other, policy, deducted, debt, idempotency_key, transaction_id, "
                                    "refund_stored_value, refund_credit, referral_reversed) "
                                    "VALUES (:s, :o, :b, :t, :at, :cash, :pref, :prev, :short, :other, :policy, "
                                    ":ded, :debt, :k, :tx, :rsv, :rcr, :rrev) RETURNING id"));
    q.bind(QStringLiteral(":s"), r.saleId)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":b"), idOrNull(branchId))
        .bind(QStringLiteral(":t"), terminal)
        .bind(QStringLiteral(":at"), iso(r.createdAt))
        .bind(QStringLiteral(":cash"), r.refundCash)
        .bind(QStringLiteral(":pref"), r.pointsRefunded)
        .bind(QStringLiteral(":prev"), r.pointsReversed)
        .bind(QStringLiteral(":short"), r.pointsShortfall)
        .bind(QStringLiteral(":other"), r.pointsFromOther)
        .bind(QStringLiteral(":policy"), spentPointsPolicyKey(r.policy))
        .bind(QStringLiteral(":ded"), r.deducted)
        .bind(QStringLiteral(":debt"), r.debt)
        .bind(QStringLiteral(":k"), idempotencyKey)
        .bind(QStringLiteral(":tx"), r.transactionId)
        .bind(QStringLiteral(":rsv"), r.refundStoredValue)
        .bind(QStringLiteral(":rcr"), r.refundCredit)
        .bind(QStringLiteral(":rrev"), r.referralReversed);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status
SalesSql::insertReturnLine(Id returnId, Id saleLineId, qint64 qty, Money gross, Money discount, Points points) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO return_lines (return_id, sale_line_id, qty, gross, discount, points) "
                                    "VALUES (:r, :l, :q, :g, :d, :p)"));
    q.bind(QStringLiteral(":r"), returnId)
        .bind(QStringLiteral(":l"), saleLineId)
        .bind(QStringLiteral(":q"), qty)
        .bind(QStringLiteral(":g"), gross)
        .bind(QStringLiteral(":d"), discount)
        .bind(QStringLiteral(":p"), points);
    return q.exec();
}

Result<SaleReturn> SalesSql::loadReturnByKey(const QString &idempotencyKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, sale_id, created_at, refund_cash, points_refunded, points_reversed, "
                                    "points_shortfall, points_from_other, policy, deducted, debt, transaction_id, "
                                    "refund_stored_value, refund_credit, referral_reversed FROM returns WHERE idempotency_key = :k"));
    q.bind(QStringLiteral(":k"), idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    SaleReturn r;
    if (!q.next())
        return r;
    r.id = q.value(0).toLongLong();
    r.saleId = q.value(1).toLongLong();
    r.createdAt = LedgerStore::fromIso(q.value(2));
    r.refundCash = q.value(3).toLongLong();
    r.pointsRefunded = q.value(4).toLongLong();
    r.pointsReversed = q.value(5).toLongLong();
    r.pointsShortfall = q.value(6).toLongLong();
    r.pointsFromOther = q.value(7).toLongLong();
    const QString policy = q.value(8).toString();
    for (SpentPointsPolicy p :
         {SpentPointsPolicy::TakeOtherPoints, SpentPointsPolicy::Debt, SpentPointsPolicy::DeductFromRefund}) {
        if (spentPointsPolicyKey(p) == policy)
            r.policy = p;
    }
    r.deducted = q.value(9).toLongLong();
    r.debt = q.value(10).toLongLong();
    r.transactionId = q.value(11).toLongLong();
    r.refundStoredValue = q.value(12).toLongLong();
    r.refundCredit = q.value(13).toLongLong();
    r.referralReversed = q.value(14).toLongLong();
    return r;
}

Result<Money> SalesSql::returnedNet(Id saleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(l.gross - l.discount), 0) AS BIGINT) FROM return_lines l "
                                    "JOIN returns r ON r.id = l.return_id WHERE r.sale_id = :s"));
    q.bind(QStringLiteral(":s"), saleId);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace Club::Core
