// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Club::Ui {

// The Transactions page's words for the journal's codes: the kinds of transactions and the
// ledger accounts their entries move.
class TransactionWords
{
    Q_DECLARE_TR_FUNCTIONS(Club::Ui::TransactionWords)

public:
    static QString kind(const QString &kind);
    // The kinds the filter offers, in the order it lists them.
    static QList<QString> filterKinds();
    // "points" (a member's), "stored_value", "credit", "system:cash"...
    static QString account(const QString &code);
};

} // namespace Club::Ui
