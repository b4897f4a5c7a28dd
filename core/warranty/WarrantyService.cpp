// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarrantyService.h"

#include "WarrantySql.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Log.h"
#include "util/Text.h"

namespace Club::Core {

namespace {

constexpr int kMaxMonths = 240;
constexpr int kMaxSerial = 64;
constexpr int kMaxNote = 1000;

Error invalid(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, QStringLiteral("invalid ") + field, field);
}

} // namespace

QString warrantyEventKey(WarrantyEventKind kind)
{
    switch (kind) {
    case WarrantyEventKind::Received:
        return QStringLiteral("received");
    case WarrantyEventKind::Diagnosed:
        return QStringLiteral("diagnosed");
    case WarrantyEventKind::Repaired:
        return QStringLiteral("repaired");
    case WarrantyEventKind::Returned:
        return QStringLiteral("returned");
    case WarrantyEventKind::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

bool warrantyEventFromKey(const QString &key, WarrantyEventKind *kind)
{
    for (WarrantyEventKind k : {WarrantyEventKind::Received, WarrantyEventKind::Diagnosed, WarrantyEventKind::Repaired,
                                WarrantyEventKind::Returned, WarrantyEventKind::Replaced}) {
        if (warrantyEventKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

WarrantyService::WarrantyService(Database &db, CardService &cards, MemberService &members, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cards(cards)
    , m_members(members)
    , m_clock(clock)
    , m_audit(db, clock)
{}

QString WarrantyService::normalizeSerial(const QString &serial)
{
    QString out = Text::toLatinDigits(serial.trimmed()).toUpper();
    out.remove(QChar(0x200C)); // a stray ZWNJ from a Persian keyboard is not part of a serial
    return out;
}

Result<int> WarrantyService::defaultMonths(const Actor &actor, Id productId) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    return WarrantySql(m_db).defaultMonths(productId);
}

Status WarrantyService::setDefaultMonths(const Actor &actor, Id productId, int months)
{
    if (Status s = require(actor, Permission::CatalogManage); !s)
        return s.error();
    if (months < 0 || months > kMaxMonths)
        return invalid(tr("A warranty period is 1 to %1 months.").arg(kMaxMonths), QStringLiteral("months"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const WarrantySql sql(m_db);
    Result<bool> exists = sql.productExists(productId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::make(Error::Code::NotFound, tr("That product was not found."),
                           QStringLiteral("product %1").arg(productId), QStringLiteral("productId"));
    if (Status s = sql.setDefaultMonths(productId, months, actor.operatorId, m_clock.nowUtc()); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("warranty.default"), QStringLiteral("product"), productId,
                                  QStringLiteral("%1 months").arg(months));
        !s)
        return s;
    return tx.commit();
}

Result<Warranty> WarrantyService::registerWarranty(const Actor &actor, const WarrantyDraft &draft)
{
    if (Status s = require(actor, Permission::WarrantyRegister); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    const WarrantySql sql(m_db);
    Warranty w;
    w.serialNo = normalizeSerial(draft.serialNo);
    if (w.serialNo.isEmpty())
        return invalid(tr("Enter the serial number."), QStringLiteral("serialNo"));
    if (w.serialNo.size() > kMaxSerial)
        return invalid(tr("A serial number has at most %1 characters.").arg(kMaxSerial), QStringLiteral("serialNo"));
    if (draft.months < 0 || draft.months > kMaxMonths)
        return invalid(tr("A warranty period is 1 to %1 months.").arg(kMaxMonths), QStringLiteral("months"));

    if (draft.saleLineId != kNoId) {
        Result<WarrantySql::SaleLineFacts> line = sql.saleLine(draft.saleLineId);
        if (!line)
            return line.error();
        if (draft.productId != kNoId && draft.productId != line->productId)
            return invalid(tr("The product is not the one on the sale line."), QStringLiteral("productId"));
        w.saleId = line->saleId;
        w.saleLineId = draft.saleLineId;
        w.productId = line->productId;
        w.memberId = draft.memberId != kNoId ? draft.memberId : line->memberId;
        w.startsAt = line->soldAt;
    } else {
        w.productId = draft.productId;
        w.memberId = draft.memberId;
        w.startsAt = draft.startsAt.isValid() ? draft.startsAt.toUTC() : now;
        if (w.productId == kNoId)
            return invalid(tr("Choose the product."), QStringLiteral("productId"));
        if (w.startsAt > now)
            return invalid(tr("A warranty cannot start in the future."), QStringLiteral("startsAt"));
    }
    if (w.memberId == kNoId)
        return invalid(tr("Choose the member the warranty is for."), QStringLiteral("memberId"));
    Result<Member> member = m_members.member(actor, w.memberId);
    if (!member)
        return member.error();
    if (draft.cardId != kNoId) {
        Result<Card> card = m_cards.card(actor, draft.cardId);
        if (!card)
            return card.error();
        if (card->memberId != w.memberId || card->status != CardStatus::Active)
            return invalid(tr("The warranty can only go on an active card of the same member."),
                           QStringLiteral("cardId"));
        w.cardId = card->id;
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<bool> exists = sql.productExists(w.productId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::make(Error::Code::NotFound, tr("That product was not found."),
                           QStringLiteral("product %1").arg(w.productId), QStringLiteral("productId"));
    w.months = draft.months;
    if (w.months == 0) {
        Result<int> months = sql.defaultMonths(w.productId);
        if (!months)
            return months.error();
        w.months = *months;
    }
    if (w.months <= 0)
        return invalid(tr("This product has no default warranty period: enter the months."), QStringLiteral("months"));
    w.endsAt = w.startsAt.addMonths(w.months);
    w.createdAt = now;
    const Error duplicate = Error::make(Error::Code::Duplicate,
                                        tr("Serial number %1 of this product already has a warranty.").arg(w.serialNo),
                                        QStringLiteral("warranty serial taken"), QStringLiteral("serialNo"));
    Result<Id> taken = sql.findSerial(w.productId, w.serialNo);
    if (!taken)
        return taken.error();
    if (*taken != kNoId) {
        Error e = duplicate;
        e.relatedId = *taken;
        return e;
    }
    Result<Id> id = sql.insert(w, actor.operatorId, actor.branchId);
    if (!id)
        return id.error().code == Error::Code::Duplicate ? duplicate : id.error();
    if (Status s = m_audit.record(actor, QStringLiteral("warranty.register"), QStringLiteral("warranty"), *id,
                                  QStringLiteral("product %1, %2 months, sale line %3")
                                      .arg(w.productId)
                                      .arg(w.months)
                                      .arg(w.saleLineId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "warranty registered" << *id;
    Q_EMIT warrantyChanged(*id, w.memberId);
    return sql.load(*id, now);
}

Result<WarrantyEvent> WarrantyService::logEvent(const Actor &actor, Id warrantyId, WarrantyEventKind kind,
                                                const QString &note, const QDateTime &at)
{
    if (Status s = require(actor, Permission::WarrantyServiceLog); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    WarrantyEvent e;
    e.warrantyId = warrantyId;
    e.kind = kind;
    e.note = note.trimmed();
    e.at = at.isValid() ? at.toUTC() : now;
    e.operatorId = actor.operatorId;
    e.operatorName = actor.fullName;
    if (e.note.size() > kMaxNote)
        return invalid(tr("A note has at most %1 characters.").arg(kMaxNote), QStringLiteral("note"));
    if (e.at > now)
        return invalid(tr("An event cannot be dated in the future."), QStringLiteral("at"));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const WarrantySql sql(m_db);
    Result<Warranty> w = sql.load(warrantyId, now);
    if (!w)
        return w.error();
    if (e.at < w->startsAt)
        return invalid(tr("An event cannot be dated before the warranty started."), QStringLiteral("at"));
    // The status is read from the events in date order: one dated before the last would
    // rewrite the history the status was judged on.
    if (!w->events.isEmpty() && e.at < w->events.constLast().at)
        return invalid(tr("An event cannot be dated before the last one logged."), QStringLiteral("at"));
    const auto conflict = [](const QString &message, const QString &detail) {
        return Error::make(Error::Code::Conflict, message, detail, QStringLiteral("event"));
    };
    if (w->status == WarrantyStatus::Replaced)
        return conflict(tr("The item was replaced: this warranty takes no more events."),
                        QStringLiteral("warranty.replaced"));
    if (kind == WarrantyEventKind::Received && w->status == WarrantyStatus::InService)
        return conflict(tr("The item is already in service."), QStringLiteral("warranty.in_service"));
    if ((kind == WarrantyEventKind::Diagnosed || kind == WarrantyEventKind::Repaired ||
         kind == WarrantyEventKind::Returned) &&
        w->status != WarrantyStatus::InService)
        return conflict(tr("The item is not in service: log that it was received first."),
                        QStringLiteral("warranty.not_in_service"));
    Result<Id> id = sql.insertEvent(e, actor.branchId, now);
    if (!id)
        return id.error();
    e.id = *id;
    if (Status s = m_audit.record(actor, QStringLiteral("warranty.event"), QStringLiteral("warranty"), warrantyId,
                                  warrantyEventKey(kind));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT warrantyChanged(warrantyId, w->memberId);
    return e;
}

Result<Warranty> WarrantyService::warranty(const Actor &actor, Id warrantyId) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    return WarrantySql(m_db).load(warrantyId, m_clock.nowUtc());
}

Result<QList<Warranty>> WarrantyService::ofMember(const Actor &actor, Id memberId) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    return WarrantySql(m_db).ofMember(memberId, m_clock.nowUtc());
}

Result<QList<Warranty>> WarrantyService::ofCard(const Actor &actor, Id cardId) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    Result<Card> card = m_cards.card(actor, cardId);
    if (!card)
        return card.error();
    if (card->kind == CardKind::Warranty)
        return WarrantySql(m_db).ofCard(cardId, m_clock.nowUtc());
    return WarrantySql(m_db).ofMember(card->memberId, m_clock.nowUtc());
}

Result<QList<Warranty>> WarrantyService::search(const Actor &actor, const QString &text) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    const QString serial = normalizeSerial(text);
    if (serial.isEmpty())
        return QList<Warranty>{};
    QString cardNumber = serial;
    cardNumber.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return WarrantySql(m_db).search(serial, cardNumber, m_clock.nowUtc());
}

Result<QList<Warranty>> WarrantyService::expiring(const Actor &actor, int days) const
{
    if (Status s = require(actor, Permission::WarrantyRead); !s)
        return s.error();
    if (days < 0 || days > 3660)
        return invalid(tr("Enter 0 to 3660 days."), QStringLiteral("days"));
    const QDateTime now = m_clock.nowUtc();
    return WarrantySql(m_db).expiring(now, now.addDays(days));
}

} // namespace Club::Core
