// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorDisplay.h"

#include "MessageBox.h"
#include "UiLog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Club::Ui {

namespace {
// A word-wrapped error that appears in a dialog already on screen needs room the dialog
// did not reserve: grow the window to the height its layout now asks for.
void growToFit(QWidget *form)
{
    QWidget *window = form->window();
    if (!window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    int needed = window->hasHeightForWidth() ? window->heightForWidth(window->width()) : -1;
    needed = std::max(needed, window->minimumSizeHint().height());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

QString errorTitle()
{
    const QString name = QGuiApplication::applicationDisplayName();
    return name.isEmpty() ? QCoreApplication::translate("Club::Ui::FieldErrors", "Error") : name;
}
} // namespace

void showError(QWidget *parent, const Core::Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcUi).noquote() << "error shown:" << int(error.code) << error.detail;
    const QString text =
        !error.message.isEmpty()
            ? error.message
            : QCoreApplication::translate("Club::Ui::FieldErrors", "Something went wrong. The details are in the log.");
    const bool serious = error.code == Core::Error::Code::Storage || error.code == Core::Error::Code::Unsupported;
    if (serious)
        MessageBox::critical(parent, errorTitle(), text);
    else
        MessageBox::warning(parent, errorTitle(), text);
}

FieldErrors::FieldErrors(QWidget *form)
    : QObject(form)
    , m_form(form)
{}

QLabel *FieldErrors::makeLabel(const QString &name)
{
    auto *label = new QLabel(m_form);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QLabel *FieldErrors::add(const QString &field, QWidget *input)
{
    QLabel *label = makeLabel(field + QStringLiteral("Error"));
    m_entries.insert(field, {input, label});
    watch(input, field);
    return label;
}

QLabel *FieldErrors::addGeneral()
{
    if (!m_general)
        m_general = makeLabel(QStringLiteral("generalError"));
    return m_general;
}

void FieldErrors::addRow(QFormLayout *layout, const QString &labelText, QWidget *input, const QString &field)
{
    layout->addRow(labelText, input);
    QLabel *error = add(field, input);
    layout->addRow(QString(), error); // no label: the row takes no room while the error is hidden
}

void FieldErrors::alias(const QString &field, const QString &registeredField)
{
    m_aliases.insert(field, registeredField);
}

void FieldErrors::watch(QWidget *input, const QString &field)
{
    auto clearThis = [this, field] {
        clear(field);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textEdited, this, clearThis);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(input))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, clearThis);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        connect(spin, &QAbstractSpinBox::editingFinished, this, clearThis);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, clearThis);
    else if (auto *button = qobject_cast<QAbstractButton *>(input))
        connect(button, &QAbstractButton::toggled, this, clearThis);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(input))
        connect(plain, &QPlainTextEdit::textChanged, this, clearThis);
    else if (auto *rich = qobject_cast<QTextEdit *>(input))
        connect(rich, &QTextEdit::textChanged, this, clearThis);
}

const FieldErrors::Entry *FieldErrors::entry(const QString &field) const
{
    auto it = m_entries.constFind(m_aliases.value(field, field));
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

bool FieldErrors::show(const Core::Error &error)
{
    const Entry *e = error.field.isEmpty() ? nullptr : entry(error.field);
    if (!e || !e->label || !e->input) {
        if (!m_general)
            return false;
        if (!error.detail.isEmpty())
            qCWarning(lcUi).noquote() << "error shown:" << int(error.code) << error.detail;
        m_general->setText(error.message);
        m_general->setVisible(true);
        growToFit(m_form);
        return true;
    }
    if (!error.detail.isEmpty())
        qCWarning(lcUi).noquote() << "error shown at" << error.field << ":" << error.detail;
    e->label->setText(error.message);
    e->label->setVisible(true);
    growToFit(m_form);
    e->input->setAccessibleDescription(error.message);
    Q_EMIT revealRequested(e->input);
    e->input->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(e->input.data()))
        edit->selectAll();
    return true;
}

void FieldErrors::report(const Core::Error &error)
{
    if (!show(error))
        showError(m_form, error);
}

void FieldErrors::clear()
{
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.label) {
            e.label->clear();
            e.label->setVisible(false);
        }
        if (e.input)
            e.input->setAccessibleDescription({});
    }
}

void FieldErrors::clear(const QString &field)
{
    // Editing anything answers a general error too.
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
    const Entry *e = entry(field);
    if (!e)
        return;
    if (e->label) {
        e->label->clear();
        e->label->setVisible(false);
    }
    if (e->input)
        e->input->setAccessibleDescription({});
}

QString FieldErrors::message(const QString &field) const
{
    if (field.isEmpty())
        return m_general && !m_general->isHidden() ? m_general->text() : QString();
    const Entry *e = entry(field);
    return e && e->label && !e->label->isHidden() ? e->label->text() : QString();
}

QWidget *FieldErrors::input(const QString &field) const
{
    const Entry *e = entry(field);
    return e ? e->input.data() : nullptr;
}

} // namespace Club::Ui
