// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisations/Organisation.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

QString organisationKindName(Core::OrganisationKind kind); // translated

// New or edited organisation: name, kind, contact, notes, active.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationDialog(UiContext &context, const Core::Organisation &organisation, QWidget *parent = nullptr);
    // Runs the dialog; the saved organisation, or nothing when cancelled.
    static std::optional<Core::Organisation> edit(UiContext &context, const Core::Organisation &organisation,
                                                  QWidget *parent);
    const Core::Organisation &organisation() const { return m_org; }

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Core::Organisation m_org;
    FieldErrors *m_errors;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    QLineEdit *m_contactEmail;
    QPlainTextEdit *m_notes;
    QCheckBox *m_active;
};

// The organisation pays for the member's credit purchases, up to a limit per person.
class FundedCreditDialog : public QDialog
{
    Q_OBJECT

public:
    FundedCreditDialog(UiContext &context, const Core::OrganisationMembership &membership, QWidget *parent = nullptr);

public Q_SLOTS:
    bool save();

private:
    UiContext &m_context;
    Core::OrganisationMembership m_membership;
    FieldErrors *m_errors;
    QCheckBox *m_funded;
    DigitLineEdit *m_limit;
};

// The month's statement to the organisation: per funded person, purchases, returns and the
// total owed; exported to CSV and PDF.
class OrgStatementDialog : public QDialog
{
    Q_OBJECT

public:
    OrgStatementDialog(UiContext &context, const Core::Organisation &organisation, QWidget *parent = nullptr);
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *monthBox() const { return m_month; }
    QTableWidget *table() const { return m_table; }
    const std::optional<Core::OrganisationStatement> &statement() const { return m_statement; }

public Q_SLOTS:
    void load();
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

private:
    void chooseCsv();
    void choosePdf();
    QStringList header() const;
    QString period() const;

    UiContext &m_context;
    Core::Organisation m_org;
    std::optional<Core::OrganisationStatement> m_statement;
    QSpinBox *m_year;
    QComboBox *m_month;
    QTableWidget *m_table;
    QLabel *m_totals;
};

} // namespace Club::Ui
