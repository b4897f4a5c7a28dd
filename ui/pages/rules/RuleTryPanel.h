// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Club::Ui {

class DigitLineEdit;
class UiContext;

// "Try it": one product at an amount, for a member with no history in a tier and with a
// card type of the operator's choice, through the rules in force now. Shows the discount,
// the points and which rule gave what. Reads only.
class RuleTryPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RuleTryPanel(UiContext &context, QWidget *parent = nullptr);

    // Product and card type lists, after the catalog or the card types changed.
    void reload();
    QString resultText() const;

public Q_SLOTS:
    void tryIt();

private:
    UiContext &m_context;
    QComboBox *m_product;
    DigitLineEdit *m_amount;
    QComboBox *m_tier;
    QComboBox *m_cardType;
    QCheckBox *m_birthday;
    QPushButton *m_try;
    QLabel *m_result;
};

} // namespace Club::Ui
