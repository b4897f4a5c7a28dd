// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace Club::Ui {

// A number typed at the counter: mobile, national code, card number, amount. Accepts
// digits of any script (Persian ۰-۹, Arabic-Indic ٠-٩, Latin) and shows them as typed;
// spaces, dashes and direction marks in pasted text are dropped. Always left to right.
class DigitLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DigitLineEdit(QWidget *parent = nullptr);

    // The digits in ASCII, for services and storage.
    QString latinText() const;
    // 0 for no limit.
    void setMaxDigits(int digits);
};

} // namespace Club::Ui
