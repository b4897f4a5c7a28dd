// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardPrinting.h"

#include "Format.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>

namespace Club::Ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CardPrinting)
};

bool printOn(QWidget *parent, QPrinter &printer, const QList<CardToPrint> &cards, bool printerEncodesStripe)
{
    const Devices::CardPrintJob job = cardPrintJob(cards, printerEncodesStripe);
    const Devices::CardPrintJob::Error error = job.print(printer);
    if (error == Devices::CardPrintJob::Error::None)
        return true;
    MessageBox::warning(parent, Tr::tr("Print Cards"),
                        error == Devices::CardPrintJob::Error::NoCards
                            ? Tr::tr("There is no card to print.")
                            : Tr::tr("The printer could not be used. Check that it is switched on and try again."));
    return false;
}
} // namespace

Devices::CardFields cardFields(const Core::Card &card, const Core::Member &member, const QString &storeName)
{
    Devices::CardFields f;
    f.text.insert(QStringLiteral("member.name"), member.fullName());
    f.text.insert(QStringLiteral("member.number"), QString::number(member.id));
    f.text.insert(QStringLiteral("member.mobile"), member.mobile);
    // Card numbers stay in Latin digits: the barcode and the stripe carry the same text.
    f.text.insert(QStringLiteral("card.number"), card.number);
    f.text.insert(QStringLiteral("card.expiry"), card.expiresOn.isValid() ? Format::date(card.expiresOn) : QString());
    f.text.insert(QStringLiteral("card.type"), card.cardTypeName);
    f.text.insert(QStringLiteral("club.name"), storeName);
    return f;
}

Devices::CardLayout layoutOrDefault(const QByteArray &json)
{
    if (json.isEmpty())
        return Devices::CardLayout::defaultLayout();
    std::optional<Devices::CardLayout> layout = Devices::CardLayout::fromJson(json);
    return layout ? *layout : Devices::CardLayout::defaultLayout();
}

Devices::CardPrintJob cardPrintJob(const QList<CardToPrint> &cards, bool printerEncodesStripe)
{
    Devices::CardPrintJob job;
    for (const CardToPrint &card : cards) {
        const Devices::CardLayout layout = layoutOrDefault(card.layoutJson);
        const bool escape = printerEncodesStripe && layout.magstripeOnBack;
        job.addCard(layout, card.fields, escape ? card.stripeEscape : QString());
    }
    return job;
}

bool printCards(QWidget *parent, const QList<CardToPrint> &cards, bool printerEncodesStripe)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(Devices::CardPrintJob::pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print Cards"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printOn(parent, printer, cards, printerEncodesStripe);
}

bool printCardsToPdf(QWidget *parent, const QList<CardToPrint> &cards, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(Tr::tr("Cards"));
    // A PDF never encodes a stripe: no escape text in it.
    return printOn(parent, printer, cards, false);
}

} // namespace Club::Ui
