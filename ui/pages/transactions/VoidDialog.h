// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transactions/Transactions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Club::Ui {

// Asks for the reason of a void (required: the button stays off until one is typed) and
// says what the void will do. The page posts it after one more confirmation.
class VoidDialog : public QDialog
{
    Q_OBJECT

public:
    VoidDialog(const Core::TransactionRow &row, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *voidButton() const { return m_void; }

private:
    QLineEdit *m_reason;
    QPushButton *m_void;
};

} // namespace Club::Ui
