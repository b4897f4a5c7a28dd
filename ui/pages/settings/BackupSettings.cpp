// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSettings.h"

#include <QFile>
#include <QSettings>

namespace Club::Ui {

BackupSettings BackupSettings::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("backup"));
    BackupSettings b;
    b.folder = s.value(QStringLiteral("folder")).toString();
    b.key = Core::BackupKey::fromBase64(s.value(QStringLiteral("key")).toByteArray());
    return b;
}

void BackupSettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("backup"));
    s.setValue(QStringLiteral("folder"), folder);
    if (key.isValid())
        s.setValue(QStringLiteral("key"), key.toBase64());
    else
        s.remove(QStringLiteral("key"));
    s.sync();
    // The key opens every backup: only this user may read the file that holds it.
    QFile::setPermissions(s.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace Club::Ui
