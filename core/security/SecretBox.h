// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Club::Core {

// Secrets the app must use unattended (the SMTP password, an SMS gateway's key), kept in
// the store's settings sealed (libsodium XSalsa20-Poly1305) under a random 32-byte key held
// in a file apart from the store (the user's configuration folder, mode 0600), as the
// terminal secret is (SyncSettings): a copy of the store alone does not reveal them.
//
// A sealed value is text: "sealed:v1:" + base64url(nonce | box). Anything else is a value
// stored in clear by an older version; open() returns it as it is, so callers can seal it
// on first read.
class SecretBox
{
    Q_DECLARE_TR_FUNCTIONS(SecretBox)

public:
    explicit SecretBox(const QString &keyFile);

    const QString &keyFile() const { return m_keyFile; }
    void setKeyFile(const QString &keyFile) { m_keyFile = keyFile; }

    static bool isSealed(const QString &stored);
    // Empty stays empty. Makes the key file on first use.
    Result<QString> seal(const QString &plain) const;
    // A value not sealed is returned unchanged.
    Result<QString> open(const QString &stored) const;

private:
    Result<QByteArray> key(bool create) const;

    QString m_keyFile;
};

} // namespace Club::Core
