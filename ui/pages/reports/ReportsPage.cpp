// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "Format.h"
#include "ReportCharts.h"
#include "ReportPrinting.h"
#include "ReportTableModel.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "reports/ReportCsv.h"
#include "reports/ReportRunner.h"
#include "reports/ReportService.h"
#include "sales/SalesService.h"
#include "tiers/TierService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/UiLog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {

QComboBox *filterCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    //: A report filter that keeps everything
    combo->addItem(ReportsPage::tr("All"), QVariant());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

Id idIn(const QComboBox *combo)
{
    return combo->currentData().isValid() ? combo->currentData().toLongLong() : kNoId;
}

} // namespace

ReportsPage::ReportsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_reports(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_errors(new FieldErrors(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_period(new QComboBox(this))
    , m_branch(filterCombo(this, "branch"))
    , m_cardType(filterCombo(this, "cardType"))
    , m_memberGroup(filterCombo(this, "memberGroup"))
    , m_tier(filterCombo(this, "tier"))
    , m_productGroup(filterCombo(this, "productGroup"))
    , m_run(new QPushButton(tr("&Run Report"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
{
    m_reports->setObjectName(QStringLiteral("reports"));
    m_reports->setAccessibleName(tr("Reports"));
    for (const ReportService::Info &info : ReportService::catalogue()) {
        auto *item = new QListWidgetItem(info.title, m_reports);
        item->setData(Qt::UserRole, int(info.kind));
        item->setToolTip(info.description);
    }
    m_reports->setMaximumWidth(300);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_period->setObjectName(QStringLiteral("period"));
    //: How a report groups its rows
    m_period->addItem(tr("By month"), int(ReportPeriod::Month));
    //: How a report groups its rows
    m_period->addItem(tr("By day"), int(ReportPeriod::Day));
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_print->setObjectName(QStringLiteral("print"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_table->setObjectName(QStringLiteral("table"));
    TableViews::setUp(m_table, m_model);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&From:"), m_from, QStringLiteral("from"));
    m_errors->addRow(form, tr("T&o:"), m_to, QStringLiteral("to"));
    m_errors->addRow(form, tr("P&eriods:"), m_period, QStringLiteral("period"));
    auto *members = new QFormLayout;
    m_errors->addRow(members, tr("&Branch:"), m_branch, QStringLiteral("branch"));
    m_errors->addRow(members, tr("Card t&ype:"), m_cardType, QStringLiteral("cardType"));
    m_errors->addRow(members, tr("Member &group:"), m_memberGroup, QStringLiteral("memberGroup"));
    auto *more = new QFormLayout;
    m_errors->addRow(more, tr("T&ier:"), m_tier, QStringLiteral("tier"));
    m_errors->addRow(more, tr("Product gro&up:"), m_productGroup, QStringLiteral("productGroup"));
    auto *filters = new QHBoxLayout;
    filters->addLayout(form);
    filters->addLayout(members);
    filters->addLayout(more);
    filters->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);

    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_chart);
    results->addWidget(m_table);
    results->setStretchFactor(1, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_description);
    right->addLayout(filters);
    right->addWidget(m_errors->addGeneral());
    right->addLayout(buttons);
    right->addWidget(m_status);
    right->addWidget(results, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_reports);
    layout->addLayout(right, 1);

    connect(m_reports, &QListWidget::currentRowChanged, this, [this] { updateFilterState(); });
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_stop, &QPushButton::clicked, this, &ReportsPage::stop);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::chooseCsvFile);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::choosePdfFile);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);

    ReportRunner &runner = context.reportRunner();
    connect(&runner, &ReportRunner::progress, this, [this](int done, int total) {
        if (m_running) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(&runner, &ReportRunner::finished, this, [this](const ReportTable &table) {
        if (!m_running)
            return;
        setRunning(false);
        showTable(table);
    });
    connect(&runner, &ReportRunner::failed, this, [this](const Error &error) {
        if (!m_running)
            return;
        setRunning(false);
        showFailure(error);
    });
    connect(&runner, &ReportRunner::cancelled, this, [this] {
        if (!m_running)
            return;
        setRunning(false);
        m_status->setText(tr("The report was stopped."));
    });

    // This month so far, in the store's calendar.
    const SalesSettings settings = context.sales().settings();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(settings.zone).date();
    const QCalendar::YearMonthDay p = settings.calendar.partsFromDate(today);
    m_from->setDate(settings.calendar.dateFromParts(p.year, p.month, 1));
    m_to->setDate(today);
    m_reports->setCurrentRow(0);
    setRunning(false);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_print->setEnabled(false);
    m_chart->hide();
}

ReportsPage::~ReportsPage()
{
    if (m_running)
        context().reportRunner().cancel();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/reports.svg"));
}

void ReportsPage::activate()
{
    fillFilterLists();
}

void ReportsPage::fillFilterLists()
{
    const Actor &actor = context().actor();
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QVariant>> &items) {
        const QVariant keep = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(keep)));
    };
    // A list the operator may not read stays at "All".
    QList<QPair<QString, QVariant>> items;
    if (Result<QList<Branch>> b = context().auth().branches(actor)) {
        for (const Branch &x : *b)
            items.append({x.name, x.id});
    }
    refill(m_branch, items);
    items.clear();
    if (Result<QList<CardType>> t = context().cards().cardTypes(actor, true)) {
        for (const CardType &x : *t)
            items.append({x.name, x.id});
    }
    refill(m_cardType, items);
    items.clear();
    if (Result<QList<MemberGroup>> g = context().members().groups(actor)) {
        for (const MemberGroup &x : *g)
            items.append({x.name, x.id});
    }
    refill(m_memberGroup, items);
    items.clear();
    if (Result<QList<TierProgram>> programs = context().tiers().programs(actor)) {
        QSet<QString> seen;
        const QLocale::Language lang = QLocale().language();
        for (const TierProgram &program : *programs) {
            for (const TierLevel &level : program.tiers) {
                if (seen.contains(level.key))
                    continue;
                seen.insert(level.key);
                QString name = lang == QLocale::Persian ? level.nameFa : lang == QLocale::Arabic ? level.nameAr : level.nameEn;
                items.append({name.isEmpty() ? level.displayName() : name, level.key});
            }
        }
    }
    refill(m_tier, items);
    items.clear();
    if (Result<QList<ProductGroup>> g = context().catalog().groups(context().actor())) {
        for (const ProductGroup &x : *g)
            items.append({x.name, x.id});
    }
    refill(m_productGroup, items);
    m_listsFilled = true;
}

ReportKind ReportsPage::currentKind() const
{
    const QListWidgetItem *item = m_reports->currentItem();
    return item ? ReportKind(item->data(Qt::UserRole).toInt()) : ReportKind::Sales;
}

void ReportsPage::selectReport(ReportKind kind)
{
    for (int i = 0; i < m_reports->count(); ++i) {
        if (ReportKind(m_reports->item(i)->data(Qt::UserRole).toInt()) == kind)
            m_reports->setCurrentRow(i);
    }
}

void ReportsPage::updateFilterState()
{
    const ReportService::Info info = ReportService::info(currentKind());
    m_description->setText(info.description);
    m_errors->clear();
    auto enable = [&](QWidget *w, ReportFilter flag) {
        w->setEnabled(!m_running && (info.filters & flag));
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !(info.filters & flag))
            combo->setCurrentIndex(0); // a greyed-out filter never narrows silently
    };
    enable(m_from, FilterDates);
    enable(m_to, FilterDates);
    enable(m_period, FilterPeriod);
    enable(m_branch, FilterBranch);
    enable(m_cardType, FilterCardType);
    enable(m_memberGroup, FilterMemberGroup);
    enable(m_tier, FilterTier);
    enable(m_productGroup, FilterProductGroup);
}

ReportFilters ReportsPage::filters() const
{
    const QTimeZone zone = context().sales().settings().zone;
    ReportFilters f;
    if (m_from->date().isValid())
        f.from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    if (m_to->date().isValid())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC(); // the last day included
    f.period = ReportPeriod(m_period->currentData().toInt());
    f.branchId = idIn(m_branch);
    f.cardTypeId = idIn(m_cardType);
    f.memberGroupId = idIn(m_memberGroup);
    f.tier = m_tier->currentData().toString();
    f.productGroupId = idIn(m_productGroup);
    return f;
}

QString ReportsPage::subtitle() const
{
    QStringList parts;
    //: A report's date range: %1 first day, %2 last day
    parts << tr("From %1 to %2").arg(Format::date(m_from->date()), Format::date(m_to->date()));
    for (const auto &[label, combo] : {std::pair{tr("Branch"), m_branch}, std::pair{tr("Card type"), m_cardType},
                                       std::pair{tr("Member group"), m_memberGroup}, std::pair{tr("Tier"), m_tier},
                                       std::pair{tr("Product group"), m_productGroup}}) {
        if (combo->currentIndex() > 0)
            //: A report filter in the printout: %1 what, %2 the chosen value
            parts << tr("%1: %2").arg(label, combo->currentText());
    }
    return parts.join(QStringLiteral(" · "));
}

const ReportTable &ReportsPage::table() const
{
    return m_model->table();
}

bool ReportsPage::isRunning() const
{
    return m_running;
}

bool ReportsPage::run()
{
    if (m_running)
        return false;
    m_errors->clear();
    const ReportKind kind = currentKind();
    const ReportFilters f = filters();
    if (Status s = ReportService::validate(kind, f); !s) {
        m_errors->report(s.error());
        return false;
    }
    if (!context().can(Permission::ReportsRead)) {
        showFailure(require(context().actor(), Permission::ReportsRead).error());
        return false;
    }
    if (!context().reportRunner().start(context().actor(), kind, f))
        return false;
    m_status->setText(tr("Working out the report…"));
    setRunning(true);
    return true;
}

void ReportsPage::stop()
{
    if (m_running)
        context().reportRunner().cancel();
}

void ReportsPage::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_stop->setVisible(running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_reports->setEnabled(!running);
    const bool shown = !running && !m_model->table().columns.isEmpty();
    m_csv->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_print->setEnabled(shown);
    updateFilterState();
}

void ReportsPage::showTable(const ReportTable &table)
{
    m_model->setTable(table);
    m_table->resizeColumnsToContents();
    QChart *chart = ReportCharts::forTable(table);
    QChart *old = m_chart->chart();
    if (chart) {
        m_chart->setChart(chart);
        m_chart->show();
    } else {
        m_chart->setChart(new QChart);
        m_chart->hide();
    }
    delete old;
    m_status->setText(table.rows.isEmpty() ? tr("Nothing to report for these filters.")
                                           : tr("%Ln row(s).", nullptr, int(table.rows.size())));
    setRunning(false);
    Q_EMIT reportShown();
}

void ReportsPage::showFailure(const Error &error)
{
    m_status->clear();
    m_errors->report(error);
}

QImage ReportsPage::chartImage() const
{
    if (m_chart->isHidden() || !m_chart->chart() || m_chart->chart()->series().isEmpty())
        return {};
    // Drawn at a fixed size so the printout does not depend on the window's size.
    QChartView view;
    QChart *chart = ReportCharts::forTable(m_model->table());
    if (!chart)
        return {};
    view.setChart(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(900, 380);
    return view.grab().toImage();
}

bool ReportsPage::exportCsv(const QString &path)
{
    QFile file(path);
    const QByteArray csv = ReportCsv::toCsv(m_model->table());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
        showFailure(Error::make(Error::Code::Storage,
                                tr("The file %1 could not be written. Choose another folder.")
                                    .arg(QDir::toNativeSeparators(path)),
                                file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsPage::exportPdf(const QString &path)
{
    if (!ReportPrinting::exportPdf(path, m_model->table(), subtitle(), chartImage())) {
        showFailure(Error::make(Error::Code::Storage, tr("The file %1 could not be written. Choose another folder.")
                                                          .arg(QDir::toNativeSeparators(path))));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

namespace {
QString suggestedName(const ReportTable &table, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(reportKindKey(table.kind) + suffix);
}
} // namespace

void ReportsPage::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggestedName(table(), QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsPage::choosePdfFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggestedName(table(), QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(table().columns.size() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportPrinting::print(printer, table(), subtitle(), chartImage());
}

} // namespace Club::Ui
