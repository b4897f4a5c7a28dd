// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisations/OrganisationImport.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

#include <atomic>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Club::Ui {

class UiContext;

// Bulk enrolment of an organisation's people from a CSV file: the file, which column is
// which, a dry run whose report shows every row's errors, then the import (all rows or
// none). Both runs go to a worker thread with a progress bar and Cancel. Import is enabled
// only after a clean dry run of the file and mapping as they are now.
class OrgImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum ReportColumn { RowColumn, NameColumn, MobileColumn, ProblemColumn, ReportColumnCount };

    OrgImportDialog(UiContext &context, qint64 organisationId, const QString &organisationName,
                    QWidget *parent = nullptr);
    ~OrgImportDialog() override;

    // For tests: the widgets a user drives.
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *columnCombo(Core::ImportField field) const { return m_columns.value(field); }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *reportTable() const { return m_report; }
    QLabel *summaryLabel() const { return m_summary; }
    bool busy() const { return m_worker != nullptr; }
    int importedCount() const { return m_imported; }

public Q_SLOTS:
    // Reads the file named in the file field; false (with the reason shown) when it cannot.
    bool readFile();
    void browse();
    void startDryRun();
    void startImport();
    void cancel();

private:
    void mappingChanged();
    void start(bool import);
    void finished(bool import, const Core::Result<Core::ImportReport> &result);
    void showReport(const Core::ImportReport &report);
    void setBusy(bool busy);
    Core::ImportPlan plan() const;

    UiContext &m_context;
    qint64 m_organisationId;
    std::optional<Core::CsvTable> m_table;
    bool m_clean = false;
    int m_imported = 0;
    std::atomic_bool m_cancel = false;
    QThread *m_worker = nullptr;

    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_fileInfo;
    QHash<Core::ImportField, QComboBox *> m_columns;
    QPushButton *m_dryRun;
    QPushButton *m_import;
    QPushButton *m_cancelButton;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_report;
};

} // namespace Club::Ui
