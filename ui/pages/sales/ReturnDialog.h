// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Sale.h"

#include <QDialog>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class DigitLineEdit;
class UiContext;

// Takes back part or all of a sale: found by its receipt number or chosen from the member's
// recent sales, a quantity per line (never more than sold less what came back before), a
// preview, a confirmation, then SalesService::returnSale under ONE idempotency key for the
// dialog, so a second press records nothing more. Prints the return receipt.
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    // `memberId`: whose recent sales to offer; kNoId for a receipt number only.
    ReturnDialog(UiContext &context, Core::Id memberId, QWidget *parent = nullptr);

    const std::optional<Core::Sale> &sale() const { return m_sale; }
    const std::optional<Core::SaleReturn> &result() const { return m_result; }
    QSpinBox *qtyBox(int line) const { return m_qty.value(line); }

public Q_SLOTS:
    bool findReceipt();
    void returnAll();
    bool confirm();

private:
    void loadSale(const Core::Sale &sale);
    void updatePreview();
    QList<Core::ReturnRequestLine> requestLines() const;

    UiContext &m_context;
    const QString m_key;
    QList<Core::Sale> m_recentSales; // the list's sales, in its order
    std::optional<Core::Sale> m_sale;
    std::optional<Core::SaleReturn> m_result;
    QList<Core::ReturnRequestLine> m_sent; // what the key was first used for
    QStringList m_names;
    QList<QSpinBox *> m_qty;

    DigitLineEdit *m_receipt;
    QListWidget *m_recent;
    QLabel *m_saleInfo;
    QTableWidget *m_lines;
    QLabel *m_preview;
    QLabel *m_outcome;
    QPushButton *m_returnAll;
    QPushButton *m_confirm;
};

} // namespace Club::Ui
