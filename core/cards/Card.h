// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Club::Core {

enum class CardKind { Loyalty, Discount, Gift, Warranty, Credit, Installment };
QString cardKindKey(CardKind kind); // "loyalty", "discount", "gift", "warranty", "credit", "installment"
std::optional<CardKind> cardKindFromKey(const QString &key);

struct CardType
{
    Id id = kNoId;
    QString name;
    CardKind kind = CardKind::Loyalty;
    QString prefix;         // issuer prefix, digits, e.g. "6280"
    int numberLength = 16;  // including the Luhn check digit
    int validityMonths = 0; // 0: never expires
    bool pinRequired = false;
    int maxPerMember = 1;    // active cards of this type one member may hold; 0: no limit
    bool trackStock = false; // issue only while the branch has blank cards of this type
    bool active = true;
};

// Pending: issued, waiting to be encoded; Void: encoding abandoned, the number is burned.
// Neither can earn, spend or be identified.
enum class CardStatus { Active, Blocked, Replaced, Pending, Void };
QString cardStatusKey(CardStatus status); // "active", "blocked", "replaced", "pending", "void"
std::optional<CardStatus> cardStatusFromKey(const QString &key);

enum class BlockReason { Lost, Stolen, Damaged, Other };
QString blockReasonKey(BlockReason reason); // "lost", "stolen", "damaged", "other"
std::optional<BlockReason> blockReasonFromKey(const QString &key);

struct Card
{
    Id id = kNoId;
    QString number;
    Id cardTypeId = kNoId;
    QString cardTypeName;
    CardKind kind = CardKind::Loyalty;
    Id memberId = kNoId;
    QString memberName;
    Id accountId = kNoId; // the member's account (read from the member)
    int sequenceNo = 1;   // 1 for the first card, +1 for each replacement
    Id replacesCardId = kNoId;
    CardStatus status = CardStatus::Active;
    QString blockReason; // a BlockReason key, plus the operator's note after ": "
    Id branchId = kNoId;
    QDateTime issuedAt;
    QDate expiresOn; // invalid: never expires
    bool hasPin = false;
    bool pinLocked = false;
    int pinFailures = 0;
    QString chipUid; // upper-case hex, recorded at activation; empty for magstripe-only cards

    bool isExpired(const QDate &today) const { return expiresOn.isValid() && expiresOn < today; }
};

struct CardEvent
{
    Id id = kNoId;
    Id cardId = kNoId;
    QDateTime at;
    QString operatorName;
    QString event; // "issued", "blocked", "unblocked", "replaced", "replacement", "pin.set", "pin.locked"...
    QString detail;
};

// What a reader (or the operator) presented: the number, the chip's UID and what the
// device layer found when it checked the card's MAC.
struct CardPresentation
{
    enum class Check {
        Valid,             // the MAC matched with one of our key versions
        Forged,            // the MAC did not match
        Foreign,           // not a card of ours (another issuer's layout)
        Blank,             // an empty card
        UnknownKeyVersion, // ours, but written with a key version this store does not hold
    };
    QString cardNumber;
    QString chipUid; // hex; empty for magstripe or a typed number
    Check check = Check::Valid;
    QString source; // "pcsc", "magstripe", "keyboard"
};

} // namespace Club::Core
