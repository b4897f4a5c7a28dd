// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace Club::Ui {

class UiContext;

// The club's card keys: sealed in the store under a manager's passphrase, unlocked for one
// session to encode and check cards, exported sealed under a second passphrase for another
// branch. The passphrases never leave this panel except to the KeyVault.
class CardKeysPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit CardKeysPanel(UiContext &context, QWidget *parent = nullptr);

    void refresh();

    // Asks for the passphrase and unlocks; false when cancelled or refused. Other flows
    // (issuing a card) call it when the keys are needed.
    static bool unlock(UiContext &context, QWidget *parent);
    static bool keysExist(UiContext &context); // false: no key version was ever created

public Q_SLOTS:
    void create();
    void lock();
    void exportBundle();
    void importBundle();
    void changePassphrase();
    void rotate();

private:
    UiContext &m_context;
    QLabel *m_state;
    QPushButton *m_create;
    QPushButton *m_unlock;
    QPushButton *m_lock;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_change;
    QPushButton *m_rotate;
};

// Asks for a passphrase, once or twice (when a new one is chosen). Returns an empty string
// when cancelled.
QString askPassphrase(QWidget *parent, const QString &title, const QString &prompt, bool confirm);

} // namespace Club::Ui
