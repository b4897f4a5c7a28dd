// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSettings.h"
#include "receipt/Receipt.h"
#include "ledger/LedgerTypes.h"
#include "receipt/ReceiptPrinter.h"

#include <QCoreApplication>
#include <QImage>
#include <functional>
#include <optional>

namespace Club::Ui {

// From a receipt to the desk's printer: the receipt is painted as an image in the app's own
// font (receipt printers have no Persian code page) and sent as ESC/POS raster.
class ReceiptOutput
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::ReceiptOutput)

public:
    // A serial port (/dev/tty*, COMn) or a device file such as /dev/usb/lp0.
    static Devices::ReceiptPrinter::Destination destination(const DeviceSettings &settings);
    // A new receipt in the UI's direction and font.
    static Devices::Receipt newReceipt();
    static std::optional<QImage> render(const Devices::Receipt &receipt, int widthDots);
    // init, raster, feed, partial cut; empty when the receipt cannot be rendered.
    static QByteArray escpos(const Devices::Receipt &receipt, int widthDots);
    // Renders and sends the receipt to the desk's printer without blocking; `done` runs on
    // the caller's thread with the result (None when the printer took everything).
    static void print(const Devices::Receipt &receipt, const DeviceSettings &settings, QObject *owner,
                      std::function<void(Devices::ReceiptPrinter::Error)> done);
    static Devices::Receipt testReceipt(const QString &storeName);
    // What a member asks for at the counter: their points and stored value, what is pending
    // and what expires next. The card number is masked (a slip is handed over and thrown away).
    static Devices::Receipt balanceSlip(const QString &storeName, const QString &memberName,
                                        const QString &cardNumber, const Core::AccountBalance &balance);
};

} // namespace Club::Ui
