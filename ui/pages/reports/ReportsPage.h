// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "reports/Report.h"
#include "util/Result.h"

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Club::Ui {

class DateEdit;
class FieldErrors;
class ReportTableModel;

// The reports (ReportService::catalogue) with their filters: a Jalali date range, the period,
// branch, card type, member group, tier and product group (a filter the chosen report does
// not use is greyed out). A report runs on ReportRunner's worker with a progress bar and
// Stop; its table and chart then show, and it prints, exports to PDF and to CSV.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(UiContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString title() const override;
    QIcon icon() const override;
    Core::Permission permission() const override { return Core::Permission::ReportsRead; }
    void activate() override;

    void selectReport(Core::ReportKind kind);
    // The filters as chosen: the days turned into UTC instants in the store's zone.
    Core::ReportFilters filters() const;
    // What the filters say, in words, for the printout.
    QString subtitle() const;
    const Core::ReportTable &table() const;
    bool isRunning() const;

public Q_SLOTS:
    bool run();
    void stop();
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    void chooseCsvFile();
    void choosePdfFile();
    void print();

Q_SIGNALS:
    void reportShown();

private:
    void fillFilterLists();
    void updateFilterState();
    void setRunning(bool running);
    void showTable(const Core::ReportTable &table);
    void showFailure(const Core::Error &error);
    QImage chartImage() const;
    Core::ReportKind currentKind() const;

    QListWidget *m_reports;
    QLabel *m_description;
    FieldErrors *m_errors;
    DateEdit *m_from;
    DateEdit *m_to;
    QComboBox *m_period;
    QComboBox *m_branch;
    QComboBox *m_cardType;
    QComboBox *m_memberGroup;
    QComboBox *m_tier;
    QComboBox *m_productGroup;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QProgressBar *m_progress;
    QLabel *m_status;
    QChartView *m_chart;
    QTableView *m_table;
    ReportTableModel *m_model;
    bool m_running = false;
    bool m_listsFilled = false;
};

} // namespace Club::Ui
