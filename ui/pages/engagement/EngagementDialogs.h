// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/Engagement.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class UiContext;

// A new lottery: name, period (store-local days, both included), ticket rules, winners and
// prize, and the message for the winners. Runs itself: create() returns the saved lottery.
class LotteryDialog : public QDialog
{
    Q_OBJECT

public:
    LotteryDialog(UiContext &context, QWidget *parent = nullptr);
    static std::optional<Core::Lottery> create(UiContext &context, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }
    DigitLineEdit *pointsPerTicketEdit() const { return m_pointsPerTicket; }
    DigitLineEdit *amountPerTicketEdit() const { return m_amountPerTicket; }
    QSpinBox *perPurchaseSpin() const { return m_perPurchase; }
    QSpinBox *maxTicketsSpin() const { return m_maxTickets; }
    QSpinBox *winnersSpin() const { return m_winners; }
    DigitLineEdit *prizePointsEdit() const { return m_prizePoints; }
    QComboBox *giftCombo() const { return m_gift; }
    QComboBox *templateCombo() const { return m_template; }
    const std::optional<Core::Lottery> &saved() const { return m_saved; }

    void accept() override;

private:
    UiContext &m_context;
    FieldErrors *m_errors;
    QLineEdit *m_name;
    DateEdit *m_from;
    DateEdit *m_to;
    DigitLineEdit *m_pointsPerTicket;
    DigitLineEdit *m_amountPerTicket;
    QSpinBox *m_perPurchase;
    QSpinBox *m_maxTickets;
    QSpinBox *m_winners;
    DigitLineEdit *m_prizePoints;
    QComboBox *m_gift;
    QComboBox *m_template;
    std::optional<Core::Lottery> m_saved;
};

// A new survey: name, active days, points for answering and its questions (rating 1..5 or
// free text), one table row each.
class SurveyDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyDialog(UiContext &context, QWidget *parent = nullptr);
    static std::optional<Core::Survey> create(UiContext &context, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }
    DigitLineEdit *pointsEdit() const { return m_points; }
    QTableWidget *questionsTable() const { return m_questions; }
    // Adds a question row (what the "Add question" button does with empty text).
    void addQuestion(Core::QuestionKind kind, const QString &text);
    const std::optional<Core::Survey> &saved() const { return m_saved; }

    void accept() override;

private:
    UiContext &m_context;
    FieldErrors *m_errors;
    QLineEdit *m_name;
    DateEdit *m_from;
    DateEdit *m_to;
    DigitLineEdit *m_points;
    QTableWidget *m_questions;
    std::optional<Core::Survey> m_saved;
};

// Answers one survey for one member at the desk: a rating box (type 1..5) or a text box per
// question, in order, so the whole survey is Tab, digit, Tab... and Enter.
class SurveyAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyAnswerDialog(UiContext &context, qint64 memberId, QWidget *parent = nullptr);
    // Offers the surveys the member can answer now; says so when there is none. True when an
    // answer was recorded.
    static bool answer(UiContext &context, qint64 memberId, QWidget *parent);

    bool hasSurveys() const { return !m_surveys.isEmpty(); }
    QComboBox *surveyCombo() const { return m_survey; }
    // The inputs of the current survey's questions: QSpinBox for ratings, QLineEdit for text.
    const QList<QWidget *> &inputs() const { return m_inputs; }
    QLabel *errorLabel() const { return m_error; }
    const std::optional<Core::SurveyResponse> &recorded() const { return m_recorded; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSurvey();

    UiContext &m_context;
    qint64 m_memberId;
    QList<Core::Survey> m_surveys;
    QComboBox *m_survey;
    QWidget *m_questionsBox;
    QList<QWidget *> m_inputs;
    QLabel *m_error;
    std::optional<Core::SurveyResponse> m_recorded;
};

} // namespace Club::Ui
