// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Card PINs: set, change, verify with a lock after kMaxPinFailures wrong tries, unlock.
// A PIN is never logged, audited or written to an event; only its Argon2id hash is stored.
#include "CardService.h"

#include "CardRules.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Log.h"

namespace Club::Core {

namespace {
QString typedPin(const QString &pin)
{
    return CardRules::asciiDigits(pin.trimmed());
}
} // namespace

Result<QString> CardService::pinHashFor(const QString &pin, const QString &field) const
{
    const QString ascii = typedPin(pin);
    auto refuse = [&field](const QString &message) {
        return Error::make(Error::Code::Invalid, message, {}, field);
    };
    switch (CardRules::pinProblem(ascii)) {
    case CardRules::PinProblem::None:
        break;
    case CardRules::PinProblem::Length:
        return refuse(
            tr("A PIN must have %1 to %2 digits.").arg(CardRules::kMinPinLength).arg(CardRules::kMaxPinLength));
    case CardRules::PinProblem::NotDigits:
        return refuse(tr("A PIN may contain digits only."));
    case CardRules::PinProblem::AllSame:
        return refuse(tr("A PIN of one repeated digit is too easy to guess. Choose another PIN."));
    case CardRules::PinProblem::Sequence:
        return refuse(tr("A PIN of consecutive digits, such as 1234 or 4321, is too easy to guess. Choose another "
                         "PIN."));
    }
    const QString hash = PasswordHasher::hash(ascii);
    if (hash.isEmpty())
        return Error::make(Error::Code::Storage, tr("The PIN could not be secured. Try again."));
    return hash;
}

Status CardService::requireActiveCard(const Card &card) const
{
    switch (card.status) {
    case CardStatus::Active:
        return {};
    case CardStatus::Blocked:
        return Error::make(Error::Code::Conflict, tr("This card is blocked."), kBlocked);
    case CardStatus::Replaced:
        return Error::make(Error::Code::Conflict, tr("This card has been replaced and is no longer in use."), kReplaced);
    case CardStatus::Pending:
        return Error::make(Error::Code::Conflict, tr("This card has not been encoded and activated yet."), kPending);
    case CardStatus::Void:
        return Error::make(Error::Code::Conflict, tr("This card is void."), kVoid);
    }
    return {};
}

Status CardService::storePin(
    const Actor &actor, const Card &card, const QString &hash, const QString &event, const QString &action)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Not over a locked PIN: only a manager's unlock clears a lock. The time and the pending
    // mark are for a connected desk: it sends the hash to the central server, where the
    // newer of two PINs wins (migration 0028, SyncPuller).
    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET pin_hash = :h, pin_failures = 0, pin_changed_at = :at, "
                                    "pin_push_pending = 1 WHERE id = :id AND pin_locked = 0 AND status = 'active'"));
    q.bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":at"), m_clock.nowUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":id"), card.id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Error::make(Error::Code::Locked,
                           tr("This card's PIN is locked after too many wrong tries. A manager must unlock it first."));
    if (Status s = addEvent(actor, card.id, event); !s)
        return s;
    if (Status s = m_audit.record(actor, action, QStringLiteral("card"), card.id, maskCardNumber(card.number)); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT cardChanged(card.id, card.memberId);
    return {};
}

Status CardService::setPin(const Actor &actor, Id cardId, const QString &pin)
{
    if (Status s = require(actor, Permission::PinSet); !s)
        return s;
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    if (Status s = requireActiveCard(*card); !s)
        return s;
    if (card->pinLocked)
        return Error::make(Error::Code::Locked,
                           tr("This card's PIN is locked after too many wrong tries. A manager must unlock it first."));
    Result<QString> hash = pinHashFor(pin, QStringLiteral("pin"));
    if (!hash)
        return hash.error();
    return storePin(actor, *card, *hash, QStringLiteral("pin.set"), QStringLiteral("card.pin_set"));
}

Status CardService::changePin(const Actor &actor, Id cardId, const QString &currentPin, const QString &newPin)
{
    if (Status s = require(actor, Permission::PinSet); !s)
        return s;
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    // A weak new PIN is refused before the current one is tried, so it costs no try.
    Result<QString> hash = pinHashFor(newPin, QStringLiteral("newPin"));
    if (!hash)
        return hash.error();
    if (Status s = checkPinOf(actor, *card, currentPin, QStringLiteral("currentPin")); !s)
        return s;
    return storePin(actor, *card, *hash, QStringLiteral("pin.changed"), QStringLiteral("card.pin_change"));
}

Status CardService::verifyPin(const Actor &actor, Id cardId, const QString &pin)
{
    if (Status s = require(actor, Permission::CardRead); !s)
        return s;
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    return checkPinOf(actor, *card, pin, QStringLiteral("pin"));
}

Status CardService::checkPinOf(const Actor &actor, const Card &card, const QString &pin, const QString &field)
{
    if (Status s = requireActiveCard(card); !s)
        return s;
    if (!card.hasPin)
        return Error::make(Error::Code::Conflict, tr("This card has no PIN."));
    if (card.pinLocked)
        return Error::make(Error::Code::Locked,
                           tr("This card's PIN is locked after too many wrong tries. A manager must unlock it."), {},
                           field);
    SqlQuery q(m_db, QStringLiteral("SELECT pin_hash FROM cards WHERE id = :id"));
    q.bind(QStringLiteral(":id"), card.id);
    Result<QVariant> stored = q.scalar();
    if (!stored)
        return stored.error();
    if (!PasswordHasher::verify(stored->toString(), typedPin(pin)))
        return recordPinFailure(actor, card, field);
    if (card.pinFailures == 0)
        return {};

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery reset(m_db, QStringLiteral("UPDATE cards SET pin_failures = 0 WHERE id = :id AND pin_locked = 0"));
    reset.bind(QStringLiteral(":id"), card.id);
    if (Status s = reset.exec(); !s)
        return s;
    if (reset.rowsAffected() != 1) // locked by wrong tries elsewhere meanwhile
        return Error::make(Error::Code::Locked,
                           tr("This card's PIN is locked after too many wrong tries. A manager must unlock it."), {},
                           field);
    if (Status s = m_audit.record(actor, QStringLiteral("card.pin_ok"), QStringLiteral("card"), card.id,
                                  maskCardNumber(card.number));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT cardChanged(card.id, card.memberId);
    return {};
}

Status CardService::recordPinFailure(const Actor &actor, const Card &card, const QString &field)
{
    const Error locked = Error::make(
        Error::Code::Locked,
        tr("The PIN was wrong %Ln time(s) and is now locked. A manager must unlock it.", nullptr, kMaxPinFailures), {},
        field);
    // Committed on its own even though the call fails: that is what makes the lock work.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET pin_failures = pin_failures + 1, pin_locked = CASE WHEN "
                                    "pin_failures + 1 >= :max THEN 1 ELSE 0 END WHERE id = :id AND pin_locked = 0 "
                                    "RETURNING pin_failures, pin_locked"));
    q.bind(QStringLiteral(":max"), kMaxPinFailures).bind(QStringLiteral(":id"), card.id);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return locked; // locked meanwhile; nothing more to count
    const int failures = q.value(0).toInt();
    const bool nowLocked = q.value(1).toInt() != 0;
    q.raw().finish();
    const QString masked = maskCardNumber(card.number);
    if (Status s = addEvent(actor, card.id, QStringLiteral("pin.failed"), QString::number(failures)); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("card.pin_failed"), QStringLiteral("card"), card.id,
                                  QStringLiteral("%1 failures=%2").arg(masked).arg(failures));
        !s)
        return s;
    if (nowLocked) {
        if (Status s = addEvent(actor, card.id, QStringLiteral("pin.locked")); !s)
            return s;
        if (Status s =
                m_audit.record(actor, QStringLiteral("card.pin_locked"), QStringLiteral("card"), card.id, masked);
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCards) << "wrong PIN for card" << card.id << "failures" << failures << (nowLocked ? "locked" : "");
    Q_EMIT cardChanged(card.id, card.memberId);
    if (nowLocked)
        return locked;
    const int left = kMaxPinFailures - failures;
    return Error::make(Error::Code::Forbidden, tr("The PIN is wrong. %Ln try(s) left before it locks.", nullptr, left),
                       {}, field);
}

Status CardService::unlockPin(const Actor &actor, Id cardId)
{
    if (Status s = require(actor, Permission::PinUnlock); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Card> card = loadCard(cardId);
    if (!card)
        return card.error();
    if (!card->hasPin)
        return Error::make(Error::Code::Conflict, tr("This card has no PIN."));
    SqlQuery q(m_db, QStringLiteral("UPDATE cards SET pin_failures = 0, pin_locked = 0 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), cardId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = addEvent(actor, cardId, QStringLiteral("pin.unlocked")); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("card.pin_unlock"), QStringLiteral("card"), cardId,
                                  maskCardNumber(card->number));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCards) << "PIN unlocked for card" << cardId;
    Q_EMIT cardChanged(cardId, card->memberId);
    return {};
}

} // namespace Club::Core
