// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;

namespace Club::Ui {

// A service error in a message box: the translated message for the operator; the detail
// goes to the log only.
void showError(QWidget *parent, const Core::Error &error);

// Inline errors under a form's fields. Each input is registered under the name services
// put in Error::field; show() writes the message in red under that input, focuses it,
// and the message goes away as soon as the input is edited.
//
//     m_errors.addRow(form, tr("&Mobile:"), m_mobile, QStringLiteral("mobile"));
//     ...
//     if (!result) m_errors.report(result.error());   // inline, or a message box
class FieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit FieldErrors(QWidget *form);

    // Registers input under field and returns its (hidden) error label, for the caller to
    // place under the input.
    QLabel *add(const QString &field, QWidget *input);
    // Adds "label: input" to a form layout with the error label in the row below it.
    void addRow(QFormLayout *layout, const QString &labelText, QWidget *input, const QString &field);
    // A label for errors that name no known field (shown without focusing anything);
    // without one, report() uses a message box for those.
    QLabel *addGeneral();
    // Another name services use for an input already registered ("password" for the
    // repeated password, for instance).
    void alias(const QString &field, const QString &registeredField);

    // Shows the error under its field and focuses it, or in the general label; false
    // when neither applies.
    bool show(const Core::Error &error);
    // Inline when the field is known, otherwise in a message box.
    void report(const Core::Error &error);
    void clear();
    void clear(const QString &field);

    QString message(const QString &field) const; // what is shown now, for tests
    QWidget *input(const QString &field) const;

Q_SIGNALS:
    // Before focusing an input: a wizard or tab widget shows the input's page here.
    void revealRequested(QWidget *input);

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QLabel *makeLabel(const QString &name);
    void watch(QWidget *input, const QString &field);
    const Entry *entry(const QString &field) const;

    QWidget *m_form;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_aliases;
    QPointer<QLabel> m_general;
};

} // namespace Club::Ui
