// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngagementSql.h"

#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace Club::Core {

namespace {
QString iso(const QDateTime &at)
{
    return LedgerStore::isoUtc(at);
}

const QString kLotteryColumns = QStringLiteral(
    "SELECT id, name, period_from, period_to, points_per_ticket, amount_per_ticket, tickets_per_purchase, "
    "max_tickets, winners, prize_points, prize_product_id, template_id, status, seed, created_at, frozen_at, "
    "drawn_at FROM lotteries ");

Lottery lotteryOf(const SqlQuery &q)
{
    Lottery l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.from = LedgerStore::fromIso(q.value(2));
    l.to = LedgerStore::fromIso(q.value(3));
    l.rules.pointsPerTicket = q.value(4).toLongLong();
    l.rules.amountPerTicket = q.value(5).toLongLong();
    l.rules.ticketsPerPurchase = q.value(6).toLongLong();
    l.rules.maxTickets = q.value(7).toLongLong();
    l.winners = q.value(8).toInt();
    l.prizePoints = q.value(9).toLongLong();
    l.prizeProductId = idOf(q.value(10));
    l.templateId = idOf(q.value(11));
    l.status = lotteryStatusFromKey(q.value(12).toString());
    l.seed = q.value(13).toString();
    l.createdAt = LedgerStore::fromIso(q.value(14));
    l.frozenAt = LedgerStore::fromIso(q.value(15));
    l.drawnAt = LedgerStore::fromIso(q.value(16));
    return l;
}

QString questionKindKey(QuestionKind kind)
{
    return kind == QuestionKind::Rating ? QStringLiteral("rating") : QStringLiteral("text");
}
} // namespace

Result<Id> EngagementSql::insertLottery(const Lottery &l, Id operatorId) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO lotteries (name, period_from, period_to, points_per_ticket, amount_per_ticket, "
                         "tickets_per_purchase, max_tickets, winners, prize_points, prize_product_id, template_id, "
                         "status, created_by, created_at) VALUES (:n, :f, :t, :ppt, :apt, :tpp, :max, :w, :pp, :pr, "
                         ":tpl, 'draft', :o, :at) RETURNING id"));
    q.bind(QStringLiteral(":n"), l.name)
        .bind(QStringLiteral(":f"), iso(l.from))
        .bind(QStringLiteral(":t"), iso(l.to))
        .bind(QStringLiteral(":ppt"), l.rules.pointsPerTicket)
        .bind(QStringLiteral(":apt"), l.rules.amountPerTicket)
        .bind(QStringLiteral(":tpp"), l.rules.ticketsPerPurchase)
        .bind(QStringLiteral(":max"), l.rules.maxTickets)
        .bind(QStringLiteral(":w"), l.winners)
        .bind(QStringLiteral(":pp"), l.prizePoints)
        .bind(QStringLiteral(":pr"), idOrNull(l.prizeProductId))
        .bind(QStringLiteral(":tpl"), idOrNull(l.templateId))
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(l.createdAt));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Lottery> EngagementSql::lottery(Id lotteryId) const
{
    SqlQuery q(m_db, kLotteryColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), lotteryId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("This lottery no longer exists."),
                           QStringLiteral("lottery %1").arg(lotteryId));
    return lotteryOf(q);
}

Result<QList<Lottery>> EngagementSql::lotteries() const
{
    SqlQuery q(m_db, kLotteryColumns + QStringLiteral("ORDER BY id DESC"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Lottery> out;
    while (q.next())
        out.append(lotteryOf(q));
    return out;
}

Result<bool> EngagementSql::advance(Id lotteryId, LotteryStatus from, LotteryStatus to, const QString &seed,
                                    const QDateTime &at) const
{
    const QString column = to == LotteryStatus::Frozen ? QStringLiteral("frozen_at") : QStringLiteral("drawn_at");
    const QString seedSet = to == LotteryStatus::Frozen ? QStringLiteral(", seed = :seed") : QString();
    SqlQuery q(m_db, QStringLiteral("UPDATE lotteries SET status = :to, ") + column + QStringLiteral(" = :at") +
                         seedSet + QStringLiteral(" WHERE id = :id AND status = :from"));
    q.bind(QStringLiteral(":to"), lotteryStatusKey(to))
        .bind(QStringLiteral(":at"), iso(at))
        .bind(QStringLiteral(":id"), lotteryId)
        .bind(QStringLiteral(":from"), lotteryStatusKey(from));
    if (to == LotteryStatus::Frozen)
        q.bind(QStringLiteral(":seed"), seed);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<QList<LotteryEntry>> EngagementSql::periodActivity(const QDateTime &from, const QDateTime &to) const
{
    QList<LotteryEntry> out;
    QHash<Id, qsizetype> index;
    {
        SqlQuery q(m_db, QStringLiteral(
                             "SELECT s.member_id, m.first_name, m.last_name, COUNT(*), "
                             "CAST(SUM(s.net) AS BIGINT), CAST(SUM(s.points_earned) AS BIGINT) FROM sales s "
                             "JOIN members m ON m.id = s.member_id WHERE m.active = 1 AND s.created_at >= :f AND "
                             "s.created_at < :t GROUP BY s.member_id, m.first_name, m.last_name ORDER BY s.member_id"));
        q.bind(QStringLiteral(":f"), iso(from)).bind(QStringLiteral(":t"), iso(to));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            LotteryEntry e;
            e.memberId = q.value(0).toLongLong();
            e.memberName = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
            e.purchases = q.value(3).toLongLong();
            e.spent = q.value(4).toLongLong();
            e.points = q.value(5).toLongLong();
            index.insert(e.memberId, out.size());
            out.append(e);
        }
    }
    // Returns made in the period take back what they refunded and the points they reversed.
    SqlQuery q(m_db, QStringLiteral("SELECT s.member_id, CAST(SUM(r.refund_cash) AS BIGINT), "
                                    "CAST(SUM(r.points_reversed) AS BIGINT) FROM returns r "
                                    "JOIN sales s ON s.id = r.sale_id WHERE s.member_id IS NOT NULL AND "
                                    "r.created_at >= :f AND r.created_at < :t GROUP BY s.member_id"));
    q.bind(QStringLiteral(":f"), iso(from)).bind(QStringLiteral(":t"), iso(to));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        LotteryEntry &e = out[*it];
        e.spent = qMax<Money>(0, e.spent - q.value(1).toLongLong());
        e.points = qMax<Points>(0, e.points - q.value(2).toLongLong());
    }
    return out;
}

Status EngagementSql::insertEntry(Id lotteryId, const LotteryEntry &e) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO lottery_entries (lottery_id, member_id, purchases, spent, points, "
                                    "tickets) VALUES (:l, :m, :p, :s, :pts, :t)"));
    q.bind(QStringLiteral(":l"), lotteryId)
        .bind(QStringLiteral(":m"), e.memberId)
        .bind(QStringLiteral(":p"), e.purchases)
        .bind(QStringLiteral(":s"), e.spent)
        .bind(QStringLiteral(":pts"), e.points)
        .bind(QStringLiteral(":t"), e.tickets);
    return q.exec();
}

Result<QList<LotteryEntry>> EngagementSql::entries(Id lotteryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.member_id, m.first_name, m.last_name, e.purchases, e.spent, e.points, "
                                    "e.tickets FROM lottery_entries e JOIN members m ON m.id = e.member_id "
                                    "WHERE e.lottery_id = :l ORDER BY e.member_id"));
    q.bind(QStringLiteral(":l"), lotteryId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LotteryEntry> out;
    while (q.next()) {
        LotteryEntry e;
        e.memberId = q.value(0).toLongLong();
        e.memberName = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
        e.purchases = q.value(3).toLongLong();
        e.spent = q.value(4).toLongLong();
        e.points = q.value(5).toLongLong();
        e.tickets = q.value(6).toLongLong();
        out.append(e);
    }
    return out;
}

Status EngagementSql::insertWinner(Id lotteryId, const LotteryWinner &w) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO lottery_winners (lottery_id, position, member_id, tickets, "
                                    "prize_transaction_id, gift_transaction_id) VALUES (:l, :p, :m, :t, :pt, :gt)"));
    q.bind(QStringLiteral(":l"), lotteryId)
        .bind(QStringLiteral(":p"), w.position)
        .bind(QStringLiteral(":m"), w.memberId)
        .bind(QStringLiteral(":t"), w.tickets)
        .bind(QStringLiteral(":pt"), idOrNull(w.prizeTransactionId))
        .bind(QStringLiteral(":gt"), idOrNull(w.giftTransactionId));
    return q.exec();
}

Result<QList<LotteryWinner>> EngagementSql::winners(Id lotteryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT w.position, w.member_id, m.first_name, m.last_name, w.tickets, "
                                    "w.prize_transaction_id, w.gift_transaction_id, w.notify_status, w.notify_reason "
                                    "FROM lottery_winners w JOIN members m ON m.id = w.member_id "
                                    "WHERE w.lottery_id = :l ORDER BY w.position"));
    q.bind(QStringLiteral(":l"), lotteryId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<LotteryWinner> out;
    while (q.next()) {
        LotteryWinner w;
        w.position = q.value(0).toInt();
        w.memberId = q.value(1).toLongLong();
        w.memberName = QString(q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString()).trimmed();
        w.tickets = q.value(4).toLongLong();
        w.prizeTransactionId = idOf(q.value(5));
        w.giftTransactionId = idOf(q.value(6));
        w.notifyStatus = q.value(7).toString();
        w.notifyReason = q.value(8).toString();
        out.append(w);
    }
    return out;
}

Status EngagementSql::setNotified(Id lotteryId, int position, const QString &status, const QString &reason) const
{
    SqlQuery q(m_db, QStringLiteral("UPDATE lottery_winners SET notify_status = :s, notify_reason = :r "
                                    "WHERE lottery_id = :l AND position = :p"));
    q.bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":r"), reason)
        .bind(QStringLiteral(":l"), lotteryId)
        .bind(QStringLiteral(":p"), position);
    return q.exec();
}

Result<Id> EngagementSql::insertSurvey(const Survey &survey, Id operatorId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO surveys (name, active_from, active_to, points, created_by, "
                                    "created_at) VALUES (:n, :f, :t, :p, :o, :at) RETURNING id"));
    q.bind(QStringLiteral(":n"), survey.name)
        .bind(QStringLiteral(":f"), iso(survey.activeFrom))
        .bind(QStringLiteral(":t"), iso(survey.activeTo))
        .bind(QStringLiteral(":p"), survey.points)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(survey.createdAt));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    const Id surveyId = id->toLongLong();
    for (const SurveyQuestion &question : survey.questions) {
        SqlQuery qq(m_db, QStringLiteral("INSERT INTO survey_questions (survey_id, position, kind, text) "
                                         "VALUES (:s, :p, :k, :t)"));
        qq.bind(QStringLiteral(":s"), surveyId)
            .bind(QStringLiteral(":p"), question.position)
            .bind(QStringLiteral(":k"), questionKindKey(question.kind))
            .bind(QStringLiteral(":t"), question.text);
        if (Status s = qq.exec(); !s)
            return s.error();
    }
    return surveyId;
}

Result<Survey> EngagementSql::survey(Id surveyId) const
{
    Result<QList<Survey>> all = surveys();
    if (!all)
        return all.error();
    for (const Survey &s : std::as_const(*all)) {
        if (s.id == surveyId)
            return s;
    }
    return Error::make(Error::Code::NotFound, tr("This survey no longer exists."),
                       QStringLiteral("survey %1").arg(surveyId));
}

Result<QList<Survey>> EngagementSql::surveys() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.id, s.name, s.active_from, s.active_to, s.points, s.created_at, "
                                    "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) "
                                    "FROM surveys s ORDER BY s.id DESC"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Survey> out;
    QHash<Id, qsizetype> index;
    while (q.next()) {
        Survey s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.activeFrom = LedgerStore::fromIso(q.value(2));
        s.activeTo = LedgerStore::fromIso(q.value(3));
        s.points = q.value(4).toLongLong();
        s.createdAt = LedgerStore::fromIso(q.value(5));
        s.responses = q.value(6).toLongLong();
        index.insert(s.id, out.size());
        out.append(s);
    }
    SqlQuery qq(m_db, QStringLiteral("SELECT id, survey_id, position, kind, text FROM survey_questions "
                                     "ORDER BY survey_id, position"));
    if (Status s = qq.exec(); !s)
        return s.error();
    while (qq.next()) {
        const auto it = index.constFind(qq.value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        SurveyQuestion question;
        question.id = qq.value(0).toLongLong();
        question.position = qq.value(2).toInt();
        question.kind = qq.value(3).toString() == QStringLiteral("rating") ? QuestionKind::Rating : QuestionKind::Text;
        question.text = qq.value(4).toString();
        out[*it].questions.append(question);
    }
    return out;
}

Result<bool> EngagementSql::answered(Id surveyId, Id memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE survey_id = :s AND member_id = :m"));
    q.bind(QStringLiteral(":s"), surveyId).bind(QStringLiteral(":m"), memberId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<Id> EngagementSql::insertResponse(const SurveyResponse &r, const QString &source, Id operatorId) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_responses (survey_id, member_id, source, operator_id, "
                                    "created_at, transaction_id) VALUES (:s, :m, :src, :o, :at, :t) RETURNING id"));
    q.bind(QStringLiteral(":s"), r.surveyId)
        .bind(QStringLiteral(":m"), r.memberId)
        .bind(QStringLiteral(":src"), source)
        .bind(QStringLiteral(":o"), idOrNull(operatorId))
        .bind(QStringLiteral(":at"), iso(r.createdAt))
        .bind(QStringLiteral(":t"), idOrNull(r.transactionId));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status EngagementSql::insertAnswer(Id responseId, const SurveyAnswer &a) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_answers (response_id, question_id, rating, text) "
                                    "VALUES (:r, :q, :rating, :t)"));
    q.bind(QStringLiteral(":r"), responseId)
        .bind(QStringLiteral(":q"), a.questionId)
        .bind(QStringLiteral(":rating"), a.rating > 0 ? QVariant(a.rating) : QVariant())
        .bind(QStringLiteral(":t"), a.text);
    return q.exec();
}

Result<QList<EngagementSql::AnswerRow>> EngagementSql::answers(Id surveyId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.question_id, a.rating, a.text FROM survey_answers a "
                                    "JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = :s "
                                    "ORDER BY r.id DESC, a.question_id"));
    q.bind(QStringLiteral(":s"), surveyId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AnswerRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).isNull() ? 0 : q.value(1).toInt(), q.value(2).toString()});
    return out;
}

Result<qint64> EngagementSql::responseCount(Id surveyId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE survey_id = :s"));
    q.bind(QStringLiteral(":s"), surveyId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Id> EngagementSql::memberByMobile(const QString &normalizedMobile) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM members WHERE mobile = :m"));
    q.bind(QStringLiteral(":m"), normalizedMobile);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : kNoId;
}

} // namespace Club::Core
