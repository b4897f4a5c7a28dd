// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engagement/Engagement.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Club::Ui {

class UiContext;

// The surveys: the list, New…, Answer for a member…, Import answers… (CSV), and for the
// selected survey its results: average rating per question, the distribution of ratings
// as a bar chart, and the free-text answers.
class SurveysPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SurveysPanel(UiContext &context, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    QTableWidget *averages() const { return m_averages; }
    QTreeWidget *texts() const { return m_texts; }
    QChartView *chart() const { return m_chart; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QPushButton *newButton() const { return m_new; }
    const std::optional<Core::SurveySummary> &summary() const { return m_summary; }
    qint64 currentId() const;
    void select(qint64 surveyId);

public Q_SLOTS:
    void reload();
    void createSurvey();
    void answerForMember();
    void importAnswers();
    // Imports `path` into the current survey and reports what happened; false when nothing could be read.
    bool importFile(const QString &path);

private:
    void showCurrent();

    UiContext &m_context;
    QList<Core::Survey> m_surveys;
    std::optional<Core::SurveySummary> m_summary;
    QTableWidget *m_list;
    QLabel *m_summaryLabel;
    QTableWidget *m_averages;
    QChartView *m_chart;
    QTreeWidget *m_texts;
    QPushButton *m_new;
    QPushButton *m_answer;
    QPushButton *m_import;
};

} // namespace Club::Ui
