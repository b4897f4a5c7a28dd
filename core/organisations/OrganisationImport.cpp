// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationImport.h"

#include "OrganisationService.h"
#include "OrganisationSql.h"
#include "members/MemberService.h"
#include "members/Validation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QCalendar>
#include <QLocale>
#include <QRegularExpression>

namespace Club::Core {

namespace {
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("Club::Core", text, comment);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Header words that name each field, folded with Text::searchKey.
QStringList headerWords(ImportField field)
{
    switch (field) {
    case ImportField::FirstName:
        return {QStringLiteral("first name"), QStringLiteral("firstname"), QStringLiteral("name"),
                QStringLiteral("given name"), QStringLiteral("نام"), QStringLiteral("الاسم"), QStringLiteral("اسم")};
    case ImportField::LastName:
        return {QStringLiteral("last name"), QStringLiteral("lastname"), QStringLiteral("family name"),
                QStringLiteral("surname"), QStringLiteral("family"), QStringLiteral("نام خانوادگی"),
                QStringLiteral("نام‌خانوادگی"), QStringLiteral("فامیلی"), QStringLiteral("اسم العائلة"),
                QStringLiteral("العائلة"), QStringLiteral("اللقب")};
    case ImportField::Mobile:
        return {QStringLiteral("mobile"), QStringLiteral("mobile number"), QStringLiteral("cell"),
                QStringLiteral("phone"), QStringLiteral("موبایل"), QStringLiteral("شماره موبایل"),
                QStringLiteral("تلفن همراه"), QStringLiteral("همراه"), QStringLiteral("الجوال"),
                QStringLiteral("الهاتف"), QStringLiteral("الموبايل")};
    case ImportField::NationalCode:
        return {QStringLiteral("national code"), QStringLiteral("national id"), QStringLiteral("nationalcode"),
                QStringLiteral("کد ملی"), QStringLiteral("کدملی"), QStringLiteral("شماره ملی"),
                QStringLiteral("الرقم الوطني"), QStringLiteral("رقم الهوية")};
    case ImportField::BirthDate:
        return {QStringLiteral("birth date"), QStringLiteral("birthdate"), QStringLiteral("date of birth"),
                QStringLiteral("birthday"), QStringLiteral("تاریخ تولد"), QStringLiteral("تولد"),
                QStringLiteral("تاريخ الميلاد")};
    case ImportField::Email:
        return {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("ایمیل"),
                QStringLiteral("پست الکترونیک"), QStringLiteral("البريد الإلكتروني")};
    case ImportField::StaffNumber:
        return {QStringLiteral("staff number"), QStringLiteral("employee number"), QStringLiteral("student number"),
                QStringLiteral("personnel number"), QStringLiteral("staff no"), QStringLiteral("شماره پرسنلی"),
                QStringLiteral("کد پرسنلی"), QStringLiteral("شماره دانشجویی"), QStringLiteral("الرقم الوظيفي")};
    case ImportField::City:
        return {QStringLiteral("city"), QStringLiteral("شهر"), QStringLiteral("المدينة")};
    case ImportField::Language:
        return {QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("زبان"),
                QStringLiteral("اللغة"), QStringLiteral("لغة")};
    }
    return {};
}

struct Dmy
{
    int y = 0, m = 0, d = 0;
};
} // namespace

QList<ImportField> importFields()
{
    return {ImportField::FirstName, ImportField::LastName,    ImportField::Mobile,
            ImportField::NationalCode, ImportField::BirthDate, ImportField::Email,
            ImportField::StaffNumber, ImportField::City,       ImportField::Language};
}

std::optional<QString> parseImportLanguage(const QString &text)
{
    const QString t = Text::searchKey(text.trimmed());
    if (t.isEmpty())
        return QString();
    const std::pair<const char *, QStringList> names[] = {
        {"fa", {QStringLiteral("fa"), QStringLiteral("persian"), QStringLiteral("farsi"), QStringLiteral("فارسی"),
                QStringLiteral("پارسی"), QStringLiteral("الفارسية")}},
        {"ar", {QStringLiteral("ar"), QStringLiteral("arabic"), QStringLiteral("عربی"), QStringLiteral("العربية"),
                QStringLiteral("عربي")}},
        {"en", {QStringLiteral("en"), QStringLiteral("english"), QStringLiteral("انگلیسی"),
                QStringLiteral("الإنجليزية"), QStringLiteral("الانجليزية")}}};
    for (const auto &[key, words] : names) {
        for (const QString &w : words) {
            if (Text::searchKey(w) == t)
                return QString::fromLatin1(key);
        }
    }
    return std::nullopt;
}

bool importFieldRequired(ImportField field)
{
    return field == ImportField::FirstName || field == ImportField::LastName || field == ImportField::Mobile;
}

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::FirstName:
        return tr("First name");
    case ImportField::LastName:
        return tr("Last name");
    case ImportField::Mobile:
        return tr("Mobile");
    case ImportField::NationalCode:
        return tr("National code");
    case ImportField::BirthDate:
        return tr("Birth date");
    case ImportField::Email:
        return tr("Email");
    case ImportField::StaffNumber:
        return tr("Staff or student number");
    case ImportField::City:
        return tr("City");
    case ImportField::Language:
        //: A column of the member import: the language of the member's messages
        return tr("Message language");
    }
    return {};
}

QHash<ImportField, int> guessImportColumns(const QStringList &header)
{
    QHash<ImportField, int> out;
    QList<int> taken;
    // Exact words first, so "نام خانوادگی" is not taken by "نام".
    for (ImportField f : importFields()) {
        QStringList words;
        for (const QString &w : headerWords(f))
            words << Text::searchKey(w);
        for (int c = 0; c < header.size(); ++c) {
            if (!taken.contains(c) && words.contains(Text::searchKey(header.at(c)))) {
                out.insert(f, c);
                taken << c;
                break;
            }
        }
    }
    return out;
}

ParsedDate parseImportDate(const QString &input)
{
    ParsedDate out;
    QString text = Text::toLatinDigits(input).trimmed();
    // Excel adds a time to dates it recognised ("8/3/1991 0:00").
    if (const qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0)
        text.truncate(space);
    static const QRegularExpression parts(QStringLiteral("^(\\d{1,4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,4})$"));
    const QRegularExpressionMatch m = parts.match(text);
    if (!m.hasMatch()) {
        out.error = tr("\"%1\" is not a date. Write it as 1370/05/12 or 1991-08-03.").arg(input.trimmed());
        return out;
    }
    const QString a = m.captured(1), b = m.captured(2), c = m.captured(3);
    Dmy x;
    if (a.size() == 4 && c.size() <= 2) {
        x = {a.toInt(), b.toInt(), c.toInt()};
    } else if (c.size() == 4 && a.size() <= 2) {
        const int first = a.toInt(), second = b.toInt();
        if (first <= 12 && second <= 12 && first != second) {
            out.error = tr("\"%1\" is ambiguous: the day and the month could be either way round. Write the year "
                           "first, as 1370/05/12.")
                            .arg(input.trimmed());
            return out;
        }
        x = first > 12 ? Dmy{c.toInt(), second, first} : Dmy{c.toInt(), first, second};
    } else {
        out.error = tr("\"%1\" is not a date: write the year with four digits.").arg(input.trimmed());
        return out;
    }
    if (x.y >= 1300 && x.y <= 1499) {
        out.jalali = true;
        out.date = QDate(x.y, x.m, x.d, QCalendar(QCalendar::System::Jalali));
    } else if (x.y >= 1900 && x.y <= 2100) {
        out.date = QDate(x.y, x.m, x.d);
    } else {
        out.error = tr("The year of \"%1\" is neither Jalali (1300–1499) nor Gregorian (1900–2100).")
                        .arg(input.trimmed());
        return out;
    }
    if (!out.date.isValid())
        out.error = (out.jalali ? tr("\"%1\" is not a day of the Jalali calendar.")
                                : tr("\"%1\" is not a day of the Gregorian calendar."))
                        .arg(input.trimmed());
    return out;
}

Result<ImportReport> OrganisationService::check(const Actor &actor, Id organisationId, const ImportPlan &plan,
                                                const Progress &progress, const std::atomic_bool *cancel) const
{
    Result<Organisation> org = OrganisationSql(m_db).get(organisationId);
    if (!org)
        return org.error();
    if (!org->active)
        return Error::make(Error::Code::Conflict, tr("This organisation is deactivated."),
                           QStringLiteral("organisation %1 inactive").arg(organisationId));

    ImportReport report;
    report.encoding = plan.table.encoding;
    for (ImportField f : importFields()) {
        const int col = plan.columns.value(f, -1);
        if (importFieldRequired(f) && col < 0)
            report.fileErrors << tr("Choose the column that holds: %1.").arg(importFieldName(f));
        else if (col >= plan.table.header.size())
            report.fileErrors << tr("The column chosen for %1 is not in the file.").arg(importFieldName(f));
    }
    if (plan.table.rows.isEmpty())
        report.fileErrors << tr("The file has a header but no rows.");
    if (!report.fileErrors.isEmpty())
        return report;

    const int columns = int(plan.table.header.size());
    QHash<QString, int> mobiles; // normalized → first row number
    QHash<QString, int> codes;
    bool sawJalali = false, sawGregorian = false;
    const int total = int(plan.table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return Error::make(Error::Code::Conflict, tr("The import was cancelled. Nothing was imported."),
                               QStringLiteral("cancelled"));
        const QStringList &cells = plan.table.rows.at(i);
        ImportRow row;
        row.row = i + 2;
        auto cell = [&](ImportField f) {
            const int col = plan.columns.value(f, -1);
            return col >= 0 && col < cells.size() ? cells.at(col).trimmed() : QString();
        };
        if (cells.size() < columns)
            row.errors << tr("This row has %1 columns; the header has %2. A column is missing.")
                              .arg(number(cells.size()), number(columns));
        for (ImportField f : importFields()) {
            const int col = plan.columns.value(f, -1);
            if (importFieldRequired(f) && col >= cells.size())
                row.errors << tr("%1 is missing.").arg(importFieldName(f));
        }
        Member &d = row.draft;
        d.firstName = cell(ImportField::FirstName);
        d.lastName = cell(ImportField::LastName);
        d.mobile = cell(ImportField::Mobile);
        d.nationalCode = cell(ImportField::NationalCode);
        d.email = cell(ImportField::Email);
        d.city = cell(ImportField::City);
        row.staffNumber = Text::toLatinDigits(cell(ImportField::StaffNumber));
        if (const std::optional<QString> language = parseImportLanguage(cell(ImportField::Language)); language)
            d.language = *language;
        else
            row.errors << tr("The language \"%1\" is not one of Persian, Arabic or English.")
                              .arg(cell(ImportField::Language));

        if (const QString birth = cell(ImportField::BirthDate); !birth.isEmpty()) {
            const ParsedDate date = parseImportDate(birth);
            if (!date.error.isEmpty()) {
                row.errors << date.error;
            } else {
                d.birthDate = date.date;
                (date.jalali ? sawJalali : sawGregorian) = true;
                row.note = date.jalali ? tr("Birth date read as Jalali: %1 (%2 Gregorian).")
                                             .arg(Text::toLatinDigits(birth), date.date.toString(Qt::ISODate))
                                       : tr("Birth date read as Gregorian: %1.").arg(date.date.toString(Qt::ISODate));
            }
        }
        bool mobileReported = false, codeReported = false;
        if (const std::optional<QString> mobile = Validation::normalizeMobile(d.mobile); mobile) {
            if (const int first = mobiles.value(*mobile); first > 0) {
                row.errors << tr("The same mobile number is on row %1.").arg(number(first));
                mobileReported = true;
            } else {
                mobiles.insert(*mobile, row.row);
            }
        }
        if (!d.nationalCode.isEmpty()) {
            if (!Validation::isValidNationalCode(d.nationalCode)) {
                row.errors << tr("The national code %1 is not valid: its check digit does not match.")
                                  .arg(Text::toLatinDigits(d.nationalCode));
                codeReported = true;
            } else {
                const QString code = Validation::normalizeNationalCode(d.nationalCode);
                if (const int first = codes.value(code); first > 0) {
                    row.errors << tr("The same national code is on row %1.").arg(number(first));
                    codeReported = true;
                } else {
                    codes.insert(code, row.row);
                }
            }
        }
        if (!d.firstName.isEmpty() || !d.lastName.isEmpty() || !d.mobile.isEmpty()) {
            Result<Member> checked = m_members.checkNew(actor, d);
            if (!checked) {
                const Error &e = checked.error();
                if (e.code == Error::Code::Forbidden || e.code == Error::Code::Storage)
                    return e;
                const bool repeated = (e.field == QLatin1String("mobile") && mobileReported) ||
                                      (e.field == QLatin1String("nationalCode") && codeReported);
                if (!repeated)
                    row.errors << e.message;
            } else {
                d = *checked;
            }
        } else if (row.errors.isEmpty()) {
            row.errors << tr("The row has no name and no mobile number.");
        }
        if (!row.errors.isEmpty())
            ++report.errorRows;
        report.rows.append(row);
        if (progress)
            progress(i + 1, total);
    }
    if (sawJalali && sawGregorian)
        report.notes << tr("This file mixes Jalali and Gregorian dates; each row says how its date was read.");
    return report;
}

Result<ImportReport> OrganisationService::dryRun(const Actor &actor, Id organisationId, const ImportPlan &plan,
                                                 const Progress &progress, const std::atomic_bool *cancel) const
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s.error();
    return check(actor, organisationId, plan, progress, cancel);
}

Result<ImportReport> OrganisationService::importMembers(const Actor &actor, Id organisationId,
                                                        const ImportPlan &plan, const Progress &progress,
                                                        const std::atomic_bool *cancel)
{
    if (Status s = require(actor, Permission::OrganisationManage); !s)
        return s.error();
    const int total = int(plan.table.rows.size());
    // One transaction for all: the rows are checked again inside it (another desk may have
    // registered one of the mobiles since the dry run), and a failure or a cancel part way
    // leaves nothing behind.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<ImportReport> report = check(
        actor, organisationId, plan,
        [&progress, total](int done, int) {
            if (progress)
                progress(done, total * 2);
        },
        cancel);
    if (!report || !report->clean())
        return report;
    ImportReport out = std::move(report).value();

    const QDateTime now = m_clock.nowUtc();
    const QDate joined = plan.joinedOn.isValid() ? plan.joinedOn : now.toLocalTime().date();
    const OrganisationSql sql(m_db);
    for (int i = 0; i < out.rows.size(); ++i) {
        if (cancel && cancel->load())
            return Error::make(Error::Code::Conflict, tr("The import was cancelled. Nothing was imported."),
                               QStringLiteral("cancelled"));
        ImportRow &row = out.rows[i];
        Result<Member> made = m_members.create(actor, row.draft);
        if (!made) {
            Error e = made.error();
            e.message = tr("Row %1: %2 Nothing was imported.").arg(number(row.row), e.message);
            return e;
        }
        row.memberId = made->id;
        OrganisationMembership link;
        link.organisationId = organisationId;
        link.memberId = made->id;
        link.staffNumber = row.staffNumber;
        link.joinedOn = joined;
        if (Result<Id> id = sql.insertMembership(link, now); !id)
            return id.error();
        if (progress)
            progress(total + i + 1, total * 2);
    }
    out.imported = int(out.rows.size());
    if (Status s = m_audit.record(actor, QStringLiteral("organisation.import"), QStringLiteral("organisation"),
                                  organisationId, QStringLiteral("members=%1").arg(out.imported));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT membershipsChanged(organisationId);
    Q_EMIT organisationsChanged();
    return out;
}

} // namespace Club::Core
