// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "util/Text.h"
#include "TestMain.h"

#include <QStringEncoder>
#include <QTest>

#include <iconv.h>

using namespace Club::Core;
using Club::Test::TestDatabase;
using Club::Test::nationalCodeWithCheckDigit;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message + QStringLiteral(" / ") + r.error().detail;
}

// What Persian Windows' Excel writes for "CSV (Comma delimited)".
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

QString code(int n)
{
    return nationalCodeWithCheckDigit(QStringLiteral("4%1").arg(n, 8, 10, QLatin1Char('0')));
}

// A wrong check digit.
QString badCode(int n)
{
    const QString good = code(n);
    return good.left(9) + QString::number((good.right(1).toInt() + 1) % 10);
}

struct Fixture
{
    explicit Fixture(Database::Engine engine)
        : t{engine}
        , clock(kStart)
        , admin(t.admin())
        , hub(t.db(), clock)
    {
        if (admin.operatorId == kNoId)
            return;
        manager = t.actorWithRole(Role::Manager);
        staff = t.actorWithRole(Role::Staff);
        Organisation o;
        o.name = QStringLiteral("Tehran Metro");
        Result<Organisation> made = hub.organisations().create(manager, o);
        org = made ? made->id : kNoId;
    }
    bool ok() const { return t.ok() && manager.operatorId != kNoId && org != kNoId; }
    qint64 count(const QString &sql)
    {
        SqlQuery q(t.db(), sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    QList<qint64> footprint()
    {
        return {count(QStringLiteral("SELECT COUNT(*) FROM members")),
                count(QStringLiteral("SELECT COUNT(*) FROM member_accounts")),
                count(QStringLiteral("SELECT COUNT(*) FROM organisation_members"))};
    }
    Result<ImportPlan> plan(const QByteArray &bytes)
    {
        Result<CsvTable> table = CsvReader::read(bytes);
        if (!table)
            return table.error();
        ImportPlan p;
        p.table = *table;
        p.columns = guessImportColumns(table->header);
        return p;
    }

    TestDatabase t;
    ManualClock clock;
    Actor admin;
    Actor manager;
    Actor staff;
    ServiceHub hub;
    Id org = kNoId;
};

QString rowErrors(const ImportReport &r)
{
    QStringList out = r.fileErrors;
    for (const ImportRow &row : r.rows) {
        for (const QString &e : row.errors)
            out << QStringLiteral("row %1: %2").arg(row.row).arg(e);
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

#define IMPORT_FIXTURE()                                                                                               \
    QFETCH(int, engine);                                                                                               \
    Fixture f{Database::Engine(engine)};                                                                               \
    QVERIFY2(f.ok(), qPrintable(f.t.error()))

class TestOrgImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        const QString text = QStringLiteral("نام,نام خانوادگی,موبایل\r\nعلي,كريمي,09121112233\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(CsvTable::Encoding::Utf8) << ',';
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << int(CsvTable::Encoding::Utf8Bom)
                                   << ',';
        QTest::newRow("windows-1256") << toWindows1256(text) << int(CsvTable::Encoding::Windows1256) << ',';
        QString tabbed = text;
        tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        QTest::newRow("utf-16 tabs (Excel unicode text)")
            << QByteArray("\xFF\xFE" + QByteArray(utf16(tabbed))) << int(CsvTable::Encoding::Utf16) << '\t';
        QString semi = text;
        semi.replace(QLatin1Char(','), QLatin1Char(';'));
        QTest::newRow("semicolons") << semi.toUtf8() << int(CsvTable::Encoding::Utf8) << ';';
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QVERIFY(!bytes.isEmpty());
        Result<CsvTable> t = CsvReader::read(bytes);
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(int(t->encoding), encoding);
        QCOMPARE(t->delimiter, delimiter);
        // Windows-1256 turns ی into ي; names are stored folded (Text::normalizeName), so compare so.
        auto folded = [](const QStringList &cells) {
            QStringList out;
            for (const QString &c : cells)
                out << Text::normalizeName(c);
            return out;
        };
        QCOMPARE(folded(t->header),
                 (QStringList{QStringLiteral("نام"), QStringLiteral("نام خانوادگی"), QStringLiteral("موبایل")}));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(folded(t->rows.first()),
                 (QStringList{QStringLiteral("علی"), QStringLiteral("کریمی"), QStringLiteral("09121112233")}));
        const QHash<ImportField, int> cols = guessImportColumns(t->header);
        QCOMPARE(cols.value(ImportField::FirstName, -1), 0);
        QCOMPARE(cols.value(ImportField::LastName, -1), 1);
        QCOMPARE(cols.value(ImportField::Mobile, -1), 2);
    }

    void quotedCells()
    {
        Result<CsvTable> t = CsvReader::read(QByteArrayLiteral(
            "First name,Last name,Mobile\n\"Smith, Jr.\",\"O\"\"Neil\",\"0912\n111 2233\"\n,,\n,,\n"));
        QVERIFY2(t, qPrintable(why(t)));
        QCOMPARE(t->rows.size(), 1); // Excel's trailing empty rows are not rows
        QCOMPARE(t->rows.first().at(0), QStringLiteral("Smith, Jr."));
        QCOMPARE(t->rows.first().at(1), QStringLiteral("O\"Neil"));
        QCOMPARE(t->rows.first().at(2), QStringLiteral("0912\n111 2233"));
        QVERIFY(!CsvReader::read(QByteArray()));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("jalali");
        const QCalendar jalali(QCalendar::System::Jalali);
        QTest::newRow("jalali year first") << QStringLiteral("1370/05/12") << QDate(1991, 8, 3) << true;
        QTest::newRow("jalali persian digits") << QStringLiteral("۱۳۷۰/۰۵/۱۲") << QDate(1991, 8, 3) << true;
        QTest::newRow("jalali arabic digits, dashes") << QStringLiteral("١٣٧٠-٥-١٢") << QDate(1991, 8, 3) << true;
        QTest::newRow("gregorian iso") << QStringLiteral("1991-08-03") << QDate(1991, 8, 3) << false;
        QTest::newRow("gregorian excel with time") << QStringLiteral("23/08/1991 0:00") << QDate(1991, 8, 23) << false;
        QTest::newRow("gregorian m/d") << QStringLiteral("08/23/1991") << QDate(1991, 8, 23) << false;
        QTest::newRow("same day and month") << QStringLiteral("05/05/1991") << QDate(1991, 5, 5) << false;
        QTest::newRow("ambiguous") << QStringLiteral("03/08/1991") << QDate() << false;
        QTest::newRow("two-digit year") << QStringLiteral("70/05/12") << QDate() << false;
        QTest::newRow("year out of range") << QStringLiteral("1600/01/01") << QDate() << false;
        QTest::newRow("no such jalali day") << QStringLiteral("1370/12/31") << QDate() << false;
        QTest::newRow("no such gregorian day") << QStringLiteral("1991-02-30") << QDate() << false;
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate() << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(bool, jalali);
        const ParsedDate p = parseImportDate(text);
        QCOMPARE(p.date, date);
        QCOMPARE(p.error.isEmpty(), date.isValid());
        if (date.isValid())
            QCOMPARE(p.jalali, jalali);
    }

    void cleanFileImportsAll_data() { CLUB_ADD_ENGINE_ROWS(); }
    void cleanFileImportsAll()
    {
        IMPORT_FIXTURE();
        // UTF-8 with BOM as Excel's "CSV UTF-8"; Persian digits; Arabic ي/ك; mixed calendars.
        const QString text = QStringLiteral("نام,نام خانوادگی,موبایل,کد ملی,تاریخ تولد,شماره پرسنلی\r\n"
                                            "علي,كريمي,۰۹۱۲۱۱۱۲۲۳۳,%1,۱۳۷۰/۰۵/۱۲,۱۰۱\r\n"
                                            "Sara,Ahmadi,+98 912 111 2234,%2,1991-08-23,102\r\n"
                                            "Reza,Rezaei,09121112235,,,103\r\n")
                                 .arg(code(1), code(2));
        Result<ImportPlan> plan = f.plan("\xEF\xBB\xBF" + text.toUtf8());
        QVERIFY2(plan, qPrintable(why(plan)));
        QCOMPARE(f.hub.organisations().dryRun(f.staff, f.org, *plan).error().code, Error::Code::Forbidden);

        const QList<qint64> before = f.footprint();
        QList<int> progress;
        Result<ImportReport> dry = f.hub.organisations().dryRun(f.manager, f.org, *plan, [&progress](int done, int) {
            progress << done;
        });
        QVERIFY2(dry, qPrintable(why(dry)));
        QVERIFY2(dry->clean(), qPrintable(rowErrors(*dry)));
        QCOMPARE(progress, (QList<int>{1, 2, 3}));
        QCOMPARE(dry->rows.size(), 3);
        QCOMPARE(dry->notes.size(), 1); // the file mixes Jalali and Gregorian dates
        QVERIFY(dry->rows.at(0).note.contains(QStringLiteral("1991-08-03")));
        QCOMPARE(f.footprint(), before); // a dry run writes nothing

        Result<ImportReport> done = f.hub.organisations().importMembers(f.manager, f.org, *plan);
        QVERIFY2(done, qPrintable(why(done)));
        QCOMPARE(done->imported, 3);
        QCOMPARE(f.footprint(), (QList<qint64>{before.at(0) + 3, before.at(1) + 3, before.at(2) + 3}));
        const QList<OrganisationMembership> links = *f.hub.organisations().members(f.staff, f.org);
        QCOMPARE(links.size(), 3);
        Result<Member> ali = f.hub.members().member(f.staff, done->rows.at(0).memberId);
        QVERIFY(ali);
        QCOMPARE(ali->firstName, QStringLiteral("علی"));
        QCOMPARE(ali->lastName, QStringLiteral("کریمی"));
        QCOMPARE(ali->mobile, QStringLiteral("+989121112233"));
        QCOMPARE(ali->birthDate, QDate(1991, 8, 3));
        QCOMPARE(f.hub.members().member(f.staff, done->rows.at(1).memberId)->birthDate, QDate(1991, 8, 23));
        QCOMPARE(f.hub.organisations().organisationsOf(f.staff, ali->id)->first().staffNumber, QStringLiteral("101"));

        // The same file again: every mobile is now the club's, so nothing more is imported.
        Result<ImportReport> again = f.hub.organisations().importMembers(f.manager, f.org, *plan);
        QVERIFY(again);
        QCOMPARE(again->errorRows, 3);
        QCOMPARE(again->imported, 0);
        QCOMPARE(f.footprint().at(0), before.at(0) + 3);
    }

    void languageColumn_data() { CLUB_ADD_ENGINE_ROWS(); }
    void languageColumn()
    {
        IMPORT_FIXTURE();
        // A "زبان" (language) column: codes or names in any of the three languages; empty is
        // the store's language; anything else refuses its row.
        const QString text = QStringLiteral("نام,نام خانوادگی,موبایل,زبان\n"
                                            "Ali,Karimi,09121112233,عربی\n"
                                            "Sara,Ahmadi,09121112234,en\n"
                                            "Reza,Rezaei,09121112235,\n"
                                            "Nima,Nikoo,09121112236,Deutsch\n");
        Result<ImportPlan> plan = f.plan(text.toUtf8());
        QVERIFY2(plan, qPrintable(why(plan)));
        QVERIFY(plan->columns.contains(ImportField::Language));
        Result<ImportReport> dry = f.hub.organisations().dryRun(f.manager, f.org, *plan);
        QVERIFY2(dry, qPrintable(why(dry)));
        QCOMPARE(dry->rows.size(), 4);
        QCOMPARE(dry->rows.at(0).draft.language, QStringLiteral("ar"));
        QCOMPARE(dry->rows.at(1).draft.language, QStringLiteral("en"));
        QCOMPARE(dry->rows.at(2).draft.language, QString());
        QVERIFY(dry->rows.at(2).errors.isEmpty());
        QCOMPARE(dry->rows.at(3).errors.size(), 1);
        QVERIFY(dry->rows.at(3).errors.at(0).contains(QStringLiteral("Deutsch")));
    }

    void windows1256File_data() { CLUB_ADD_ENGINE_ROWS(); }
    void windows1256File()
    {
        IMPORT_FIXTURE();
        const QString text = QStringLiteral("First name;Last name;Mobile;Birth date\r\n"
                                            "مريم;كاظمي;09123334455;1365/01/01\r\n");
        Result<ImportPlan> plan = f.plan(toWindows1256(text));
        QVERIFY2(plan, qPrintable(why(plan)));
        QCOMPARE(plan->table.encoding, CsvTable::Encoding::Windows1256);
        Result<ImportReport> done = f.hub.organisations().importMembers(f.manager, f.org, *plan);
        QVERIFY2(done && done->clean(), qPrintable(done ? rowErrors(*done) : why(done)));
        Result<Member> m = f.hub.members().member(f.staff, done->rows.first().memberId);
        QCOMPARE(m->firstName, QStringLiteral("مریم"));
        QCOMPARE(m->lastName, QStringLiteral("کاظمی"));
        QCOMPARE(m->birthDate, QDate(1986, 3, 21));
    }

    void badRowsImportNothing_data() { CLUB_ADD_ENGINE_ROWS(); }
    void badRowsImportNothing()
    {
        IMPORT_FIXTURE();
        Member existing = Club::Test::memberDraft(7);
        existing.mobile = QStringLiteral("09129990000");
        QVERIFY(f.hub.members().create(f.admin, existing));
        const QString text = QStringLiteral("First name,Last name,Mobile,National code,Birth date\n"
                                            "Good,One,09121000001,%1,1370/01/01\n"          // row 2: fine
                                            "Dup,File,0912 100 0001,,\n"                     // row 3: same mobile as row 2
                                            "Dup,Club,09129990000,,\n"                       // row 4: the club has it
                                            "Bad,Code,09121000004,%2,\n"                     // row 5: check digit
                                            "Bad,Date,09121000005,,1370/13/01\n"             // row 6: no 13th month
                                            "Ambiguous,Date,09121000006,,03/04/1990\n"       // row 7
                                            "Short,Row\n"                                    // row 8: columns missing
                                            "Good,Two,09121000008,,1990-01-01\n")            // row 9: fine
                                 .arg(code(11), badCode(12));
        Result<ImportPlan> plan = f.plan(text.toUtf8());
        QVERIFY2(plan, qPrintable(why(plan)));
        const QList<qint64> before = f.footprint();
        Result<ImportReport> dry = f.hub.organisations().dryRun(f.manager, f.org, *plan);
        QVERIFY2(dry, qPrintable(why(dry)));
        QVERIFY(!dry->clean());
        QCOMPARE(dry->errorRows, 6);
        QHash<int, QStringList> errors;
        for (const ImportRow &r : dry->rows)
            errors.insert(r.row, r.errors);
        QVERIFY(errors.value(2).isEmpty());
        QVERIFY(errors.value(9).isEmpty());
        QCOMPARE(errors.value(3).size(), 1);
        QVERIFY2(errors.value(3).first().contains(QLatin1String("row 2")), qPrintable(errors.value(3).join(u'|')));
        QCOMPARE(errors.value(4).size(), 1);
        QVERIFY2(errors.value(4).first().contains(QLatin1String("already registered")), qPrintable(errors.value(4).first()));
        QCOMPARE(errors.value(5).size(), 1);
        QVERIFY2(errors.value(5).first().contains(QLatin1String("check digit")), qPrintable(errors.value(5).first()));
        QCOMPARE(errors.value(6).size(), 1);
        QVERIFY(errors.value(6).first().contains(QLatin1String("Jalali")));
        QCOMPARE(errors.value(7).size(), 1);
        QVERIFY(errors.value(7).first().contains(QLatin1String("ambiguous")));
        QVERIFY2(errors.value(8).first().contains(QLatin1String("column is missing")), qPrintable(errors.value(8).join(u'|')));
        QVERIFY2(errors.value(8).join(u'|').contains(QLatin1String("Mobile is missing")), qPrintable(errors.value(8).join(u'|')));

        // The import refuses the whole file: not even the good rows are written.
        Result<ImportReport> done = f.hub.organisations().importMembers(f.manager, f.org, *plan);
        QVERIFY(done);
        QCOMPARE(done->imported, 0);
        QCOMPARE(done->errorRows, 6);
        QCOMPARE(f.footprint(), before);
    }

    void missingColumnAndCancel_data() { CLUB_ADD_ENGINE_ROWS(); }
    void missingColumnAndCancel()
    {
        IMPORT_FIXTURE();
        Result<ImportPlan> plan = f.plan(QByteArrayLiteral("First name,Surname\nA,B\n"));
        QVERIFY(plan);
        QVERIFY(!plan->columns.contains(ImportField::Mobile));
        Result<ImportReport> dry = f.hub.organisations().dryRun(f.manager, f.org, *plan);
        QVERIFY(dry);
        QCOMPARE(dry->fileErrors.size(), 1);
        QVERIFY(dry->fileErrors.first().contains(QLatin1String("Mobile")));
        QVERIFY(dry->rows.isEmpty());

        // Cancelled half way through the writing: nothing stays.
        QString text = QStringLiteral("First name,Last name,Mobile\n");
        for (int i = 0; i < 6; ++i)
            text += QStringLiteral("N%1,M%1,0912200000%1\n").arg(i);
        plan = f.plan(text.toUtf8());
        QVERIFY(plan);
        const QList<qint64> before = f.footprint();
        std::atomic_bool cancel = false;
        Result<ImportReport> done = f.hub.organisations().importMembers(
            f.manager, f.org, *plan,
            [&cancel](int step, int total) {
                if (step == total * 3 / 4)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!done);
        QCOMPARE(f.footprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestOrgImport)
#include "tst_orgimport.moc"
