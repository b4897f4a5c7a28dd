// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMoveDialog.h"

#include "BackupRunner.h"
#include "UiContext.h"
#include "backup/BackupService.h"
#include "backup/StoreMove.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace Club::Ui {

namespace {

QString planWords(const Core::StoreMovePlan &plan)
{
    const QLocale locale;
    QStringList lines;
    if (plan.resuming)
        lines << StoreMoveDialog::tr("A move into this database was interrupted; it will go on where it stopped.");
    else if (plan.schemaToCreate)
        lines << StoreMoveDialog::tr("The central database is empty; its tables will be made first.");
    //: %1 rows, %Ln tables
    lines << StoreMoveDialog::tr("%1 rows in %Ln table(s) will be moved.", nullptr, int(plan.tables.size()))
                 .arg(locale.toString(plan.totalRows));
    if (plan.ok())
        lines << StoreMoveDialog::tr("Nothing stands in the way. Nothing was written anywhere by this check.");
    else {
        lines << StoreMoveDialog::tr("The move cannot start:");
        for (const QString &problem : plan.problems)
            lines << QStringLiteral("  • ") + problem;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

StoreMoveDialog::StoreMoveDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_runner(new BackupRunner(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_move(new QPushButton(tr("Move"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_progress(new QProgressBar(this))
    , m_report(new QPlainTextEdit(this))
    , m_next(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect This Desk…"), this))
{
    setWindowTitle(tr("Move to Central Server"));
    setObjectName(QStringLiteral("storeMoveDialog"));
    auto *intro = new QLabel(tr("Copies this shop's whole store (members, cards, the ledger, sales, stock…) into an "
                                "empty central PostgreSQL database, then compares both sides. This desk's data stays "
                                "as it is. Do not sell on this desk until the move has finished."),
                             this);
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("moveHost"));
    m_port->setObjectName(QStringLiteral("movePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_name->setObjectName(QStringLiteral("moveDatabase"));
    m_user->setObjectName(QStringLiteral("moveUser"));
    m_password->setObjectName(QStringLiteral("movePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit *edit : {m_host, m_name, m_user}) {
        edit->setLayoutDirection(Qt::LeftToRight); // addresses and names are Latin
        connect(edit, &QLineEdit::textEdited, this, &StoreMoveDialog::targetEdited);
    }
    connect(m_password, &QLineEdit::textEdited, this, &StoreMoveDialog::targetEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &StoreMoveDialog::targetEdited);

    auto *form = new QFormLayout;
    form->addRow(tr("Database server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database name:"), m_name);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);

    m_check->setObjectName(QStringLiteral("moveCheck"));
    m_move->setObjectName(QStringLiteral("moveStart"));
    m_stop->setObjectName(QStringLiteral("moveStop"));
    m_check->setDefault(true);
    m_move->setEnabled(false);
    m_stop->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("moveProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_move);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stop);

    m_report->setObjectName(QStringLiteral("moveReport"));
    m_report->setReadOnly(true);
    m_report->setMinimumHeight(160);
    m_next->setObjectName(QStringLiteral("moveNext"));
    m_next->setWordWrap(true);
    m_next->setVisible(false);
    m_connect->setObjectName(QStringLiteral("moveConnect"));
    m_connect->setVisible(false);
    auto *bottom = new QDialogButtonBox(this);
    bottom->addButton(m_connect, QDialogButtonBox::AcceptRole);
    bottom->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_next);
    layout->addWidget(bottom);
    resize(640, 520);

    connect(m_check, &QPushButton::clicked, this, &StoreMoveDialog::check);
    connect(m_move, &QPushButton::clicked, this, &StoreMoveDialog::move);
    connect(m_stop, &QPushButton::clicked, this, &StoreMoveDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &StoreMoveDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_connectRequested = true;
        accept();
    });
    connect(m_runner, &BackupRunner::progressed, m_progress, &QProgressBar::setValue);
    m_host->setFocus();
}

bool StoreMoveDialog::isBusy() const
{
    return m_runner->isBusy();
}

Core::Database::Config StoreMoveDialog::target() const
{
    Core::Database::Config c;
    c.engine = Core::Database::Engine::PostgreSQL;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.name = m_name->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    return c;
}

void StoreMoveDialog::targetEdited()
{
    // A check speaks for the database it checked only.
    m_checkedOk = false;
    m_move->setEnabled(false);
}

void StoreMoveDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_check), static_cast<QWidget *>(m_close)})
        w->setEnabled(!busy);
    m_move->setEnabled(!busy && m_checkedOk);
    m_stop->setEnabled(busy);
}

void StoreMoveDialog::check()
{
    if (isBusy())
        return;
    if (m_host->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty()) {
        m_report->setPlainText(tr("Enter the database server and the database name."));
        (m_host->text().trimmed().isEmpty() ? m_host : m_name)->setFocus();
        return;
    }
    auto move = std::make_shared<Core::StoreMove>(m_context.backups().storeMove(target()));
    auto plan = std::make_shared<std::optional<Core::Result<Core::StoreMovePlan>>>();
    const Core::Actor actor = m_context.actor();
    m_checkedOk = false;
    m_report->setPlainText(tr("Checking…"));
    m_progress->setRange(0, 0); // no measure of a check: a busy bar
    setBusy(true);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_runner, &BackupRunner::finished, this, [this, plan, connection](const Core::Status &) {
        disconnect(*connection);
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        const Core::Result<Core::StoreMovePlan> &result = **plan;
        if (!result) {
            m_report->setPlainText(result.error().message);
        } else {
            m_checkedOk = result->ok();
            m_report->setPlainText(planWords(*result));
        }
        setBusy(false);
        if (m_checkedOk)
            m_move->setFocus();
        Q_EMIT checked(m_checkedOk);
    });
    m_runner->start([move, plan, actor](const Core::BackupFile::Progress &) {
        *plan = move->plan(actor);
        return Core::Status();
    });
}

void StoreMoveDialog::move()
{
    if (isBusy() || !m_checkedOk)
        return;
    //: %1 the database, as server/name
    if (MessageBox::question(this, tr("Move to Central Server"),
                             tr("Move this shop's store into %1? Do not sell on this desk until the move has finished.")
                                 .arg(m_host->text().trimmed() + QLatin1Char('/') + m_name->text().trimmed()))
        != QMessageBox::Yes)
        return;
    auto move = std::make_shared<Core::StoreMove>(m_context.backups().storeMove(target()));
    auto outcome = std::make_shared<std::optional<Core::Result<Core::StoreMoveOutcome>>>();
    const Core::Actor actor = m_context.actor();
    m_report->setPlainText(tr("Moving…"));
    m_next->setVisible(false);
    m_connect->setVisible(false);
    setBusy(true);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_runner, &BackupRunner::finished, this, [this, outcome, connection](const Core::Status &) {
        disconnect(*connection);
        const Core::Result<Core::StoreMoveOutcome> &result = **outcome;
        bool ok = false;
        if (!result) {
            m_report->setPlainText(result.error().message);
        } else {
            ok = result->ok();
            m_report->setPlainText(result->plainWords());
            if (ok) {
                m_progress->setValue(100);
                m_next->setText(tr("The store is in the central database. Next, connect this desk to the central "
                                   "server under Settings → Central server (Connect This Desk), with the server's address "
                                   "and this desk's terminal credentials (clubserver --create-terminal)."));
                m_next->setVisible(true);
                m_connect->setVisible(true);
                m_connect->setFocus();
                m_checkedOk = false; // the database is no longer empty
            }
        }
        setBusy(false);
        Q_EMIT moved(ok);
    });
    m_runner->start([move, outcome, actor](const Core::BackupFile::Progress &progress) {
        *outcome = move->run(actor, progress);
        return Core::Status();
    });
}

void StoreMoveDialog::stop()
{
    m_runner->stop();
}

void StoreMoveDialog::reject()
{
    if (isBusy()) {
        MessageBox::information(this, tr("Move to Central Server"),
                                tr("Stop the move first; it will go on where it stopped next time."));
        return;
    }
    QDialog::reject();
}

} // namespace Club::Ui
