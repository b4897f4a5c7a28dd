// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/Receipt.h"
#include "sales/Sale.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace Club::Ui {

class UiContext;

// The receipts of the desk (a sale, a return, a gift) and where they go: the desk's receipt
// printer when one is set up, otherwise a preview on screen that can be saved as PDF.
class SaleReceipts
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::SaleReceipts)

public:
    struct Party
    {
        QString storeName;
        QString memberName; // empty for a walk-in customer
        QString cardNumber; // printed masked
    };
    // `names`: the product name of each sale line, in the sale's line order.
    static Devices::Receipt sale(const Party &party, const Core::Sale &sale, const QStringList &names);
    // `lines`: product name and quantity returned, one per returned line. `pendingSync`: kept
    // for the central server (the receipt says so, as a sale's does).
    static Devices::Receipt saleReturn(const Party &party, const Core::Sale &sale, const Core::SaleReturn &r,
                                       const QList<std::pair<QString, qint64>> &lines, bool pendingSync = false);
    static Devices::Receipt gift(const Party &party, const QString &giftName, qint64 qty,
                                 const Core::GiftRedemption &gift, bool pendingSync = false);

    // Prints on the receipt printer, or shows the preview (or, in tests, writes the PDF set
    // with setNextPdfPath). Errors are shown to the operator; never blocks on the printer.
    static void output(UiContext &context, const Devices::Receipt &receipt, QWidget *parent);
    static bool writePdf(const Devices::Receipt &receipt, const QString &path);
    // For tests: the next output without a receipt printer writes this PDF instead of a preview.
    static void setNextPdfPath(const QString &path);
    // The receipt as HTML, as the PDF carries it.
    static QString html(const Devices::Receipt &receipt);

private:
    static Devices::Receipt header(const Party &party, const QString &kind, qint64 receiptNo, const QDateTime &at);
};

} // namespace Club::Ui
