// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupFile.h"

#include <QString>

namespace Club::Ui {

// Where this computer puts its daily backups, and the key they are encrypted with.
//
// The passphrase itself is never stored. When a manager sets it, Argon2id turns it into a
// key with a fresh salt; the key and salt are kept in this user's QSettings (group
// "backup", a file only this user may read), not in the store: a backup must not carry
// the key that opens it, and a copy of the store taken off the computer must not either.
// Each backup's header carries the salt, so a restore anywhere needs only the passphrase.
// Whoever can read this user's settings can decrypt the backups, but that person can read
// the live store beside them anyway.
struct BackupSettings
{
    QString folder;
    Core::BackupKey key;

    bool ready() const { return !folder.isEmpty() && key.isValid(); }
    static BackupSettings load();
    void save() const;
};

} // namespace Club::Ui
