// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Card types, blank-card stock and the read side of cards. Issuing, replacing and
// blocking live in CardIssuing.cpp, PINs in CardPins.cpp.
#include "CardService.h"

#include "CardRules.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"
#include "util/Text.h"

namespace Club::Core {

namespace {
const QString kTypeColumns = QStringLiteral(
    "id, name, kind, prefix, number_length, validity_months, pin_required, max_per_member, track_stock, active");

const QString kCardSelect = QStringLiteral(
    "SELECT c.id, c.number, c.card_type_id, t.name, t.kind, c.member_id, m.first_name, m.last_name, m.account_id, "
    "c.sequence_no, c.replaces_card_id, c.status, c.block_reason, c.branch_id, c.issued_at, c.expires_at, "
    "CASE WHEN c.pin_hash IS NULL THEN 0 ELSE 1 END, c.pin_locked, c.pin_failures, c.chip_uid "
    "FROM cards c JOIN card_types t ON t.id = c.card_type_id JOIN members m ON m.id = c.member_id ");

CardType cardTypeFromRow(const SqlQuery &q)
{
    CardType t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = cardKindFromKey(q.value(2).toString()).value_or(CardKind::Loyalty);
    t.prefix = q.value(3).toString();
    t.numberLength = q.value(4).toInt();
    t.validityMonths = q.value(5).toInt();
    t.pinRequired = q.value(6).toInt() != 0;
    t.maxPerMember = q.value(7).toInt();
    t.trackStock = q.value(8).toInt() != 0;
    t.active = q.value(9).toInt() != 0;
    return t;
}

Card cardFromRow(const SqlQuery &q)
{
    Card c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.cardTypeId = q.value(2).toLongLong();
    c.cardTypeName = q.value(3).toString();
    c.kind = cardKindFromKey(q.value(4).toString()).value_or(CardKind::Loyalty);
    c.memberId = q.value(5).toLongLong();
    c.memberName = QString(q.value(6).toString() + QLatin1Char(' ') + q.value(7).toString()).trimmed();
    c.accountId = q.value(8).toLongLong();
    c.sequenceNo = q.value(9).toInt();
    c.replacesCardId = q.value(10).toLongLong();
    c.status = cardStatusFromKey(q.value(11).toString()).value_or(CardStatus::Blocked);
    c.blockReason = q.value(12).toString();
    c.branchId = q.value(13).toLongLong();
    c.issuedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    if (!q.value(15).isNull())
        c.expiresOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    c.hasPin = q.value(16).toInt() != 0;
    c.pinLocked = q.value(17).toInt() != 0;
    c.pinFailures = q.value(18).toInt();
    c.chipUid = q.value(19).toString();
    return c;
}

QString typeAuditDetail(const CardType &t)
{
    return QStringLiteral("%1 %2 prefix=%3 length=%4 validity=%5 max=%6 pin=%7 stock=%8 active=%9")
        .arg(t.name, cardKindKey(t.kind), t.prefix)
        .arg(t.numberLength)
        .arg(t.validityMonths)
        .arg(t.maxPerMember)
        .arg(int(t.pinRequired))
        .arg(int(t.trackStock))
        .arg(int(t.active));
}
} // namespace

CardService::CardService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
{}

// --- card types ---------------------------------------------------------------------

Result<CardType> CardService::validatedType(const CardType &draft) const
{
    CardType t = draft;
    t.name = Text::normalizeName(draft.name);
    if (t.name.isEmpty())
        return Error::invalid(tr("Enter a name for the card type."), QStringLiteral("name"));
    t.prefix = CardRules::asciiDigits(draft.prefix.trimmed());
    if (!CardRules::isAsciiDigits(t.prefix) || t.prefix.size() > 8)
        return Error::invalid(tr("The number prefix must be 1 to 8 digits."), QStringLiteral("prefix"));
    if (t.numberLength < 12 || t.numberLength > 19)
        return Error::invalid(tr("A card number must be 12 to 19 digits long."), QStringLiteral("numberLength"));
    if (t.numberLength <= t.prefix.size() + 1)
        return Error::invalid(tr("The card number must be longer than the prefix and its check digit."),
                              QStringLiteral("numberLength"));
    if (t.validityMonths < 0 || t.validityMonths > 120)
        //: 0 means the card never expires
        return Error::invalid(tr("The validity must be 0 to 120 months."), QStringLiteral("validityMonths"));
    if (t.maxPerMember < 0 || t.maxPerMember > 10)
        //: 0 means no limit
        return Error::invalid(tr("The cards per member must be 0 to 10."), QStringLiteral("maxPerMember"));
    return t;
}

Result<CardType> CardService::loadCardType(Id cardTypeId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTypeColumns + QStringLiteral(" FROM card_types WHERE id = :id"));
    q.bind(QStringLiteral(":id"), cardTypeId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The card type was not found."),
                           QStringLiteral("card type %1").arg(cardTypeId));
    return cardTypeFromRow(q);
}

Result<QList<CardType>> CardService::cardTypes(const Actor &actor, bool includeInactive) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTypeColumns + QStringLiteral(" FROM card_types") +
                         (includeInactive ? QString() : QStringLiteral(" WHERE active = 1")) +
                         QStringLiteral(" ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CardType> out;
    while (q.next())
        out.append(cardTypeFromRow(q));
    return out;
}

Result<CardType> CardService::cardType(const Actor &actor, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return loadCardType(cardTypeId);
}

Result<CardType> CardService::createCardType(const Actor &actor, const CardType &draft)
{
    if (Status s = require(actor, Permission::CardTypeManage); !s)
        return s.error();
    Result<CardType> t = validatedType(draft);
    if (!t)
        return t.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_types (name, kind, prefix, number_length, validity_months, "
                                    "pin_required, max_per_member, track_stock, active, created_at, updated_at) "
                                    "VALUES (:name, :kind, :prefix, :len, :months, :pin, :max, :stock, :active, :at, "
                                    ":at2) RETURNING id"));
    q.bind(QStringLiteral(":name"), t->name)
        .bind(QStringLiteral(":kind"), cardKindKey(t->kind))
        .bind(QStringLiteral(":prefix"), t->prefix)
        .bind(QStringLiteral(":len"), t->numberLength)
        .bind(QStringLiteral(":months"), t->validityMonths)
        .bind(QStringLiteral(":pin"), t->pinRequired ? 1 : 0)
        .bind(QStringLiteral(":max"), t->maxPerMember)
        .bind(QStringLiteral(":stock"), t->trackStock ? 1 : 0)
        .bind(QStringLiteral(":active"), t->active ? 1 : 0)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":at2"), now);
    Result<QVariant> id = q.scalar();
    if (!id) {
        if (id.error().code == Error::Code::Duplicate)
            return Error::invalid(tr("A card type with this name already exists."), QStringLiteral("name"));
        return id.error();
    }
    t.value().id = id->toLongLong();
    if (Status s = m_audit.record(actor, QStringLiteral("cardtype.create"), QStringLiteral("card_type"), t->id,
                                  typeAuditDetail(*t));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT cardTypesChanged();
    return t;
}

Status CardService::updateCardType(const Actor &actor, const CardType &changed)
{
    if (Status s = require(actor, Permission::CardTypeManage); !s)
        return s;
    Result<CardType> t = validatedType(changed);
    if (!t)
        return t.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE card_types SET name = :name, kind = :kind, prefix = :prefix, "
                                    "number_length = :len, validity_months = :months, pin_required = :pin, "
                                    "max_per_member = :max, track_stock = :stock, active = :active, updated_at = :at "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":name"), t->name)
        .bind(QStringLiteral(":kind"), cardKindKey(t->kind))
        .bind(QStringLiteral(":prefix"), t->prefix)
        .bind(QStringLiteral(":len"), t->numberLength)
        .bind(QStringLiteral(":months"), t->validityMonths)
        .bind(QStringLiteral(":pin"), t->pinRequired ? 1 : 0)
        .bind(QStringLiteral(":max"), t->maxPerMember)
        .bind(QStringLiteral(":stock"), t->trackStock ? 1 : 0)
        .bind(QStringLiteral(":active"), t->active ? 1 : 0)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), t->id);
    if (Status s = q.exec(); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::invalid(tr("A card type with this name already exists."), QStringLiteral("name"));
        return s;
    }
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("The card type was not found."));
    if (Status s = m_audit.record(actor, QStringLiteral("cardtype.update"), QStringLiteral("card_type"), t->id,
                                  typeAuditDetail(*t));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT cardTypesChanged();
    return {};
}

// --- blank card stock ---------------------------------------------------------------

Result<qint64> CardService::stock(const Actor &actor, Id branchId, Id cardTypeId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT quantity FROM card_stock WHERE branch_id = :b AND card_type_id = :t"));
    q.bind(QStringLiteral(":b"), branchId).bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status CardService::addStock(const Actor &actor, Id branchId, Id cardTypeId, qint64 quantity, const QString &reason)
{
    if (Status s = require(actor, Permission::CardStockManage); !s)
        return s;
    if (quantity == 0)
        return Error::invalid(tr("Enter how many blank cards come in or go out."), QStringLiteral("quantity"));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(tr("Enter the reason for this stock movement."), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<CardType> type = loadCardType(cardTypeId); !type)
        return type.error();
    SqlQuery ensure(m_db,
                    QStringLiteral("INSERT INTO card_stock (branch_id, card_type_id, quantity) VALUES (:b, :t, 0) "
                                   "ON CONFLICT (branch_id, card_type_id) DO NOTHING"));
    ensure.bind(QStringLiteral(":b"), branchId).bind(QStringLiteral(":t"), cardTypeId);
    if (Status s = ensure.exec(); !s)
        return s;
    // Conditional, so a write-off larger than the stock changes nothing.
    SqlQuery update(m_db, QStringLiteral("UPDATE card_stock SET quantity = quantity + :d WHERE branch_id = :b "
                                         "AND card_type_id = :t AND quantity + :d2 >= 0"));
    update.bind(QStringLiteral(":d"), quantity)
        .bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":t"), cardTypeId)
        .bind(QStringLiteral(":d2"), quantity);
    if (Status s = update.exec(); !s)
        return s;
    if (update.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           tr("There are fewer blank cards in stock than you want to write off."), {},
                           QStringLiteral("quantity"));
    SqlQuery move(m_db, QStringLiteral("INSERT INTO card_stock_movements (branch_id, card_type_id, delta, reason, "
                                       "card_id, operator_id, at) VALUES (:b, :t, :d, :r, NULL, :op, :at)"));
    move.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":t"), cardTypeId)
        .bind(QStringLiteral(":d"), quantity)
        .bind(QStringLiteral(":r"), why)
        .bind(QStringLiteral(":op"), actor.operatorId)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    if (Status s = move.exec(); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("card.stock"), QStringLiteral("card_type"), cardTypeId,
                                  QStringLiteral("branch=%1 delta=%2 %3").arg(branchId).arg(quantity).arg(why));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT stockChanged(branchId, cardTypeId);
    return {};
}

// --- reading cards ------------------------------------------------------------------

Result<Card> CardService::loadCard(Id cardId) const
{
    SqlQuery q(m_db, kCardSelect + QStringLiteral("WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), cardId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The card was not found."), QStringLiteral("card %1").arg(cardId));
    return cardFromRow(q);
}

Result<Card> CardService::card(const Actor &actor, Id cardId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    return loadCard(cardId);
}

Result<Card> CardService::findByNumber(const Actor &actor, const QString &number) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    const QString wanted = CardRules::normalizeNumber(number);
    const Error none = Error::make(Error::Code::NotFound, tr("No card has this number."), {}, QStringLiteral("number"));
    if (!CardRules::isAsciiDigits(wanted))
        return none;
    SqlQuery q(m_db, kCardSelect + QStringLiteral("WHERE c.number = :n"));
    q.bind(QStringLiteral(":n"), wanted);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return none;
    return cardFromRow(q);
}

Result<QList<Card>> CardService::cardsOfMember(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    SqlQuery q(m_db, kCardSelect + QStringLiteral("WHERE c.member_id = :m ORDER BY c.issued_at DESC, c.id DESC"));
    q.bind(QStringLiteral(":m"), memberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Card> out;
    while (q.next())
        out.append(cardFromRow(q));
    return out;
}

Result<QList<CardEvent>> CardService::history(const Actor &actor, Id cardId) const
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.card_id, e.at, COALESCE(o.full_name, ''), e.event, e.detail "
                                    "FROM card_events e LEFT JOIN operators o ON o.id = e.operator_id "
                                    "WHERE e.card_id = :c ORDER BY e.id"));
    q.bind(QStringLiteral(":c"), cardId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CardEvent> out;
    while (q.next()) {
        CardEvent e;
        e.id = q.value(0).toLongLong();
        e.cardId = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        e.operatorName = q.value(3).toString();
        e.event = q.value(4).toString();
        e.detail = q.value(5).toString();
        out.append(e);
    }
    return out;
}

Status CardService::addEvent(const Actor &actor, Id cardId, const QString &event, const QString &detail)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO card_events (card_id, at, operator_id, event, detail) "
                                    "VALUES (:c, :at, :op, :e, :d)"));
    q.bind(QStringLiteral(":c"), cardId)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":op"), actor.operatorId != kNoId ? QVariant(actor.operatorId) : QVariant())
        .bind(QStringLiteral(":e"), event)
        .bind(QStringLiteral(":d"), detail);
    return q.exec();
}

} // namespace Club::Core
