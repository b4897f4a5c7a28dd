// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Card.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"

#include <QList>
#include <QObject>

namespace Club::Core {

class Database;

// Card types, blank-card stock, cards and their PINs. Cards point at a member account,
// so a replacement card carries the same balance. Every call checks the actor's role and
// writes an audit line for each change. Card numbers are never logged in full.
class CardService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPinFailures = 3;

    // Stable codes in Error::detail for the refusals the UI maps to its own messages.
    static const QString kForged;              // "card.forged": MAC failed or chip UID differs
    static const QString kForeign;             // "card.foreign": not ours / unknown number
    static const QString kBlank;               // "card.blank"
    static const QString kUnknownKeyVersion;   // "card.unknown_key_version"
    static const QString kBlocked;             // "card.blocked"
    static const QString kReplaced;            // "card.replaced"
    static const QString kPending;             // "card.pending"
    static const QString kVoid;                // "card.void"
    static const QString kNotPending;          // "card.not_pending"
    static const QString kBadChipUid;          // "card.bad_chip_uid"
    static const QString kChipUidTaken;        // "card.chip_uid_taken"
    static const QString kReplacementPending;  // "card.replacement_pending"

    CardService(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Card types
    Result<QList<CardType>> cardTypes(const Actor &actor, bool includeInactive = false) const;
    Result<CardType> cardType(const Actor &actor, Id cardTypeId) const;
    Result<CardType> createCardType(const Actor &actor, const CardType &draft);
    Status updateCardType(const Actor &actor, const CardType &changed);

    // Blank card stock per branch and type; a movement with a reason, never an edit.
    Result<qint64> stock(const Actor &actor, Id branchId, Id cardTypeId) const;
    Status addStock(const Actor &actor, Id branchId, Id cardTypeId, qint64 quantity, const QString &reason);

    // Issues a card now: number = prefix + serial + Luhn digit, never given twice. Refused
    // past the type's per-member limit, without blank stock when the type tracks it, and
    // without a PIN when the type requires one. Stock is taken from the actor's branch.
    Result<Card> issue(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin = {});
    // Blocks the old card with the reason (status "replaced") and issues a new number on
    // the same account and type with sequenceNo + 1. The PIN carries over.
    Result<Card> replace(const Actor &actor, Id cardId, BlockReason reason, const QString &note = {});
    Status block(const Actor &actor, Id cardId, BlockReason reason, const QString &note = {});

    // Cards encoded after issuing. issuePending checks what issue() checks and takes the
    // blank from stock, but the card stays Pending (counted against the member's limit,
    // unusable) until activate() records the chip UID (hex; empty for magstripe) and makes
    // it Active. For a pending replacement, activation also retires the old card.
    Result<Card> issuePending(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin = {});
    Result<Card> activate(const Actor &actor, Id cardId, const QString &chipUid = {});
    // Pending -> Void: encoding was abandoned. The number is burned and the blank spoiled
    // (not returned to stock); a replaced card stays active.
    Status voidPending(const Actor &actor, Id cardId, const QString &reason);
    // A Pending replacement: the old card stays usable until the new one is activated.
    Result<Card> replacePending(const Actor &actor, Id oldCardId, BlockReason reason, const QString &note = {});

    // Which card was presented. Only an Active card whose recorded chip UID matches (for a
    // chip) is returned; every refusal carries one of the codes above and is audited with
    // the masked number, even though the call fails.
    Result<Card> identify(const Actor &actor, const CardPresentation &presentation);
    Status unblock(const Actor &actor, Id cardId);

    // A pre-printed stock card becomes the member's active card with its own number, chip
    // UID and expiry (see CardStockService, which calls this inside its transaction). The
    // per-member limit applies; no blank is taken (the batch took it) and no PIN is set.
    Result<Card> bindStockCard(const Actor &actor,
                               Id memberId,
                               Id cardTypeId,
                               const QString &number,
                               const QString &chipUid,
                               const QDate &expiresOn);

    Result<Card> card(const Actor &actor, Id cardId) const;
    // Exact number, digits of any script, spaces and dashes ignored.
    Result<Card> findByNumber(const Actor &actor, const QString &number) const;
    Result<QList<Card>> cardsOfMember(const Actor &actor, Id memberId) const;
    // Oldest first, with the operator's name.
    Result<QList<CardEvent>> history(const Actor &actor, Id cardId) const;

    // PINs: 4 to 6 digits of any script, hashed like passwords; all-same digits and straight
    // runs (1234, 4321) are refused. Three wrong tries lock the PIN until a manager unlocks
    // it; a wrong try is recorded even though the call fails. setPin cannot replace a locked
    // PIN (that needs a manager's unlockPin first).
    Status setPin(const Actor &actor, Id cardId, const QString &pin);
    // Errors name the field "currentPin" (wrong, counts as a failed try) or "newPin" (too weak).
    Status changePin(const Actor &actor, Id cardId, const QString &currentPin, const QString &newPin);
    Status verifyPin(const Actor &actor, Id cardId, const QString &pin);
    Status unlockPin(const Actor &actor, Id cardId);

Q_SIGNALS:
    void cardIssued(qint64 cardId, qint64 memberId);
    void cardChanged(qint64 cardId, qint64 memberId);
    void cardTypesChanged();
    void stockChanged(qint64 branchId, qint64 cardTypeId);

private:
    Result<CardType> validatedType(const CardType &draft) const;
    Result<CardType> loadCardType(Id cardTypeId) const;
    Result<Card> loadCard(Id cardId) const;
    Result<QString> pinHashFor(const QString &pin, const QString &field) const;
    Status requireActiveCard(const Card &card) const;
    Status checkMember(Id memberId) const;
    Status checkMemberLimit(const CardType &type, Id memberId, Id exceptCardId) const;
    Status takeBlankCard(const Actor &actor, const CardType &type, Id cardId, const QString &reason);
    Result<QString> nextNumber(const CardType &type);
    Result<Card> insertCard(const Actor &actor,
                            const CardType &type,
                            const Card &draft,
                            const QVariant &pinHash,
                            int pinFailures,
                            bool pinLocked);
    Result<Card> issueCard(const Actor &actor, Id memberId, Id cardTypeId, const QString &pin, bool pending);
    Result<Card> replaceCard(const Actor &actor, Id cardId, BlockReason reason, const QString &note, bool pending);
    Error refuseIdentify(const Actor &actor, const CardPresentation &p, Id cardId, const QString &code,
                         Error::Code errorCode, const QString &message);
    Status addEvent(const Actor &actor, Id cardId, const QString &event, const QString &detail = {});
    Status setStatus(const Actor &actor, Id cardId, CardStatus to, const QString &blockReason);
    Status checkPinOf(const Actor &actor, const Card &card, const QString &pin, const QString &field);
    Status recordPinFailure(const Actor &actor, const Card &card, const QString &field);
    Status
    storePin(const Actor &actor, const Card &card, const QString &hash, const QString &event, const QString &action);

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
