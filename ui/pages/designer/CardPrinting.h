// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "members/Member.h"
#include "printing/CardPrintJob.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QWidget;

namespace Club::Ui {

// One card to print: the design of its type (the saved JSON; empty: the default design),
// the values it is bound to and, for a card with a magstripe, the escape text a card
// printer's driver encodes the stripe from (see Devices::CardPrintJob).
struct CardToPrint
{
    QByteArray layoutJson;
    Devices::CardFields fields;
    QString stripeEscape;
};

// The values of CardLayout::standardFields() for this card and member.
Devices::CardFields cardFields(const Core::Card &card, const Core::Member &member, const QString &storeName);

// The design in `json`, or the default design when it is empty or cannot be read.
Devices::CardLayout layoutOrDefault(const QByteArray &json);

// The job every print path uses. The stripe escape goes along only when the design has a
// stripe and the printer encodes stripes from the job; otherwise nothing but ink is sent.
Devices::CardPrintJob cardPrintJob(const QList<CardToPrint> &cards, bool printerEncodesStripe);

// Asks for a printer (any installed printer, or a PDF file) and prints front and back of
// each card. False when the operator cancelled or printing failed (already reported).
bool printCards(QWidget *parent, const QList<CardToPrint> &cards, bool printerEncodesStripe);
// Writes the cards to a PDF file through QPrinter, the same way as to a printer.
bool printCardsToPdf(QWidget *parent, const QList<CardToPrint> &cards, const QString &path);

} // namespace Club::Ui
