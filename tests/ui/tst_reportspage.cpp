// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on real widgets over the demo club: a Jalali range chosen in the date
// widgets, the sales report run on the worker (progress, then table and chart), exported to
// CSV (compared with the core's CSV) and to PDF (its text read back with pdftotext), a run
// stopped half-way, filters that make no sense refused, and the member page's charts. In
// Persian and Arabic, with screenshots.
#include "MemberFlowSupport.h"
#include "demo/DemoData.h"
#include "ledger/LedgerStore.h"
#include "pages/members/MemberChartsPanel.h"
#include "pages/members/MemberView.h"
#include "pages/reports/ReportTableModel.h"
#include "pages/reports/ReportsPage.h"
#include "reports/ReportCsv.h"
#include "reports/ReportService.h"
#include "sales/SalesService.h"
#include "storage/SqlQuery.h"
#include "widgets/JalaliDateEdit.h"
#include "TestMain.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;

namespace {

const QCalendar kJalali(QCalendar::System::Jalali);
const QTimeZone kTehran(QByteArrayLiteral("Asia/Tehran"));
const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); // 1405/08/29 in Tehran

struct DemoStore
{
    TestDatabase db{Database::Engine::SQLite};
    ManualClock clock{kNow};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;
    QString problem;

    DemoStore()
    {
        admin = db.admin();
        DemoDataGenerator generator(db.db(), clock);
        if (Status s = generator.generate(admin, {30, 1405, 3}); !s)
            problem = s.error().message + QLatin1Char(' ') + s.error().detail;
        hub = std::make_unique<ServiceHub>(db.db(), clock);
        SalesSettings settings = hub->sales().settings();
        settings.zone = kTehran;
        hub->sales().setSettings(settings);
        context = std::make_unique<Ui::UiContext>(Ui::UiContext::servicesOf(*hub));
        context->setActor(db.actorWithRole(Role::Accountant));
    }
};

// The PDF's text, with Arabic presentation forms folded back to letters and direction
// marks dropped, so words can be looked for.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30'000))
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

// A long ledger for the worker to chew on: 150 days of 1,000 points entries each on
// system:points_issued, inside the range the stop test reports on.
bool bulkLedger(Database &db, const QDateTime &from)
{
    SqlQuery account(db, QStringLiteral("SELECT id FROM ledger_accounts WHERE code = 'system:points_issued'"));
    if (!account.exec() || !account.next())
        return false;
    const qint64 id = account.value(0).toLongLong();
    for (int d = 0; d < 150; ++d) {
        SqlQuery q(db, QStringLiteral("INSERT INTO journal_transactions (idempotency_key, kind, created_at) VALUES "
                                      "(:k, 'earn', :at)"));
        q.bind(QStringLiteral(":k"), QStringLiteral("bulk-%1").arg(d))
            .bind(QStringLiteral(":at"), from.addDays(d).toString(Qt::ISODate));
        if (!q.exec())
            return false;
    }
    SqlQuery fill(db, QStringLiteral("INSERT INTO journal_entries (transaction_id, ledger_account_id, unit, amount) "
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                     "SELECT t.id, :a, 'points', -1 FROM journal_transactions t, n WHERE "
                                     "t.idempotency_key LIKE 'bulk-%'"));
    fill.bind(QStringLiteral(":a"), id);
    return fill.exec().ok();
}

bool pdfToPng(const QString &pdf, const QString &name)
{
    const QString prefix = QDir(outputDir()).filePath(QStringLiteral("%1-%2").arg(Ui::Language::current(), name));
    return QProcess::execute(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                              QStringLiteral("-singlefile"), pdf, prefix}) == 0;
}

// Picks a report in the list the way an operator does.
void pick(Ui::ReportsPage &page, ReportKind kind)
{
    auto *list = page.findChild<QListWidget *>(QStringLiteral("reports"));
    for (int i = 0; i < list->count(); ++i) {
        if (ReportKind(list->item(i)->data(Qt::UserRole).toInt()) == kind) {
            const QRect r = list->visualItemRect(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        }
    }
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReportTable>();
        qRegisterMetaType<Error>();
    }

    void runAndExport_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void runAndExport()
    {
        QFETCH(QString, code);
        QVERIFY(Ui::Language::install(code));
        DemoStore club;
        QVERIFY2(club.problem.isEmpty(), qPrintable(club.problem));
        Ui::ReportsPage page(*club.context);
        page.resize(1280, 820);
        page.show();
        page.activate();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Shahrivar to Aban 1405, typed as Jalali dates.
        auto *from = page.findChild<Ui::DateEdit *>(QStringLiteral("from"));
        auto *to = page.findChild<Ui::DateEdit *>(QStringLiteral("to"));
        from->setDate(kJalali.dateFromParts(1405, 6, 1));
        to->setDate(kJalali.dateFromParts(1405, 8, 29));
        pick(page, ReportKind::Sales);
        QVERIFY(page.findChild<QComboBox *>(QStringLiteral("productGroup"))->isEnabled());

        QSignalSpy shown(&page, &Ui::ReportsPage::reportShown);
        QSignalSpy progress(&club.hub->reportRunner(), &ReportRunner::progress);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("run")), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("stop"))->isVisible());
        QVERIFY(shown.wait(60'000));
        QVERIFY(!page.isRunning());
        QVERIFY(progress.size() > 0);

        // The page's table is the core's report for the same Jalali days.
        ReportFilters f;
        f.from = QDateTime(kJalali.dateFromParts(1405, 6, 1), QTime(0, 0), kTehran).toUTC();
        f.to = QDateTime(kJalali.dateFromParts(1405, 8, 30), QTime(0, 0), kTehran).toUTC();
        Result<ReportTable> direct = club.hub->reports().run(club.context->actor(), ReportKind::Sales, f);
        QVERIFY(direct.ok());
        QVERIFY(!direct->rows.isEmpty());
        QCOMPARE(page.table().rows, direct->rows);
        auto *view = page.findChild<QTableView *>(QStringLiteral("table"));
        QCOMPARE(view->model()->rowCount(), direct->rows.size());
        // Persian months and digits in the table.
        const QString month = view->model()->index(0, 0).data().toString();
        QVERIFY2(month.contains(kJalali.monthName(QLocale(), 6, 1405)), qPrintable(month));
        const QString net = view->model()->index(0, direct->column(QStringLiteral("net"))).data().toString();
        const qint64 netValue = direct->rows.at(0).at(direct->column(QStringLiteral("net"))).toLongLong();
        QVERIFY2(net.contains(QLocale().toString(netValue % 10)) && !net.contains(QRegularExpression(QStringLiteral("[0-9]"))),
                 qPrintable(net));
        auto *chart = page.findChild<QChartView *>(QStringLiteral("chart"));
        QVERIFY(chart->isVisible());
        QVERIFY(!chart->chart()->series().isEmpty());
        QVERIFY(screenshot(&page, QStringLiteral("reports-sales")));

        // CSV: the core's bytes; PDF: the title and Persian month names come back as text.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("sales.csv"));
        QVERIFY(page.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QCOMPARE(bytes, ReportCsv::toCsv(*direct));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n1405-06,"));
        const QString pdfPath = dir.filePath(QStringLiteral("sales.pdf"));
        QVERIFY(page.exportPdf(pdfPath));
        const QString text = pdfText(pdfPath);
        QVERIFY2(text.contains(direct->title.section(QLatin1Char(' '), 0, 0)), qPrintable(text.left(400)));
        QVERIFY2(text.contains(kJalali.monthName(QLocale(), 7, 1405)), qPrintable(text.left(600)));
        QVERIFY(pdfToPng(pdfPath, QStringLiteral("reports-sales-pdf")));

        // The other reports run too, each with its chart where it has one.
        for (ReportKind kind : {ReportKind::PointsActivity, ReportKind::PointsLiability, ReportKind::MemberGrowth,
                                ReportKind::Tiers, ReportKind::CardIssuance, ReportKind::Debts}) {
            pick(page, kind);
            QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("productGroup"))->isEnabled());
            QSignalSpy again(&page, &Ui::ReportsPage::reportShown);
            QVERIFY(page.run());
            QVERIFY2(again.wait(60'000), qPrintable(reportKindKey(kind)));
            QCOMPARE(page.table().kind, kind);
        }
        for (ReportKind kind : {ReportKind::StockMovements, ReportKind::StockTaking, ReportKind::TopCustomers,
                                ReportKind::GiftRedemptions, ReportKind::OperatorActivity, ReportKind::Referrals}) {
            pick(page, kind);
            QSignalSpy again(&page, &Ui::ReportsPage::reportShown);
            QVERIFY(page.run());
            QVERIFY2(again.wait(60'000), qPrintable(reportKindKey(kind)));
            QCOMPARE(page.table().kind, kind);
        }

        // Customer segments: a row per segment, the members who bought in all, a chart of them.
        pick(page, ReportKind::Rfm);
        QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("productGroup"))->isEnabled());
        QSignalSpy rfm(&page, &Ui::ReportsPage::reportShown);
        QVERIFY(page.run());
        QVERIFY(rfm.wait(60'000));
        QCOMPARE(page.table().kind, ReportKind::Rfm);
        QCOMPARE(page.table().rows.size(), 6);
        SqlQuery buyers(club.db.db(), QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM sales WHERE created_at >= "
                                                     ":from AND created_at < :to"));
        buyers.bind(QStringLiteral(":from"), LedgerStore::isoUtc(f.from)).bind(QStringLiteral(":to"), LedgerStore::isoUtc(f.to));
        QVERIFY(buyers.exec().ok() && buyers.next());
        qint64 segmented = 0;
        for (const QVariantList &row : page.table().rows)
            segmented += row.at(page.table().column(QStringLiteral("members"))).toLongLong();
        QCOMPARE(segmented, buyers.value(0).toLongLong());
        QVERIFY(chart->isVisible());
        QVERIFY(!chart->chart()->series().isEmpty());
        QVERIFY(screenshot(&page, QStringLiteral("reports-rfm")));

        // Stock: narrowed by product group, a table per warehouse and product with its value.
        pick(page, ReportKind::Stock);
        QVERIFY(page.findChild<QComboBox *>(QStringLiteral("productGroup"))->isEnabled());
        QSignalSpy stock(&page, &Ui::ReportsPage::reportShown);
        QVERIFY(page.run());
        QVERIFY(stock.wait(60'000));
        QCOMPARE(page.table().kind, ReportKind::Stock);
        QVERIFY(!page.table().rows.isEmpty());
        Result<ReportTable> stockDirect = club.hub->reports().run(club.context->actor(), ReportKind::Stock, f);
        QVERIFY(stockDirect.ok());
        QCOMPARE(page.table().rows, stockDirect->rows);
        QVERIFY(screenshot(&page, QStringLiteral("reports-stock")));
        const QString stockPdf = dir.filePath(QStringLiteral("stock.pdf"));
        QVERIFY(page.exportPdf(stockPdf));
        QVERIFY(pdfToPng(stockPdf, QStringLiteral("reports-stock-pdf")));

        pick(page, ReportKind::PointsLiability);
        QSignalSpy liability(&page, &Ui::ReportsPage::reportShown);
        QVERIFY(page.run());
        QVERIFY(liability.wait(60'000));
        QVERIFY(screenshot(&page, QStringLiteral("reports-liability")));
        const QString liabilityPdf = dir.filePath(QStringLiteral("liability.pdf"));
        QVERIFY(page.exportPdf(liabilityPdf));
        QVERIFY(pdfToPng(liabilityPdf, QStringLiteral("reports-liability-pdf")));
    }

    void stopAndRefuse()
    {
        QVERIFY(Ui::Language::install(QStringLiteral("fa")));
        DemoStore club;
        QVERIFY2(club.problem.isEmpty(), qPrintable(club.problem));
        Ui::ReportsPage page(*club.context);
        page.show();
        page.activate();
        auto *from = page.findChild<Ui::DateEdit *>(QStringLiteral("from"));
        auto *to = page.findChild<Ui::DateEdit *>(QStringLiteral("to"));
        from->setDate(kJalali.dateFromParts(1405, 1, 1));
        to->setDate(kJalali.dateFromParts(1405, 8, 29));

        // Stop right after starting: the worker stops at its next check, long before it has
        // read the 150,000 entries.
        QVERIFY(bulkLedger(club.db.db(), QDateTime(kJalali.dateFromParts(1405, 2, 1), QTime(9, 0), kTehran).toUTC()));
        pick(page, ReportKind::PointsActivity);
        QSignalSpy cancelled(&club.hub->reportRunner(), &ReportRunner::cancelled);
        QVERIFY(page.run());
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("stop")), Qt::LeftButton);
        QVERIFY(cancelled.wait(60'000));
        QVERIFY(!page.isRunning());
        QVERIFY(page.table().columns.isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportCsv"))->isEnabled());

        // The last day before the first: said under the date, nothing runs.
        from->setDate(kJalali.dateFromParts(1405, 8, 10));
        to->setDate(kJalali.dateFromParts(1405, 8, 1));
        QVERIFY(!page.run());
        QVERIFY(!page.isRunning());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("…")));
    }

    void memberCharts()
    {
        QVERIFY(Ui::Language::install(QStringLiteral("fa")));
        DemoStore club;
        QVERIFY2(club.problem.isEmpty(), qPrintable(club.problem));
        // The member with the most sales in the demo club.
        SqlQuery q(club.db.db(), QStringLiteral("SELECT member_id, SUM(net) FROM sales WHERE member_id IS NOT NULL "
                                                "GROUP BY member_id ORDER BY COUNT(*) DESC, member_id LIMIT 1"));
        QVERIFY(q.exec().ok() && q.next());
        const Id member = q.value(0).toLongLong();
        const Money spent = q.value(1).toLongLong();
        club.context->setActor(club.db.actorWithRole(Role::Staff));
        Ui::MemberView view(*club.context);
        view.resize(1100, 760);
        view.show();
        QVERIFY(view.showMember(member));
        Ui::MemberChartsPanel *charts = view.chartsPanel();
        QCOMPARE(charts->months().size(), 12);
        Money sum = 0;
        for (const MemberMonth &m : charts->months())
            sum += m.spend;
        QCOMPARE(sum, spent); // the demo's history is shorter than a year
        auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("memberTabs"));
        tabs->setCurrentWidget(charts);
        QVERIFY(!charts->findChild<QChartView *>(QStringLiteral("spendChart"))->chart()->series().isEmpty());
        QVERIFY(screenshot(&view, QStringLiteral("member-charts")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
