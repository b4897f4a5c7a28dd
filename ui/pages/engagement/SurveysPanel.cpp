// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveysPanel.h"

#include "EngagementDialogs.h"
#include "Format.h"
#include "UiContext.h"
#include "engagement/SurveyService.h"
#include "models/TableViews.h"
#include "pages/members/MemberPickerDialog.h"
#include "pages/reports/ReportCharts.h"
#include "sales/SalesService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return i;
}

// An average rating with one decimal in the user's digits (۳٫۸ in Persian). Display only.
QString rating(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

SurveysPanel::SurveysPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QTableWidget(0, 5, this))
    , m_summaryLabel(new QLabel(this))
    , m_averages(new QTableWidget(0, 3, this))
    , m_chart(new QChartView(this))
    , m_texts(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New Survey…"), this))
    , m_answer(new QPushButton(tr("&Answer for Member…"), this))
    , m_import(new QPushButton(tr("&Import Answers…"), this))
{
    m_list->setObjectName(QStringLiteral("surveyList"));
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Open"), tr("Questions"), tr("Answers"), tr("Points")});
    TableViews::setUp(m_list, m_list->model());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_averages->setObjectName(QStringLiteral("surveyAverages"));
    m_averages->setHorizontalHeaderLabels({tr("Question"), tr("Ratings"), tr("Average")});
    TableViews::setUp(m_averages, m_averages->model());
    m_averages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_texts->setObjectName(QStringLiteral("surveyTexts"));
    m_texts->setHeaderLabels({tr("Free-text answers")});
    m_chart->setObjectName(QStringLiteral("surveyChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_summaryLabel->setObjectName(QStringLiteral("surveySummary"));
    m_import->setToolTip(tr("A CSV file: a header row, then per member the mobile number (or #member number) and "
                            "one column per question"));

    connect(m_new, &QPushButton::clicked, this, &SurveysPanel::createSurvey);
    connect(m_answer, &QPushButton::clicked, this, &SurveysPanel::answerForMember);
    connect(m_import, &QPushButton::clicked, this, &SurveysPanel::importAnswers);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &SurveysPanel::showCurrent);
    connect(&context.surveys(), &SurveyService::surveyAnswered, this, [this] {
        if (isVisible())
            select(currentId());
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_answer, m_import}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *results = new QGroupBox(tr("Results"), this);
    auto *left = new QWidget(results);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summaryLabel);
    leftLayout->addWidget(m_averages);
    leftLayout->addWidget(m_texts);
    auto *split = new QSplitter(Qt::Horizontal, results);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 1);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(results, 3);
    showCurrent();
}

qint64 SurveysPanel::currentId() const
{
    const int row = TableViews::selectedRow(m_list);
    return row >= 0 && row < m_surveys.size() ? m_surveys.at(row).id : 0;
}

void SurveysPanel::select(qint64 surveyId)
{
    reload();
    for (int row = 0; row < m_surveys.size(); ++row) {
        if (m_surveys.at(row).id == surveyId)
            TableViews::selectRow(m_list, row);
    }
    showCurrent();
}

void SurveysPanel::reload()
{
    const qint64 current = currentId();
    const Result<QList<Survey>> all = m_context.surveys().surveys(m_context.actor());
    m_surveys = all ? *all : QList<Survey>{};
    const QTimeZone zone = m_context.sales().settings().zone; // open days are store days
    QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_surveys.size()));
    int selected = m_surveys.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_surveys.size(); ++row) {
        const Survey &s = m_surveys.at(row);
        m_list->setItem(row, 0, item(s.name));
        //: A period of days: first day – last day
        m_list->setItem(row, 1, item(tr("%1 – %2").arg(Format::date(s.activeFrom.toTimeZone(zone).date()),
                                                      Format::date(s.activeTo.addSecs(-1).toTimeZone(zone).date()))));
        m_list->setItem(row, 2, item(Format::number(s.questions.size()), true));
        m_list->setItem(row, 3, item(Format::number(s.responses), true));
        m_list->setItem(row, 4, item(Format::number(s.points), true));
        if (s.id == current)
            selected = row;
    }
    m_list->resizeColumnsToContents();
    if (selected >= 0)
        TableViews::selectRow(m_list, selected);
    block.unblock();
    showCurrent();
    if (!all)
        showError(this, all.error());
}

void SurveysPanel::showCurrent()
{
    const qint64 id = currentId();
    m_answer->setEnabled(id != 0);
    m_import->setEnabled(id != 0);
    m_averages->setRowCount(0);
    m_texts->clear();
    m_summary.reset();
    QChart *old = m_chart->chart();
    if (id == 0) {
        m_summaryLabel->setText(tr("Choose a survey, or make a new one."));
        m_chart->setChart(new QChart);
        delete old;
        return;
    }
    const Result<SurveySummary> summary = m_context.surveys().summary(m_context.actor(), id);
    if (!summary) {
        m_summaryLabel->setText(summary.error().message);
        return;
    }
    m_summary = *summary;
    m_summaryLabel->setText(tr("%Ln member(s) answered.", nullptr, int(summary->responses)));
    QStringList categories;
    for (int r = 1; r <= 5; ++r)
        categories << Format::number(r);
    QList<ReportCharts::Series> series;
    for (const QuestionSummary &q : std::as_const(summary->questions)) {
        if (q.question.kind == QuestionKind::Rating) {
            const int row = m_averages->rowCount();
            m_averages->insertRow(row);
            m_averages->setItem(row, 0, item(q.question.text));
            m_averages->setItem(row, 1, item(Format::number(q.answered), true));
            m_averages->setItem(row, 2, item(q.answered > 0 ? rating(q.average()) : QString(), true));
            ReportCharts::Series s;
            s.name = q.question.text;
            for (qint64 n : q.distribution)
                s.values << qreal(n);
            series << s;
        } else {
            auto *top = new QTreeWidgetItem(m_texts, {q.question.text});
            for (const QString &text : q.texts)
                new QTreeWidgetItem(top, {text});
            top->setExpanded(true);
        }
    }
    m_averages->resizeColumnsToContents();
    //: Chart title: how many members gave each rating, 1 to 5
    QChart *chart = series.isEmpty() ? new QChart : ReportCharts::make(categories, series, false, tr("Ratings"));
    m_chart->setChart(chart);
    delete old;
}

void SurveysPanel::createSurvey()
{
    if (const std::optional<Survey> made = SurveyDialog::create(m_context, this))
        select(made->id);
}

void SurveysPanel::answerForMember()
{
    if (currentId() == 0)
        return;
    const std::optional<MemberSummary> chosen = MemberPickerDialog::pick(m_context, tr("Choose Member"), this);
    if (!chosen)
        return;
    if (SurveyAnswerDialog::answer(m_context, chosen->id, this))
        select(currentId());
}

void SurveysPanel::importAnswers()
{
    if (currentId() == 0)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Answers"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool SurveysPanel::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import Answers"), tr("The file could not be read: %1").arg(file.errorString()));
        return false;
    }
    const qint64 id = currentId();
    const Result<SurveyImport> done = m_context.surveys().importCsv(m_context.actor(), id, file.readAll());
    if (!done) {
        showError(this, done.error());
        return false;
    }
    QStringList lines;
    lines << tr("%Ln answer(s) recorded.", nullptr, done->answered);
    for (const auto &refused : done->refused) {
        //: An import row that was refused: %1 the row number in the file, %2 why
        lines << tr("Row %1: %2").arg(Format::number(refused.first), refused.second);
    }
    MessageBox::information(this, tr("Import Answers"), lines.join(QLatin1Char('\n')));
    select(id);
    return true;
}

} // namespace Club::Ui
