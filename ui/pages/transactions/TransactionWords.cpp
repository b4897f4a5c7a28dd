// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionWords.h"

#include "models/Labels.h"

namespace Club::Ui {

QString TransactionWords::kind(const QString &kind)
{
    if (kind == QLatin1String("sale"))
        //: Ledger transaction kind: a sale at the desk
        return tr("Sale");
    if (kind == QLatin1String("return"))
        //: Ledger transaction kind: items of a sale brought back
        return tr("Return");
    if (kind == QLatin1String("gift"))
        //: Ledger transaction kind: a gift taken for points
        return tr("Gift redeemed");
    if (kind == QLatin1String("void"))
        //: Ledger transaction kind: the reversal of a transaction of the same day
        return tr("Void");
    if (kind == QLatin1String("gift_card.charge"))
        //: Ledger transaction kind: money paid onto a gift card at the counter
        return tr("Gift card sold");
    if (kind == QLatin1String("gift_card.promotion"))
        //: Ledger transaction kind: gift card value given by the club as a promotion (a pre-printed card)
        return tr("Promotional gift card value");
    if (kind == QLatin1String("gift_card.return"))
        //: Ledger transaction kind: a gift card charge paid back
        return tr("Gift card charge returned");
    if (kind == QLatin1String("credit.repay"))
        //: Ledger transaction kind: a member paying back credit
        return tr("Credit repayment");
    if (kind == QLatin1String("points_purchase"))
        //: Ledger transaction kind: a member buying points
        return tr("Points bought");
    return Labels::transactionKind(kind);
}

QList<QString> TransactionWords::filterKinds()
{
    return {QStringLiteral("sale"),
            QStringLiteral("return"),
            QStringLiteral("gift"),
            QStringLiteral("earn"),
            QStringLiteral("spend"),
            QStringLiteral("adjust"),
            QStringLiteral("expire"),
            QStringLiteral("transfer"),
            QStringLiteral("stored_value.charge"),
            QStringLiteral("stored_value.spend"),
            QStringLiteral("gift_card.charge"),
            QStringLiteral("gift_card.promotion"),
            QStringLiteral("gift_card.return"),
            QStringLiteral("credit.repay"),
            QStringLiteral("points_purchase"),
            QStringLiteral("signup"),
            QStringLiteral("birthday"),
            QStringLiteral("referral"),
            QStringLiteral("void")};
}

QString TransactionWords::account(const QString &code)
{
    struct Name
    {
        const char *code;
        const char *text;
    };
    // QT_TRANSLATE_NOOP keeps the texts for lupdate; tr() looks them up below.
    static const Name kNames[] = {
        {"points", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Member's points")},
        {"stored_value", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Member's stored value")},
        {"credit", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Member's credit")},
        {"system:points_issued", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Points issued")},
        {"system:points_redeemed", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Points redeemed")},
        {"system:points_expired", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Points expired")},
        {"system:points_adjustments", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Points adjustments")},
        {"system:points_clawback", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Spent points taken back")},
        {"system:points_sold", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Points sold")},
        {"system:points_sales", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Income from points sold")},
        {"system:points_tender", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Paid with points")},
        {"system:stored_value_issued", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Stored value issued")},
        {"system:stored_value_redeemed", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Stored value spent")},
        {"system:stored_value_tender", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Paid with stored value")},
        {"system:gift_card_sales", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Gift cards sold")},
        {"system:promotions", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Promotion costs")},
        {"system:credit_issued", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Credit given to members")},
        {"system:credit_tender", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Paid on credit")},
        {"system:cash", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Cash and bank card")},
        {"system:sales", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Sales")},
        {"system:discounts", QT_TRANSLATE_NOOP("Club::Ui::TransactionWords", "Discounts given")},
    };
    for (const Name &n : kNames) {
        if (code == QLatin1String(n.code))
            return tr(n.text);
    }
    return code;
}

} // namespace Club::Ui
