// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Sale.h"
#include "warranty/Warranty.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Registers the warranty of one line of a sale: the sale just made at the desk, or one
// found by its receipt number. Keyboard first: receipt number and Enter, the line (arrows),
// the serial number and Enter registers. The period starts as the product's default.
class RegisterWarrantyDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterWarrantyDialog(UiContext &context, const std::optional<Core::Sale> &sale, QWidget *parent = nullptr);

    const std::optional<Core::Warranty> &registered() const { return m_registered; }

public Q_SLOTS:
    bool findSale();
    bool registerNow();

private:
    void setSale(const Core::Sale &sale);
    void lineChanged();

    UiContext &m_context;
    std::optional<Core::Sale> m_sale;
    FieldErrors *m_errors;
    DigitLineEdit *m_receipt;
    QLabel *m_saleInfo;
    QComboBox *m_line;
    QLineEdit *m_serial;
    QSpinBox *m_months;
    QComboBox *m_card;
    QPushButton *m_register;
    std::optional<Core::Warranty> m_registered;
};

// Logs one after-sales service event (received, diagnosed, repaired, returned, replaced)
// with a note, now, by the operator logged in.
class WarrantyEventDialog : public QDialog
{
    Q_OBJECT

public:
    WarrantyEventDialog(UiContext &context, const Core::Warranty &warranty, QWidget *parent = nullptr);

    const std::optional<Core::WarrantyEvent> &logged() const { return m_logged; }

public Q_SLOTS:
    bool logNow();

private:
    UiContext &m_context;
    Core::Warranty m_warranty;
    FieldErrors *m_errors;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QPushButton *m_log;
    std::optional<Core::WarrantyEvent> m_logged;
};

} // namespace Club::Ui
