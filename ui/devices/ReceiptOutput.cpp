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
    const bool serial = path.startsWith(QLatin1String("/dev/tty")) || path.startsWith(QLatin1String("COM"))
                        || path.contains(QLatin1String("/pts/"));
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

} // namespace Club::Ui
