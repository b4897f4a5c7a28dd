// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleReceipts.h"

#include "Format.h"
#include "UiContext.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "devices/ReceiptOutput.h"
#include "widgets/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QString s_nextPdfPath;

QString masked(const QString &cardNumber)
{
    //: A masked card number: only its last four digits are printed
    return cardNumber.size() > 4 ? Format::ltr(SaleReceipts::tr("…%1").arg(cardNumber.right(4))) : QString();
}

// A sale, return or gift the central server has not recorded yet (kept in the outbox).
void addPendingSync(Devices::Receipt &receipt)
{
    receipt.addSeparator();
    //: On a receipt: the central server has not recorded this sale yet
    receipt.addText(SaleReceipts::tr("Pending sync"), Devices::Receipt::Align::Center, true);
}
} // namespace

Devices::Receipt SaleReceipts::header(const Party &party, const QString &kind, qint64 receiptNo, const QDateTime &at)
{
    Devices::Receipt receipt = ReceiptOutput::newReceipt();
    receipt.addTitle(party.storeName.isEmpty() ? tr("Customer club") : party.storeName);
    receipt.addText(kind, Devices::Receipt::Align::Center, true);
    receipt.addSeparator();
    if (receiptNo > 0)
        receipt.addRow(tr("Receipt no."), Format::number(receiptNo));
    receipt.addRow(tr("Date"), Format::dateTime(at));
    receipt.addRow(tr("Customer"), party.memberName.isEmpty() ? tr("Walk-in customer") : party.memberName);
    if (const QString card = masked(party.cardNumber); !card.isEmpty())
        receipt.addRow(tr("Card"), card);
    receipt.addSeparator();
    return receipt;
}

Devices::Receipt SaleReceipts::sale(const Party &party, const Core::Sale &sale, const QStringList &names)
{
    Devices::Receipt receipt = header(party, tr("Sale"), sale.receiptNo, sale.createdAt);
    for (int i = 0; i < sale.lines.size(); ++i) {
        const Core::SaleLine &line = sale.lines.at(i);
        //: A receipt line: product name × quantity
        receipt.addRow(tr("%1 × %2").arg(names.value(i), Format::number(line.qty)), Format::money(line.net));
        if (line.discount != 0)
            receipt.addRow(tr("  discount"), Format::money(-line.discount));
    }
    receipt.addSeparator();
    receipt.addRow(tr("Total"), Format::money(sale.gross));
    if (sale.discount != 0)
        receipt.addRow(tr("Discount"), Format::money(-sale.discount));
    if (sale.pointsRedeemed != 0)
        //: %Ln points redeemed
        receipt.addRow(tr("Paid with %Ln point(s)", nullptr, int(sale.pointsRedeemed)), Format::money(sale.pointsValue));
    if (sale.storedValue != 0)
        receipt.addRow(tr("Paid from stored value"), Format::money(sale.storedValue));
    if (sale.credit != 0)
        receipt.addRow(tr("On credit"), Format::money(sale.credit));
    receipt.addRow(tr("Paid"), Format::money(sale.paid), true);
    if (sale.memberId != Core::kNoId) {
        receipt.addSeparator();
        receipt.addRow(tr("Points earned"), Format::number(sale.pointsEarned), true);
        if (sale.pointsEarned != 0 && sale.availableAt.isValid())
            receipt.addRow(tr("Available from"), Format::date(sale.availableAt.toLocalTime().date()));
    }
    if (sale.pendingSync)
        addPendingSync(receipt);
    receipt.addFeed(1);
    receipt.addText(tr("Thank you for your purchase."), Devices::Receipt::Align::Center);
    return receipt;
}

Devices::Receipt SaleReceipts::saleReturn(const Party &party, const Core::Sale &sale, const Core::SaleReturn &r,
                                          const QList<std::pair<QString, qint64>> &lines, bool pendingSync)
{
    Devices::Receipt receipt = header(party, tr("Return"), sale.receiptNo, r.createdAt);
    for (const auto &[name, qty] : lines)
        receipt.addRow(tr("%1 × %2").arg(name, Format::number(qty)), QString());
    receipt.addSeparator();
    receipt.addRow(tr("Refund"), Format::money(r.refundCash), true);
    if (r.refundStoredValue != 0)
        receipt.addRow(tr("Back to stored value"), Format::money(r.refundStoredValue));
    if (r.refundCredit != 0)
        receipt.addRow(tr("Off the credit owed"), Format::money(r.refundCredit));
    if (r.pointsRefunded != 0)
        receipt.addRow(tr("Points given back"), Format::number(r.pointsRefunded));
    if (r.pointsReversed != 0)
        receipt.addRow(tr("Earned points taken back"), Format::number(r.pointsReversed));
    if (r.pointsShortfall != 0)
        receipt.addRow(tr("Points already spent"), Format::number(r.pointsShortfall));
    if (r.deducted != 0)
        receipt.addRow(tr("Kept from the refund"), Format::money(r.deducted));
    if (r.debt != 0)
        receipt.addRow(tr("Owed by the member"), Format::money(r.debt));
    if (pendingSync)
        addPendingSync(receipt);
    return receipt;
}

Devices::Receipt SaleReceipts::gift(const Party &party, const QString &giftName, qint64 qty,
                                    const Core::GiftRedemption &gift, bool pendingSync)
{
    Devices::Receipt receipt = header(party, tr("Gift"), 0, QDateTime::currentDateTimeUtc());
    receipt.addRow(tr("%1 × %2").arg(giftName, Format::number(qty)), QString());
    receipt.addRow(tr("Points spent"), Format::number(gift.pointsSpent), true);
    if (pendingSync)
        addPendingSync(receipt);
    return receipt;
}

QString SaleReceipts::html(const Devices::Receipt &receipt)
{
    const bool rtl = receipt.direction() == Qt::RightToLeft;
    const QString leading = rtl ? QStringLiteral("right") : QStringLiteral("left");
    const QString trailing = rtl ? QStringLiteral("left") : QStringLiteral("right");
    auto alignOf = [&](Devices::Receipt::Align a) {
        return a == Devices::Receipt::Align::Center ? QStringLiteral("center")
               : a == Devices::Receipt::Align::Leading ? leading
                                                        : trailing;
    };
    QString out = QStringLiteral("<html><body dir=\"%1\">").arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    for (const Devices::Receipt::Block &b : receipt.blocks()) {
        using K = Devices::Receipt::Block::Kind;
        const QString text = b.text.toHtmlEscaped();
        switch (b.kind) {
        case K::Title:
            out += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(text);
            break;
        case K::Text:
            out += QStringLiteral("<p align=\"%1\">%2%3%4</p>")
                       .arg(alignOf(b.align), b.bold ? QStringLiteral("<b>") : QString(), text,
                            b.bold ? QStringLiteral("</b>") : QString());
            break;
        case K::Row: {
            // The label at the leading side: under right-to-left that is the right cell.
            const QString label = QStringLiteral("<td align=\"%1\">%2</td>").arg(leading, text);
            const QString value = QStringLiteral("<td align=\"%1\">%2</td>").arg(trailing, b.value.toHtmlEscaped());
            out += QStringLiteral("<table width=\"100%\"><tr>%1</tr></table>").arg(rtl ? value + label : label + value);
            break;
        }
        case K::Separator:
            out += QStringLiteral("<hr/>");
            break;
        case K::Feed:
            out += QStringLiteral("<br/>").repeated(qMax(1, b.lines));
            break;
        case K::Qr:
            break;
        }
    }
    return out + QStringLiteral("</body></html>");
}

bool SaleReceipts::writePdf(const Devices::Receipt &receipt, const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Receipt"));
    writer.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    QTextDocument doc;
    if (!receipt.fontFamily().isEmpty())
        doc.setDefaultFont(QFont(receipt.fontFamily(), 9));
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(receipt.direction());
    doc.setDefaultTextOption(option);
    doc.setHtml(html(receipt));
    doc.print(&writer);
    return QFileInfo(path).size() > 0;
}

void SaleReceipts::setNextPdfPath(const QString &path)
{
    s_nextPdfPath = path;
}

void SaleReceipts::output(UiContext &context, const Devices::Receipt &receipt, QWidget *parent)
{
    const DeviceSettings settings = context.devices() ? context.devices()->settings() : DeviceSettings::load();
    if (!settings.receiptPort.isEmpty()) {
        QPointer<QWidget> guard(parent);
        ReceiptOutput::print(receipt, settings, parent, [guard](Devices::ReceiptPrinter::Error error) {
            if (guard && error != Devices::ReceiptPrinter::Error::None)
                MessageBox::warning(guard, tr("Receipt"), DeviceMessages::receipt(error));
        });
        return;
    }
    if (!s_nextPdfPath.isEmpty()) {
        const QString path = std::exchange(s_nextPdfPath, QString());
        if (!writePdf(receipt, path))
            MessageBox::warning(parent, tr("Receipt"), tr("The receipt could not be saved as PDF."));
        return;
    }
    // No receipt printer at this desk: show the receipt as it would print, to save as PDF.
    QDialog preview(parent);
    preview.setObjectName(QStringLiteral("receiptPreview"));
    preview.setWindowTitle(tr("Receipt"));
    auto *image = new QLabel(&preview);
    if (const std::optional<QImage> rendered = ReceiptOutput::render(receipt, settings.receiptWidthDots))
        image->setPixmap(QPixmap::fromImage(*rendered));
    auto *scroll = new QScrollArea(&preview);
    scroll->setWidget(image);
    scroll->setAlignment(Qt::AlignHCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &preview);
    QPushButton *save = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &preview, &QDialog::reject);
    QObject::connect(save, &QPushButton::clicked, &preview, [&preview, receipt] {
        const QString path =
            QFileDialog::getSaveFileName(&preview, tr("Save the receipt"), {}, tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !writePdf(receipt, path))
            MessageBox::warning(&preview, tr("Receipt"), tr("The receipt could not be saved as PDF."));
    });
    auto *layout = new QVBoxLayout(&preview);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    preview.resize(qMin(settings.receiptWidthDots, 600) + 60, 560);
    preview.exec();
}

} // namespace Club::Ui
