// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnDialog.h"

#include "Format.h"
#include "SaleReceipts.h"
#include "SaleWords.h"
#include "UiContext.h"
#include "sales/DeskOperations.h"
#include "auth/AuthService.h"
#include "catalog/CatalogService.h"
#include "members/MemberService.h"
#include "sales/SalesService.h"
#include "sync/ConnectedDesk.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
enum Column { ColName, ColSold, ColReturned, ColReturn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}
} // namespace

ReturnDialog::ReturnDialog(UiContext &context, Core::Id memberId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_receipt(new DigitLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_saleInfo(new QLabel(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_preview(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return"));
    m_receipt->setObjectName(QStringLiteral("receiptInput"));
    m_receipt->setPlaceholderText(tr("Receipt number, then Enter"));
    connect(m_receipt, &QLineEdit::returnPressed, this, &ReturnDialog::findReceipt);
    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findReceiptButton"));
    find->setAutoDefault(false);
    connect(find, &QPushButton::clicked, this, &ReturnDialog::findReceipt);
    auto *findRow = new QHBoxLayout;
    auto *receiptLabel = new QLabel(tr("&Receipt no.:"), this);
    receiptLabel->setBuddy(m_receipt);
    findRow->addWidget(receiptLabel);
    findRow->addWidget(m_receipt, 1);
    findRow->addWidget(find);

    // The member's recent sales, to choose from instead of typing a number.
    m_recent->setObjectName(QStringLiteral("recentSales"));
    m_recent->setMaximumHeight(110);
    m_recent->setVisible(false);
    if (memberId != Core::kNoId) {
        const Core::Result<QList<Core::Sale>> recent =
            context.deskOperations().recentSales(context.actor(), memberId, 20);
        if (recent) {
            m_recentSales = *recent;
            for (int i = 0; i < m_recentSales.size(); ++i) {
                const Core::Sale &s = m_recentSales.at(i);
                auto *item = new QListWidgetItem(
                    s.pendingSync
                        //: A recent sale the central server has not recorded yet: date, amount
                        ? tr("Pending sync — %1 — %2").arg(Format::dateTime(s.createdAt), Format::money(s.net))
                        //: A recent sale: receipt number, date, amount
                        : tr("Receipt %1 — %2 — %3")
                              .arg(Format::number(s.receiptNo), Format::dateTime(s.createdAt), Format::money(s.net)),
                    m_recent);
                item->setData(Qt::UserRole, i);
            }
            m_recent->setVisible(!recent->isEmpty());
        }
    }
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const Core::Sale &chosen = m_recentSales.at(item->data(Qt::UserRole).toInt());
        if (chosen.pendingSync || (m_context.connectedDesk() && m_context.connectedDesk()->isConnected())) {
            loadSale(chosen); // a connected desk's sale: as the desk knows it
            return;
        }
        // This store's sale again, with what came back of it since the list was made.
        const Core::Result<Core::Sale> s = m_context.sales().sale(m_context.actor(), chosen.id);
        if (s)
            loadSale(*s);
        else
            showError(this, s.error());
    });

    m_saleInfo->setObjectName(QStringLiteral("saleInfo"));
    m_saleInfo->setWordWrap(true);
    m_lines->setObjectName(QStringLiteral("returnLines"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Sold"), tr("Returned before"), tr("Return now")});
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus); // the quantity boxes inside take the keys
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_returnAll = new QPushButton(tr("Return &all"), this);
    m_returnAll->setObjectName(QStringLiteral("returnAllButton"));
    m_returnAll->setAutoDefault(false);
    connect(m_returnAll, &QPushButton::clicked, this, &ReturnDialog::returnAll);
    m_preview->setObjectName(QStringLiteral("returnPreview"));
    m_preview->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("returnOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_confirm = buttons->addButton(tr("&Return the items…"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmReturnButton"));
    m_confirm->setAutoDefault(false);
    m_confirm->setEnabled(false);
    connect(m_confirm, &QPushButton::clicked, this, &ReturnDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_recent);
    layout->addWidget(m_saleInfo);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_returnAll, 0, Qt::AlignLeading);
    layout->addWidget(m_preview);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(640, 520);
    m_receipt->setFocus();
}

bool ReturnDialog::findReceipt()
{
    bool ok = false;
    const qint64 number = m_receipt->latinText().toLongLong(&ok);
    if (!ok || number <= 0) {
        m_saleInfo->setText(tr("Type the number printed on the receipt."));
        return false;
    }
    const Core::Actor &actor = m_context.actor();
    const Core::Result<Core::Sale> found = m_context.deskOperations().saleByReceipt(actor, number);
    if (!found) {
        m_saleInfo->setText(found.error().message);
        return false;
    }
    loadSale(*found);
    return true;
}

void ReturnDialog::loadSale(const Core::Sale &sale)
{
    if (m_result)
        return; // this dialog's return is recorded; another sale needs a new dialog
    m_sale = sale;
    m_names.clear();
    qDeleteAll(m_qty);
    m_qty.clear();
    const Core::Actor &actor = m_context.actor();
    QString customer = tr("Walk-in customer");
    if (sale.memberId != Core::kNoId) {
        if (const Core::Result<Core::Member> m = m_context.members().member(actor, sale.memberId))
            customer = m->fullName();
    }
    //: %1 receipt number, %2 date and time, %3 customer, %4 amount
    m_saleInfo->setText(tr("Receipt %1 of %2, %3: %4 paid, %5 points earned.")
                            .arg(Format::number(sale.receiptNo), Format::dateTime(sale.createdAt), customer,
                                 Format::money(sale.paid), Format::number(sale.pointsEarned)));
    m_lines->setRowCount(int(sale.lines.size()));
    for (int i = 0; i < sale.lines.size(); ++i) {
        const Core::SaleLine &line = sale.lines.at(i);
        const Core::Result<Core::Product> product = m_context.catalog().product(actor, line.productId);
        m_names << (product ? SaleWords::productName(*product) : tr("product %1").arg(Format::number(line.productId)));
        m_lines->setItem(i, ColName, cell(m_names.last()));
        m_lines->setItem(i, ColSold, cell(Format::number(line.qty)));
        m_lines->setItem(i, ColReturned, cell(Format::number(line.returnedQty)));
        auto *qty = new QSpinBox(m_lines);
        qty->setObjectName(QStringLiteral("returnQty%1").arg(i));
        // Never more than is left of the line.
        qty->setRange(0, int(qMax<qint64>(0, line.qty - line.returnedQty)));
        connect(qty, &QSpinBox::valueChanged, this, &ReturnDialog::updatePreview);
        m_lines->setCellWidget(i, ColReturn, qty);
        // Tab walks from one quantity to the next, then on to the buttons.
        QWidget::setTabOrder(m_qty.isEmpty() ? static_cast<QWidget *>(m_receipt) : m_qty.last(), qty);
        m_qty << qty;
    }
    if (!m_qty.isEmpty())
        QWidget::setTabOrder(m_qty.last(), m_returnAll);
    updatePreview();
    if (!m_qty.isEmpty())
        m_qty.first()->setFocus();
}

void ReturnDialog::returnAll()
{
    for (QSpinBox *qty : std::as_const(m_qty))
        qty->setValue(qty->maximum());
}

QList<Core::ReturnRequestLine> ReturnDialog::requestLines() const
{
    QList<Core::ReturnRequestLine> lines;
    if (!m_sale)
        return lines;
    for (int i = 0; i < m_qty.size(); ++i) {
        if (m_qty.at(i)->value() > 0)
            lines.append({m_sale->lines.at(i).id, m_qty.at(i)->value()});
    }
    return lines;
}

void ReturnDialog::updatePreview()
{
    if (!m_sale || m_result) {
        m_confirm->setEnabled(false);
        m_preview->clear();
        return;
    }
    // The same proportions the core applies; the recorded numbers are shown after confirming.
    Core::Money refund = 0;
    Core::Points reversed = 0;
    for (int i = 0; i < m_qty.size(); ++i) {
        const Core::SaleLine &line = m_sale->lines.at(i);
        const qint64 qty = m_qty.at(i)->value();
        if (line.qty > 0) {
            refund += line.net * qty / line.qty;
            reversed += line.points * qty / line.qty;
        }
    }
    const bool any = !requestLines().isEmpty();
    m_confirm->setEnabled(any);
    m_returnAll->setEnabled(!m_qty.isEmpty());
    m_preview->setText(any ? tr("About %1 back to the customer and %Ln earned point(s) taken back.", nullptr,
                                int(reversed))
                                 .arg(Format::money(refund))
                           : tr("Choose how many of each item come back."));
}

bool ReturnDialog::confirm()
{
    if (!m_sale)
        return false;
    // After a recorded return the same request goes again with the same key: the core finds
    // it and records nothing more (a double press, or a retry after a lost answer).
    const QList<Core::ReturnRequestLine> lines = m_result ? m_sent : requestLines();
    if (lines.isEmpty())
        return false;
    if (!m_result
        && MessageBox::question(this, tr("Return"), tr("Return the chosen items and pay back the customer?"))
               != QMessageBox::Yes)
        return false;
    m_sent = lines;
    m_confirm->setEnabled(false);
    const Core::Result<Core::DeskPosted<Core::SaleReturn>> posted =
        m_context.deskOperations().returnSale(m_context.actor(), *m_sale, lines, m_key);
    if (!posted) {
        m_confirm->setEnabled(true);
        showError(this, posted.error());
        return false;
    }
    const Core::SaleReturn *done = &posted->value;
    const bool first = !m_result;
    m_result = *done;
    for (QSpinBox *qty : std::as_const(m_qty))
        qty->setEnabled(false);
    m_returnAll->setEnabled(false);
    QStringList words;
    if (posted->pendingSync)
        //: %1 the refund as this desk works it out; the central server records the return later
        words << tr("Return kept for the central server (pending sync). Pay back about %1.")
                     .arg(Format::money(done->refundCash));
    else
        words << tr("Return recorded. Pay back %1.").arg(Format::money(done->refundCash));
    if (done->refundStoredValue != 0)
        words << tr("%1 back onto the stored value.").arg(Format::money(done->refundStoredValue));
    if (done->refundCredit != 0)
        words << tr("%1 off what the member owes.").arg(Format::money(done->refundCredit));
    if (done->pointsReversed != 0)
        words << tr("%Ln earned point(s) taken back.", nullptr, int(done->pointsReversed));
    if (done->pointsRefunded != 0)
        words << tr("%Ln redeemed point(s) given back.", nullptr, int(done->pointsRefunded));
    if (done->pointsShortfall != 0) {
        words << tr("%Ln point(s) had already been spent.", nullptr, int(done->pointsShortfall));
        words << SaleWords::policy(done->policy);
    }
    if (done->deducted != 0)
        words << tr("%1 kept from the refund.").arg(Format::money(done->deducted));
    if (done->debt != 0)
        words << tr("The member now owes %1.").arg(Format::money(done->debt));
    if (done->replayed)
        words << tr("This return had already been recorded; nothing more was recorded.");
    m_outcome->setText(words.join(QLatin1Char(' ')));
    m_preview->clear();
    if (first) {
        SaleReceipts::Party party;
        const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
        party.storeName = store ? *store : QString();
        if (m_sale->memberId != Core::kNoId) {
            if (const Core::Result<Core::Member> m = m_context.members().member(m_context.actor(), m_sale->memberId))
                party.memberName = m->fullName();
        }
        QList<std::pair<QString, qint64>> printed;
        for (const Core::ReturnRequestLine &l : lines) {
            for (int i = 0; i < m_sale->lines.size(); ++i) {
                if (m_sale->lines.at(i).id == l.saleLineId)
                    printed.append({m_names.value(i), l.qty});
            }
        }
        SaleReceipts::output(m_context, SaleReceipts::saleReturn(party, *m_sale, *done, printed, posted->pendingSync),
                             this);
    }
    return true;
}

} // namespace Club::Ui
