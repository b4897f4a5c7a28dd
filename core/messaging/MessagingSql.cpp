// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingSql.h"

#include "SegmentQuery.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Club::Core::MessagingSql {

namespace {
const QString kTemplateColumns = QStringLiteral(
    "id, name, channel, subject_fa, body_fa, subject_ar, body_ar, subject_en, body_en FROM message_templates ");

MessageTemplate templateFromRow(const SqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    channelFromKey(q.value(2).toString(), t.channel);
    t.subjectFa = q.value(3).toString();
    t.bodyFa = q.value(4).toString();
    t.subjectAr = q.value(5).toString();
    t.bodyAr = q.value(6).toString();
    t.subjectEn = q.value(7).toString();
    t.bodyEn = q.value(8).toString();
    return t;
}

void bindTemplate(SqlQuery &q, const MessageTemplate &t)
{
    q.bind(QStringLiteral(":n"), t.name).bind(QStringLiteral(":ch"), channelKey(t.channel));
    q.bind(QStringLiteral(":sf"), t.subjectFa).bind(QStringLiteral(":bf"), t.bodyFa);
    q.bind(QStringLiteral(":sa"), t.subjectAr).bind(QStringLiteral(":ba"), t.bodyAr);
    q.bind(QStringLiteral(":se"), t.subjectEn).bind(QStringLiteral(":be"), t.bodyEn);
}

QString table(Box box)
{
    return box == Box::Campaign ? QStringLiteral("campaign_recipients") : QStringLiteral("occasion_messages");
}
} // namespace

Result<QList<MessageTemplate>> templates(const Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + kTemplateColumns + QStringLiteral("ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MessageTemplate> out;
    while (q.next())
        out << templateFromRow(q);
    return out;
}

Result<MessageTemplate> messageTemplate(const Database &db, Id id)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + kTemplateColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("MessagingSql", "The message template no longer exists."),
                           QStringLiteral("template %1").arg(id));
    return templateFromRow(q);
}

Result<Id> insertTemplate(const Database &db, const MessageTemplate &t, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO message_templates (name, channel, subject_fa, body_fa, subject_ar, "
                                  "body_ar, subject_en, body_en, created_at, updated_at) VALUES (:n, :ch, :sf, :bf, "
                                  ":sa, :ba, :se, :be, :c, :u) RETURNING id"));
    bindTemplate(q, t);
    q.bind(QStringLiteral(":c"), nowIso).bind(QStringLiteral(":u"), nowIso);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status updateTemplate(const Database &db, const MessageTemplate &t, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE message_templates SET name = :n, channel = :ch, subject_fa = :sf, body_fa = "
                                  ":bf, subject_ar = :sa, body_ar = :ba, subject_en = :se, body_en = :be, "
                                  "updated_at = :u WHERE id = :id"));
    bindTemplate(q, t);
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":id"), t.id);
    return q.exec();
}

Result<Id> insertCampaign(const Database &db, const Campaign &c, Id operatorId, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO campaigns (name, segment_id, template_id, channel, created_by, "
                                  "created_at) VALUES (:n, :s, :t, :ch, :op, :c) RETURNING id"));
    q.bind(QStringLiteral(":n"), c.name).bind(QStringLiteral(":s"), c.segmentId);
    q.bind(QStringLiteral(":t"), c.templateId).bind(QStringLiteral(":ch"), channelKey(c.channel));
    q.bind(QStringLiteral(":op"), idOrNull(operatorId)).bind(QStringLiteral(":c"), nowIso);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Campaign>> campaigns(const Database &db, Id onlyId)
{
    SqlQuery q(db, QStringLiteral(
                       "SELECT c.id, c.name, c.segment_id, c.template_id, c.channel, c.created_at, c.started_at, "
                       "COALESCE(SUM(CASE WHEN r.status IN ('pending', 'sending') THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN r.status = 'sent' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN r.status = 'failed' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN r.status = 'skipped' THEN 1 ELSE 0 END), 0) "
                       "FROM campaigns c LEFT JOIN campaign_recipients r ON r.campaign_id = c.id "
                       "WHERE (:only1 = 0 OR c.id = :only2) "
                       "GROUP BY c.id, c.name, c.segment_id, c.template_id, c.channel, c.created_at, c.started_at "
                       "ORDER BY c.id DESC"));
    const qint64 only = onlyId == kNoId ? 0 : onlyId;
    q.bind(QStringLiteral(":only1"), only).bind(QStringLiteral(":only2"), only);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Campaign> out;
    while (q.next()) {
        Campaign c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.segmentId = q.value(2).toLongLong();
        c.templateId = q.value(3).toLongLong();
        channelFromKey(q.value(4).toString(), c.channel);
        c.createdAt = LedgerStore::fromIso(q.value(5));
        c.startedAt = LedgerStore::fromIso(q.value(6));
        c.pending = q.value(7).toInt();
        c.sent = q.value(8).toInt();
        c.failed = q.value(9).toInt();
        c.skipped = q.value(10).toInt();
        out << c;
    }
    return out;
}

Status markStarted(const Database &db, Id campaignId, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE campaigns SET started_at = :at WHERE id = :id AND started_at IS NULL"));
    q.bind(QStringLiteral(":at"), nowIso).bind(QStringLiteral(":id"), campaignId);
    return q.exec();
}

Status addRecipient(const Database &db, Id campaignId, const Recipient &r, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO campaign_recipients (campaign_id, member_id, address, subject, body, "
                                  "status, reason, updated_at) VALUES (:c, :m, :a, :s, :b, :st, :r, :u) "
                                  "ON CONFLICT (campaign_id, member_id) DO NOTHING"));
    q.bind(QStringLiteral(":c"), campaignId).bind(QStringLiteral(":m"), r.memberId);
    q.bind(QStringLiteral(":a"), r.address).bind(QStringLiteral(":s"), r.subject).bind(QStringLiteral(":b"), r.body);
    q.bind(QStringLiteral(":st"), deliveryStatusKey(r.status)).bind(QStringLiteral(":r"), r.reason);
    q.bind(QStringLiteral(":u"), nowIso);
    return q.exec();
}

Result<QList<Recipient>> recipients(const Database &db, Id campaignId, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT r.id, r.member_id, m.first_name, m.last_name, r.address, r.subject, r.body, "
                                  "r.status, r.reason, r.attempts, r.updated_at FROM campaign_recipients r JOIN "
                                  "members m ON m.id = r.member_id WHERE r.campaign_id = :c ORDER BY r.id LIMIT :l"));
    q.bind(QStringLiteral(":c"), campaignId).bind(QStringLiteral(":l"), limit < 0 ? 1'000'000'000 : limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Recipient> out;
    while (q.next()) {
        Recipient r;
        r.id = q.value(0).toLongLong();
        r.memberId = q.value(1).toLongLong();
        r.memberName = QString(q.value(2).toString() + u' ' + q.value(3).toString()).trimmed();
        r.address = q.value(4).toString();
        r.subject = q.value(5).toString();
        r.body = q.value(6).toString();
        r.status = deliveryStatusFromKey(q.value(7).toString());
        r.reason = q.value(8).toString();
        r.attempts = q.value(9).toInt();
        r.updatedAt = LedgerStore::fromIso(q.value(10));
        out << r;
    }
    return out;
}

Status resetFailed(const Database &db, Id campaignId)
{
    SqlQuery q(db, QStringLiteral("UPDATE campaign_recipients SET status = 'pending' WHERE campaign_id = :c AND "
                                  "status = 'failed'"));
    q.bind(QStringLiteral(":c"), campaignId);
    return q.exec();
}

Result<bool> claim(const Database &db, Box box, Id rowId, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE ") + table(box) +
                       QStringLiteral(" SET status = 'sending', attempts = attempts + 1, updated_at = :u "
                                      "WHERE id = :id AND status = 'pending'"));
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":id"), rowId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Status finish(const Database &db, Box box, Id rowId, DeliveryStatus status, const QString &reason,
              const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE ") + table(box) +
                       QStringLiteral(" SET status = :st, reason = :r, updated_at = :u WHERE id = :id"));
    q.bind(QStringLiteral(":st"), deliveryStatusKey(status)).bind(QStringLiteral(":r"), reason);
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":id"), rowId);
    return q.exec();
}

Status setText(const Database &db, Box box, Id rowId, const QString &address, const QString &subject,
               const QString &body, DeliveryStatus status, const QString &reason, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE ") + table(box) +
                       QStringLiteral(" SET address = :a, subject = :s, body = :b, status = :st, reason = :r, "
                                      "updated_at = :u WHERE id = :id AND status IN ('pending', 'failed')"));
    q.bind(QStringLiteral(":a"), address).bind(QStringLiteral(":s"), subject).bind(QStringLiteral(":b"), body);
    q.bind(QStringLiteral(":st"), deliveryStatusKey(status)).bind(QStringLiteral(":r"), reason);
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":id"), rowId);
    return q.exec();
}

Result<QList<Id>> pending(const Database &db, Box box, Id campaignId)
{
    const bool campaign = box == Box::Campaign;
    SqlQuery q(db, QStringLiteral("SELECT id FROM ") + table(box) + QStringLiteral(" WHERE status = 'pending'") +
                       (campaign ? QStringLiteral(" AND campaign_id = :c") : QString()) + QStringLiteral(" ORDER BY id"));
    if (campaign)
        q.bind(QStringLiteral(":c"), campaignId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<Outgoing> outgoing(const Database &db, Box box, Id rowId)
{
    SqlQuery q(db, box == Box::Campaign
                       ? QStringLiteral("SELECT c.channel, r.address, r.subject, r.body FROM campaign_recipients r "
                                        "JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = :id")
                       : QStringLiteral("SELECT channel, address, subject, body FROM occasion_messages WHERE id = :id"));
    q.bind(QStringLiteral(":id"), rowId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("MessagingSql", "The message is gone."),
                           QStringLiteral("outbox row %1").arg(rowId));
    Outgoing o;
    channelFromKey(q.value(0).toString(), o.channel);
    o.address = q.value(1).toString();
    o.subject = q.value(2).toString();
    o.body = q.value(3).toString();
    return o;
}

Result<bool> addOccasion(const Database &db, const OccasionMessage &m, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO occasion_messages (member_id, kind, occasion_date, channel, address, "
                                  "subject, body, status, reason, created_at, updated_at) VALUES (:m, :k, :d, :ch, :a, "
                                  ":s, :b, :st, :r, :c, :u) ON CONFLICT (member_id, kind, occasion_date) DO NOTHING"));
    q.bind(QStringLiteral(":m"), m.memberId).bind(QStringLiteral(":k"), occasionKindKey(m.kind));
    q.bind(QStringLiteral(":d"), m.occasionDate.toString(Qt::ISODate)).bind(QStringLiteral(":ch"), channelKey(m.channel));
    q.bind(QStringLiteral(":a"), m.address).bind(QStringLiteral(":s"), m.subject).bind(QStringLiteral(":b"), m.body);
    q.bind(QStringLiteral(":st"), deliveryStatusKey(m.status)).bind(QStringLiteral(":r"), m.reason);
    q.bind(QStringLiteral(":c"), nowIso).bind(QStringLiteral(":u"), nowIso);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Status scheduleOccasionRetry(const Database &db, Id rowId, const QDateTime &nowUtc)
{
    SqlQuery a(db, QStringLiteral("SELECT attempts FROM occasion_messages WHERE id = :id"));
    a.bind(QStringLiteral(":id"), rowId);
    const Result<QVariant> attempts = a.scalar();
    if (!attempts)
        return attempts.error();
    const int n = std::max(1, attempts->toInt());
    QVariant next; // NULL: no more attempts
    if (n < kOccasionMaxAttempts)
        next = LedgerStore::isoUtc(nowUtc.addSecs(kOccasionRetryBaseSecs << (n - 1)));
    SqlQuery q(db, QStringLiteral("UPDATE occasion_messages SET next_attempt_at = :n WHERE id = :id AND status = "
                                  "'failed'"));
    q.bind(QStringLiteral(":n"), next).bind(QStringLiteral(":id"), rowId);
    return q.exec();
}

Result<int> dueOccasionRetries(const Database &db, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM occasion_messages WHERE status = 'failed' AND "
                                  "next_attempt_at IS NOT NULL AND next_attempt_at <= :now"));
    q.bind(QStringLiteral(":now"), nowIso);
    const Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> requeueDueOccasions(const Database &db, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE occasion_messages SET status = 'pending', next_attempt_at = NULL, "
                                  "updated_at = :u WHERE status = 'failed' AND next_attempt_at IS NOT NULL AND "
                                  "next_attempt_at <= :now"));
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":now"), nowIso);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected();
}

Result<bool> requeueOccasion(const Database &db, Id rowId, const QString &nowIso)
{
    SqlQuery q(db, QStringLiteral("UPDATE occasion_messages SET status = 'pending', next_attempt_at = NULL, "
                                  "updated_at = :u WHERE id = :id AND status = 'failed'"));
    q.bind(QStringLiteral(":u"), nowIso).bind(QStringLiteral(":id"), rowId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() == 1;
}

Result<QList<OccasionMessage>> occasions(const Database &db, int limit, bool failedOnly)
{
    SqlQuery q(db, QStringLiteral("SELECT id, member_id, kind, occasion_date, channel, address, subject, body, status, "
                                  "reason, attempts, next_attempt_at, updated_at FROM occasion_messages") +
                       (failedOnly ? QStringLiteral(" WHERE status = 'failed'") : QString()) +
                       QStringLiteral(" ORDER BY id DESC LIMIT :l"));
    q.bind(QStringLiteral(":l"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<OccasionMessage> out;
    while (q.next()) {
        OccasionMessage m;
        m.id = q.value(0).toLongLong();
        m.memberId = q.value(1).toLongLong();
        occasionKindFromKey(q.value(2).toString(), m.kind);
        m.occasionDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        channelFromKey(q.value(4).toString(), m.channel);
        m.address = q.value(5).toString();
        m.subject = q.value(6).toString();
        m.body = q.value(7).toString();
        m.status = deliveryStatusFromKey(q.value(8).toString());
        m.reason = q.value(9).toString();
        m.attempts = q.value(10).toInt();
        m.nextAttemptAt = LedgerStore::fromIso(q.value(11));
        m.updatedAt = LedgerStore::fromIso(q.value(12));
        out << m;
    }
    return out;
}

namespace {
Result<QList<Id>> membersWhere(const Database &db, const SegmentQuery::Condition &c)
{
    SqlQuery q(db, QStringLiteral("SELECT m.id FROM members m WHERE ") + c.sql + QStringLiteral(" ORDER BY m.id"));
    for (const auto &[name, value] : c.bindings)
        q.bind(name, value);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
} // namespace

Result<QList<Id>> anniversaries(const Database &db, const QString &column, const QDate &today)
{
    SegmentQuery::Condition c = SegmentQuery::jalaliAnniversary(column, QStringLiteral("an"), today, 0);
    c.sql = QStringLiteral("m.active = 1 AND ") + c.sql;
    return membersWhere(db, c);
}

Result<QList<Id>> membersMatching(const Database &db, const SegmentFilter &filter, const QDateTime &nowUtc,
                                  const QDate &today)
{
    return membersWhere(db, SegmentQuery::where(filter, nowUtc, today));
}

Result<QList<QPair<Id, QDateTime>>> tierChanges(const Database &db, const QString &sinceIso)
{
    SqlQuery q(db, QStringLiteral("SELECT h.member_id, h.at FROM tier_history h JOIN members m ON m.id = h.member_id "
                                  "WHERE m.active = 1 AND h.reason IN ('upgrade', 'review_downgrade') AND "
                                  "h.from_tier <> h.to_tier AND h.at >= :since ORDER BY h.id"));
    q.bind(QStringLiteral(":since"), sinceIso);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<QPair<Id, QDateTime>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), LedgerStore::fromIso(q.value(1))});
    return out;
}

QString tierName(const Database &db, const QString &tierKey, const QString &language)
{
    SqlQuery q(db, QStringLiteral("SELECT name_fa, name_ar, name_en FROM tier_levels WHERE tier_key = :k "
                                  "ORDER BY card_type_id LIMIT 1"));
    q.bind(QStringLiteral(":k"), tierKey);
    if (!q.exec() || !q.next())
        return tierKey;
    const int column = language == QLatin1String("ar") ? 1 : language == QLatin1String("en") ? 2 : 0;
    const QString name = q.value(column).toString();
    return name.isEmpty() ? (q.value(2).toString().isEmpty() ? tierKey : q.value(2).toString()) : name;
}

QString storeName(const Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM settings WHERE key = 'store.name'"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace Club::Core::MessagingSql
