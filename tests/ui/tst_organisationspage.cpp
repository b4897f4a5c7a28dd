// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Organisations page on real widgets over a real store: the import dialog reads a
// Windows-1256 file with bad rows (dry run: per-row errors, Import stays disabled, nothing
// saved), then a clean UTF-8 file (dry run, Import, everyone enrolled); the page lists the
// new members; the monthly statement of a funded member's credit purchase exported to CSV
// and PDF. Screenshots in fa and ar.
#include "MemberFlowSupport.h"
#include "Format.h"
#include "catalog/CatalogService.h"
#include "credit/CreditService.h"
#include "inventory/InventoryService.h"
#include "organisations/OrganisationService.h"
#include "pages/organisations/OrgImportDialog.h"
#include "pages/organisations/OrganisationDialogs.h"
#include "pages/organisations/OrganisationsPage.h"
#include "sales/SalesService.h"
#include "TestMain.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <iconv.h>

using namespace Club;
using namespace Club::Core;
using namespace MemberFlow;

namespace {
constexpr Money kPrice = 250'000;
const QString kPin = QStringLiteral("4826");

QByteArray toWindows1256(const QString &text)
{
    // Windows-1256 has no Persian yeh (U+06CC): Windows' best-fit mapping saves it as the
    // Arabic yeh, which is what the file then holds.
    QString arabic = text;
    arabic.replace(QChar(0x06CC), QChar(0x064A));
    const QByteArray in = arabic.toUtf8();
    QByteArray out(in.size() + 4, '\0');
    iconv_t cd = iconv_open("WINDOWS-1256", "UTF-8");
    char *src = const_cast<char *>(in.constData());
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return {};
    out.truncate(out.size() - qsizetype(dstLeft));
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString code(int n)
{
    return Club::Test::nationalCodeWithCheckDigit(QStringLiteral("5%1").arg(n, 8, 10, QLatin1Char('0')));
}
} // namespace

class TestOrganisationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_organisationspage")); }

    void importAndStatement_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void importAndStatement()
    {
        QFETCH(QString, language);
        Ui::Language::install(language);
        Store s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Organisation draft;
        draft.name = QStringLiteral("دانشگاه تهران");
        draft.kind = OrganisationKind::University;
        draft.contactName = QStringLiteral("امور رفاهی");
        draft.contactPhone = QStringLiteral("021-6111 1111");
        Result<Organisation> org = s.hub->organisations().create(s.admin, draft);
        QVERIFY(org);
        const Member existing = s.member(1, QStringLiteral("سارا"), QStringLiteral("احمدی"));
        QVERIFY(existing.id != kNoId);
        const qint64 membersBefore = s.memberCount();

        Ui::OrganisationsPage page(*s.context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QCOMPARE(page.panel()->organisationsTable()->rowCount(), 1);
        QCOMPARE(page.panel()->currentOrganisationId(), org->id);

        // A Windows-1256 file with bad rows.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(write(bad, toWindows1256(QStringLiteral("نام,نام خانوادگی,موبایل,کد ملی,تاریخ تولد,شماره پرسنلی\r\n"
                                                        "علي,رضايي,09131230001,%1,1370/05/12,11\r\n"
                                                        "حسن,كريمي,09131230001,,1991-01-01,12\r\n"
                                                        "زهرا,موسوي,%2,,,13\r\n"
                                                        "مينا,صادقي,09131230004,1234567890,1370/13/01,14\r\n")
                                             .arg(code(1), existing.mobile))));
        Ui::OrgImportDialog dialog(*s.context, org->id, org->name, &page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.dryRunButton()->isEnabled());
        retype(dialog.fileEdit(), bad);
        QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
        QVERIFY(child<QLabel>(&dialog, "fileInfo")->text().contains(QLatin1String("Windows-1256")));
        QCOMPARE(dialog.columnCombo(ImportField::Mobile)->currentData().toInt(), 2);
        QCOMPARE(dialog.columnCombo(ImportField::StaffNumber)->currentData().toInt(), 5);
        QVERIFY(dialog.dryRunButton()->isEnabled());
        QTest::mouseClick(dialog.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QCOMPARE(dialog.reportTable()->rowCount(), 4);
        QVERIFY(!dialog.importButton()->isEnabled());
        // Rows with errors first: 3 (same mobile as row 2), 4 (the club's), 5 (code and date).
        QCOMPARE(dialog.reportTable()->item(0, Ui::OrgImportDialog::RowColumn)->data(Qt::UserRole).toInt(), 3);
        QCOMPARE(dialog.reportTable()->item(3, Ui::OrgImportDialog::RowColumn)->data(Qt::UserRole).toInt(), 2);
        QCOMPARE(dialog.reportTable()->item(0, Ui::OrgImportDialog::NameColumn)->text(), QStringLiteral("حسن کریمی"));
        QCOMPARE(dialog.reportTable()->item(2, Ui::OrgImportDialog::ProblemColumn)->text().count(u'\n'), 1);
        QVERIFY(screenshot(&dialog, QStringLiteral("orgimport-errors")));
        QCOMPARE(s.memberCount(), membersBefore);

        // A clean UTF-8 file (Excel's "CSV UTF-8": with a BOM).
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(write(good, "\xEF\xBB\xBF" + QStringLiteral("نام,نام خانوادگی,موبایل,کد ملی,تاریخ تولد,شماره پرسنلی\n"
                                                             "علی,رضایی,۰۹۱۳۱۲۳۰۰۰۱,%1,۱۳۷۰/۰۵/۱۲,۱۱\n"
                                                             "حسن,کریمی,09131230002,,1991-01-01,12\n"
                                                             "مینا,صادقی,09131230004,%2,,14\n")
                                                  .arg(code(1), code(4))
                                                  .toUtf8()));
        retype(dialog.fileEdit(), good);
        QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
        QVERIFY(!dialog.importButton()->isEnabled()); // a new file needs its own dry run
        QTest::mouseClick(dialog.dryRunButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.summaryLabel()->text()));
        QVERIFY(screenshot(&dialog, QStringLiteral("orgimport-clean")));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QCOMPARE(dialog.importedCount(), 3);
        QVERIFY(!dialog.importButton()->isEnabled()); // not twice
        QCOMPARE(s.memberCount(), membersBefore + 3);
        dialog.close();

        page.activate();
        QCOMPARE(page.panel()->membersTable()->rowCount(), 3);
        QCOMPARE(page.panel()->organisationsTable()->item(0, Ui::OrganisationsPanel::OrgMembers)->text(),
                 Ui::Format::number(3));

        // Organisation-funded credit and the month's statement.
        const QList<OrganisationMembership> links = *s.hub->organisations().members(s.admin, org->id);
        const Id funded = links.first().memberId;
        QVERIFY(s.hub->organisations().setFundedCredit(s.admin, org->id, funded, 4 * kPrice));
        CardType credit;
        credit.name = QStringLiteral("اعتبار دانشگاه");
        credit.kind = CardKind::Credit;
        credit.prefix = QStringLiteral("6281");
        credit.pinRequired = false;
        credit.maxPerMember = 0;
        const Result<CardType> type = s.hub->cards().createCardType(s.admin, credit);
        QVERIFY(type);
        const Result<Card> card = s.hub->cards().issue(s.admin, funded, type->id);
        QVERIFY(card);
        QVERIFY(s.hub->inventory().createWarehouse(s.admin, s.admin.branchId, QStringLiteral("Main")));
        Product p;
        p.code = QStringLiteral("P1");
        p.nameEn = QStringLiteral("Book");
        p.nameFa = QStringLiteral("کتاب");
        p.nameAr = QStringLiteral("كتاب");
        const Result<Product> product = s.hub->catalog().createProduct(s.admin, p);
        QVERIFY(product);
        const Status priced = s.hub->catalog().setPrice(s.admin, product->id, kNoId, kPrice, QDateTime::currentDateTimeUtc());
        QVERIFY2(priced, qPrintable(priced ? QString() : priced.error().message));
        QuoteRequest r;
        r.memberId = funded;
        r.lines = {{product->id, 3, 0}};
        r.credit = 3 * kPrice;
        r.tenderCardId = card->id;
        const Result<Sale> sale = s.hub->sales().commit(s.admin, r, QStringLiteral("org-sale"));
        QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().message));

        Ui::OrgStatementDialog statement(*s.context, *org, &page);
        statement.show();
        QVERIFY(QTest::qWaitForWindowExposed(&statement));
        QVERIFY(statement.statement());
        QCOMPARE(statement.table()->rowCount(), 1);
        QCOMPARE(statement.statement()->total, 3 * kPrice);
        QCOMPARE(statement.table()->item(0, 4)->text(), Ui::Format::money(3 * kPrice));
        QVERIFY(screenshot(&statement, QStringLiteral("orgstatement")));
        const QString csv = dir.filePath(QStringLiteral("statement.csv"));
        QVERIFY(statement.exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.contains("750000,0,750000"));
        const QString pdf = QDir(outputDir()).filePath(QStringLiteral("%1-orgstatement.pdf").arg(language));
        QVERIFY(statement.exportPdf(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
        statement.close();

        QVERIFY(screenshot(&page, QStringLiteral("organisations")));
    }
};

QTEST_MAIN(TestOrganisationsPage)
#include "tst_organisationspage.moc"
