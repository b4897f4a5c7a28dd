// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Records blank cards received at the operator's branch: a card type that tracks stock,
// how many, and why (a delivery note, a transfer...). Stock moves; it is never edited.
class AddStockDialog : public QDialog
{
    Q_OBJECT

public:
    AddStockDialog(UiContext &context, const QList<Core::CardType> &trackedTypes, QWidget *parent = nullptr);

    // True when the stock was added.
    static bool
    addStock(UiContext &context, const QList<Core::CardType> &trackedTypes, qint64 preselectedTypeId, QWidget *parent);

    bool selectCardType(qint64 cardTypeId);
    void setQuantity(const QString &digits);
    void setReason(const QString &reason);
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    FieldErrors *m_errors;
    QComboBox *m_type;
    DigitLineEdit *m_quantity;
    QLineEdit *m_reason;
};

} // namespace Club::Ui
