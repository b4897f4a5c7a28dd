// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardKeysPanel.h"

#include "Format.h"
#include "UiContext.h"
#include "devices/DeviceHub.h"
#include "devices/DeviceMessages.h"
#include "security/KeyVault.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Club::Ui {

QString askPassphrase(QWidget *parent, const QString &title, const QString &prompt, bool confirm)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    dialog.setWindowTitle(title);
    auto *text = new QLabel(prompt, &dialog);
    text->setWordWrap(true);
    auto *first = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("passphrase"));
    first->setEchoMode(QLineEdit::Password);
    auto *second = new QLineEdit(&dialog);
    second->setObjectName(QStringLiteral("passphraseAgain"));
    second->setEchoMode(QLineEdit::Password);
    auto *mismatch = new QLabel(&dialog);
    mismatch->setStyleSheet(QStringLiteral("color: #b3261e;"));
    mismatch->hide();
    auto *form = new QFormLayout;
    form->addRow(QObject::tr("Passphrase:"), first);
    if (confirm)
        form->addRow(QObject::tr("Again:"), second);
    else
        second->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (confirm && first->text() != second->text()) {
            mismatch->setText(QObject::tr("The two passphrases differ. Type them again."));
            mismatch->show();
            second->clear();
            second->setFocus();
            return;
        }
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(mismatch);
    layout->addWidget(buttons);
    first->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return first->text();
}

CardKeysPanel::CardKeysPanel(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Card keys"), parent)
    , m_context(context)
    , m_state(new QLabel(this))
    , m_create(new QPushButton(tr("Create the card keys…"), this))
    , m_unlock(new QPushButton(tr("Unlock…"), this))
    , m_lock(new QPushButton(tr("Lock"), this))
    , m_export(new QPushButton(tr("Export for another branch…"), this))
    , m_import(new QPushButton(tr("Import from another branch…"), this))
    , m_change(new QPushButton(tr("Change the passphrase…"), this))
    , m_rotate(new QPushButton(tr("New key version…"), this))
{
    m_state->setObjectName(QStringLiteral("cardKeysState"));
    m_state->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("createCardKeys"));
    m_unlock->setObjectName(QStringLiteral("unlockCardKeys"));
    m_lock->setObjectName(QStringLiteral("lockCardKeys"));
    m_export->setObjectName(QStringLiteral("exportCardKeys"));
    m_import->setObjectName(QStringLiteral("importCardKeys"));
    m_change->setObjectName(QStringLiteral("changeCardKeysPassphrase"));
    m_rotate->setObjectName(QStringLiteral("rotateCardKeys"));
    m_rotate->setToolTip(tr("New cards get new keys; cards issued before stay readable."));
    auto *explain = new QLabel(tr("Cards are written and checked with keys that only this club has. They are "
                                  "kept sealed under a passphrase that a manager chooses; unlock them at the "
                                  "start of a shift to issue or read cards. Another branch imports them from "
                                  "an exported file and a second passphrase."),
                               this);
    explain->setWordWrap(true);
    connect(m_create, &QPushButton::clicked, this, &CardKeysPanel::create);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        unlock(m_context, this);
        refresh();
    });
    connect(m_lock, &QPushButton::clicked, this, &CardKeysPanel::lock);
    connect(m_export, &QPushButton::clicked, this, &CardKeysPanel::exportBundle);
    connect(m_import, &QPushButton::clicked, this, &CardKeysPanel::importBundle);
    connect(m_change, &QPushButton::clicked, this, &CardKeysPanel::changePassphrase);
    connect(m_rotate, &QPushButton::clicked, this, &CardKeysPanel::rotate);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_unlock, m_lock, m_export, m_import, m_change, m_rotate})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    if (DeviceHub *devices = m_context.devices())
        connect(devices, &DeviceHub::keysChanged, this, &CardKeysPanel::refresh);
    refresh();
}

void CardKeysPanel::refresh()
{
    const bool manage = m_context.can(Core::Permission::CardKeysManage);
    const Core::Result<QList<Core::CardKeyVersion>> versions = m_context.keys().versions(m_context.actor());
    const bool any = versions && !versions->isEmpty();
    const DeviceHub *devices = m_context.devices();
    const bool unlocked = devices && devices->hasKeys();
    if (!versions)
        m_state->setText(versions.error().message);
    else if (!any)
        m_state->setText(manage ? tr("This store has no card keys yet. Create them before issuing chip cards.")
                                : tr("This store has no card keys yet. A manager must create them."));
    else if (unlocked)
        m_state->setText(tr("Unlocked for this session (key version %1).")
                             .arg(Format::number(devices->activeKeys().version)));
    else
        m_state->setText(tr("Locked. Unlock them to issue or read chip cards."));
    m_create->setVisible(manage && versions && !any);
    m_unlock->setVisible(any && !unlocked);
    m_lock->setVisible(unlocked);
    m_export->setVisible(manage && unlocked);
    m_import->setVisible(manage);
    m_change->setVisible(manage && any);
    m_rotate->setVisible(manage && any);
}

bool CardKeysPanel::keysExist(UiContext &context)
{
    const Core::Result<QList<Core::CardKeyVersion>> versions = context.keys().versions(context.actor());
    return !versions || !versions->isEmpty(); // when it cannot tell, the unlock itself says why
}

bool CardKeysPanel::unlock(UiContext &context, QWidget *parent)
{
    DeviceHub *devices = context.devices();
    if (!devices)
        return false;
    if (!keysExist(context)) {
        // Asking for a passphrase of keys that do not exist would only puzzle the operator.
        MessageBox::information(parent, tr("Unlock the card keys"), DeviceMessages::noKeys());
        return false;
    }
    const QString passphrase = askPassphrase(parent, tr("Unlock the card keys"),
                                             tr("Type the card keys' passphrase."), false);
    if (passphrase.isEmpty())
        return false;
    Core::Result<Core::UnlockedKeys> unlocked = context.keys().unlock(context.actor(), passphrase);
    if (!unlocked) {
        showError(parent, unlocked.error());
        return false;
    }
    devices->setKeys(*unlocked);
    return true;
}

void CardKeysPanel::create()
{
    const QString passphrase = askPassphrase(
        this, tr("Create the card keys"),
        tr("Choose a passphrase of at least %Ln characters. Without it the keys cannot be unlocked: keep it "
           "somewhere safe.",
           nullptr, Core::KeyVault::kMinPassphraseLength),
        true);
    if (passphrase.isEmpty())
        return;
    const Core::Result<int> created = m_context.keys().create(m_context.actor(), passphrase);
    if (!created) {
        showError(this, created.error());
        return;
    }
    Core::Result<Core::UnlockedKeys> unlocked = m_context.keys().unlock(m_context.actor(), passphrase);
    if (unlocked && m_context.devices())
        m_context.devices()->setKeys(*unlocked);
    refresh();
}

void CardKeysPanel::lock()
{
    if (DeviceHub *devices = m_context.devices())
        devices->clearKeys();
    refresh();
}

void CardKeysPanel::exportBundle()
{
    const QString passphrase = askPassphrase(this, tr("Export the card keys"),
                                             tr("Type the card keys' passphrase."), false);
    if (passphrase.isEmpty())
        return;
    Core::Result<Core::UnlockedKeys> unlocked = m_context.keys().unlock(m_context.actor(), passphrase);
    if (!unlocked) {
        showError(this, unlocked.error());
        return;
    }
    const QString transfer = askPassphrase(
        this, tr("Export the card keys"),
        tr("Choose a second passphrase for the file. Tell it to the other branch's manager in person or by "
           "phone, never with the file."),
        true);
    if (transfer.isEmpty())
        return;
    const Core::Result<QByteArray> bundle = m_context.keys().exportBundle(m_context.actor(), *unlocked, transfer);
    if (!bundle) {
        showError(this, bundle.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the card keys"),
                                                      QStringLiteral("club-card-keys.json"),
                                                      tr("Card keys (*.json)"));
    if (path.isEmpty())
        return;
    // Written aside and renamed into place: a crash never leaves half a key file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bundle) != bundle->size() || !file.commit()) {
        MessageBox::warning(this, tr("Export the card keys"), tr("The file could not be written: %1")
                                                                  .arg(file.errorString()));
        return;
    }
    MessageBox::information(this, tr("Export the card keys"), tr("The card keys were exported."));
}

void CardKeysPanel::importBundle()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the card keys"), QString(),
                                                      tr("Card keys (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import the card keys"), tr("The file could not be read: %1")
                                                                  .arg(file.errorString()));
        return;
    }
    const QByteArray bundle = file.readAll();
    const QString transfer = askPassphrase(this, tr("Import the card keys"),
                                           tr("Type the file's passphrase, as the other branch told you."), false);
    if (transfer.isEmpty())
        return;
    const Core::Result<QList<Core::CardKeyVersion>> versions = m_context.keys().versions(m_context.actor());
    const bool any = versions && !versions->isEmpty();
    const QString local = askPassphrase(this, tr("Import the card keys"),
                                        any ? tr("Type this store's card keys passphrase.")
                                            : tr("Choose this store's card keys passphrase."),
                                        !any);
    if (local.isEmpty())
        return;
    const Core::Result<QList<int>> added = m_context.keys().importBundle(m_context.actor(), bundle, transfer, local);
    if (!added) {
        showError(this, added.error());
        return;
    }
    MessageBox::information(this, tr("Import the card keys"),
                            tr("%Ln key version(s) imported.", nullptr, int(added->size())));
    refresh();
}

void CardKeysPanel::changePassphrase()
{
    const QString old = askPassphrase(this, tr("Change the passphrase"), tr("Type the current passphrase."), false);
    if (old.isEmpty())
        return;
    const QString fresh = askPassphrase(this, tr("Change the passphrase"), tr("Choose the new passphrase."), true);
    if (fresh.isEmpty())
        return;
    const Core::Status changed = m_context.keys().changePassphrase(m_context.actor(), old, fresh);
    if (!changed) {
        showError(this, changed.error());
        return;
    }
    MessageBox::information(this, tr("Change the passphrase"), tr("The passphrase was changed."));
}

void CardKeysPanel::rotate()
{
    if (MessageBox::question(this, tr("New key version"),
                             tr("Cards issued from now on will use new keys. Cards issued before stay readable. "
                                "Other branches must import the keys again. Continue?"))
        != QMessageBox::Yes)
        return;
    const QString passphrase = askPassphrase(this, tr("New key version"), tr("Type the card keys' passphrase."), false);
    if (passphrase.isEmpty())
        return;
    Core::Result<Core::UnlockedKeys> unlocked = m_context.keys().unlock(m_context.actor(), passphrase);
    if (!unlocked) {
        showError(this, unlocked.error());
        return;
    }
    const Core::Result<int> version = m_context.keys().rotate(m_context.actor(), unlocked.value(), passphrase);
    if (!version) {
        showError(this, version.error());
        return;
    }
    if (DeviceHub *devices = m_context.devices())
        devices->setKeys(*unlocked);
    refresh();
}

} // namespace Club::Ui
