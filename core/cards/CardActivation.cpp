// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pending cards (activated once encoded, or voided) and identifying a presented card.
#include "CardService.h"

#include "CardRules.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

const QString CardService::kForged = QStringLiteral("card.forged");
const QString CardService::kForeign = QStringLiteral("card.foreign");
const QString CardService::kBlank = QStringLiteral("card.blank");
const QString CardService::kUnknownKeyVersion = QStringLiteral("card.unknown_key_version");
const QString CardService::kBlocked = QStringLiteral("card.blocked");
const QString CardService::kReplaced = QStringLiteral("card.replaced");
const QString CardService::kPending = QStringLiteral("card.pending");
const QString CardService::kVoid = QStringLiteral("card.void");
const QString CardService::kNotPending = QStringLiteral("card.not_pending");
const QString CardService::kBadChipUid = QStringLiteral("card.bad_chip_uid");
const QString CardService::kChipUidTaken = QStringLiteral("card.chip_uid_taken");
const QString CardService::kReplacementPending = QStringLiteral("card.replacement_pending");

namespace {
QString normalizedUid(const QString &typed)
{
    return CardRules::normalizeChipUid(typed);
}

// First 6 and last 4 digits, as card audits elsewhere in the trade show them; shorter
// input keeps only its last 4 (or nothing).
QString auditMask(const QString &number)
{
    const qsizetype n = number.size();
    if (n >= 12)
        return number.left(6) + QString(n - 10, QLatin1Char('*')) + number.right(4);
    if (n > 4)
        return QString(n - 4, QLatin1Char('*')) + number.right(4);
    return QString(n, QLatin1Char('*'));
}

QString checkKey(CardPresentation::Check check)
{
    switch (check) {
    case CardPresentation::Check::Valid:
        return QStringLiteral("valid");
    case CardPresentation::Check::Forged:
        return QStringLiteral("forged");
    case CardPresentation::Check::Foreign:
        return QStringLiteral("foreign");
    case CardPresentation::Check::Blank:
        return QStringLiteral("blank");
    case CardPresentation::Check::UnknownKeyVersion:
        return QStringLiteral("unknown_key_version");
    }
    return {};
}
} // namespace

Result<Card> CardService::activate(const Actor &actor, Id cardId, const QString &chipUid)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s.error();
    const QString uid = normalizedUid(chipUid);
    if (!chipUid.trimmed().isEmpty() && uid.isEmpty())
        return Error::make(Error::Code::Invalid, tr("The chip's serial number could not be read. Try again."),
                           kBadChipUid, QStringLiteral("chipUid"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    if (card->status != CardStatus::Pending)
        return Error::make(Error::Code::Conflict, tr("Only a card waiting to be encoded can be activated."),
                           kNotPending);

    std::optional<Card> old;
    if (card->replacesCardId != kNoId) {
        Result<Card> replaced = loadCard(card->replacesCardId);
        if (!replaced)
            return replaced.error();
        old = *replaced;
        // The PIN as it is now on the old card (it may have changed since the request).
        SqlQuery pin(m_db, QStringLiteral("SELECT pin_hash, pin_failures, pin_locked FROM cards WHERE id = :id"));
        pin.bind(QStringLiteral(":id"), old->id);
        if (Status s = pin.exec(); !s)
            return s.error();
        if (!pin.next())
            return Error::make(Error::Code::NotFound, tr("The card was not found."));
        const QVariant pinHash = pin.value(0).isNull() ? QVariant() : QVariant(pin.value(0).toString());
        const int pinFailures = pin.value(1).toInt();
        const int pinLocked = pin.value(2).toInt();
        pin.raw().finish();
        SqlQuery copy(m_db, QStringLiteral("UPDATE cards SET pin_hash = :h, pin_failures = :f, pin_locked = :l "
                                           "WHERE id = :id"));
        copy.bind(QStringLiteral(":h"), pinHash)
            .bind(QStringLiteral(":f"), pinFailures)
            .bind(QStringLiteral(":l"), pinLocked)
            .bind(QStringLiteral(":id"), card->id);
        if (Status s = copy.exec(); !s)
            return s.error();
        SqlQuery retire(m_db, QStringLiteral("UPDATE cards SET status = 'replaced', block_reason = :r WHERE id = :id "
                                             "AND status IN ('active', 'blocked')"));
        retire.bind(QStringLiteral(":r"), card->blockReason).bind(QStringLiteral(":id"), old->id);
        if (Status s = retire.exec(); !s)
            return s.error();
        if (retire.rowsAffected() != 1)
            return Error::make(Error::Code::Conflict, tr("The card this one replaces is no longer in use."),
                               kReplaced);
    }

    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET status = 'active', block_reason = '', chip_uid = :uid "
                                    "WHERE id = :id AND status = 'pending'"));
    q.bind(QStringLiteral(":uid"), uid.isEmpty() ? QVariant() : QVariant(uid)).bind(QStringLiteral(":id"), card->id);
    if (Status s = q.exec(); !s) {
        if (s.error().code == Error::Code::Duplicate)
            return Error::make(Error::Code::Conflict,
                               tr("This chip is already registered to another card. Use another blank card."),
                               kChipUidTaken, QStringLiteral("chipUid"));
        return s.error();
    }
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("Only a card waiting to be encoded can be activated."),
                           kNotPending);
    const QString masked = maskCardNumber(card->number);
    if (Status s = addEvent(actor, card->id, QStringLiteral("activated"),
                            uid.isEmpty() ? QStringLiteral("no chip") : QStringLiteral("chip"));
        !s)
        return s.error();
    if (old) {
        if (Status s = addEvent(actor, old->id, QStringLiteral("replaced"),
                                QStringLiteral("%1; new card %2").arg(card->blockReason, masked));
            !s)
            return s.error();
    }
    if (Status s = m_audit.record(actor, QStringLiteral("card.activate"), QStringLiteral("card"), card->id,
                                  old ? QStringLiteral("%1 replaces %2").arg(masked, maskCardNumber(old->number))
                                      : masked);
        !s)
        return s.error();
    Result<Card> activated = loadCard(card->id);
    if (!activated)
        return activated.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCards) << "activated card" << card->id;
    Q_EMIT cardChanged(card->id, card->memberId);
    if (old)
        Q_EMIT cardChanged(old->id, old->memberId);
    return activated;
}

Status CardService::voidPending(const Actor &actor, Id cardId, const QString &reason)
{
    if (Status s = require(actor, Permission::CardIssue); !s)
        return s;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter why this card is voided."), {}, QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    Result<CardType> type = loadCardType(card->cardTypeId);
    if (!type)
        return type.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET status = 'void', block_reason = :r WHERE id = :id "
                                    "AND status = 'pending'"));
    q.bind(QStringLiteral(":r"), why).bind(QStringLiteral(":id"), cardId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("Only a card waiting to be encoded can be voided."),
                           kNotPending);
    if (Status s = addEvent(actor, cardId, QStringLiteral("voided"), why); !s)
        return s;
    // The stock has no movement kinds: the blank left stock at issue, and this event says
    // it was spoiled rather than handed over.
    if (type->trackStock) {
        if (Status s = addEvent(actor, cardId, QStringLiteral("blank.spoiled"), why); !s)
            return s;
    }
    if (Status s = m_audit.record(actor, QStringLiteral("card.void"), QStringLiteral("card"), cardId,
                                  QStringLiteral("%1 %2").arg(maskCardNumber(card->number), why));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCards) << "voided pending card" << cardId;
    Q_EMIT cardChanged(cardId, card->memberId);
    return {};
}

Error CardService::refuseIdentify(const Actor &actor, const CardPresentation &p, Id cardId, const QString &code,
                                  Error::Code errorCode, const QString &message)
{
    // Committed on its own although the call fails: a refused card must leave a trace.
    const QString detail = QStringLiteral("%1 reason=%2 check=%3 source=%4")
                               .arg(auditMask(CardRules::normalizeNumber(p.cardNumber)), code, checkKey(p.check),
                                    p.source.isEmpty() ? QStringLiteral("unknown") : p.source);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = m_audit.record(actor, QStringLiteral("card.identify_refused"), QStringLiteral("card"), cardId,
                                  detail);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCWarning(lcCards) << "card refused:" << code << "card" << cardId;
    return Error::make(errorCode, message, code);
}

Result<Card> CardService::identify(const Actor &actor, const CardPresentation &p)
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s.error();
    using Check = CardPresentation::Check;
    switch (p.check) {
    case Check::Valid:
        break;
    case Check::Blank:
        return refuseIdentify(actor, p, kNoId, kBlank, Error::Code::Invalid, tr("This card is blank."));
    case Check::Foreign:
        return refuseIdentify(actor, p, kNoId, kForeign, Error::Code::NotFound, tr("This is not a card of this club."));
    case Check::Forged:
        return refuseIdentify(actor, p, kNoId, kForged, Error::Code::Forbidden,
                              tr("This card failed the authenticity check. Keep it and call a manager."));
    case Check::UnknownKeyVersion:
        return refuseIdentify(actor, p, kNoId, kUnknownKeyVersion, Error::Code::Conflict,
                              tr("This card was written with a card key this branch does not have. Import the "
                                 "club's card keys."));
    }
    const QString number = CardRules::normalizeNumber(p.cardNumber);
    const QString notOurs = tr("This is not a card of this club.");
    if (!CardRules::isAsciiDigits(number))
        return refuseIdentify(actor, p, kNoId, kForeign, Error::Code::NotFound, notOurs);
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM cards WHERE number = :n"));
    find.bind(QStringLiteral(":n"), number);
    Result<QVariant> found = find.scalar();
    if (!found && found.error().code == Error::Code::NotFound)
        return refuseIdentify(actor, p, kNoId, kForeign, Error::Code::NotFound, notOurs);
    if (!found)
        return found.error();
    Result<Card> card = loadCard(found->toLongLong());
    if (!card)
        return card.error();
    switch (card->status) {
    case CardStatus::Active:
        break;
    case CardStatus::Blocked:
        return refuseIdentify(actor, p, card->id, kBlocked, Error::Code::Conflict, tr("This card is blocked."));
    case CardStatus::Replaced:
        return refuseIdentify(actor, p, card->id, kReplaced, Error::Code::Conflict,
                              tr("This card has been replaced and is no longer in use."));
    case CardStatus::Pending:
        return refuseIdentify(actor, p, card->id, kPending, Error::Code::Conflict,
                              tr("This card has not been activated yet."));
    case CardStatus::Void:
        return refuseIdentify(actor, p, card->id, kVoid, Error::Code::Conflict, tr("This card is void."));
    }
    // A chip must be the very chip recorded at activation: a MAC copied onto another chip,
    // or a number recorded without a chip read from one, is a forgery.
    const bool chipRead = !p.chipUid.trimmed().isEmpty() || p.source == QLatin1String("pcsc");
    if (chipRead) {
        const QString uid = normalizedUid(p.chipUid);
        if (uid.isEmpty() || card->chipUid.isEmpty() || uid != card->chipUid)
            return refuseIdentify(actor, p, card->id, kForged, Error::Code::Forbidden,
                                  tr("This card failed the authenticity check. Keep it and call a manager."));
    }
    return card;
}

} // namespace Club::Core
