// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "Format.h"
#include "util/Text.h"

#include <QGuiApplication>

namespace Club::Ui {

using Core::BlockReason;
using Core::CardKind;
using Core::CardStatus;

QString Labels::cardKind(CardKind kind)
{
    switch (kind) {
    case CardKind::Loyalty:
        //: Card kind: a card that collects points
        return tr("Loyalty");
    case CardKind::Discount:
        //: Card kind: a card that gives a fixed discount
        return tr("Discount");
    case CardKind::Gift:
        //: Card kind: a prepaid gift card holding money
        return tr("Gift");
    case CardKind::Warranty:
        //: Card kind: a card that proves a product's warranty
        return tr("Warranty");
    case CardKind::Credit:
        //: Card kind: the store lends to the member (buy now, pay later)
        return tr("Internal credit");
    case CardKind::Installment:
        //: Card kind: purchases paid back in installments
        return tr("Installment");
    }
    return {};
}

QList<CardKind> Labels::cardKinds()
{
    return {CardKind::Loyalty,  CardKind::Discount, CardKind::Gift,
            CardKind::Warranty, CardKind::Credit,   CardKind::Installment};
}

QString Labels::cardStatus(CardStatus status)
{
    switch (status) {
    case CardStatus::Active:
        //: Card status
        return tr("Active");
    case CardStatus::Blocked:
        //: Card status
        return tr("Blocked");
    case CardStatus::Replaced:
        //: Card status: a new card was issued in its place
        return tr("Replaced");
    case CardStatus::Pending:
        //: Card status: issued, waiting to be encoded and handed over
        return tr("Awaiting encoding");
    case CardStatus::Void:
        //: Card status: encoding failed or was abandoned; the number is never used again
        return tr("Void");
    }
    return {};
}

QString Labels::blockReason(BlockReason reason)
{
    switch (reason) {
    case BlockReason::Lost:
        //: Why a card is blocked or replaced
        return tr("Lost");
    case BlockReason::Stolen:
        //: Why a card is blocked or replaced
        return tr("Stolen");
    case BlockReason::Damaged:
        //: Why a card is blocked or replaced
        return tr("Damaged");
    case BlockReason::Other:
        //: Why a card is blocked or replaced
        return tr("Other");
    }
    return {};
}

QList<BlockReason> Labels::blockReasons()
{
    return {BlockReason::Lost, BlockReason::Stolen, BlockReason::Damaged, BlockReason::Other};
}

QString Labels::storedBlockReason(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    const QString key = colon < 0 ? stored : stored.left(colon);
    const QString note = colon < 0 ? QString() : stored.mid(colon + 1).trimmed();
    const std::optional<BlockReason> reason = Core::blockReasonFromKey(key);
    if (!reason)
        return stored;
    if (note.isEmpty())
        return blockReason(*reason);
    //: A card's block reason and the operator's note, e.g. "Lost: left at the counter"
    return tr("%1: %2").arg(blockReason(*reason), note);
}

QString Labels::cardEvent(const QString &event)
{
    if (event == QLatin1String("issued"))
        //: Card history event
        return tr("Issued");
    if (event == QLatin1String("issued.stock"))
        //: Card history event: a pre-printed stock card was activated and became this member's card
        return tr("Activated from stock");
    if (event == QLatin1String("blocked"))
        //: Card history event
        return tr("Blocked");
    if (event == QLatin1String("unblocked"))
        //: Card history event
        return tr("Unblocked");
    if (event == QLatin1String("replaced"))
        //: Card history event: this card was replaced by a new one
        return tr("Replaced by a new card");
    if (event == QLatin1String("replacement"))
        //: Card history event: this card was issued in place of an old one
        return tr("Issued as a replacement");
    if (event == QLatin1String("pin.set"))
        //: Card history event
        return tr("PIN set");
    if (event == QLatin1String("pin.changed"))
        //: Card history event
        return tr("PIN changed");
    if (event == QLatin1String("pin.failed"))
        //: Card history event: a wrong PIN was typed
        return tr("Wrong PIN");
    if (event == QLatin1String("pin.locked"))
        //: Card history event: too many wrong PINs
        return tr("PIN locked");
    if (event == QLatin1String("pin.unlocked"))
        //: Card history event
        return tr("PIN unlocked");
    return event;
}

QString Labels::cardEventDetail(const QString &event, const QString &detail)
{
    if (event == QLatin1String("blocked") || event == QLatin1String("unblocked"))
        return storedBlockReason(detail);
    if (event == QLatin1String("replaced")) {
        const qsizetype at = detail.lastIndexOf(QLatin1String("; new card "));
        if (at >= 0)
            //: Card history: why the card was replaced, then the new card's (masked) number
            return tr("%1; new card %2").arg(storedBlockReason(detail.left(at)), Format::ltr(detail.mid(at + 11)));
    }
    if (event == QLatin1String("replacement") && detail.startsWith(QLatin1String("replaces "))) {
        const qsizetype at = detail.indexOf(QLatin1String("; "));
        if (at >= 0)
            //: Card history: the (masked) number of the card this one replaces, then why
            return tr("Replaces %1; %2").arg(Format::ltr(detail.mid(9, at - 9)), storedBlockReason(detail.mid(at + 2)));
    }
    if (event == QLatin1String("pin.failed")) {
        bool ok = false;
        const int tries = detail.toInt(&ok);
        if (ok)
            //: Card history: how many wrong PINs in a row
            return tr("%Ln wrong try(s) in a row", nullptr, tries);
    }
    return detail;
}

QString Labels::tier(const QString &tier)
{
    if (tier == QLatin1String("white"))
        //: Membership tier
        return tr("White");
    if (tier == QLatin1String("bronze"))
        //: Membership tier
        return tr("Bronze");
    if (tier == QLatin1String("silver"))
        //: Membership tier
        return tr("Silver");
    if (tier == QLatin1String("gold"))
        //: Membership tier
        return tr("Gold");
    if (tier == QLatin1String("platinum"))
        //: Membership tier
        return tr("Platinum");
    return tier;
}

QString Labels::transactionKind(const QString &kind)
{
    if (kind == QLatin1String("earn"))
        //: Ledger transaction kind: points earned on a purchase
        return tr("Points earned");
    if (kind == QLatin1String("spend"))
        //: Ledger transaction kind
        return tr("Points spent");
    if (kind == QLatin1String("adjust"))
        //: Ledger transaction kind: a manager's manual correction
        return tr("Adjustment");
    if (kind == QLatin1String("expire"))
        //: Ledger transaction kind
        return tr("Points expired");
    if (kind == QLatin1String("transfer"))
        //: Ledger transaction kind: points moved between family accounts
        return tr("Transfer");
    if (kind == QLatin1String("signup"))
        //: Ledger transaction kind: points given for joining the club
        return tr("Sign-up bonus");
    if (kind == QLatin1String("birthday"))
        //: Ledger transaction kind
        return tr("Birthday gift");
    if (kind == QLatin1String("referral"))
        //: Ledger transaction kind: points for bringing in a new member
        return tr("Referral bonus");
    if (kind == QLatin1String("stored_value.charge"))
        //: Ledger transaction kind: money put on a gift card
        return tr("Gift card charged");
    if (kind == QLatin1String("stored_value.spend"))
        //: Ledger transaction kind: money spent from a gift card
        return tr("Gift card spent");
    if (kind == QLatin1String("donation"))
        //: Ledger transaction kind: points given to a charity
        return tr("Donation");
    return kind;
}

QString Labels::gender(Core::Gender gender)
{
    switch (gender) {
    case Core::Gender::Unspecified:
        //: Gender not given
        return tr("Not specified");
    case Core::Gender::Female:
        return tr("Female");
    case Core::Gender::Male:
        return tr("Male");
    }
    return {};
}

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Labels::directed(const QString &text)
{
    if (text.isEmpty())
        return text;
    // RIGHT-TO-LEFT MARK or LEFT-TO-RIGHT MARK
    return QChar(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E) + text;
}

QString Labels::mobile(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    QString shown = e164;
    if (shown.startsWith(QLatin1String("+98")))
        shown = QLatin1Char('0') + shown.mid(3);
    return Format::ltr(shown);
}

QString Labels::cardNumber(const QString &number)
{
    if (number.isEmpty())
        return {};
    const QString digits = Core::Text::toLatinDigits(number);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += QLatin1Char(' ');
        grouped += digits.at(i);
    }
    return Format::ltr(grouped);
}

} // namespace Club::Ui
