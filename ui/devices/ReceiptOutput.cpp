// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptOutput.h"

#include "Format.h"
#include "receipt/EscPos.h"
#include "receipt/ReceiptRenderer.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>

namespace Club::Ui {

Devices::ReceiptPrinter::Destination ReceiptOutput::destination(const DeviceSettings &settings)
{
    const QString &path = settings.receiptPort;
    // Windows lists its ports as \\.\COMn (QSerialPortInfo::systemLocation) or COMn.
    const bool serial = path.startsWith(QLatin1String("/dev/tty")) || path.contains(QLatin1String("/pts/"))
                        || path.startsWith(QLatin1String("COM"), Qt::CaseInsensitive)
                        || path.startsWith(QLatin1String("\\\\.\\COM"), Qt::CaseInsensitive);
    if (serial)
        return Devices::ReceiptPrinter::Destination::serial(path, settings.receiptBaud);
    return Devices::ReceiptPrinter::Destination::file(path);
}

Devices::Receipt ReceiptOutput::newReceipt()
{
    return Devices::Receipt(QGuiApplication::layoutDirection(), QGuiApplication::font().family());
}

std::optional<QImage> ReceiptOutput::render(const Devices::Receipt &receipt, int widthDots)
{
    return Devices::ReceiptRenderer(widthDots).render(receipt);
}

QByteArray ReceiptOutput::escpos(const Devices::Receipt &receipt, int widthDots)
{
    const std::optional<QImage> image = render(receipt, widthDots);
    if (!image)
        return {};
    return Devices::EscPos::receiptJob(*image);
}

void ReceiptOutput::print(const Devices::Receipt &receipt, const DeviceSettings &settings, QObject *owner,
                          std::function<void(Devices::ReceiptPrinter::Error)> done)
{
    auto *printer = new Devices::ReceiptPrinter(owner);
    printer->setDestination(destination(settings));
    QObject::connect(printer, &Devices::ReceiptPrinter::finished, owner,
                     [printer, done](Devices::ReceiptPrinter::Error error) {
                         done(error);
                         printer->deleteLater();
                     });
    const QByteArray bytes = escpos(receipt, settings.receiptWidthDots);
    if (bytes.isEmpty()) {
        printer->deleteLater();
        done(Devices::ReceiptPrinter::Error::WriteFailed);
        return;
    }
    printer->print(bytes);
}

Devices::Receipt ReceiptOutput::testReceipt(const QString &storeName)
{
    Devices::Receipt receipt = newReceipt();
    receipt.addTitle(storeName.isEmpty() ? tr("Customer club") : storeName);
    receipt.addText(tr("Printer test"), Devices::Receipt::Align::Center, true);
    receipt.addSeparator();
    receipt.addRow(tr("Date"), Format::dateTime(QDateTime::currentDateTimeUtc()));
    receipt.addRow(tr("Points earned"), Format::number(120));
    receipt.addRow(tr("Balance"), Format::number(1250));
    receipt.addSeparator();
    receipt.addText(tr("If you can read this, the receipt printer works."), Devices::Receipt::Align::Center);
    receipt.addQr(QByteArrayLiteral("CLUB-TEST"));
    return receipt;
}

Devices::Receipt ReceiptOutput::balanceSlip(const QString &storeName, const QString &memberName,
                                            const QString &cardNumber, const Core::AccountBalance &balance)
{
    Devices::Receipt receipt = newReceipt();
    receipt.addTitle(storeName.isEmpty() ? tr("Customer club") : storeName);
    receipt.addText(tr("Points balance"), Devices::Receipt::Align::Center, true);
    receipt.addSeparator();
    receipt.addRow(tr("Member"), memberName);
    if (cardNumber.size() > 4)
        //: A masked card number: only its last four digits are printed
        receipt.addRow(tr("Card"), Format::ltr(tr("…%1").arg(cardNumber.right(4))));
    receipt.addRow(tr("Date"), Format::dateTime(QDateTime::currentDateTimeUtc()));
    receipt.addSeparator();
    receipt.addRow(tr("Points"), Format::number(balance.points), true);
    receipt.addRow(tr("Available now"), Format::number(balance.pointsAvailable));
    receipt.addRow(tr("Pending"), Format::number(balance.pointsPending));
    if (balance.storedValue != 0)
        receipt.addRow(tr("Stored value"), Format::money(balance.storedValue));
    if (balance.nextExpiry.isValid())
        //: %Ln points expire on the date %1
        receipt.addRow(tr("Next expiry"), tr("%Ln point(s) on %1", nullptr, int(balance.nextExpiryPoints))
                                              .arg(Format::date(balance.nextExpiry.toLocalTime().date())));
    else
        receipt.addRow(tr("Next expiry"), tr("Nothing expires"));
    receipt.addFeed(1);
    receipt.addText(tr("Thank you for being a member."), Devices::Receipt::Align::Center);
    return receipt;
}

} // namespace Club::Ui
