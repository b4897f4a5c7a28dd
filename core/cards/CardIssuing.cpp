// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing, replacing, blocking and unblocking cards, and the card number counter.
#include "CardService.h"

#include "domain/CardNumber.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

namespace {
// A number freshly taken from the counter can only be in use when another prefix overlaps
// this one (prefix "6280" and "62800"); then the next serial is tried, a bounded number of
// times.
constexpr int kMaxNumberAttempts = 100;

QString reasonText(BlockReason reason, const QString &note)
{
    const QString n = note.simplified();
    return n.isEmpty() ? blockReasonKey(reason) : QString(blockReasonKey(reason) + QStringLiteral(": ") + n);
}

} // namespace

Status CardService::checkMember(Id memberId) const
{
    // On PostgreSQL the member row is locked, so two terminals issuing to one member at once
    // cannot both pass the per-member limit; SQLite already holds the write lock.
    const bool pg = m_db.engine() == Database::Engine::PostgreSQL;
    SqlQuery q(m_db, QStringLiteral("SELECT active FROM members WHERE id = :id") +
                         (pg ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bind(QStringLiteral(":id"), memberId);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("The member was not found."),
                           QStringLiteral("member %1").arg(memberId));
    if (q.value(0).toInt() == 0)
        return Error::make(Error::Code::Conflict,
                           tr("This member has been deactivated. Reactivate the member before giving them a card."));
    return {};
}

Status CardService::checkMemberLimit(const CardType &type, Id memberId, Id exceptCardId) const
{
    if (type.maxPerMember == 0)
        return {};
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE member_id = :m AND card_type_id = :t "
                                    "AND status IN ('active', 'pending') AND id <> :except"));
    q.bind(QStringLiteral(":m"), memberId)
        .bind(QStringLiteral(":t"), type.id)
        .bind(QStringLiteral(":except"), exceptCardId);
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() >= type.maxPerMember)
        return Error::make(Error::Code::Conflict,
                           tr("A member may hold only %Ln active card(s) of the type \"%1\", and this member already "
                              "has that many. Block or replace one of them instead.",
                              nullptr, type.maxPerMember)
                               .arg(type.name));
    return {};
}

Status CardService::takeBlankCard(const Actor &actor, const CardType &type, Id cardId, const QString &reason)
{
    if (!type.trackStock)
        return {};
    SqlQuery take(m_db, QStringLiteral("UPDATE card_stock SET quantity = quantity - 1 WHERE branch_id = :b "
                                       "AND card_type_id = :t AND quantity > 0"));
    take.bind(QStringLiteral(":b"), idOrNull(actor.branchId)).bind(QStringLiteral(":t"), type.id);
    if (Status s = take.exec(); !s)
        return s;
    if (take.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("No blank cards of this type are left in this branch."));
    SqlQuery move(m_db, QStringLiteral("INSERT INTO card_stock_movements (branch_id, card_type_id, delta, reason, "
                                       "card_id, operator_id, at) VALUES (:b, :t, -1, :r, :c, :op, :at)"));
    move.bind(QStringLiteral(":b"), actor.branchId)
        .bind(QStringLiteral(":t"), type.id)
        .bind(QStringLiteral(":r"), reason)
        .bind(QStringLiteral(":c"), cardId)
        .bind(QStringLiteral(":op"), actor.operatorId)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate));
    return move.exec();
}

Result<QString> CardService::nextNumber(const CardType &type)
{
    SqlQuery ensure(m_db, QStringLiteral("INSERT INTO card_number_sequences (prefix, next_serial) VALUES (:p, 1) "
                                         "ON CONFLICT (prefix) DO NOTHING"));
    ensure.bind(QStringLiteral(":p"), type.prefix);
    if (Status s = ensure.exec(); !s)
        return s.error();
    SqlQuery take(m_db, QStringLiteral("UPDATE card_number_sequences SET next_serial = next_serial + 1 "
                                       "WHERE prefix = :p RETURNING next_serial - 1"));
    take.bind(QStringLiteral(":p"), type.prefix);
    Result<QVariant> serial = take.scalar();
    if (!serial)
        return serial.error();
    const QString number = CardNumber::compose(type.prefix, serial->toLongLong(), type.numberLength);
    if (number.isEmpty())
        return Error::make(Error::Code::Conflict,
                           tr("Every card number with the prefix %1 and %Ln digit(s) has been given out. Give the "
                              "card type a new prefix or a longer number.",
                              nullptr, type.numberLength)
                               .arg(type.prefix),
                           QStringLiteral("serial %1 does not fit").arg(serial->toLongLong()));
    return number;
}

Result<Card> CardService::insertCard(const Actor &actor,
                                     const CardType &type,
                                     const Card &draft,
                                     const QVariant &pinHash,
                                     int pinFailures,
                                     bool pinLocked)
{
    for (int attempt = 0; attempt < kMaxNumberAttempts; ++attempt) {
        Result<QString> number = nextNumber(type);
        if (!number)
            return number.error();
        // A savepoint, so a taken number does not spoil the whole transaction on PostgreSQL.
        Transaction sp(m_db);
        if (!sp.ok())
            return sp.error();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO cards (number, card_type_id, member_id, sequence_no, "
                                        "replaces_card_id, status, block_reason, branch_id, issued_by, issued_at, "
                                        "expires_at, pin_hash, pin_failures, pin_locked) VALUES (:n, :t, :m, :seq, "
                                        ":replaces, :status, :reason, :b, :op, :at, :exp, :pin, :fail, :locked) "
                                        "RETURNING id"));
        q.bind(QStringLiteral(":n"), *number)
            .bind(QStringLiteral(":t"), type.id)
            .bind(QStringLiteral(":m"), draft.memberId)
            .bind(QStringLiteral(":seq"), draft.sequenceNo)
            .bind(QStringLiteral(":replaces"), idOrNull(draft.replacesCardId))
            .bind(QStringLiteral(":status"), cardStatusKey(draft.status))
            .bind(QStringLiteral(":reason"), draft.blockReason)
            .bind(QStringLiteral(":b"), idOrNull(actor.branchId))
            .bind(QStringLiteral(":op"), actor.operatorId)
            .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODate))
            .bind(QStringLiteral(":exp"),
                  draft.expiresOn.isValid() ? QVariant(draft.expiresOn.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":pin"), pinHash)
            .bind(QStringLiteral(":fail"), pinFailures)
            .bind(QStringLiteral(":locked"), pinLocked ? 1 : 0);
        Result<QVariant> id = q.scalar();
        if (!id) {
            if (id.error().code == Error::Code::Duplicate) {
                sp.rollback();
                qCWarning(lcCards) << "card number" << maskCardNumber(*number) << "already in use; taking the next";
                continue;
            }
            return id.error();
        }
        if (Status s = sp.commit(); !s)
            return s.error();
        return loadCard(id->toLongLong());
    }
    return Error::make(
        Error::Code::Conflict,
        tr("No free card number was found for the prefix %1. Give the card type a new prefix.").arg(type.prefix));
}

Result<Card> CardService::issue(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin)
{
    return issueCard(actor, memberId, cardTypeId, pin, false);
}

Result<Card> CardService::issuePending(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin)
{
    return issueCard(actor, memberId, cardTypeId, pin, true);
}

Result<Card>
CardService::issueCard(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin, bool pending)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s.error();
    Result<CardType> type = loadCardType(cardTypeId);
    if (!type)
        return type.error();
    if (!type->active)
        return Error::make(Error::Code::Conflict, tr("Cards of this type are no longer issued."));
    QVariant pinHash; // SQL NULL: no PIN
    if (type->pinRequired && pin.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Cards of this type need a PIN. Enter a PIN of 4 to 6 digits."), {},
                           QStringLiteral("pin"));
    if (!pin.trimmed().isEmpty()) {
        // Hashing is slow on purpose: done before the write lock is taken.
        Result<QString> hash = pinHashFor(pin, QStringLiteral("pin"));
        if (!hash)
            return hash.error();
        pinHash = *hash;
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = checkMember(memberId); !s)
        return s.error();
    if (Status s = checkMemberLimit(*type, memberId, kNoId); !s)
        return s.error();
    Card draft;
    draft.memberId = memberId;
    draft.sequenceNo = 1;
    draft.status = pending ? CardStatus::Pending : CardStatus::Active;
    if (type->validityMonths > 0)
        draft.expiresOn = m_clock.todayUtc().addMonths(type->validityMonths);
    Result<Card> card = insertCard(actor, *type, draft, pinHash, 0, false);
    if (!card)
        return card.error();
    if (Status s = takeBlankCard(actor, *type, card->id, QStringLiteral("issue")); !s)
        return s.error();
    if (Status s = addEvent(actor, card->id, pending ? QStringLiteral("issued.pending") : QStringLiteral("issued"),
                            type->name);
        !s)
        return s.error();
    if (card->hasPin) {
        if (Status s = addEvent(actor, card->id, QStringLiteral("pin.set")); !s)
            return s.error();
    }
    if (Status s = m_audit.record(
            actor, pending ? QStringLiteral("card.issue_pending") : QStringLiteral("card.issue"),
            QStringLiteral("card"), card->id,
            QStringLiteral("%1 type=%2 member=%3").arg(maskCardNumber(card->number), type->name).arg(memberId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "issued card" << card->id << maskCardNumber(card->number) << "to member" << memberId;
    Q_EMIT cardIssued(card->id, memberId);
    if (type->trackStock)
        Q_EMIT stockChanged(actor.branchId, type->id);
    return card;
}

Result<Card> CardService::replace(const Actor &actor, Id cardId, BlockReason reason, const QString &note)
{
    return replaceCard(actor, cardId, reason, note, false);
}

Result<Card>
CardService::replacePending(const Actor &actor, Id oldCardId, BlockReason reason, const QString &note)
{
    return replaceCard(actor, oldCardId, reason, note, true);
}

Result<Card>
CardService::replaceCard(const Actor &actor, Id cardId, BlockReason reason, const QString &note, bool pending)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Card> old = loadCard(cardId);
    if (!old)
        return old.error();
    if (old->status == CardStatus::Replaced)
        return Error::make(Error::Code::Conflict, tr("This card has already been replaced."), kReplaced);
    if (old->status == CardStatus::Pending)
        return Error::make(Error::Code::Conflict,
                           tr("This card has not been encoded yet. Void it instead of replacing it."), kPending);
    if (old->status == CardStatus::Void)
        return Error::make(Error::Code::Conflict, tr("This card is void and cannot be replaced."), kVoid);
    SqlQuery waiting(m_db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE replaces_card_id = :id "
                                          "AND status = 'pending'"));
    waiting.bind(QStringLiteral(":id"), old->id);
    Result<QVariant> waitingCount = waiting.scalar();
    if (!waitingCount)
        return waitingCount.error();
    if (waitingCount->toLongLong() > 0)
        return Error::make(Error::Code::Conflict,
                           tr("A replacement for this card is waiting to be encoded. Activate or void it first."),
                           kReplacementPending);
    Result<CardType> type = loadCardType(old->cardTypeId);
    if (!type)
        return type.error();
    if (Status s = checkMember(old->memberId); !s)
        return s.error();
    if (Status s = checkMemberLimit(*type, old->memberId, old->id); !s)
        return s.error();

    SqlQuery pin(m_db, QStringLiteral("SELECT pin_hash, pin_failures, pin_locked FROM cards WHERE id = :id"));
    pin.bind(QStringLiteral(":id"), old->id);
    if (Status s = pin.exec(); !s)
        return s.error();
    if (!pin.next())
        return Error::make(Error::Code::NotFound, tr("The card was not found."));
    const QVariant pinHash = pin.value(0).isNull() ? QVariant() : QVariant(pin.value(0).toString());
    const int pinFailures = pin.value(1).toInt();
    const bool pinLocked = pin.value(2).toInt() != 0;

    const QString why = reasonText(reason, note);
    if (!pending) {
        SqlQuery retire(m_db, QStringLiteral("UPDATE cards SET status = 'replaced', block_reason = :r "
                                             "WHERE id = :id AND status IN ('active', 'blocked')"));
        retire.bind(QStringLiteral(":r"), why).bind(QStringLiteral(":id"), old->id);
        if (Status s = retire.exec(); !s)
            return s.error();
        if (retire.rowsAffected() != 1)
            return Error::make(Error::Code::Conflict, tr("This card has already been replaced."));
    }

    Card draft;
    draft.status = pending ? CardStatus::Pending : CardStatus::Active;
    // A pending replacement keeps the reason until its activation retires the old card.
    draft.blockReason = pending ? why : QString();
    draft.memberId = old->memberId;
    draft.sequenceNo = old->sequenceNo + 1;
    draft.replacesCardId = old->id;
    // The new plastic keeps the old expiry: a replacement does not extend a card's life.
    draft.expiresOn = old->expiresOn;
    Result<Card> fresh = insertCard(actor, *type, draft, pinHash, pinFailures, pinLocked);
    if (!fresh)
        return fresh.error();
    if (Status s = takeBlankCard(actor, *type, fresh->id, QStringLiteral("replacement")); !s)
        return s.error();
    const QString oldMasked = maskCardNumber(old->number);
    const QString newMasked = maskCardNumber(fresh->number);
    if (Status s = addEvent(actor, old->id, pending ? QStringLiteral("replacement.requested") : QStringLiteral("replaced"),
                            QStringLiteral("%1; new card %2").arg(why, newMasked));
        !s)
        return s.error();
    if (Status s = addEvent(actor, fresh->id,
                            pending ? QStringLiteral("replacement.pending") : QStringLiteral("replacement"),
                            QStringLiteral("replaces %1; %2").arg(oldMasked, why));
        !s)
        return s.error();
    if (Status s =
            m_audit.record(actor, pending ? QStringLiteral("card.replace_pending") : QStringLiteral("card.replace"),
                           QStringLiteral("card"), old->id,
                           QStringLiteral("%1 -> %2 (card %3) %4").arg(oldMasked, newMasked).arg(fresh->id).arg(why));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "replaced card" << old->id << "with" << fresh->id;
    if (!pending)
        Q_EMIT cardChanged(old->id, old->memberId);
    Q_EMIT cardIssued(fresh->id, fresh->memberId);
    if (type->trackStock)
        Q_EMIT stockChanged(actor.branchId, type->id);
    return fresh;
}

Status CardService::setStatus(const Actor &actor, Id cardId, CardStatus to, const QString &blockReason)
{
    const bool blocking = to == CardStatus::Blocked;
    if (Status s = require(actor, blocking ? Permission::CardBlock : Permission::CardUnblock); !s)
        return s;
    const CardStatus from = blocking ? CardStatus::Active : CardStatus::Blocked;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    if (card->status == CardStatus::Replaced)
        return Error::make(Error::Code::Conflict,
                           blocking ? tr("This card has been replaced and is no longer in use.")
                                    : tr("A replaced card can never be unblocked. Use its replacement card."),
                           kReplaced);
    if (card->status == CardStatus::Pending)
        return Error::make(Error::Code::Conflict,
                           tr("This card has not been encoded yet. Void it if it will not be handed over."),
                           kPending);
    if (card->status == CardStatus::Void)
        return Error::make(Error::Code::Conflict, tr("This card is void."), kVoid);
    if (card->status != from)
        return Error::make(Error::Code::Conflict,
                           blocking ? tr("This card is already blocked.") : tr("This card is not blocked."));
    SqlQuery q(m_db,
               QStringLiteral("UPDATE cards SET status = :to, block_reason = :r WHERE id = :id AND status = :from"));
    q.bind(QStringLiteral(":to"), cardStatusKey(to))
        .bind(QStringLiteral(":r"), blockReason)
        .bind(QStringLiteral(":id"), cardId)
        .bind(QStringLiteral(":from"), cardStatusKey(from));
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("The card was changed by someone else. Open it again."));
    if (Status s =
            addEvent(actor, cardId, blocking ? QStringLiteral("blocked") : QStringLiteral("unblocked"), blockReason);
        !s)
        return s;
    if (Status s = m_audit.record(actor, blocking ? QStringLiteral("card.block") : QStringLiteral("card.unblock"),
                                  QStringLiteral("card"), cardId,
                                  QString(maskCardNumber(card->number) + QLatin1Char(' ') + blockReason).trimmed());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCards) << (blocking ? "blocked card" : "unblocked card") << cardId;
    Q_EMIT cardChanged(cardId, card->memberId);
    return {};
}

Status CardService::block(const Actor &actor, Id cardId, BlockReason reason, const QString &note)
{
    return setStatus(actor, cardId, CardStatus::Blocked, reasonText(reason, note));
}

Status CardService::unblock(const Actor &actor, Id cardId)
{
    return setStatus(actor, cardId, CardStatus::Active, QString());
}

} // namespace Club::Core
