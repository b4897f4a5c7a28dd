// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "members/Member.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Club::Ui {

// What the operator reads for the keys the services store ("loyalty", "replaced",
// "stored_value.charge"...), in one place so every page says the same thing.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::Labels)

public:
    static QString cardKind(Core::CardKind kind);
    static QList<Core::CardKind> cardKinds();
    static QString cardStatus(Core::CardStatus status);
    static QString blockReason(Core::BlockReason reason);
    static QList<Core::BlockReason> blockReasons();
    // A stored block reason: "lost: left at the counter" -> "Lost: left at the counter".
    static QString storedBlockReason(const QString &stored);
    static QString cardEvent(const QString &event);
    // The detail CardService stores with an event ("lost: note; new card 6280********1234",
    // "replaces ...; stolen", a count of wrong PINs...), in the operator's language.
    static QString cardEventDetail(const QString &event, const QString &detail);
    static QString tier(const QString &tier);
    static QString transactionKind(const QString &kind);
    static QString gender(Core::Gender gender);
    static QString yesNo(bool value);

    // A value shown in a label of its own (a number, a date, a card number, a name in
    // Latin letters) starts with a mark of the interface's direction: QLabel aligns plain
    // text by the direction of its first strong letter, which digits do not have, so
    // without it ۱۲۳ would sit at the left edge of a right-to-left form.
    static QString directed(const QString &text);

    // "+989121234567" -> "09121234567" (how an Iranian reads a mobile), other numbers as
    // stored; isolated left-to-right for right-to-left text.
    static QString mobile(const QString &e164);
    // "6280123412341234" -> "6280 1234 1234 1234", isolated left-to-right.
    static QString cardNumber(const QString &number);
};

} // namespace Club::Ui
