// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "backup/BackupService.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

RestoreDialog::RestoreDialog(UiContext &context, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_file(file)
    , m_passphrase(new QLineEdit(this))
    , m_read(new QPushButton(tr("Read the Backup"), this))
    , m_summary(new QLabel(this))
    , m_confirm(new QCheckBox(tr("Replace the current data with this backup (the current data is kept aside)"), this))
    , m_restore(new QPushButton(tr("Restore"), this))
{
    setWindowTitle(tr("Restore a Backup"));
    auto *fileLabel = new QLabel(QDir::toNativeSeparators(file), this);
    fileLabel->setObjectName(QStringLiteral("restoreFile"));
    fileLabel->setLayoutDirection(Qt::LeftToRight);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_read->setObjectName(QStringLiteral("readBackup"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_summary->setMinimumWidth(420);
    m_confirm->setObjectName(QStringLiteral("confirmRestore"));
    m_confirm->setEnabled(false);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(false);
    connect(m_read, &QPushButton::clicked, this, &RestoreDialog::readBackup);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &RestoreDialog::readBackup);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] {
        m_confirm->setChecked(false);
        m_confirm->setEnabled(false);
    });
    connect(m_confirm, &QCheckBox::toggled, m_restore, &QPushButton::setEnabled);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);

    auto *passRow = new QHBoxLayout;
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_read);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup file:"), fileLabel);
    form->addRow(tr("Passphrase:"), passRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
}

void RestoreDialog::readBackup()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::BackupManifest> m =
        m_context.backups().readManifest(m_context.actor(), m_file, m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!m) {
        m_summary->setText(m.error().message);
        m_confirm->setEnabled(false);
        return;
    }
    //: what a backup holds; %1 date and time, %2..%5 counts
    m_summary->setText(tr("Made on %1. It holds %2 members, %3 cards, %4 ledger entries and %5 sales.")
                           .arg(Format::dateTime(m->createdAt), Format::number(m->members), Format::number(m->cards),
                                Format::number(m->ledgerEntries), Format::number(m->sales)));
    m_confirm->setEnabled(true);
}

void RestoreDialog::restore()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::BackupManifest> ready =
        m_context.backups().prepareRestore(m_context.actor(), m_file, m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!ready) {
        m_summary->setText(ready.error().message);
        m_confirm->setChecked(false);
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("The backup was checked and is ready. Close the program and start it again: the "
                               "restored data is put in place then, and the current data is kept aside."));
    accept();
}

} // namespace Club::Ui
