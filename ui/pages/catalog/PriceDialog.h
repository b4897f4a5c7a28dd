// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "catalog/Catalog.h"

#include <QDialog>

class QComboBox;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class UiContext;

// "New price from date…": a price for all branches or one branch, starting on a day. The
// new period closes the one that is open; the service refuses a start at or before a
// scheduled one, and its message shows under the date.
class PriceDialog : public QDialog
{
    Q_OBJECT

public:
    PriceDialog(UiContext &context, const Core::Product &product, const QList<Core::Branch> &branches,
                QWidget *parent = nullptr);

    // True when a price was set.
    static bool newPrice(UiContext &context, const Core::Product &product, const QList<Core::Branch> &branches,
                         QWidget *parent);

    // The instant a price chosen for `day` starts: the start of that local day, or a
    // minute from now when the day is today (a price never starts in the past).
    static QDateTime startOf(const QDate &day);

    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Core::Product m_product;
    FieldErrors *m_errors;
    QComboBox *m_branch;
    DigitLineEdit *m_price;
    DateEdit *m_from;
};

} // namespace Club::Ui
