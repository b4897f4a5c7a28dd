// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Issues a new card to a member: the card type (active types only), the PIN twice when
// the type requires one; then shows the new number to write on or hand over with the card.
class IssueCardDialog : public QDialog
{
    Q_OBJECT

public:
    IssueCardDialog(UiContext &context, qint64 memberId, QWidget *parent = nullptr);

    // The issued card, or nothing when cancelled.
    static std::optional<Core::Card> issueCard(UiContext &context, qint64 memberId, QWidget *parent);

    // Chooses the card type in the list; false when it is not offered.
    bool selectCardType(qint64 cardTypeId);
    const std::optional<Core::Card> &issuedCard() const { return m_issued; }
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    // What the Issue button does: on success the dialog shows the new number and stays
    // open until closed.
    bool issue();

private:
    void loadCardTypes();
    void cardTypeChosen();
    std::optional<Core::CardType> currentType() const;

    UiContext &m_context;
    qint64 m_memberId;
    QList<Core::CardType> m_types;
    std::optional<Core::Card> m_issued;
    FieldErrors *m_errors;
    QStackedWidget *m_pages;
    QComboBox *m_type;
    QLabel *m_typeInfo;
    QLabel *m_pinLabel;
    DigitLineEdit *m_pin;
    QLabel *m_againLabel;
    DigitLineEdit *m_again;
    QLabel *m_result;
    QPushButton *m_issueButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace Club::Ui
