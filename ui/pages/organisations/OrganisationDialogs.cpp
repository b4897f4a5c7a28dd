// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationDialogs.h"

#include "Format.h"
#include "UiContext.h"
#include "models/TableViews.h"
#include "organisations/OrganisationService.h"
#include "pages/credit/CreditDialogs.h"
#include "pages/reports/ReportPrinting.h"
#include "reports/Report.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, QPushButton **ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    (*ok)->setObjectName(QStringLiteral("confirm"));
    (*ok)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}
} // namespace

QString organisationKindName(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Company:
        return OrganisationDialog::tr("Company");
    case OrganisationKind::Union:
        //: A trade union or guild of workers
        return OrganisationDialog::tr("Union");
    case OrganisationKind::University:
        return OrganisationDialog::tr("University");
    case OrganisationKind::Bank:
        return OrganisationDialog::tr("Bank");
    case OrganisationKind::Other:
        return OrganisationDialog::tr("Other");
    }
    return {};
}

OrganisationDialog::OrganisationDialog(UiContext &context, const Organisation &organisation, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_org(organisation)
    , m_errors(new FieldErrors(this))
    , m_name(new QLineEdit(organisation.name, this))
    , m_kind(new QComboBox(this))
    , m_contactName(new QLineEdit(organisation.contactName, this))
    , m_contactPhone(new QLineEdit(organisation.contactPhone, this))
    , m_contactEmail(new QLineEdit(organisation.contactEmail, this))
    , m_notes(new QPlainTextEdit(organisation.notes, this))
    , m_active(new QCheckBox(tr("&Active"), this))
{
    setWindowTitle(organisation.id == kNoId ? tr("New Organisation") : tr("Edit Organisation"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_contactEmail->setObjectName(QStringLiteral("contactEmail"));
    for (OrganisationKind k : {OrganisationKind::Company, OrganisationKind::Union, OrganisationKind::University,
                               OrganisationKind::Bank, OrganisationKind::Other})
        m_kind->addItem(organisationKindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(organisation.kind)));
    m_active->setChecked(organisation.active);
    m_notes->setMaximumHeight(80);
    m_contactPhone->setLayoutDirection(Qt::LeftToRight);
    m_contactEmail->setLayoutDirection(Qt::LeftToRight);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Contact &person:"), m_contactName);
    form->addRow(tr("Contact &phone:"), m_contactPhone);
    m_errors->addRow(form, tr("Contact &email:"), m_contactEmail, QStringLiteral("contactEmail"));
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_active);
    QPushButton *save = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("&Save"), &save);
    connect(save, &QPushButton::clicked, this, &OrganisationDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

std::optional<Organisation> OrganisationDialog::edit(UiContext &context, const Organisation &organisation,
                                                     QWidget *parent)
{
    OrganisationDialog dialog(context, organisation, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.organisation();
}

bool OrganisationDialog::save()
{
    m_errors->clear();
    Organisation o = m_org;
    o.name = m_name->text();
    o.kind = OrganisationKind(m_kind->currentData().toInt());
    o.contactName = m_contactName->text();
    o.contactPhone = m_contactPhone->text();
    o.contactEmail = m_contactEmail->text();
    o.notes = m_notes->toPlainText();
    o.active = m_active->isChecked();
    if (o.id == kNoId) {
        const Result<Organisation> made = m_context.organisations().create(m_context.actor(), o);
        if (!made) {
            m_errors->report(made.error());
            return false;
        }
        m_org = *made;
    } else {
        if (const Status s = m_context.organisations().update(m_context.actor(), o); !s) {
            m_errors->report(s.error());
            return false;
        }
        m_org = o;
    }
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

FundedCreditDialog::FundedCreditDialog(UiContext &context, const OrganisationMembership &membership,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_membership(membership)
    , m_errors(new FieldErrors(this))
    , m_funded(new QCheckBox(tr("The organisation &pays for this person's credit purchases"), this))
    , m_limit(new DigitLineEdit(this))
{
    //: %1 is a member's name
    setWindowTitle(tr("Organisation Credit for %1").arg(membership.memberName));
    m_funded->setObjectName(QStringLiteral("funded"));
    m_limit->setObjectName(QStringLiteral("limit"));
    m_funded->setChecked(membership.fundedCredit);
    m_limit->setEnabled(membership.fundedCredit);
    m_limit->setMaxDigits(15);
    connect(m_funded, &QCheckBox::toggled, m_limit, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(QString(), m_funded);
    m_errors->addRow(form, tr("Credit &limit:"), m_limit, QStringLiteral("limit"));
    QPushButton *save = nullptr;
    QDialogButtonBox *buttons = okCancel(this, tr("&Save"), &save);
    connect(save, &QPushButton::clicked, this, &FundedCreditDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The limit is the person's credit limit; they need a credit card of the club "
                                    "to buy on it. Purchases and returns appear on the organisation's statement."),
                                 this));
    layout->addWidget(buttons);
    layout->itemAt(1)->widget()->setProperty("wordWrap", true);
}

bool FundedCreditDialog::save()
{
    m_errors->clear();
    Money limit = -1;
    if (m_funded->isChecked()) {
        const std::optional<qint64> amount = CreditUi::amountOf(m_limit);
        if (!amount) {
            m_errors->report(Error::make(Error::Code::Invalid, tr("Enter the limit as a whole amount."), {},
                                         QStringLiteral("limit")));
            return false;
        }
        limit = *amount;
    }
    const Status s = m_context.organisations().setFundedCredit(m_context.actor(), m_membership.organisationId,
                                                               m_membership.memberId, limit);
    if (!s) {
        m_errors->report(s.error());
        return false;
    }
    accept();
    return true;
}

// ---------------------------------------------------------------------------------------

OrgStatementDialog::OrgStatementDialog(UiContext &context, const Organisation &organisation, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_org(organisation)
    , m_year(new QSpinBox(this))
    , m_month(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_totals(new QLabel(this))
{
    //: %1 is an organisation's name
    setWindowTitle(tr("Statement to %1").arg(organisation.name));
    m_year->setObjectName(QStringLiteral("year"));
    m_month->setObjectName(QStringLiteral("month"));
    m_table->setObjectName(QStringLiteral("statement"));
    m_totals->setObjectName(QStringLiteral("totals"));
    const QCalendar cal = Format::calendar();
    const QCalendar::YearMonthDay today = cal.partsFromDate(QDate::currentDate());
    m_year->setRange(today.year - 50, today.year + 1);
    m_year->setValue(today.year);
    m_year->setGroupSeparatorShown(false);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(cal.standaloneMonthName(QLocale(), m, today.year), m);
    m_month->setCurrentIndex(today.month - 1);
    m_table->setHorizontalHeaderLabels(header());
    TableViews::setUp(m_table, m_table->model());

    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    auto *pdf = new QPushButton(tr("Export &PDF…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(csv);
    top->addWidget(pdf);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_year, &QSpinBox::valueChanged, this, &OrgStatementDialog::load);
    connect(m_month, &QComboBox::currentIndexChanged, this, &OrgStatementDialog::load);
    connect(csv, &QPushButton::clicked, this, &OrgStatementDialog::chooseCsv);
    connect(pdf, &QPushButton::clicked, this, &OrgStatementDialog::choosePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(720, 480);
    load();
}

QStringList OrgStatementDialog::header() const
{
    //: Columns of an organisation's monthly statement
    return {tr("Member"), tr("Staff number"), tr("Purchases"), tr("Returns"), tr("Total")};
}

QString OrgStatementDialog::period() const
{
    //: %1 month name, %2 year
    return tr("%1 %2").arg(m_month->currentText(), Format::number(m_year->value()).remove(QLocale().groupSeparator()));
}

void OrgStatementDialog::load()
{
    const QCalendar cal = Format::calendar();
    const int year = m_year->value();
    const int month = m_month->currentData().toInt();
    const QDate first = cal.dateFromParts(year, month, 1);
    const QDate next = month == 12 ? cal.dateFromParts(year + 1, 1, 1) : cal.dateFromParts(year, month + 1, 1);
    m_table->setRowCount(0);
    m_statement.reset();
    const Result<OrganisationStatement> st = m_context.organisations().statement(
        m_context.actor(), m_org.id, CreditUi::startOf(first), CreditUi::startOf(next));
    if (!st) {
        m_totals->setText(st.error().message);
        return;
    }
    m_statement = *st;
    for (const OrganisationStatementRow &r : st->rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(r.memberName));
        m_table->setItem(row, 1, cell(Format::ltr(r.staffNumber)));
        m_table->setItem(row, 2, cell(Format::money(r.purchases), true));
        m_table->setItem(row, 3, cell(Format::money(r.returns), true));
        m_table->setItem(row, 4, cell(Format::money(r.total), true));
    }
    m_totals->setText(tr("Purchases %1, returns %2: the organisation owes %3.")
                          .arg(Format::money(st->purchases), Format::money(st->returns), Format::money(st->total)));
}

bool OrgStatementDialog::exportCsv(const QString &path)
{
    if (!m_statement)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(this, Error::make(Error::Code::Storage, tr("The file cannot be written: %1").arg(file.errorString())));
        return false;
    }
    file.write(OrganisationService::statementCsv(*m_statement, header()));
    return file.commit();
}

bool OrgStatementDialog::exportPdf(const QString &path)
{
    if (!m_statement)
        return false;
    ReportTable table;
    table.title = windowTitle();
    table.columns = {{QStringLiteral("member"), header().at(0), ColumnKind::Text},
                     {QStringLiteral("staff"), header().at(1), ColumnKind::Text},
                     {QStringLiteral("purchases"), header().at(2), ColumnKind::Money},
                     {QStringLiteral("returns"), header().at(3), ColumnKind::Money},
                     {QStringLiteral("total"), header().at(4), ColumnKind::Money}};
    for (const OrganisationStatementRow &r : m_statement->rows)
        table.rows.append(QVariantList{r.memberName, r.staffNumber, r.purchases, r.returns, r.total});
    //: The last line of a statement
    table.rows.append(QVariantList{tr("Total"), QString(), m_statement->purchases, m_statement->returns,
                                   m_statement->total});
    table.calendar = Format::calendar();
    table.asOf = QDateTime::currentDateTimeUtc();
    return ReportPrinting::exportPdf(path, table, period(), QImage());
}

void OrgStatementDialog::chooseCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir(dir).filePath(m_org.name + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void OrgStatementDialog::choosePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QDir(dir).filePath(m_org.name + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace Club::Ui
