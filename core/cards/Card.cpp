// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Card.h"

namespace Club::Core {

QString cardKindKey(CardKind kind)
{
    switch (kind) {
    case CardKind::Loyalty:
        return QStringLiteral("loyalty");
    case CardKind::Discount:
        return QStringLiteral("discount");
    case CardKind::Gift:
        return QStringLiteral("gift");
    case CardKind::Warranty:
        return QStringLiteral("warranty");
    case CardKind::Credit:
        return QStringLiteral("credit");
    case CardKind::Installment:
        return QStringLiteral("installment");
    }
    return {};
}

std::optional<CardKind> cardKindFromKey(const QString &key)
{
    for (CardKind k : {CardKind::Loyalty, CardKind::Discount, CardKind::Gift, CardKind::Warranty, CardKind::Credit,
                       CardKind::Installment}) {
        if (cardKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString cardStatusKey(CardStatus status)
{
    switch (status) {
    case CardStatus::Active:
        return QStringLiteral("active");
    case CardStatus::Blocked:
        return QStringLiteral("blocked");
    case CardStatus::Replaced:
        return QStringLiteral("replaced");
    case CardStatus::Pending:
        return QStringLiteral("pending");
    case CardStatus::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<CardStatus> cardStatusFromKey(const QString &key)
{
    for (CardStatus s :
         {CardStatus::Active, CardStatus::Blocked, CardStatus::Replaced, CardStatus::Pending, CardStatus::Void}) {
        if (cardStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString blockReasonKey(BlockReason reason)
{
    switch (reason) {
    case BlockReason::Lost:
        return QStringLiteral("lost");
    case BlockReason::Stolen:
        return QStringLiteral("stolen");
    case BlockReason::Damaged:
        return QStringLiteral("damaged");
    case BlockReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<BlockReason> blockReasonFromKey(const QString &key)
{
    // A stored block_reason may carry the operator's note after ": ".
    const QString bare = key.section(QLatin1Char(':'), 0, 0).trimmed();
    for (BlockReason r : {BlockReason::Lost, BlockReason::Stolen, BlockReason::Damaged, BlockReason::Other}) {
        if (blockReasonKey(r) == bare)
            return r;
    }
    return std::nullopt;
}

} // namespace Club::Core
