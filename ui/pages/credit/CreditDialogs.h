// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"
#include "credit/Credit.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class UiContext;

namespace CreditUi {
// An amount typed in any script's digits, as minor units; nullopt when empty, not a whole
// number or too long. Never goes through floating point.
std::optional<qint64> amountOf(const DigitLineEdit *edit);
// The store's day `day` starts at, in UTC (the statement's and the limit's dates).
QDateTime startOf(const QDate &day);
} // namespace CreditUi

// Take payment: the amount the member pays now. One idempotency key per dialog, made when
// it opens, so pressing Pay twice (or a double click) posts once; the second call is a replay.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(UiContext &context, const Core::CreditStanding &standing, const QString &memberName,
                  QWidget *parent = nullptr);

    const std::optional<Core::Repayment> &repayment() const { return m_repayment; }
    QString key() const { return m_key; }

public Q_SLOTS:
    bool pay();

private:
    UiContext &m_context;
    Core::CreditStanding m_standing;
    QString m_key;
    FieldErrors *m_errors;
    DigitLineEdit *m_amount;
    QPushButton *m_pay;
    std::optional<Core::Repayment> m_repayment;
};

// Open an installment plan over an amount or over one of the member's credit sales, with
// the schedule shown before it is confirmed.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(UiContext &context, const Core::CreditStanding &standing, QWidget *parent = nullptr);

    // The schedule the service will make: the remainder on the first installment, due
    // dates one month of the store's calendar apart from the first.
    static QList<Core::Installment> schedule(Core::Money amount, int count, const QDate &firstDue,
                                             const QCalendar &calendar);

    QTableWidget *preview() const { return m_preview; }
    const std::optional<Core::InstallmentPlan> &plan() const { return m_plan; }

public Q_SLOTS:
    void updatePreview();
    bool openPlan();

private:
    Core::Money amount() const;

    UiContext &m_context;
    Core::CreditStanding m_standing;
    QString m_key;
    FieldErrors *m_errors;
    QComboBox *m_source;
    DigitLineEdit *m_amount;
    QSpinBox *m_count;
    DateEdit *m_firstDue;
    QTableWidget *m_preview;
    QLabel *m_total;
    std::optional<Core::InstallmentPlan> m_plan;
};

// The member's own limit (or back to the card type's), its reason and first day, with the
// history of the member's limits.
class LimitDialog : public QDialog
{
    Q_OBJECT

public:
    LimitDialog(UiContext &context, qint64 memberId, QWidget *parent = nullptr);

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    qint64 m_memberId;
    FieldErrors *m_errors;
    QRadioButton *m_own;
    QRadioButton *m_cardType;
    DigitLineEdit *m_amount;
    QLineEdit *m_reason;
    DateEdit *m_from;
    QTableWidget *m_history;
};

// Charge one of the member's gift cards with money the customer pays.
class GiftChargeDialog : public QDialog
{
    Q_OBJECT

public:
    GiftChargeDialog(UiContext &context, const QList<Core::Card> &giftCards, QWidget *parent = nullptr);

    const std::optional<Core::GiftCardCharge> &charge() const { return m_charge; }

public Q_SLOTS:
    bool post();

private:
    UiContext &m_context;
    QString m_key;
    FieldErrors *m_errors;
    QComboBox *m_card;
    DigitLineEdit *m_amount;
    std::optional<Core::GiftCardCharge> m_charge;
};

// Give back one gift card charge (refused in words when its value was spent).
class GiftReturnDialog : public QDialog
{
    Q_OBJECT

public:
    GiftReturnDialog(UiContext &context, const QList<Core::GiftCardCharge> &charges,
                     const QHash<qint64, QString> &cardNumbers, QWidget *parent = nullptr);

    QTableWidget *charges() const { return m_table; }
    const std::optional<Core::GiftCardChargeReturn> &returned() const { return m_return; }

public Q_SLOTS:
    bool giveBack();

private:
    UiContext &m_context;
    QList<Core::GiftCardCharge> m_charges;
    QHash<qint64, QString> m_keys; // one key per charge while the dialog is open
    QTableWidget *m_table;
    QLabel *m_message;
    std::optional<Core::GiftCardChargeReturn> m_return;
};

// Buy points at the price of the sales settings.
class BuyPointsDialog : public QDialog
{
    Q_OBJECT

public:
    BuyPointsDialog(UiContext &context, qint64 memberId, QWidget *parent = nullptr);

    const std::optional<Core::PointsPurchase> &purchase() const { return m_purchase; }

public Q_SLOTS:
    void updateTotal();
    bool buy();

private:
    UiContext &m_context;
    qint64 m_memberId;
    Core::Money m_price = 0;
    QString m_key;
    FieldErrors *m_errors;
    DigitLineEdit *m_points;
    QLabel *m_priceLabel;
    QLabel *m_total;
    QPushButton *m_buy;
    std::optional<Core::PointsPurchase> m_purchase;
};

} // namespace Club::Ui
