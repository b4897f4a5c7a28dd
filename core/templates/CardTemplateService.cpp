// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardTemplateService.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Club::Core {

namespace {
// Large enough for a design with a few embedded logos and a background photo.
constexpr qsizetype kMaxJsonBytes = 8 * 1024 * 1024;
} // namespace

CardTemplateService::CardTemplateService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

Status CardTemplateService::checkCardType(Id cardTypeId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM card_types WHERE id = :id"));
    q.bind(QStringLiteral(":id"), cardTypeId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() != 1)
        return Error::make(Error::Code::NotFound, tr("The card type was not found."),
                           QStringLiteral("card type %1").arg(cardTypeId), QStringLiteral("cardType"));
    return {};
}

Result<QList<CardTemplate>> CardTemplateService::load(Id cardTypeId, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.card_type_id, t.layout_json, t.updated_at, t.updated_by, "
                                    "COALESCE(o.full_name, '') FROM card_templates t "
                                    "LEFT JOIN operators o ON o.id = t.updated_by "
                                    "WHERE t.card_type_id = :type ORDER BY t.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":type"), cardTypeId).bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CardTemplate> out;
    while (q.next()) {
        CardTemplate t;
        t.id = q.value(0).toLongLong();
        t.cardTypeId = q.value(1).toLongLong();
        t.json = q.value(2).toString().toUtf8();
        t.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        t.updatedBy = q.value(4).isNull() ? kNoId : q.value(4).toLongLong();
        t.updatedByName = q.value(5).toString();
        out.append(t);
    }
    return out;
}

Result<std::optional<CardTemplate>> CardTemplateService::templateFor(const Actor &actor, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    Result<QList<CardTemplate>> rows = load(cardTypeId, 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CardTemplate>();
    return std::optional<CardTemplate>(rows->first());
}

Result<QList<CardTemplate>> CardTemplateService::history(const Actor &actor, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return load(cardTypeId, 1000);
}

Result<CardTemplate> CardTemplateService::save(const Actor &actor, Id cardTypeId, const QByteArray &json)
{
    if (Status s = require(actor, Permission::CardTypeManage); !s)
        return s.error();
    if (json.size() > kMaxJsonBytes)
        return Error::make(Error::Code::Invalid, tr("The card design is too large to save. Use smaller images."),
                           QStringLiteral("%1 bytes").arg(json.size()), QStringLiteral("layout"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QLatin1String("version")).isDouble())
        return Error::make(Error::Code::Invalid, tr("This is not a card design the program can read."),
                           parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : QStringLiteral("no version"),
                           QStringLiteral("layout"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkCardType(cardTypeId); !s)
        return s.error();
    CardTemplate t;
    t.cardTypeId = cardTypeId;
    t.json = json;
    t.updatedAt = m_clock.nowUtc();
    t.updatedBy = actor.operatorId;
    t.updatedByName = actor.fullName;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_templates (card_type_id, layout_json, updated_at, updated_by) "
                                    "VALUES (:type, :json, :at, :by) RETURNING id"));
    q.bind(QStringLiteral(":type"), cardTypeId)
        .bind(QStringLiteral(":json"), QString::fromUtf8(json))
        .bind(QStringLiteral(":at"), t.updatedAt.toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    t.id = id->toLongLong();
    // The digest tells two saves apart in the audit without copying the design into it.
    const QByteArray digest = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16);
    if (Status s = m_audit.record(actor, QStringLiteral("card_template.save"), QStringLiteral("card_type"),
                                  cardTypeId,
                                  QStringLiteral("template %1, %2 bytes, sha256 %3")
                                      .arg(t.id)
                                      .arg(json.size())
                                      .arg(QString::fromLatin1(digest)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT templateSaved(cardTypeId);
    return t;
}

} // namespace Club::Core
