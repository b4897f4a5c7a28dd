// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgImportDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "models/TableViews.h"
#include "organisations/OrganisationService.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
// Files bigger than this are not spreadsheets of people.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString encodingName(CsvTable::Encoding e)
{
    switch (e) {
    case CsvTable::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvTable::Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case CsvTable::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case CsvTable::Encoding::Windows1256:
        return QStringLiteral("Windows-1256");
    }
    return {};
}

QString delimiterName(char d)
{
    switch (d) {
    case ';':
        return OrgImportDialog::tr("semicolon");
    case '\t':
        return OrgImportDialog::tr("tab");
    default:
        return OrgImportDialog::tr("comma");
    }
}
} // namespace

OrgImportDialog::OrgImportDialog(UiContext &context, qint64 organisationId, const QString &organisationName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_organisationId(organisationId)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_fileInfo(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Check (Dry Run)"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_report(new QTableWidget(0, ReportColumnCount, this))
{
    //: %1 is an organisation's name
    setWindowTitle(tr("Enrol the People of %1").arg(organisationName));
    m_file->setObjectName(QStringLiteral("file"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_import->setObjectName(QStringLiteral("import"));
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_report->setObjectName(QStringLiteral("report"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    m_summary->setWordWrap(true);
    m_fileInfo->setWordWrap(true);
    // Enter in the file field reads the file; it must not press Browse or Import.
    for (QPushButton *b : {m_browse, m_dryRun, m_import, m_cancelButton, m_close})
        b->setAutoDefault(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("CSV file:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto *mapping = new QGroupBox(tr("Which column is which"), this);
    auto *form = new QFormLayout(mapping);
    for (ImportField f : importFields()) {
        auto *combo = new QComboBox(mapping);
        combo->setObjectName(QStringLiteral("column%1").arg(int(f)));
        m_columns.insert(f, combo);
        const QString label = importFieldRequired(f) ? tr("%1 (required):").arg(importFieldName(f))
                                                     : tr("%1:").arg(importFieldName(f));
        form->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &OrgImportDialog::mappingChanged);
    }

    //: Columns of the dry run's report: the spreadsheet's row number, the person, what is wrong
    m_report->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Mobile"), tr("Problems and notes")});
    TableViews::setUp(m_report, m_report->model());
    m_report->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_report->setWordWrap(true);

    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(mapping);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);

    connect(m_browse, &QPushButton::clicked, this, &OrgImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &OrgImportDialog::readFile);
    connect(m_dryRun, &QPushButton::clicked, this, &OrgImportDialog::startDryRun);
    connect(m_import, &QPushButton::clicked, this, &OrgImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &OrgImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    m_summary->setText(tr("Choose the file (in Excel: Save As, \"CSV UTF-8\" or \"CSV\"). Nothing is saved "
                          "until you import, and the import saves every row or none."));
    mappingChanged();
    resize(820, 640);
}

OrgImportDialog::~OrgImportDialog()
{
    // The worker uses the services and this dialog's cancel flag: stop it before either goes.
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

void OrgImportDialog::browse()
{
    const QString start = m_file->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_file->text();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the File"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    readFile();
}

bool OrgImportDialog::readFile()
{
    m_table.reset();
    m_report->setRowCount(0);
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    QFile file(path);
    auto fail = [this](const QString &why) {
        m_fileInfo->setText(why);
        mappingChanged();
        return false;
    };
    if (path.isEmpty())
        return fail(QString());
    if (QFileInfo(path).size() > kMaxFileBytes)
        return fail(tr("This file is too large to be a list of people."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be opened: %1").arg(file.errorString()));
    const Result<CsvTable> table = CsvReader::read(file.readAll());
    if (!table)
        return fail(table.error().message);
    m_table = *table;
    //: %1 text encoding (UTF-8, Windows-1256), %2 comma/semicolon/tab, %3 number of rows
    m_fileInfo->setText(tr("Read as %1, columns separated by %2: %3 rows.")
                            .arg(encodingName(table->encoding), delimiterName(table->delimiter),
                                 Format::number(table->rows.size())));
    const QHash<ImportField, int> guess = guessImportColumns(table->header);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < table->header.size(); ++c) {
            const QString name = table->header.at(c).isEmpty() ? tr("Column %1").arg(Format::number(c + 1))
                                                               : table->header.at(c);
            combo->addItem(name, c);
        }
        combo->setCurrentIndex(combo->findData(guess.value(it.key(), -1)));
    }
    mappingChanged();
    return true;
}

ImportPlan OrgImportDialog::plan() const
{
    ImportPlan p;
    if (m_table)
        p.table = *m_table;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const int col = it.value()->currentData().toInt();
        if (it.value()->currentIndex() >= 0 && col >= 0)
            p.columns.insert(it.key(), col);
    }
    return p;
}

void OrgImportDialog::mappingChanged()
{
    // What was checked is no longer what would be imported.
    m_clean = false;
    setBusy(false);
}

void OrgImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    for (QComboBox *c : std::as_const(m_columns))
        c->setEnabled(!busy && m_table.has_value());
    m_dryRun->setEnabled(!busy && m_table.has_value());
    m_import->setEnabled(!busy && m_clean && m_imported == 0);
    m_close->setEnabled(!busy);
}

void OrgImportDialog::startDryRun()
{
    start(false);
}

void OrgImportDialog::startImport()
{
    if (m_clean)
        start(true);
}

void OrgImportDialog::cancel()
{
    m_cancel = true;
    m_cancelButton->setEnabled(false);
}

void OrgImportDialog::start(bool import)
{
    if (m_worker || !m_table)
        return;
    m_cancel = false;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_summary->setText(import ? tr("Importing…") : tr("Checking every row…"));
    const ImportPlan plan = this->plan();
    const Actor actor = m_context.actor();
    OrganisationService *service = &m_context.organisations();
    const qint64 org = m_organisationId;
    QProgressBar *bar = m_progress;
    std::atomic_bool *cancel = &m_cancel;
    // Progress is posted at most once per percent: a file of 50,000 rows would otherwise
    // flood the event queue.
    auto progress = [bar, last = -1](int done, int total) mutable {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        if (percent == last)
            return;
        last = percent;
        QMetaObject::invokeMethod(bar, [bar, percent] {
            bar->setRange(0, 100);
            bar->setValue(percent);
        }, Qt::QueuedConnection);
    };
    m_worker = QThread::create([this, service, actor, org, plan, import, progress, cancel]() mutable {
        Result<ImportReport> result = import ? service->importMembers(actor, org, plan, progress, cancel)
                                             : service->dryRun(actor, org, plan, progress, cancel);
        QMetaObject::invokeMethod(this, [this, import, result] { finished(import, result); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("org-import"));
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    setBusy(true);
    m_worker->start();
}

void OrgImportDialog::finished(bool import, const Result<ImportReport> &result)
{
    if (m_worker) {
        m_worker->wait();
        m_worker = nullptr;
    }
    m_clean = false;
    if (!result) {
        m_summary->setText(result.error().message);
        setBusy(false);
        if (result.error().code != Error::Code::Conflict) // a cancel is said in the summary
            showError(this, result.error());
        return;
    }
    showReport(*result);
    if (import && result->imported > 0) {
        m_imported = result->imported;
        m_summary->setText(tr("Imported %Ln people into the organisation.", nullptr, result->imported));
    } else if (result->clean()) {
        m_clean = true;
        m_summary->setText(tr("All %Ln rows can be imported. Press Import to save them.", nullptr,
                              int(result->rows.size())) +
                           (result->notes.isEmpty() ? QString() : QLatin1Char('\n') + result->notes.join(u'\n')));
    } else {
        QStringList lines = result->fileErrors;
        if (result->errorRows > 0)
            lines << tr("%Ln rows have errors (in red below). Correct the file and check again: nothing is "
                        "imported while any row has an error.",
                        nullptr, result->errorRows);
        lines << result->notes;
        m_summary->setText(lines.join(u'\n'));
    }
    setBusy(false);
}

void OrgImportDialog::showReport(const ImportReport &report)
{
    m_report->setRowCount(0);
    const QColor bad(0xb0, 0x00, 0x20);
    // Rows with errors first: in a file of thousands, they are what the user came for.
    QList<const ImportRow *> rows;
    for (const ImportRow &r : report.rows) {
        if (!r.errors.isEmpty())
            rows << &r;
    }
    for (const ImportRow &r : report.rows) {
        if (r.errors.isEmpty())
            rows << &r;
    }
    for (const ImportRow *r : std::as_const(rows)) {
        const int row = m_report->rowCount();
        m_report->insertRow(row);
        QStringList problems = r->errors;
        if (!r->note.isEmpty())
            problems << r->note;
        const QString name = QString(r->draft.firstName + QLatin1Char(' ') + r->draft.lastName).trimmed();
        const QList<QTableWidgetItem *> items{new QTableWidgetItem(Format::number(r->row)), new QTableWidgetItem(name),
                                              new QTableWidgetItem(Format::ltr(r->draft.mobile)),
                                              new QTableWidgetItem(problems.join(u'\n'))};
        for (int c = 0; c < items.size(); ++c) {
            items.at(c)->setData(Qt::UserRole, r->row);
            if (!r->errors.isEmpty())
                items.at(c)->setForeground(bad);
            m_report->setItem(row, c, items.at(c));
        }
    }
    m_report->resizeRowsToContents();
}

} // namespace Club::Ui
