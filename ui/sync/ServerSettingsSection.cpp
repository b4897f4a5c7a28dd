// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSettingsSection.h"

#include "OutboxConflictsDialog.h"
#include "UiContext.h"
#include "sync/ConnectedDesk.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Club::Ui {

namespace {
QString plain(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}
} // namespace

ServerSettingsSection::ServerSettingsSection(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Central server"), parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_url(new QLineEdit(this))
    , m_terminal(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_offlinePoints(new DigitLineEdit(this))
    , m_offlineStored(new DigitLineEdit(this))
    , m_save(new QPushButton(tr("Save the &Connection"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_conflicts(new QPushButton(tr("&Refused sales…"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSettings"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://club.example.com:8443"));
    m_terminal->setObjectName(QStringLiteral("terminalId"));
    m_secret->setObjectName(QStringLiteral("terminalSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    // Addresses and ids are Latin text: keep them left to right inside a right-to-left form.
    for (QLineEdit *edit : {m_url, m_terminal, m_secret})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_offlinePoints->setObjectName(QStringLiteral("offlinePoints"));
    m_offlineStored->setObjectName(QStringLiteral("offlineStoredValue"));
    m_save->setObjectName(QStringLiteral("saveServer"));
    m_test->setObjectName(QStringLiteral("testServer"));
    m_conflicts->setObjectName(QStringLiteral("serverConflicts"));
    m_result->setObjectName(QStringLiteral("serverTestResult"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto *intro = new QLabel(tr("With a central server, sales, balances and points are shared by every branch. "
                                "Leave the address empty to work on this computer's store only."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    m_errors->addRow(form, tr("Server &address:"), m_url, QStringLiteral("url"));
    m_errors->addRow(form, tr("Ter&minal id:"), m_terminal, QStringLiteral("terminalId"));
    m_errors->addRow(form, tr("Terminal s&ecret:"), m_secret, QStringLiteral("secret"));
    m_errors->addRow(form, tr("Points a card may spend &offline:"), m_offlinePoints, QStringLiteral("offline"));
    m_errors->addRow(form, tr("Stored value and credit a card may spend o&ffline:"), m_offlineStored,
                     QStringLiteral("offlineStored"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addWidget(m_conflicts);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_result);
    form->addRow(m_errors->addGeneral());

    connect(m_save, &QPushButton::clicked, this, &ServerSettingsSection::save);
    connect(m_test, &QPushButton::clicked, this, &ServerSettingsSection::testConnection);
    connect(m_conflicts, &QPushButton::clicked, this, &ServerSettingsSection::openConflicts);
    load();
}

void ServerSettingsSection::load()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    const Core::Result<Core::ConnectionSettings> s = desk->settings().settings(m_context.actor());
    if (!s) {
        m_result->setText(s.error().message);
        return;
    }
    m_url->setText(s->url.toString());
    m_terminal->setText(s->terminalId);
    m_secret->clear();
    //: The terminal secret is saved and not shown again
    m_secret->setPlaceholderText(s->hasSecret ? tr("Saved; type a new one to replace it") : QString());
    m_offlinePoints->setText(plain(s->offline.points));
    m_offlineStored->setText(plain(s->offline.storedValue));
}

bool ServerSettingsSection::save()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return false;
    m_errors->clear();
    Core::ConnectionSettings s;
    if (const Core::Result<Core::ConnectionSettings> old = desk->settings().settings(m_context.actor()))
        s = *old;
    s.url = QUrl(m_url->text().trimmed());
    s.terminalId = m_terminal->text().trimmed();
    s.offline.points = m_offlinePoints->latinText().left(18).toLongLong();
    s.offline.storedValue = m_offlineStored->latinText().left(18).toLongLong();
    if (Core::Status st = desk->settings().save(m_context.actor(), s, m_secret->text()); !st) {
        m_errors->report(st.error());
        return false;
    }
    m_secret->clear();
    m_result->setText(tr("Saved."));
    load();
    return true;
}

void ServerSettingsSection::testConnection()
{
    Core::ConnectedDesk *desk = m_context.connectedDesk();
    if (!desk)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<QString> answer = desk->testConnection(m_context.actor());
    QApplication::restoreOverrideCursor();
    m_result->setText(answer ? *answer : answer.error().message);
}

void ServerSettingsSection::openConflicts()
{
    OutboxConflictsDialog dialog(m_context, window());
    dialog.exec();
}

} // namespace Club::Ui
