// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Sale.h"
#include "util/Result.h"

#include <QGroupBox>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// The store's sales settings in the Settings page (SalesSettingsManage): what a point is
// worth, the return window, what a return does with points already spent, the staff's
// refund limit, when points expire, the price of a point bought, the store's time zone.
// Save writes them through the sales service and the desk uses them from the next quote.
class SalesSettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit SalesSettingsSection(UiContext &context, QWidget *parent = nullptr);

    void load();
    Core::Result<Core::SalesSettings> draft() const;
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

Q_SIGNALS:
    void saved();

private:
    void updateLifetime();

    UiContext &m_context;
    Core::SalesSettings m_loaded;
    FieldErrors *m_errors;
    DigitLineEdit *m_pointValue;
    QSpinBox *m_returnWindow;
    QComboBox *m_spentPolicy;
    DigitLineEdit *m_refundLimit;
    QComboBox *m_expiry;
    QSpinBox *m_lifetime;
    DigitLineEdit *m_pointsPrice;
    QComboBox *m_zone;
    QPushButton *m_save;
};

} // namespace Club::Ui
